import type { ContextInput } from './types.js';
import { codeAt, isAsciiSpace } from '../lang/unicode.js';

/** Longest block still read as a heading when it lacks sentence punctuation. */
const HEADING_MAX_CHARS = 120;

/**
 * A heading, kicker or caption line: short and not ending like a sentence.
 * Periods do not flow across one ("Handel auf historischem Tiefstand" starts new text).
 */
export function isHeadingLike(input: ContextInput, blockIndex: number): boolean {
  const block = input.blocks[blockIndex];
  if (!block) return true;
  // long blocks are paragraphs: decided without copying them
  if (block.aEnd - block.aStart > HEADING_MAX_CHARS + 40) return false;
  const text = input.analysis.text.slice(block.aStart, block.aEnd).trim();
  if (text.length > HEADING_MAX_CHARS) return false;
  return !/[.!?:;"“”»«’)]$/.test(text);
}

const WORD_AFTER = /\s*(\p{L}+)/uy;

/** Longest opener of each set, so that longer words are turned down without copying them. */
const longestOpener = new WeakMap<ReadonlySet<string>, number>();

/** Whether the word after a comma opens a new clause ("but", "aber", "who"). */
function opensClause(text: string, at: number, to: number, openers: ReadonlySet<string>): boolean {
  // ASCII spaces and letters read by hand (this runs at every comma): no match
  // array, no copy of the word unless it is short enough to be an opener
  let i = at;
  let code = codeAt(text, i);
  while (isAsciiSpace(code)) code = codeAt(text, ++i);
  const start = i;
  while ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) code = codeAt(text, ++i);
  // anything else after the spaces or the letters (ä, a non-ASCII space): the regex decides
  if (code >= 128) return opensClauseAnyScript(text, at, to, openers);
  if (i === start || i > to) return false;
  return i - start <= longestOf(openers) && openers.has(text.slice(start, i).toLowerCase());
}

// its own function: the first call per language (the only one that fills the
// cache) does not throw away opensClause's optimised code
function longestOf(openers: ReadonlySet<string>): number {
  let longest = longestOpener.get(openers);
  if (longest === undefined) {
    longest = 0;
    for (const w of openers) longest = Math.max(longest, w.length);
    longestOpener.set(openers, longest);
  }
  return longest;
}

function opensClauseAnyScript(text: string, at: number, to: number, openers: ReadonlySet<string>): boolean {
  WORD_AFTER.lastIndex = at;
  const m = WORD_AFTER.exec(text);
  return m !== null && m.index + m[0].length <= to && openers.has(m[1].toLowerCase());
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Positions of clause-ending dashes (" – ", " - "), semicolons and colons in text[from, to):
 * "sinkt Dividende auf 0,60 Euro – 2016 soll EGT ..." holds two statements.
 */
export interface ClauseBreak {
  at: number;
  /** a new clause ("…, but …", ";"): nothing reaches across; a dash or colon may be reached across from before */
  hard: boolean;
}

export function clauseBreaks(text: string, from: number, to: number, openers: ReadonlySet<string> = new Set()): ClauseBreak[] {
  const all: number[] = [];
  const hard: number[] = [];
  clauseBreakPositions(text, from, to, openers, all, hard);
  return all.map((at) => ({ at, hard: hard.includes(at) }));
}

/**
 * 1 for the characters clauseBreakPositions looks at: parentheses, separators, dashes.
 * One entry per code unit: V8 then needs no bounds check (a shorter table and a range test cost a third more).
 */
const BREAK_CHARS = new Uint8Array(0x10000);
for (const c of '(),-:;\u2013\u2014') BREAK_CHARS[c.charCodeAt(0)] = 1;

/**
 * clauseBreaks as positions: every break into `all`, the hard ones also into `hard`
 * (both ascending). No object per break for the period step, which wants the two lists.
 */
export function clauseBreakPositions(text: string, from: number, to: number, openers: ReadonlySet<string>, all: number[], hardOnes: number[]): void {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // one table read skips all but the few characters looked for: a test by ranges let
    // spaces and digits through, and its branches were mispredicted at every word
    if (BREAK_CHARS[code] === 0) continue;
    // "($1bn; £550m)": separators inside parentheses end nothing
    if (code === 40) depth++;
    else if (code === 41 && depth > 0) depth--;
    if (depth > 0) continue;
    let hard: boolean;
    if (code === 59) hard = true;
    else if (code === 58 && text.charCodeAt(i + 1) === 32 && !isDigit(text.charCodeAt(i - 1))) hard = false;
    else if (code === 44 && openers.size > 0 && opensClause(text, i + 1, to, openers)) hard = true;
    else if ((code === 0x2013 || code === 0x2014 || code === 45) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32 && i > from + 25) hard = false;
    else continue;
    // one place that adds breaks: the rare kinds (a clause-opening comma) reuse what V8 learnt from the others
    all.push(i);
    if (hard) hardOnes.push(i);
  }
}

