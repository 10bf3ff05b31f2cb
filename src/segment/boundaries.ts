// Is this run of sentence punctuation the end of a sentence? The decision reads
// the punctuation itself (".", "?!", "...", ". . . ."), the word before it
// (abbreviation, initial, number, ordinal) and the word after it (capital,
// sentence starter, month name). All word knowledge comes from LanguageRules.
import { Abbreviation, type LanguageRules } from './language.js';
import { codeAt } from '../lang/unicode.js';
import { isDigitCode, isLetterAt, isLowerAt, isSpaceCode, isUpperAt, isBulletAt } from './chars.js';

const STRONG = '!?‽⁇⁈⁉';
/** Full-width and CJK stops end a sentence even without a following space. */
const WIDE = '．。！？｡';
/** Marks that may follow sentence punctuation and still belong to the sentence. */
const CLOSERS = '"\'”“’‘»«)]}›‹';
const QUOTE_CLOSERS = '"\'”“’‘»«›‹';
const OPENERS = '„“"\'‘‚«»([{¿¡‹›';
const DASHES = '-–—';

/**
 * The classes above as bits per UTF-16 code unit, read with charCodeAt: comparing
 * one-character strings (text[i]) makes V8 drop optimised code whenever a character
 * outside Latin-1 ("…", "„") shows up as a string of another kind.
 */
const Mark = { Strong: 1, Wide: 2, Closer: 4, QuoteCloser: 8, Opener: 16, Dash: 32 } as const;
const MARKS = new Uint8Array(0x10000);
for (const [chars, bit] of [[STRONG, Mark.Strong], [WIDE, Mark.Wide], [CLOSERS, Mark.Closer], [QUOTE_CLOSERS, Mark.QuoteCloser],
  [OPENERS, Mark.Opener], [DASHES, Mark.Dash]] as const) {
  for (let k = 0; k < chars.length; k++) MARKS[chars.charCodeAt(k)]! |= bit;
}
/** Is the character at i (0 past the end) of the class `bit`? */
const markAt = (text: string, i: number, bit: number): boolean => (MARKS[codeAt(text, i)]! & bit) !== 0;

/** . ! ? … and their full-width, CJK and interrobang forms. */
export function isTerminatorCode(c: number): boolean {
  if (c < 128) return c === 46 || c === 33 || c === 63;
  return c === 0x2026 || c === 0x203d || (c >= 0x2047 && c <= 0x2049) || c === 0xff0e || c === 0x3002 ||
    c === 0xff01 || c === 0xff1f || c === 0xff61;
}

export interface Cluster {
  /** first punctuation character */
  start: number;
  /** after the punctuation, closing marks and footnote references */
  end: number;
  periods: number;
  strong: boolean;
  ellipsis: boolean;
  wide: boolean;
  closers: boolean;
  /** ". . ." written with spaces: its dot count, and where it starts */
  spacedDots: number;
  spacedStart: number;
}

/** The one Cluster readCluster fills: one object per punctuation mark was garbage. */
const CLUSTER: Cluster = {
  start: 0, end: 0, periods: 0, strong: false, ellipsis: false, wide: false, closers: false, spacedDots: 0, spacedStart: -1,
};

/** Read the punctuation run starting at `i` (a terminator). The answer is shared: valid until the next call. */
export function readCluster(text: string, i: number, to: number): Cluster {
  const c = CLUSTER;
  c.start = i;
  c.end = i;
  c.periods = 0;
  c.strong = false;
  c.ellipsis = false;
  c.wide = false;
  c.closers = false;
  c.spacedDots = 0;
  c.spacedStart = -1;
  let j = i;
  while (j < to) {
    const ch = text.charCodeAt(j);
    if (ch === 46 /* . */) {
      if (c.spacedDots === 0 && codeAt(text, j + 1) === 32 && codeAt(text, j + 2) === 46 && codeAt(text, j + 3) === 32 && codeAt(text, j + 4) === 46) {
        let k = j + 1;
        let dots = 1;
        while (k + 1 < to && text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 46) {
          dots++;
          k += 2;
        }
        c.spacedDots = dots;
        c.spacedStart = j;
        c.ellipsis = true;
        j = k;
        continue;
      }
      c.periods++;
      j++;
    } else if (ch === 0x2026 /* … */) {
      c.ellipsis = true;
      j++;
    } else if (MARKS[ch]! & Mark.Strong) {
      c.strong = true;
      j++;
    } else if (MARKS[ch]! & Mark.Wide) {
      c.wide = true;
      j++;
    } else if (MARKS[ch]! & Mark.Closer) {
      c.closers = true;
      j++;
    } else break;
  }
  if (c.periods >= 2) c.ellipsis = true;
  c.end = j;
  if (c.periods === 1 && !c.strong && !c.ellipsis && i > 0 && !isDigitCode(text.charCodeAt(i - 1))) {
    c.end = footnoteEnd(text, j, to);
  }
  return c;
}

