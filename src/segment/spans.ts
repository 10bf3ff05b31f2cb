// Quotations and parentheses inside a block. Sentence punctuation inside them
// does not end the enclosing sentence ("„Wir sind zufrieden. Die Zahlen sind
// gut“, sagte er." is one sentence); punctuation right before their closing
// mark can. Only balanced pairs within the block count: a quote left open
// (a quotation running over several paragraphs) protects nothing.
import { isAlnumAt, isSpaceCode } from './chars.js';

/** Top-level protected spans: `open[k]` .. `close[k]` inclusive, sorted, not overlapping. */
export interface Spans {
  open: number[];
  close: number[];
  /** a bracket pair, not a quotation */
  bracket: boolean[];
}

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

/** Characters that can open or close a span; everything else is skipped fast. */
const SPAN_CHARS = new Uint8Array(0x2020);
for (const ch of '()[]{}„“»«"‚‘\',') SPAN_CHARS[ch.charCodeAt(0)] = 1;

function isSpanChar(c: number): boolean {
  return c < 0x2020 && SPAN_CHARS[c] === 1;
}

/**
 * Linear: brackets are matched with a stack first; quotes search forward for
 * their closer, and a failed search for a kind is remembered, since a later
 * opener of the same kind would search a shorter stretch of the same text.
 */
export function findSpans(text: string, from: number, to: number): Spans {
  const bracketClose = new Map<number, number>();
  const stack: number[] = [];
  let any = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpanChar(c)) continue;
    any = true;
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else if (c === 41 || c === 93 || c === 125) {
      const open = c === 41 ? 40 : c - 2; // ( ) are 40 41, [ ] 91 93, { } 123 125
      // pop to the matching opener; unmatched closers ("1) item") are ignored
      for (let s = stack.length - 1; s >= 0; s--) {
        if (text.charCodeAt(stack[s]) === open) {
          bracketClose.set(stack[s], i);
          stack.length = s;
          break;
        }
      }
    }
  }

  const spans: Spans = { open: [], close: [], bracket: [] };
  if (!any) return spans;
  const failed = new Array<boolean>(KINDS.length).fill(false);
  let i = from;
  while (i < to) {
    if (!isSpanChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const bc = bracketClose.size > 0 ? bracketClose.get(i) : undefined;
    if (bc !== undefined) {
      spans.open.push(i);
      spans.close.push(bc);
      spans.bracket.push(true);
      i = bc + 1;
      continue;
    }
    const k = kindAt(text, i);
    if (k >= 0 && !failed[k]) {
      const kind = KINDS[k];
      if (opensHere(text, i, kind, from, to)) {
        let j = i + kind.opener.length;
        let reopened = false;
        for (; j < to; j++) {
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
          i = j;
          continue;
        }
        if (j < to) {
          spans.open.push(i);
          spans.close.push(j);
          spans.bracket.push(false);
          i = j + 1;
          continue;
        }
        failed[k] = true;
      }
    }
    i++;
  }
  return spans;
}
