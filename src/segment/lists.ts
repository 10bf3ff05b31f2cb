// List items run together on one line ("1.) The first item 2.) The second
// item", "a) here it is b) another c) one more", "• 9. Stop smoking • 10. Get
// some rest"): each item is a sentence of its own even without a full stop.
// A marker counts only as part of a run of consecutive markers of one style,
// so "Seite 12" or "Plan B" never start an item.
import type { LanguageRules } from './language.js';
import { isBulletAt, isDigitCode, isLetterAt, isLowerAt, isSpaceCode, isUpperAt } from './chars.js';
import { IntList } from './int-list.js';

export interface ListMarker {
  /** first character of the marker ("(" , digit, letter) */
  start: number;
  /** position of the period closing a "1." marker, or -1 */
  period: number;
}

interface Candidate extends ListMarker {
  /** after the marker's "." or ")" */
  end: number;
  key: string;
  value: number;
  letter: boolean;
}

export interface ListStarts {
  /** where list items start, ascending */
  splits: IntList;
  /** the periods closing "1." markers of those runs (no sentence ends), ascending */
  periods: IntList;
}

/** The one answer findListStarts fills: blocks are read one at a time. */
const STARTS: ListStarts = { splits: new IntList(), periods: new IntList() };

/**
 * Positions inside [from, to) where a list item starts (bullets and marker runs), and
 * the positions of the periods closing "1." markers of those runs (no sentence ends).
 * The answer is shared: valid until the next call.
 */
export function findListStarts(text: string, from: number, to: number, rules: LanguageRules, listMarks: IntList): ListStarts {
  const { splits, periods } = STARTS;
  splits.clear();
  periods.clear();
  let firstBullet = -1;
  // "• 9. Stop smoking • 10. Get some rest" is a list; "Keine Kreditkarte
  // erforderlich • Keine versteckten Kosten" uses the bullet as a separator
  const bulletList = isBulletAt(text, from);
  // Bullets, and markers found from their end: every marker closes with "."
  // or ")" before a space (listMarks holds both, from scanBlock in marks.ts);
  // the few characters before it are then checked by markerAt.
  for (let m = 0; m < listMarks.length; m++) {
    const i = listMarks.get(m);
    if (!isBulletAt(text, i)) continue;
    if (i > from && !isSpaceCode(text.charCodeAt(i - 1))) continue;
    if (i > from && bulletList) splits.push(i);
    if (firstBullet < 0) firstBullet = i;
  }
  // most blocks have no marker: no list of candidates is made for them
  let candidates: Candidate[] | null = null;
  for (let m = 0; m < listMarks.length; m++) {
    const mark = listMarks.get(m);
    if (isBulletAt(text, mark)) continue;
    const end = mark + 1;
    for (let i = Math.max(from, end - 5); i < end - 1; i++) {
      if (i > from && !isSpaceCode(text.charCodeAt(i - 1))) continue;
      const c = markerAt(text, i, to, rules);
      if (c && c.end === end) {
        (candidates ??= []).push(c);
        break;
      }
    }
  }
  if (candidates !== null) chainMarkers(text, from, candidates, firstBullet, STARTS);
  splits.sort();
  periods.sort();
  return STARTS;
}

/** Links each marker to one with the previous value and the same style; the items of runs that open a list split. */
function chainMarkers(text: string, from: number, candidates: Candidate[], firstBullet: number, out: ListStarts): void {
  const lastByKey = new Map<string, number>();
  const chainOf = new Int32Array(candidates.length);
  const chainLength: number[] = [];
  const chainOpens: boolean[] = [];
  let firstOpened = -1;
  candidates.forEach((c, k) => {
    const prev = lastByKey.get(`${c.key}${c.value - 1}`);
    if (prev !== undefined) {
      chainOf[k] = chainOf[prev];
      chainLength[chainOf[k]]++;
    } else {
      chainOf[k] = chainLength.length;
      chainLength.push(1);
      // The first item opens the block or follows a finished sentence or a
      // colon, or a new list starts at 1 after another list ("2) second 1) first").
      const inList = (firstBullet >= 0 && firstBullet < c.start) || (firstOpened >= 0 && firstOpened < c.start);
      const restart = inList && c.value === (c.letter ? 97 : 1);
      chainOpens.push(c.start === from || afterSentenceEnd(text, c.start, from) || restart);
    }
    if (chainOpens[chainOf[k]] && firstOpened < 0) firstOpened = c.start;
    lastByKey.set(`${c.key}${c.value}`, k);
  });
  candidates.forEach((c, k) => {
    if (!chainOpens[chainOf[k]] || chainLength[chainOf[k]] < (c.letter ? 3 : 2)) return;
    if (c.period >= 0) out.periods.push(c.period);
    // "• 10. The second item": the bullet already starts the item
    if (c.start > from && !afterBullet(text, c.start, from)) out.splits.push(c.start);
  });
}

/** "1.", "1.)", "1)", "(1)", "a.", "a)", "(a)" followed by a space, at `i`. */
function markerAt(text: string, i: number, to: number, rules: LanguageRules): Candidate | null {
  let k = i;
  const paren = text[k] === '(';
  if (paren) k++;
  const valueStart = k;
  let value = 0;
  let letter = false;
  while (k < to && k - valueStart < 2 && isDigitCode(text.charCodeAt(k))) {
    value = value * 10 + text.charCodeAt(k) - 48;
    k++;
  }
  if (k === valueStart) {
    if (!isLetterAt(text, k) || isLetterAt(text, k + 1)) return null;
    letter = true;
    value = text[k].toLowerCase().charCodeAt(0);
    k++;
  } else if (isDigitCode(text.charCodeAt(k))) return null;
  let style: string;
  let period = -1;
  if (paren) {
    if (text[k] !== ')') return null;
    style = '()';
    k++;
  } else if (text[k] === '.' && text[k + 1] === ')') {
    style = '.)';
    period = k;
    k += 2;
  } else if (text[k] === ')') {
    style = ')';
    k++;
  } else if (text[k] === '.') {
    style = '.';
    period = k;
    k++;
  } else return null;
  if (k >= to || text[k] !== ' ') return null;
  let w = k;
  while (w < to && isSpaceCode(text.charCodeAt(w))) w++;
  if (style === '.' && !letter) {
    // "1. The first item", not "am 1. Mai" or "der 2. Platz"
    if (!isUpperAt(text, w)) return null;
    if (rules.months.has(wordAt(text, w, to))) return null;
    if (rules.ordinalContext.has(wordBefore(text, i).toLowerCase())) return null;
  }
  const caseKey = letter ? (isLowerAt(text, valueStart) ? 'l' : 'u') : 'n';
  return { start: i, end: k, period, key: `${caseKey}${style}:`, value, letter };
}

function afterBullet(text: string, i: number, from: number): boolean {
  let e = i;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > from && isBulletAt(text, e - 1);
}

function afterSentenceEnd(text: string, i: number, from: number): boolean {
  let e = i;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e === from || '.:!?'.includes(text[e - 1]) || isBulletAt(text, e - 1);
}

function wordAt(text: string, i: number, to: number): string {
  let k = i;
  while (k < to && isLetterAt(text, k)) k++;
  return text.slice(i, k);
}

function wordBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isLetterAt(text, s - 1)) s--;
  return text.slice(s, e);
}