/**
 * Footnote references glued to a full stop belong to its sentence:
 * "martyr.[1] The", "large.[7][8] This", "consultation.11 12 Take".
 */
function footnoteEnd(text: string, j: number, to: number): number {
  let k = j;
  while (codeAt(text, k) === 0x5b /* [ */) {
    let m = k + 1;
    while (m < to && m - k <= 8 && /[0-9a-z,–\-]/.test(text[m])) m++;
    if (text[m] !== ']' || m === k + 1) break;
    k = m + 1;
  }
  if (k > j) return k;
  if (!isDigitCode(codeAt(text, k))) return j;
  let m = k;
  for (;;) {
    const groupStart = m;
    while (m < to && m - groupStart < 3 && isDigitCode(text.charCodeAt(m))) m++;
    if (m === groupStart || isDigitCode(codeAt(text, m))) return j;
    // another group " 12", or the end: a space and a capital
    if (codeAt(text, m) === 32 && isDigitCode(codeAt(text, m + 1))) {
      m++;
      continue;
    }
    return codeAt(text, m) === 32 && isUpperAt(text, m + 1) ? m : j;
  }
}

export interface BoundaryContext {
  text: string;
  /** the block */
  from: number;
  to: number;
  /** where the current sentence started (after any boundary or list split) */
  sentenceStart: number;
  rules: LanguageRules;
  /** straight quotes in the block before the positions asked about (quotesBefore), and before the sentence's start */
  quotes: QuoteCount;
  sentenceQuotes: QuoteCount;
}

/** Straight quotes counted in a block up to `to`: the positions asked about only move forward, so the count goes on from there. */
export interface QuoteCount {
  to: number;
  count: number;
}

/**
 * Where the sentence ends if `cluster` ends it: `cluster.end`, or earlier for
 * a full stop followed by an ellipsis that opens the next sentence; -1 if the
 * cluster does not end the sentence.
 */
export function boundaryAfter(ctx: BoundaryContext, cl: Cluster): number {
  const { text, to, rules } = ctx;
  const q = cl.end;
  if (q >= to) return q;
  if (!isSpaceCode(text.charCodeAt(q))) return gluedBoundary(ctx, cl) ? q : -1;
  let n = q;
  while (n < to && isSpaceCode(text.charCodeAt(n))) n++;
  if (n >= to) return q;
  // 'a year. " And Chancellor ...': a straight quote alone between spaces, then a capital, ends
  // the sentence: after the quote when its paragraph has one open, else before it ('the vote. " We will')
  if (text.charCodeAt(n) === 0x22 && codeAt(text, n + 1) === 32 && n + 2 < to && isUpperAt(text, n + 2)) {
    // (odd in the sentence or in the paragraph: the mark closes one opened there)
    const paragraph = quotesBefore(ctx, ctx.quotes, cl.start);
    const open = paragraph % 2 === 1 || (paragraph - quotesBefore(ctx, ctx.sentenceQuotes, ctx.sentenceStart)) % 2 === 1;
    const end = open ? n + 1 : q;
    if (cl.wide || cl.strong) return end;
    return !cl.ellipsis && periodBoundary(ctx, cl, n + 2) ? end : -1;
  }
  if (!opensSentence(text, n, to)) return -1;
  // "... off the top of the house!' (Which was very likely true.)": a bracket
  // after a quotation comments on it
  if (text.charCodeAt(n) === 0x28 /* ( */ && cl.closers && markAt(text, q - 1, Mark.QuoteCloser)) return -1;

  if (cl.wide || (cl.strong && !cl.ellipsis)) return q;
  if (cl.ellipsis) {
    if (cl.spacedDots > 0 && cl.periods === 0) {
      // "compounds. . . . The": a full stop, then an ellipsis opening the next sentence
      if (cl.spacedDots === 4 && cl.spacedStart === cl.start && isLetterAt(text, cl.start - 1)) return cl.start + 1;
      if (cl.spacedDots === 3) return -1; // ". . ." leaves words out mid-sentence
      return q;
    }
    if (cl.strong) return q;
    return !rules.capitalisedNouns || isStarterAt(text, n, to, rules) || !isLetterAt(text, n) ? q : -1;
  }
  return periodBoundary(ctx, cl, n) ? q : -1;
}