export const isDigit = (code: number) => code >= 48 && code <= 57;

/** Relative clauses whose closing comma ends the reach of the times inside them. */
export interface RelativeClauses {
  /** words that open one after a comma ("who", "der") */
  openers: ReadonlySet<string>;
  /** the clause ends in its verb, a lower-case word ("der 1994 starb,"); else any comma closes it */
  verbFinal: boolean;
}

/**
 * Relative clauses between commas in text[from, to) ("Mr Nogar, who died in 1994 aged 72,
 * always made", "Der Gründer, der 1994 starb, hatte"): from the opening comma to the one
 * closing it. A clause the sentence end closes is left out (nothing follows it).
 */
export function relativeClausesIn(text: string, from: number, to: number, relatives: RelativeClauses): Range[] {
  const out: Range[] = [];
  const part = text.slice(from, to);
  const first = part.indexOf(',');
  if (first < 0) return out;
  // without a "(" every comma is at depth 0: from comma to comma by native search (most sentences)
  if (part.indexOf('(') < 0) {
    let open = -1;
    for (let k = first; k >= 0; k = part.indexOf(',', k + 1)) open = relativeComma(text, from, to, from + k, open, relatives, out);
    return out;
  }
  let depth = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && depth > 0) depth--;
    if (depth > 0 || code !== 44) continue;
    open = relativeComma(text, from, to, i, open, relatives, out);
  }
  return out;
}

/** A comma at depth 0 at text[i]: closes the clause opened at `open` (-1: none), may open one; the comma open after it. */
function relativeComma(text: string, from: number, to: number, i: number, open: number, relatives: RelativeClauses, out: Range[]): number {
  // "180,000": a comma inside a number closes nothing
  if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return open;
  if (open >= 0) {
    if (!relatives.verbFinal || lowerWordBefore(text, from, i)) out.push({ start: open, end: i + 1 });
    open = -1;
  }
  return opensClause(text, i + 1, to, relatives.openers) ? i : open;
}

/** Whether a lower-case word (a verb in a verb-final clause) ends right before text[at]. */
function lowerWordBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  const end = i;
  while (i >= from && /\p{Ll}/u.test(text[i])) i--;
  return i < end && (i < from || !/[\p{L}\p{N}]/u.test(text[i]));
}

/** The longest aside between two dashes (dashAsidesIn): longer, the two dashes are more likely two breaks. */
const DASH_ASIDE_MAX = 160;

/**
 * Asides between two spaced dashes in text[from, to) ("proposals to revalue homes - currently
 * graded according to their value in 1991 - because they believe seven million ..."): from the
 * first dash to the second, which hold their times as parentheses do. Dashes pair in order.
 */
export function dashAsidesIn(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = from + 1; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 45 && c !== 0x2013 && c !== 0x2014) || text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i + 1) !== 32) continue;
    if (open < 0) open = i;
    else {
      if (i - open <= DASH_ASIDE_MAX) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** Top-level parentheses in text[from, to) (an unclosed one runs to the end). */
export function parenthesesIn(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  // most sentences hold no "(" (a ")" alone opens nothing): one native search says so
  const first = text.slice(from, to).indexOf('(');
  if (first < 0) return out;
  let open = -1;
  for (let i = from + first; i < to; i = nextParen(text, i + 1, to)) {
    const c = text.charCodeAt(i);
    if (c === 40 && open < 0) open = i;
    else if (c === 41 && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}

/** The first '(' or ')' in text[i, to), else to. */
function nextParen(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 41) return i;
  }
  return to;
}
