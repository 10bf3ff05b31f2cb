// Which line breaks are real. Text extracted from PDFs and print layouts is
// wrapped at a fixed width: single newlines there are soft and the paragraph
// continues on the next line, sometimes through a hyphenated word. Web scrapes
// put one paragraph, heading or list item per line: every newline is hard.
// The choice is made once per document from how its long lines end, then
// line by line from the words at the break.
import type { LanguageRules } from '../segment/language.js';
import { isAlnumAt, isBulletAt, isDigitCode, isLetterAt, isLowerAt } from '../segment/chars.js';
import { type Line, type Lines, lineLength } from './lines.js';
import { decideHyphen, type Vocabulary } from './hyphen.js';
import { Join } from './join.js';

export interface Layout {
  wrapped: boolean;
  /** typical width of a full line (80th percentile of content lengths) */
  width: number;
}

/** A line at least this share of the typical width is "full": the text ran on. */
const FULL_LINE = 0.7;
/** Narrower than this, lines are menus and lists, never wrapped prose. */
const MIN_WRAP_WIDTH = 30;
/** Wider than this, a "line" is a paragraph of a scrape: print and PDF lines are shorter. */
const MAX_WRAP_WIDTH = 160;

export function detectLayout(text: string, lines: Lines, rules: LanguageRules): Layout {
  // pushed one by one: always an array of small integers, one map for V8 (filter + map made varying ones)
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines.blank(i)) lengths.push(lines.contentLength(i));
  lengths.sort((a, b) => a - b);
  if (lengths.length < 3) return { wrapped: false, width: 0 };
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.8))];
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return { wrapped: false, width };
  // wrapped lines never run much past the width; scraped paragraphs vary freely
  const overlong = lengths.length - lowerBound(lengths, Math.floor(1.2 * width) + 1);
  if (overlong > 0.1 * lengths.length) return { wrapped: false, width };
  let full = 0;
  let runOn = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines.blank(i) || lines.blank(i + 1) || lines.contentLength(i) < FULL_LINE * width) continue;
    full++;
    const l = lines.at(i);
    const ending = endingOf(text, l);
    if (ending === Ending.Closed) continue;
    runOn++;
    if (ending === Ending.Continuing || isLowerAt(text, lines.cStart[i + 1]) || rules.lineEndWords.has(lastWord(text, l))) continued++;
  }
  // In wrapped text nearly every full line stops mid-sentence, and often
  // visibly so (a comma, an article, a lower-case continuation); in a scrape
  // full lines are paragraphs ending with a full stop, or headlines that end
  // without one but never run on.
  return { wrapped: full >= 2 && runOn >= 0.5 * full && continued >= 0.3 * runOn, width };
}

/** Index of the first element >= x in a sorted array. */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export enum Ending {
  /** sentence punctuation, possibly followed by closing quotes or brackets */
  Closed,
  /** a word, number or closing quote without punctuation */
  Open,
  /** a comma, an opening bracket, a dash: the sentence goes on for sure */
  Continuing,
}

export function endingOf(text: string, l: Line): Ending {
  let k = l.cEnd - 1;
  while (k > l.cStart && '"\'”“’‘»«)]'.includes(text[k])) k--;
  const c = text[k];
  if ('.!?…:;'.includes(c)) return Ending.Closed;
  if (',([{„‚–—/&+'.includes(c)) return Ending.Continuing;
  if (c === '-' && k === l.cEnd - 1) return Ending.Continuing;
  return Ending.Open;
}

/** Last word of the line, lower-cased ("" if it does not end in a letter). */
function lastWord(text: string, l: Line): string {
  let k = l.cEnd;
  while (k > l.cStart && isLetterAt(text, k - 1)) k--;
  return text.slice(k, l.cEnd).toLowerCase();
}

/** Does the line start a list item ("- ", "• ", "1. ", "2) ", "a) ")? */
function startsListItem(text: string, l: Line): boolean {
  const i = l.cStart;
  if (isBulletAt(text, i)) return true;
  const c = text[i];
  if ((c === '-' || c === '–' || c === '*') && text[i + 1] === ' ') return true;
  let k = i;
  while (k < l.cEnd && k - i < 3 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === i && isLetterAt(text, i) && !isLetterAt(text, i + 1)) k = i + 1;
  if (k === i) return false;
  return (text[k] === '.' || text[k] === ')') && text[k + 1] === ' ';
}

/** Lines of one or two letters in a run: text set vertically, one letter per line. */
function isLetterFragment(text: string, lines: Lines, i: number): boolean {
  const n = lines.contentLength(i);
  if (n < 1 || n > 2) return false;
  for (let k = lines.cStart[i]; k < lines.cEnd[i]; k++) if (!isLetterAt(text, k)) return false;
  return true;
}