/** "world.Today", "bought 1,000.That": a full stop with the next sentence glued on. */
function gluedBoundary(ctx: BoundaryContext, cl: Cluster): boolean {
  const { text } = ctx;
  if (cl.wide) return true;
  if (cl.periods !== 1 || cl.strong || cl.closers || cl.ellipsis) return false;
  const q = cl.end;
  if (!isUpperAt(text, q) || !isLowerAt(text, q + 1)) return false;
  const before = cl.start - 1;
  const afterNumber = isDigitCode(text.charCodeAt(before));
  if (!(isLowerAt(text, before) || afterNumber)) return false;
  const token = tokenAround(text, cl.start, ctx.from, ctx.to);
  if (token.length >= MAX_TOKEN || isUrlLike(token)) return false;
  // "753 v.Chr. gegründet", "z.B.": an abbreviation with periods inside
  if (token.indexOf('.') < token.length - 1 && ctx.rules.abbreviations.has(token.replace(/\.+$/, '').toLowerCase())) return false;
  if (afterNumber) {
    // "am 9.Dez": a date; German ordinals end a sentence only before a sentence starter
    const next = wordAt(text, q, ctx.to);
    if (ctx.rules.months.has(next)) return false;
    if (ctx.rules.ordinalPeriod) return ctx.rules.starters.has(next);
  }
  return true;
}

