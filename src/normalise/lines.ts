// Lines of the character-normalised text, with their content trimmed and the
// in-line clean-ups (table-of-contents leaders, decoration rules) already
// found, so layout decisions look at what a reader sees.
import { hasAlnum, isSpaceCode } from '../segment/chars.js';

export interface LineEdit {
  from: number;
  to: number;
  replacement: string;
}

export interface Line {
  /** start of the line and position of its "\n" (or text end) */
  start: number;
  end: number;
  /** content without surrounding whitespace (and without a trailing leader) */
  cStart: number;
  cEnd: number;
  /** nothing to read: empty, a rule of dashes, a "* * *", a page number (but not a stray ".") */
  blank: boolean;
  /** whitespace between content and line end: PDF extractors leave it at soft wraps */
  trailingSpace: boolean;
  edits: LineEdit[];
  /** a leader and page number were cut from the end of the content */
  cut: boolean;
}

/** Characters that draw rules and frames when repeated ("-----", "/////", "=====", "*****"). */
const DECORATION = new Uint8Array(0x2600);
for (const c of '/*=_~#-–—─━═+.') DECORATION[c.charCodeAt(0)] = 1;
const MIN_DECORATION_RUN = 4;
/** Dots in a row that are a leader ("About Me ....... 5"), not an ellipsis ("that....") */
const MIN_LEADER_DOTS = 5;

/**
 * The shared empty list, cut from a list of edits so that it has the elements kind of
 * every other list of edits: one array map, so V8 keeps the code reading `edits` optimised.
 */
const NO_EDITS: LineEdit[] = [{ from: 0, to: 0, replacement: '' }].slice(0, 0);
/** A page number alone on a line. */
export const PAGE_NUMBER = /^\d{1,4}$/;
const PUNCTUATION_ONLY = /^[.,;:!?]+$/;

/**
 * Two equal decoration characters in a row: where findEdits can find something.
 * A pair never spans lines ("\n" is no decoration), so one native pass over the
 * text tells which lines to read character by character (very few).
 */
const DECORATION_PAIR = /[/*=_~#\-–—─━═+.]{2}/g;

/** Start of the first pair of equal decoration characters at or after `from`, or the text length. */
function nextDecorationPair(text: string, from: number): number {
  DECORATION_PAIR.lastIndex = from;
  while (DECORATION_PAIR.test(text)) {
    const second = DECORATION_PAIR.lastIndex - 1;
    if (text.charCodeAt(second) === text.charCodeAt(second - 1)) return second - 1;
    DECORATION_PAIR.lastIndex = second; // "-." is no pair, ".." may start at the "."
  }
  return text.length;
}

const BLANK = 1;
const TRAILING_SPACE = 2;
const CUT = 4;

/**
 * Every line of a text, in parallel arrays rather than one object per line: a
 * PDF scrape or a hostile input can hold hundreds of thousands of short lines,
 * and as objects they outlived V8's young generation (a 1 MB text of one-character
 * lines cost twice per byte what 100 KB did). `at(i)` gives one line as a Line.
 */
export class Lines {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly cStart: Int32Array;
  readonly cEnd: Int32Array;
  private readonly flags: Uint8Array;
  /** edits of the few lines that have any */
  private readonly edits = new Map<number, LineEdit[]>();

  constructor(count: number) {
    this.length = count;
    this.start = new Int32Array(count);
    this.end = new Int32Array(count);
    this.cStart = new Int32Array(count);
    this.cEnd = new Int32Array(count);
    this.flags = new Uint8Array(count);
  }

  blank(i: number): boolean {
    return (this.flags[i] & BLANK) !== 0;
  }

  /** content length of line i */
  contentLength(i: number): number {
    return this.cEnd[i] - this.cStart[i];
  }

  at(i: number): Line {
    const flags = this.flags[i];
    return {
      start: this.start[i],
      end: this.end[i],
      cStart: this.cStart[i],
      cEnd: this.cEnd[i],
      blank: (flags & BLANK) !== 0,
      trailingSpace: (flags & TRAILING_SPACE) !== 0,
      edits: this.edits.get(i) ?? NO_EDITS,
      cut: (flags & CUT) !== 0,
    };
  }

  /** line i has no in-line edits and nothing was cut from its end */
  untouched(i: number): boolean {
    return (this.flags[i] & CUT) === 0 && !this.edits.has(i);
  }

  set(i: number, start: number, end: number, cStart: number, cEnd: number, blank: boolean, trailingSpace: boolean, edits: LineEdit[], cut: boolean): void {
    this.start[i] = start;
    this.end[i] = end;
    this.cStart[i] = cStart;
    this.cEnd[i] = cEnd;
    this.flags[i] = (blank ? BLANK : 0) | (trailingSpace ? TRAILING_SPACE : 0) | (cut ? CUT : 0);
    if (edits.length > 0) this.edits.set(i, edits);
  }
}

export function splitLines(text: string): Lines {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) count++;
  const lines = new Lines(count);
  let start = 0;
  let pair = nextDecorationPair(text, 0);
  for (let i = 0; i < count; i++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // searched again only once the line passed the last pair found: linear over the text
    if (pair < start) pair = nextDecorationPair(text, start);
    addLine(lines, i, text, start, end, pair < end);
    start = end + 1;
  }
  return lines;
}