export interface JoinContext {
  text: string;
  lines: Lines;
  layout: Layout;
  rules: LanguageRules;
  vocabulary: () => Vocabulary;
  /** per line: length of the run of one- or two-letter lines it belongs to (0 if none) */
  fragmentRun: Int32Array;
}

/** Lengths of runs of letter-fragment lines, for every line. */
export function letterFragmentRuns(text: string, lines: Lines): Int32Array {
  const runs = new Int32Array(lines.length);
  let i = 0;
  while (i < lines.length) {
    if (!isLetterFragment(text, lines, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isLetterFragment(text, lines, j)) j++;
    runs.fill(j - i, i, j);
    i = j;
  }
  return runs;
}

/**
 * How the break between non-blank line `a` and the next non-blank line `b`
 * is rendered (blank lines may lie between them); `la` and `lb` are the two lines.
 */
export function decideJoin(ctx: JoinContext, a: number, b: number, la: Line, lb: Line): Join {
  const { text, lines, layout, rules } = ctx;
  const adjacent = b === a + 1;

  if (adjacent) {
    // ".", ",", "!" alone at the start of a line belong to the line before ("pricing\n.")
    const first = text[lb.cStart];
    if ('.,;:!?'.includes(first) && (lb.cStart + 1 === lb.cEnd || text.charCodeAt(lb.cStart + 1) === 32)) {
      return Join.Glue;
    }
    if (ctx.fragmentRun[a] >= 3 && ctx.fragmentRun[b] >= 3) {
      return Join.Glue;
    }
  }

  const ending = endingOf(text, la);
  const nextLower = isLowerAt(text, lb.cStart);

  if (!layout.wrapped) {
    // Even in a scrape, a line left with a trailing space and continued in lower
    // case is a wrapped sentence ("It was a cold \nnight in the city.").
    if (adjacent && la.trailingSpace && ending !== Ending.Closed && (nextLower || text[lb.cStart] === '(')) {
      return Join.Space;
    }
    return Join.Hard;
  }

  const hyphen = wordHyphen(text, la);
  if (hyphen) {
    return decideHyphen(text, la.cEnd - 1, lb.cStart, rules, ctx.vocabulary);
  }
  const continuing = ending === Ending.Continuing || rules.lineEndWords.has(lastWord(text, la));
  const full = lineLength(la) >= FULL_LINE * layout.width;

  if (!adjacent) {
    // A paragraph break in the middle of a sentence: a page break, or a blank
    // line the extractor put in. Only trusted after a full line of running text.
    const paragraphLines = a > 0 && !lines.blank(a - 1);
    if (continuing && full && paragraphLines) return Join.Space;
    if (full && paragraphLines && ending === Ending.Open && endsInLowerWord(text, la) && !startsListItem(text, lb)) {
      return Join.Space;
    }
    return Join.Hard;
  }

  if (continuing) return Join.Space;
  if (startsListItem(text, lb)) return Join.Hard;
  if (nextLower) return Join.Space;
  if (!full) {
    // A heading wrapped over two short lines: "Riesige Profite und geopolitische\nVerschiebungen".
    // The first line stops on a lower-case word, the second is the whole rest of the paragraph.
    const paragraphStart = a === 0 || lines.blank(a - 1);
    const paragraphEnd = b + 1 >= lines.length || lines.blank(b + 1);
    if (paragraphStart && paragraphEnd && ending === Ending.Open && endsInLowerWord(text, la) &&
        endingOf(text, lb) === Ending.Open && lineLength(lb) < FULL_LINE * layout.width) {
      return Join.Space;
    }
    return Join.Hard; // a heading, or the last line of a paragraph
  }
  // A full line ending a sentence, then a short unpunctuated line: a heading follows.
  if (ending === Ending.Closed && lineLength(lb) < FULL_LINE * layout.width && endingOf(text, lb) === Ending.Open) {
    if (b + 1 < lines.length && !lines.blank(b + 1)) return Join.Hard;
  }
  return Join.Space;
}

/** Is the line's last character a hyphen that ends a word part ("Verhand-", "US-")? */
function wordHyphen(text: string, l: Line): boolean {
  const k = l.cEnd - 1;
  return k > l.cStart && (text[k] === '-' || text[k] === '\u2010') && isAlnumAt(text, k - 1);
}

/** Does the line end in a word written in lower case ("geopolitische", "mögliche")? */
function endsInLowerWord(text: string, l: Line): boolean {
  let k = l.cEnd;
  while (k > l.cStart && isLetterAt(text, k - 1)) k--;
  return k < l.cEnd && isLowerAt(text, k);
}