/** The whitespace-delimited token around `i`, at most MAX_TOKEN characters each side (keeps scans linear). */
function tokenAround(text: string, i: number, from: number, to: number): string {
  const lo = Math.max(from, i - MAX_TOKEN);
  const hi = Math.min(to, i + MAX_TOKEN);
  let s = i;
  while (s > lo && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < hi && !isSpaceCode(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

const MAX_TOKEN = 100;

function isUrlLike(token: string): boolean {
  // the regex needs a dot: most words are rejected without running it
  return token.includes('@') || token.includes('://') ||
    (token.includes('.') && /^(?:www\.|[a-z0-9-]+\.(?:com|org|net|de|at|ch|uk|eu|io|gov|edu)\b)/i.test(token));
}

/** Could a sentence start at `n`: a capital, a digit, a quote or bracket before one, a bullet? */
function opensSentence(text: string, n: number, to: number): boolean {
  let k = n;
  while (k < to && k - n < 2 && markAt(text, k, Mark.Opener)) k++;
  if (k < to && (isUpperAt(text, k) || isDigitCode(text.charCodeAt(k)))) return true;
  if (k > n) return false;
  if (isBulletAt(text, n)) return true;
  // "- Posted like ...": a dash opening a new line of dialogue or a list
  return markAt(text, n, Mark.Dash) && codeAt(text, n + 1) === 32 && isUpperAt(text, n + 2);
}

/** The word at `n`, after any opening quotes or brackets. */
function wordAt(text: string, n: number, to: number): string {
  let k = n;
  while (k < to && k - n < 2 && markAt(text, k, Mark.Opener)) k++;
  let e = k;
  while (e < to && isLetterAt(text, e)) e++;
  return text.slice(k, e);
}

function isStarterAt(text: string, n: number, to: number, rules: LanguageRules): boolean {
  return rules.starters.has(wordAt(text, n, to));
}

/** A Roman numeral as a regnal or ordinal number ("Wilhelm II.", "Benedikt XVI.") */
const ROMAN = /^(?=[IVXLC]{2,6}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Could ROMAN start with this (I V X L C)? Other words are not run through it. */
const isRomanLetterCode = (c: number): boolean => c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
/** The longest Roman numeral ROMAN accepts (its {2,6}). */
const ROMAN_MAX = 6;
const ORDINAL_PAIR = /^\d{1,3}\.\/\d{1,3}$/;
const SLASHED_ORDINAL = /[\p{L})]\/\d{1,3}$/u;
const NUMBER = /^\d{1,3}(?:[.,\u2009' ]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$/;

/** A full stop followed by a possible sentence start at `n`. */
function periodBoundary(ctx: BoundaryContext, cl: Cluster, n: number): boolean {
  const { text, rules, to } = ctx;
  const period = cl.start;
  // the word before the period, without opening punctuation ("(Ind." -> "Ind")
  let s = period;
  while (s > ctx.from && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  if (s < ctx.sentenceStart) s = ctx.sentenceStart; // "Tuesday.Mr." after a glued boundary
  let tokenStart = s;
  while (tokenStart < period && !isLetterAt(text, tokenStart) && !isDigitCode(text.charCodeAt(tokenStart))) tokenStart++;
  // "Finale (best of seven)/2. Spiel", "NBA-Finale/2. Spiel": an ordinal after a slash glued to a word
  if (rules.ordinalPeriod && isDigitCode(text.charCodeAt(period - 1)) && SLASHED_ORDINAL.test(text.slice(tokenStart, period))) {
    const next = wordAt(text, n, to);
    if (rules.ordinalHeads.has(next) || rules.months.has(next)) return false;
  }
  if (plainLongWord(text, tokenStart, period, rules.longestPlainAbbreviation)) return true;
  const core = text.slice(tokenStart, period);
  if (core === '' || isUrlLike(core)) return true;
  const lower = core.toLowerCase();
  const nextIsDigit = isDigitCode(text.charCodeAt(n));
  // the next word is sliced only on the paths that ask for it

  const kind = rules.abbreviations.get(lower) ?? 0;
  if (kind & Abbreviation.Prepositive) return false;
  // "at 6 p.m. Travelers ...", but not "at 6 p.m. GMT"
  if (kind & Abbreviation.CapitalisedBoundary) return !nextIsDigit && !/^\p{Lu}{2,4}$/u.test(wordAt(text, n, to));
  const single = core.length === 1 && isLetterAt(text, tokenStart);
  const abbreviation = (kind & Abbreviation.AnyCase) !== 0 ||
    ((kind & Abbreviation.LowerOnly) !== 0 && (atSentenceStart(ctx, tokenStart) || core[0] !== core[0].toUpperCase()));
  if (single || abbreviation || isDottedAbbreviation(core)) {
    if (single && atSentenceStart(ctx, tokenStart)) return false; // "Q. What is ...", "a. The first item"
    if (nextIsDigit) return false; // "S. 225", "Nr. 5", "Dec. 31st"
    return isStarterAt(text, n, to, rules);
  }
  if (isDigitCode(core.charCodeAt(0)) && NUMBER.test(core)) { // both of NUMBER's branches start with a digit
    const digitsOnly = isDigits(text, tokenStart, period);
    if (digitsOnly && core.length <= 2 && atSentenceStart(ctx, tokenStart)) return false; // "1. Dies ist eine Liste."
    if (nextIsDigit && digitsOnly && core.length <= (rules.ordinalPeriod ? 3 : 2)) return false; // "1. 2. 3.", "am 1. 1. 2025"
    if (rules.ordinalPeriod && digitsOnly && core.length <= 3 && tokenStart === s) {
      return ordinalBoundary(ctx, s, wordAt(text, n, to));
    }
    if (rules.ordinalPeriod && /^-\d{1,3}$/.test(text.slice(s, period))) {
      return ordinalBoundary(ctx, s, wordAt(text, n, to)); // "1. -3. Jahrhundert"
    }
    return true;
  }
  // "1./2. Weltkrieg", "die 3./4. Klasse": two ordinals joined by a slash
  if (rules.ordinalPeriod && ORDINAL_PAIR.test(core)) return ordinalBoundary(ctx, s, wordAt(text, n, to));
  if (isRomanLetterCode(core.charCodeAt(0)) && ROMAN.test(core) && isUpperAt(text, wordStartBefore(text, s, ctx.from))) return isStarterAt(text, n, to, rules);
  return true;
}

/** Straight quote marks in the block before `at`, counted on from where `counter` stopped. */
function quotesBefore(ctx: BoundaryContext, counter: QuoteCount, at: number): number {
  if (at < counter.to) {
    counter.to = ctx.from;
    counter.count = 0;
  }
  counter.count += quotesIn(ctx.text, counter.to, at);
  counter.to = at;
  return counter.count;
}

/** Straight quote marks in text[from, to). */
function quotesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** Is text[s, e) digits only, and not empty (/^\d+$/ without a slice)? */
function isDigits(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let k = s; k < e; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Does text[s, e) (the word before a full stop) end a sentence by the last rule
 * of periodBoundary alone, read in place? Most words do, and this spares them
 * the slice, lower-casing and set lookups: without a period inside and longer
 * than every such abbreviation (lower-casing never shortens a string) it is no
 * abbreviation, not a single letter, not a dotted abbreviation; not starting
 * with a digit, no number; over six characters, no Roman numeral.
 */
function plainLongWord(text: string, s: number, e: number, longestAbbreviation: number): boolean {
  const length = e - s;
  if (length <= longestAbbreviation || length <= ROMAN_MAX || isDigitCode(text.charCodeAt(s))) return false;
  return text.indexOf('.', s) === e; // the full stop at e ends the search
}


/**
 * German "N." before a capital: an ordinal ("am 20. Mai", "im 19. Jahrhundert",
 * "zum 3. Mal") or a number ending a sentence ("auf Seite 12. Dort ...").
 */
function ordinalBoundary(ctx: BoundaryContext, tokenStart: number, nextWord: string): boolean {
  const { text, rules } = ctx;
  if (rules.months.has(nextWord)) return false;
  if (rules.starters.has(nextWord)) return true;
  const ws = wordStartBefore(text, tokenStart, ctx.from);
  let we = ws;
  while (we < tokenStart && isLetterAt(text, we)) we++;
  const before = text.slice(ws, we);
  const lower = before.toLowerCase();
  if (rules.ordinalContext.has(lower)) return false;
  if (rules.cardinalContext.has(lower)) return true;
  // a label noun before the number ("Seite 12", "Platz 3") makes it a cardinal
  return before.length > 1 && isUpperAt(text, ws) && !rules.starters.has(before);
}

/** Start of the word before position `i` (skipping spaces), or `i` if none. */
function wordStartBefore(text: string, i: number, from: number): number {
  let e = i;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > from && isLetterAt(text, s - 1)) s--;
  return s;
}

/** "U.S", "e.g", "z.B", "Ph.D", "L.F": letters in groups of one to three, joined by periods. */
function isDottedAbbreviation(core: string): boolean {
  if (!core.includes('.')) return false;
  let group = 0;
  for (let i = 0; i < core.length; i++) {
    if (core[i] === '.') {
      if (group === 0) return false;
      group = 0;
    } else if (isLetterAt(core, i)) {
      if (++group > 3) return false;
    } else return false;
  }
  return group > 0;
}

/** Only bullets, spaces or opening marks between the sentence start and `i`. */
function atSentenceStart(ctx: BoundaryContext, i: number): boolean {
  const { text } = ctx;
  for (let k = ctx.sentenceStart; k < i; k++) {
    if (!(isSpaceCode(text.charCodeAt(k)) || isBulletAt(text, k) || markAt(text, k, Mark.Opener | Mark.Dash) || text.charCodeAt(k) === 0x2043 /* ⁃ */)) return false;
  }
  return true;
}
