// Quotations and parentheses inside a block. Sentence punctuation inside them
// does not end the enclosing sentence ("„Wir sind zufrieden. Die Zahlen sind
// gut“, sagte er." is one sentence); punctuation right before their closing
// mark can. Only balanced pairs within the block count: a quote left open
// (a quotation running over several paragraphs) protects nothing.
import { isAlnumAt, isSpaceCode } from './chars.js';
import { IntList } from './int-list.js';

/** Top-level protected spans: `open[k]` .. `close[k]` inclusive, sorted, not overlapping. */
export interface Spans {
  open: IntList;
  close: IntList;
  /** 1: a bracket pair, 0: a quotation */
  bracket: IntList;
}

/** The one Spans findSpans fills (blocks are read one at a time), and its working lists. */
const SPANS: Spans = { open: new IntList(), close: new IntList(), bracket: new IntList() };
const STACKS = [new IntList(), new IntList(), new IntList()];
let closeAt = new Int32Array(256);

/** An opening mark and the marks that may close it. */
interface QuoteKind {
  opener: string;
  closers: string;
  /** the closer must not be followed by a letter (it would be an apostrophe: "it’s", "they'll") */
  closerNotBeforeLetter: boolean;
  /** the opener must follow a space, start or opening punctuation ("'Well" but not "Alice's") */
  openerAfterSpace: boolean;
}

const KINDS: QuoteKind[] = [
  { opener: '„', closers: '“”', closerNotBeforeLetter: false, openerAfterSpace: false },
  { opener: '“', closers: '”', closerNotBeforeLetter: false, openerAfterSpace: false },
  { opener: '»', closers: '«', closerNotBeforeLetter: false, openerAfterSpace: true },
  { opener: '«', closers: '»', closerNotBeforeLetter: false, openerAfterSpace: true },
  { opener: '"', closers: '"', closerNotBeforeLetter: false, openerAfterSpace: true },
  { opener: '‚', closers: '‘’', closerNotBeforeLetter: true, openerAfterSpace: true },
  { opener: '‘', closers: '’', closerNotBeforeLetter: true, openerAfterSpace: true },
  { opener: "'", closers: "'", closerNotBeforeLetter: true, openerAfterSpace: true },
  // ",," typed for „ (two commas)
  { opener: ',,', closers: '“”"', closerNotBeforeLetter: false, openerAfterSpace: true },
];

const OPENING_CONTEXT = '([{„“‚‘«»"\'—–-/';

function kindAt(text: string, i: number): number {
  const c = text[i];
  if (c === ',') return text[i + 1] === ',' ? 8 : -1;
  for (let k = 0; k < KINDS.length - 1; k++) if (KINDS[k].opener === c) return k;
  return -1;
}

function opensHere(text: string, i: number, kind: QuoteKind, from: number, to: number): boolean {
  const after = i + kind.opener.length;
  if (after >= to || isSpaceCode(text.charCodeAt(after))) return false;
  if (!kind.openerAfterSpace || i === from) return true;
  const before = text.charCodeAt(i - 1);
  return isSpaceCode(before) || OPENING_CONTEXT.includes(text[i - 1]);
}

function closesHere(text: string, j: number, kind: QuoteKind, to: number): boolean {
  if (!kind.closers.includes(text[j])) return false;
  if (kind.closerNotBeforeLetter && j + 1 < to && isAlnumAt(text, j + 1)) return false;
  // a straight quote after a space opens ('... interview. "The last time')
  if ((kind.closerNotBeforeLetter || kind.opener === kind.closers) && isSpaceCode(text.charCodeAt(j - 1))) return false;
  return true;
}

/**
 * Linear: brackets are matched with a stack first; quotes search forward, over
 * the marks only, for their closer. A failed search for a kind is remembered,
 * since a later opener of the same kind would search a shorter stretch.
 * `marks`: the positions of the marks that open or close spans in the block,
 * in order (scanBlock in marks.ts). The answer is shared: valid until the next call.
 */
export function findSpans(text: string, from: number, to: number, marks: IntList): Spans {
  const spans = SPANS;
  spans.open.clear();
  spans.close.clear();
  spans.bracket.clear();
  if (marks.length === 0) return spans;

  // one stack per bracket type: a closer pops its own type in O(1);
  // unmatched closers ("1) item") are ignored. Pairs are kept by mark number in
  // a typed array: a Map keyed by position grew slow on a megabyte of brackets.
  if (closeAt.length < marks.length) closeAt = new Int32Array(marks.length * 2);
  closeAt.fill(-1, 0, marks.length);
  for (const stack of STACKS) stack.clear();
  for (let k = 0; k < marks.length; k++) {
    const c = text.charCodeAt(marks.get(k));
    const type = c === 40 || c === 41 ? 0 : c === 91 || c === 93 ? 1 : c === 123 || c === 125 ? 2 : -1;
    if (type < 0) continue;
    if (c === 40 || c === 91 || c === 123) STACKS[type].push(k);
    else {
      const open = STACKS[type].pop();
      if (open >= 0) closeAt[open] = k;
    }
  }

  /** bit k: a search for kind k failed */
  let failed = 0;
  let p = 0;
  while (p < marks.length) {
    const i = marks.get(p);
    const close = closeAt[p];
    if (close >= 0) {
      spans.open.push(i);
      spans.close.push(marks.get(close));
      spans.bracket.push(1);
      p = close + 1; // marks are in text order: every mark up to the closer is inside
      continue;
    }
    const k = kindAt(text, i);
    if (k >= 0 && (failed & (1 << k)) === 0 && opensHere(text, i, KINDS[k], from, to)) {
      const kind = KINDS[k];
      let q = p + 1;
      let reopened = false;
      for (; q < marks.length; q++) {
        const j = marks.get(q);
        if (j < i + kind.opener.length) continue;
        if (closesHere(text, j, kind, to)) break;
        // Another opening mark of the kind before any closing one: quoted
        // paragraphs run together, each opened and none closed ('"A. B. "C. D."').
        // Pairing them would protect the text between, so this one protects nothing.
        if (text.startsWith(kind.opener, j) && opensHere(text, j, kind, from, to)) {
          reopened = true;
          break;
        }
      }
      if (reopened) {
        p = q;
        continue;
      }
      if (q < marks.length) {
        spans.open.push(i);
        spans.close.push(marks.get(q));
        spans.bracket.push(0);
        p = q + 1;
        continue;
      }
      failed |= 1 << k;
    }
    p++;
  }
  return spans;
}