function addLine(lines: Lines, i: number, text: string, start: number, end: number, mayHaveEdits: boolean): void {
  let cStart = start;
  while (cStart < end && isSpaceCode(text.charCodeAt(cStart))) cStart++;
  if (cStart === end) {
    lines.set(i, start, end, cStart, end, true, false, NO_EDITS, false);
    return;
  }
  let cEnd = end;
  while (cEnd > cStart && isSpaceCode(text.charCodeAt(cEnd - 1))) cEnd--;
  const trailingSpace = cEnd < end && cEnd > cStart;
  let edits = mayHaveEdits && cEnd > cStart ? findEdits(text, cStart, cEnd) : NO_EDITS;
  // a leader with its page number runs to the end of the line: the content ends before it
  const last = edits[edits.length - 1];
  const cut = last !== undefined && last.to === cEnd && last.replacement === '';
  if (cut) {
    cEnd = last.from;
    edits = edits.slice(0, -1);
    while (cEnd > cStart && isSpaceCode(text.charCodeAt(cEnd - 1))) cEnd--;
  }
  // a line of only "." or "," is not blank: it belongs to the line before ("pricing\n.");
  // a page number alone on its line is layout ("3", "112")
  const blank = hasAlnumOutside(text, cStart, cEnd, edits)
    ? cEnd - cStart <= 4 && PAGE_NUMBER.test(text.slice(cStart, cEnd))
    : !PUNCTUATION_ONLY.test(text.slice(cStart, cEnd));
  lines.set(i, start, end, cStart, cEnd, blank, trailingSpace, edits, cut);
}

function hasAlnumOutside(text: string, from: number, to: number, edits: LineEdit[]): boolean {
  let pos = from;
  for (const e of edits) {
    if (hasAlnum(text, pos, e.from)) return true;
    pos = e.to;
  }
  return hasAlnum(text, pos, to);
}

/** Leaders and decoration runs inside [from, to). */
function findEdits(text: string, from: number, to: number): LineEdit[] {
  let edits = NO_EDITS;
  let i = from;
  while (i < to) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x2600 || DECORATION[ch] === 0 || i + 1 >= text.length || text.charCodeAt(i + 1) !== ch) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === ch) j++;
    const run = j - i;
    const dot = ch === 46;
    if (dot ? run >= MIN_LEADER_DOTS : run >= MIN_DECORATION_RUN) {
      if (dot) {
        // "Chapter 2 ........ 6" / "Score....... 16-17": the page number goes with the leader
        const pageEnd = pageNumberEnd(text, j, to);
        if (pageEnd === to) {
          let k = i;
          while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
          return [...edits, { from: k, to, replacement: '' }];
        }
      }
      if (edits === NO_EDITS) edits = [];
      edits.push({ from: i, to: j, replacement: ' ' });
    }
    i = j;
  }
  return edits;
}

/** End of "   12" or " 16-17" starting at `i`, if it is all that is left before `to`; else -1. */
function pageNumberEnd(text: string, i: number, to: number): number {
  let k = i;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  const digitsStart = k;
  while (k < to && /[0-9ivxlcIVXLC\-–]/.test(text[k])) k++;
  return k === to && k > digitsStart ? k : -1;
}

export function lineLength(l: Line): number {
  return l.cEnd - l.cStart;
}

export { hasAlnum };
