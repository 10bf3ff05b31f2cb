// The number lexer proper: walks the tokens of one sentence once and turns every
// figure into a Mention. For each number it reads outwards:
//   [hedge] [currency] [sign] NUMBER [scale] [unit] [rate]  (bis|to|-) NUMBER ...
// and then asks whether the number is a claim at all (not a year, a date, a time
// of day, a score, a paragraph, a model number or a relative time expression).
import type { ClaimKind, Mention, Qualifier } from '../types.js';
import { CENT_CURRENCIES, kindOfUnit, RATE_DIMENSIONS, unitInfo } from '../lang/units.js';
import { matchPhrase, phraseKey, type Lexicon, type PhraseTable } from './lexicon.js';
import type { UnitEntry } from './language.js';
import { parseNumeral, precisionOf } from './numeral.js';
import { blankStart, openingBracketBefore } from './brackets.js';
import { followerBits, mayStartFigureBefore, mayStartFigureBeforeWord, OPENS, wordBits } from './prefilter.js';
import { parseSpelled } from './spelled.js';
import { isDigitCode, isLetterCode, lower, Tok, type Token, type Tokens } from './tokenize.js';
import { grown } from '../typed-arrays.js';

/** Words between a verb of change and a figure it changes (its object: "raised its key rate 0.25%"); shared with the metric step. */
export const CHANGE_VERB_REACH = 4;

/** a 24-hour time of four digits ("2340", "0730") */
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** marks that end an entry of a standings list ("2. Latvala 114 –") */
const STANDINGS_ENDS = new Set(['–', '—', '-', ',', ';', '.', ')']);

/** Words between a verb of change and the "from" of the levels it changes: its object ("increased the number of flight attendants based in London from 370 to 870"). */
const CHANGE_OBJECT_REACH = 12;
/** how many tokens an aside between dashes may have for changeVerbInClause to pass over it */
const ASIDE_REACH = 16;

/**
 * The bases a share of more than one is said in: "two in three", "sechs von zehn", "45 out of
 * 100" (not "sechs von acht Cup-Duellen": a count of a set, which surveys do not round to).
 */
const SHARE_BASES = new Set([2, 3, 4, 5, 10, 100, 1000]);

/** Marks that close a clause (relativePronounBefore). */
const CLAUSE_END_MARKS = new Set([',', '.', ';', ':', '!', '?', '–', '—', ')']);
/** marks that open a quote glued to what it quotes ("known as '771") */
const OPENING_QUOTES = new Set(["'", '‘', '"', '“', '„']);

/** Tokens a bracketed conversion of a range may hold ("(£2m to £2.6m)", "(2 bis 2,6 Millionen Euro)"). */
const BRACKET_RANGE_TOKENS = 12;

/** Words a counted noun phrase may have after its number before a trailing hedge ("100.000 elektronisch erfasste Unterschriften oder mehr"). */
const NOUN_PHRASE_WORDS = 3;

/** A number as written, before context: token range [s, e). */
interface Core {
  s: number;
  e: number;
  value: number;
  precision: number;
  /** written with digits */
  digits: boolean;
  /** digits without any separator ("2014", "120") */
  plain: boolean;
  intDigits: number;
  integer: boolean;
  /** article / "one" / zero: a figure only with a unit or scale */
  weak: boolean;
  /** only an article: never a figure by itself */
  article: boolean;
  /** a fraction word that may be an ordinal or a period ("three quarters"): a figure only alone */
  ambiguous: boolean;
  hasScale: boolean;
  fraction: boolean;
}

/**
 * A number with its unit, scale and prefix: token range [start, end). It refers to its
 * Core rather than copying its fields (the figure was the extract stage's largest garbage).
 */
interface Figure {
  /** the number as written (read-only here: several figures may be read from one core) */
  core: Core;
  /** value and precision with sign, scale and unit factor */
  value: number;
  precision: number;
  /** the core's, unless a word before the number made it a figure ("minus ein Viertel") */
  weak: boolean;
  /** the core's, or a scale word after it */
  hasScale: boolean;
  start: number;
  end: number;
  unit: string;
  currencyPrefix: boolean;
  scaled: boolean;
  /** factor of the scale word after the number (1 without) */
  scale: number;
  hedge: string | null;
  qualifier: Qualifier;
  /** first token of the hedge (or of the figure when there is none) */
  hedgeStart: number;
  /** counts occasions ("sechs Mal", "dreimal", "66 times", "twice"), or multiplies (unit `x`) */
  occasions: boolean;
}

type Read = Core | { skipTo: number } | null;

/** A hedge found before a figure: its first token and what the lexicon says of it (Hedge). */
interface HedgeAt { start: number; qualifier: Qualifier; unitOnly: boolean; notMoney: boolean }

/** Every Core has the same shape (one hidden class keeps the hot paths monomorphic). */
function makeCore(s: number, e: number, value: number, precision: number, digits: boolean, plain: boolean, intDigits: number,
  weak: boolean, hasScale: boolean, fraction: boolean, article = false, ambiguous = false): Core {
  return { s, e, value, precision, digits, plain, intDigits, integer: Number.isInteger(value), weak, hasScale, fraction, article, ambiguous };
}

const VULGAR: Record<string, number> = {
  '¼': 0.25, '½': 0.5, '¾': 0.75, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 0.1, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅖': 0.4,
  '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
};
/** denominators of "1/2"-style fractions; anything else with a slash is a date, a ratio or a code ("9/11", "24/7") */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 100]);
const HYPHENS = new Set(['-', '‐', '‑', '–', '—']);
const MINUS = new Set(['-', '−', '‐', '‑', '–']);
/** "2-in-1", "3-in-1" (sticky, at a number): a product class, not a figure */
const N_IN_M = /\d{1,2}-in-\d{1,2}(?![\d.,])/y;
/** punctuation after which the next word starts a clause (capitalised words are not names there) */
const CLAUSE_OPENERS = new Set([':', ';', '–', '—', '-', '(', '[', '„', '“', '"', '«', '»', '‚', '‘', "'", '›', '‹', '•', '·', '|', '/', '*', '!', '?', '.']);
/** the oldest age an appositive number is read as ("Mr Sullivan, 42,") */
const MAX_AGE = 115;
/** arithmetic signs between digits: a formula, not a figure ("2+2=5") */
const FORMULA_SIGNS = '+=÷';
/** a German adjective's ending before a noun: "neue", "neuen", "schwerer" */
const ATTRIBUTIVE_ENDING = /\p{Ll}(?:e|en|er|es|em)$/u;
/** endings of German common nouns, which names rarely have: "Angaben", "Erkenntnissen", "Beobachtung" */
const COMMON_NOUN_ENDING = /(?:en|ung)$/;
/** A capitalised word in the plural, no acronym: "Muslims", "Britons" (not "AAAs"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** The last word of a phrase, lower-cased ("than" of "more than"). */
const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
/** how many tokens before a comparison hedge a negation of its clause may stand (negatedBefore) */
const NEGATION_REACH = 10;
/** how many tokens before a bare time a results list's entry ("138.") may open */
const LIST_ENTRY_REACH = 8;
/** a clock written with a point: "12.30", "9.45" */
const POINT_CLOCK = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
/** a number written with a decimal point: "88.6", "8.1" */
const POINT_DECIMAL = /^\d+\.\d{1,2}$/;
/** Four digits a year may be written with (1900-2099): no count to set a "one" against. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;
/** how many tokens a date cue word may be away from the year it asserts ("Seinen Höhepunkt hatte der Handel ... im Mai 2014") */
const DATE_CUE_REACH = 12;
/**
 * The closing bracket of an opening one, by character code (null for anything else).
 * A switch, not an object keyed by the token's text: a property lookup with a
 * freshly sliced string costs a string-table search for every token asked.
 */
function closingBracket(c: number): string | null {
  switch (c) {
    case 0x28: return ')';
    case 0x5b: return ']';
    case 0x7b: return '}';
    case 0x3c: return '>';
    default: return null;
  }
}
/** duration units by family and size, for compound durations ("2 Stunden und 15 Minuten") */
const DURATION_STEPS: Record<string, [string, number]> = {
  week: ['t', 604800], day: ['t', 86400], hour: ['t', 3600], minute: ['t', 60], second: ['t', 1],
  year: ['m', 12], month: ['m', 1],
};
const QUOTES = new Set(['„', '“', '”', '"', '«', '»', '‚', '‘', '’', "'", '›', '‹', '(', '[']);

/** A brand's shape where every noun is capitalised: a digit or a capital after the first letter ("A1", "O2", "iPhone", "ProSieben") */
const BRAND_SHAPE = /^\p{L}.*(?:\d|\p{Lu})/u;
const isHyphen = (t: Token | undefined): boolean => !!t && t.type === Tok.Punct && HYPHENS.has(t.text);
/** A dash with space on both sides (`next`: the token after it): it sets off an aside, it joins nothing. */
const isSpacedDash = (t: Token | undefined, next: Token | undefined): boolean => isHyphen(t) && t!.space && !!next && next.space;
const isPunct = (t: Token | undefined, ch: string): boolean => !!t && t.type === Tok.Punct && t.text === ch;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isCapitalised = (t: Token): boolean => t.type === Tok.Word && isUpper(t.text.charCodeAt(0));
/** "iPhone", "eBay": lower-case start with capitals inside */
const isCamel = (t: Token): boolean => t.type === Tok.Word && !isUpper(t.text.charCodeAt(0)) && t.text !== lower(t);

/**
 * The first token from `i` on that may start a figure (toks.length if none).
 * Most tokens cannot: punctuation and codes never do, and words are judged by
 * their first three letters before anything is allocated, then by the words
 * figureAt() reads anything at (an article mostly reads nothing: "ein Mann").
 */
export function nextCandidate(src: string, toks: Tokens, lex: Lexicon, i: number): number {
  const starts = lex.wordStarts;
  for (; i < toks.length; i++) {
    const type = toks.typeAt(i);
    if (type === Tok.Punct || type === Tok.Code || type === Tok.Skip) continue;
    if (type === Tok.Word) {
      if (!starts.hasWord(src, toks.startAt(i), toks.endAt(i))) continue;
      const flags = wordBits(src, toks.startAt(i), toks.endAt(i), lex) & OPENS;
      if (!flags) continue;
      const next = i + 1 < toks.length ? i + 1 : -1;
      const nextType = toks.typeAt(next);
      if (nextType === Tok.Word ? !mayStartFigureBeforeWord(flags, followerBits(src, toks.startAt(next), toks.endAt(next), lex), lex)
        : !mayStartFigureBefore(flags, nextType, next < 0 ? '' : src.slice(toks.startAt(next), toks.endAt(next)), lex)) continue;
    }
    return i;
  }
  return i;
}

/** How many tokens before "in N years" a superlative or ordinal makes the span a record's (recordBefore). */
const RECORD_REACH = 8;
/** tokens looked back over an amount's conversions in brackets ("(£53m; $100m)": 8) */
const CONVERSIONS_REACH = 16;
/** words looked back for a prospect ("looks set to exceed that of the US in less than three years": 8) */
const PROSPECT_REACH = 12;

/** Is the unit a duration of a day or longer ("Tage", "weeks", "years")? */
function daysOrLonger(unit: string): boolean {
  const info = unitInfo(unit);
  return info?.dimension === 'time' && info.factor >= 86_400;
}

/** A figure's unit where a bare figure after it may take it ("um 5 Prozent", "0,30 Sekunden vor"), keyed by a word. */
interface UnitCue { word: string; unit: string; factor: number; end: number }

/**
 * The working lists of a scan, one set shared by every scanner: scans never overlap
 * (findMentions builds a scanner and runs it to the end; nothing it calls scans), and
 * fresh arrays per scanned sentence were garbage. `out` is the answer: fresh each time.
 */
const SCRATCH = {
  years: [] as Array<{ start: number; end: number; value: number }>,
  changeCues: [] as UnitCue[],
};

/**
 * Per emitted mention of the sentence being scanned, by its index in `out`: is it an
 * article or "one" with a unit ("ein Barrel", "one dollar")? Bytes in one array kept
 * from scan to scan, not a list per scanner: emptying a list (length = 0) lets go of
 * its room, so every sentence with a figure made it again at its first push.
 */
let weakUnits = new Uint8Array(64);

/**
 * The mentions of the sentence being scanned, OUT[0, found): one list kept from scan to
 * scan (see weakUnits), the answer a copy of its used part. A fresh list per scanner
 * took room for 17 mentions at its first push, where most sentences have one or two.
 * Past `found` it may still hold mentions of earlier sentences: never read there.
 */
const OUT: Mention[] = [];
/** How many counts going up by one in a row make a counting aloud (dropCountingRuns). */
const COUNTING_RUN = 3;

/** Marks between two conversions in one bracket ("(£158.8bn; 230.9bn euros)"). */
const CONVERSION_SEPARATORS: ReadonlySet<string> = new Set([';', ',', '/']);

/** Are two units of one measure, so one may convert the other (money into money, m² into ft²; no shares, no counts)? */
function convertible(from: string, to: string): boolean {
  if (!from || !to || from === to) return false;
  const a = unitInfo(from);
  const b = unitInfo(to);
  return !!a && !!b && a.dimension === b.dimension && a.dimension !== 'ratio';
}

/** the mentions of the sentence being scanned that are periods of its other figures, if it has any (dropPeriodsOfOthers) */
const PERIODS_OF_OTHERS: Mention[] = [];

function setWeakUnit(r: number, weak: boolean): void {
  if (r >= weakUnits.length) weakUnits = grown(weakUnits, r + 1);
  weakUnits[r] = weak ? 1 : 0;
}

/** Is any of the first n mentions an article or "one" with a unit? */
function anyWeakUnit(n: number): boolean {
  for (let r = 0; r < n; r++) if (weakUnits[r] === 1) return true;
  return false;
}
function emptied<T>(list: T[]): T[] {
  // a length store is a runtime call even when it changes nothing, and most lists are empty already
  if (list.length !== 0) list.length = 0;
  return list;
}

/** The scanner scannerFor() renews (null until the first sentence). */
let sharedScanner: SentenceScanner | null = null;

/**
 * A scanner for the sentence: the one shared scanner renewed, since scans never overlap
 * (see SCRATCH). A new scanner per scanned sentence was the extract stage's largest
 * object after the figures.
 */
export function scannerFor(text: string, toks: Tokens, lex: Lexicon): SentenceScanner {
  return sharedScanner ? sharedScanner.renew(text, toks, lex) : (sharedScanner = new SentenceScanner(text, toks, lex));
}

export class SentenceScanner {
  /** mentions emitted so far, OUT[0, found) */
  private found = 0;
  /** years seen, for date claims: token range and value */
  private readonly years = emptied(SCRATCH.years);
  private moneyContext: boolean | undefined;
  private temperatureContext: boolean | undefined;
  /** does the sentence name a stock index or market (see indexPoints)? computed on first need */
  private indexContext: boolean | undefined;
  private pollContext: boolean | undefined;
  /** tokens that are not punctuation, counted once on demand */
  private wordCount = -1;
  /** tokens before this index belong to a figure already read: no prefix or hedge may reach back into them */
  private floor = 0;
  /** end of the scale word scaleAt() found last */
  private scaleEnd = 0;
  /** figures with a unit after a change word ("um 5 Prozent", "by 4%"), for parallelUnit() */
  private readonly changeCues = emptied(SCRATCH.changeCues);
  /** the last figure read, when it has a unit and a function word after it ("0,30 Sekunden vor"), for parallelUnit() */
  private followedCue: UnitCue | null = null;
  /** race times in clock notation read so far: a results list goes on without unit words */
  private clockTimes = 0;
  /** of clockTimes, those in minutes and seconds ("2:43 Minuten", "+11:37"): a bare "12:53" after them is one too */
  private minuteTimes = 0;
  /**
   * Token range of the last list of figures that share a unit written once after them ("vor 70,
   * 80 und 90 Jahren", "20, 30 and 40 years ago"), from the first figure's hedge to the unit;
   * -1 when there is none. Each figure is read on its own, but they all stand in the one phrase.
   */
  private unitListStart = -1;
  private unitListEnd = -1;
  /** text offset where the last figure read that is no claim ends ("binnen zwei Tagen"), -1 for none */
  private lastReadEnd = -1;
  /** text offset where the last number read as a name ends ("Windows 7"), -1 for none */
  private lastNameEnd = -1;
  /** set by isClaim: the duration is the period of other figures, if the sentence has any (periodOfOthersPhrases) */
  private periodOfOthers = false;
  /** is the sentence in title case (titleCase), once asked; undefined before */
  private titleCased: boolean | undefined;
  /** token where the sentence's first "38 Länderspiele/1 Tor" stands (slashColumns), once asked: -1 none, -2 not asked */
  private slashColumnsAt = -2;

  constructor(private text: string, private toks: Tokens, private lex: Lexicon) {}

  /**
   * This scanner made ready for another sentence, as `new SentenceScanner(text, toks, lex)`
   * would be (every field above is set again here): findMentions keeps one scanner,
   * renewed per scanned sentence, instead of a new object each (see scannerFor()).
   */
  renew(text: string, toks: Tokens, lex: Lexicon): this {
    this.text = text;
    this.toks = toks;
    this.lex = lex;
    this.found = 0;
    emptied(this.years);
    this.moneyContext = undefined;
    this.temperatureContext = undefined;
    this.indexContext = undefined;
    this.pollContext = undefined;
    this.wordCount = -1;
    this.floor = 0;
    this.scaleEnd = 0;
    emptied(this.changeCues);
    this.followedCue = null;
    this.clockTimes = 0;
    this.minuteTimes = 0;
    this.unitListStart = -1;
    this.titleCased = undefined;
    this.slashColumnsAt = -2;
    this.unitListEnd = -1;
    this.lastReadEnd = -1;
    this.lastNameEnd = -1;
    this.periodOfOthers = false;
    emptied(PERIODS_OF_OTHERS);
    return this;
  }

  /** `first`: nextCandidate() from the sentence start, which the caller has already asked. */
  scan(first: number): Mention[] {
    const toks = this.toks;
    for (let i = first; i < toks.length; i = nextCandidate(this.text, toks, this.lex, i)) {
      const next = this.figureAt(i);
      i = next > i ? next : i + 1;
    }
    this.dropReferenceQuantities();
    this.dropCountingRuns();
    this.dropPeriodsOfOthers();
    this.settleSubunits();
    if (this.found === 0 && this.years.length) this.dateClaim();
    return OUT.slice(0, this.found);
  }

  // ---------------------------------------------------------------- reading numbers

  /** Is token k a word that makes the duration after it a period ("the past six months"; not "following 10 days of talks")? */
  private periodWordAt(k: number): boolean {
    const w = this.lowerAt(k);
    if (!this.lex.periodBefore.has(w)) return false;
    // ("expected to last two months": a verb)
    if (this.lex.periodVerbs.words.has(w) && this.lex.periodVerbs.leads.has(this.lowerAt(k - 1))) return false;
    if (!this.lex.periodPrepositions.has(w)) return true;
    const det = this.lowerAt(k - 1);
    return this.lex.articles.has(det) || this.lex.referential.has(det);
  }

  /** Does a unit other than a currency follow the number ("12%", "3 weeks"; not the scale of "648m")? */
  private otherUnitAfter(core: Core): boolean {
    const p = this.skipLinkHyphen(core.e);
    if (!core.hasScale && this.scaleAt(p, true)) return false;
    const u = this.unitAt(p, core, core.hasScale);
    return u !== null && kindOfUnit(u.unit) !== 'currency';
  }

  /** Handles whatever starts at token i; returns the index to continue from. */
  private figureAt(i: number): number {
    // "um 10 vor 11", "at ten to eleven": a time of day, no figure
    const clock = this.clockOffsetEnd(i);
    if (clock > 0) return clock;
    // "2-in-1", "3-in-1-Gerät": a product class written the same in every language, no figure
    if (this.toks.typeAt(i) === Tok.Num && this.text.charCodeAt(this.toks.endAt(i)) === 0x2d) {
      N_IN_M.lastIndex = this.toks.startAt(i);
      const m = N_IN_M.exec(this.text);
      if (m) {
        let k = i + 1;
        while (k < this.toks.length && this.toks.endAt(k) <= m.index + m[0].length) k++;
        return k;
      }
    }
    const t = this.toks.at(i)!;
    if (t.type === Tok.Word) {
      const w = lower(t);
      // "Platz 3", "number one"; but "Number 10" (Downing Street) is a name
      // ("Er trägt die Nummer zwei", "wears number 10": a shirt's number is a name, no rank)
      if (this.lex.rankWords.has(w) && this.lex.numberLabelVerbs.size > 0 && this.afterLabelVerb(i)) return i + 2;
      // ("Number 10 said": at a clause's start too, a name that speaks)
      if (this.lex.rankWords.has(w) && isCapitalised(t) && this.toks.typeAt(i + 1) === Tok.Num && this.lex.speakingRankVerbs.has(this.lowerAt(i + 2))) return i + 2;
      if (this.lex.rankWords.has(w) && !(this.lex.lang === 'en' && isCapitalised(t) && !this.atClauseStart(i))) {
        const r = this.rankAfterWord(i);
        if (r) return r;
      }
      // "jeder Dritte", "jede fünfte Frau": a share, hedged as a figure is ("Mehr als jeder Zweite", "fast jeder Dritte")
      if (this.lex.everyWords.has(w)) {
        const n = this.lex.ordinals.get(this.lowerAt(i + 1));
        if (n !== undefined && n > 1) {
          const h = this.hedgeEndingAt(i - 1);
          this.emitRaw(i, i + 2, 100 / n, null, '%', h?.qualifier ?? 'exact', this.hedgeText(h, i - 1), 0);
          return i + 2;
        }
      }
      const ord = this.lex.ordinals.get(w);
      if (ord !== undefined && this.lex.rankWords.has(this.lowerAt(i + 1)) && !this.inIdiom(i)) {
        this.emitRank(i, i + 2, ord);
        return i + 2;
      }
      if (this.lex.halfNouns.has(w)) { const r = this.halfNoun(i); if (r) return r; }
    }
    if (t.type === Tok.Num && isPunct(this.toks.at(i + 1), '/')) {
      const pair = this.slashPair(i);
      if (pair) { this.floor = Math.max(this.floor, pair); return pair; }
    }
    const core = this.readCore(i);
    if (!core) return i + 1;
    const next = 'skipTo' in core ? core.skipTo : this.complete(core);
    this.floor = Math.max(this.floor, next);
    return next;
  }

  private readCore(i: number): Read {
    const t = this.toks.at(i);
    if (!t) return null;
    if (t.type === Tok.Num) return this.readDigits(i);
    if (t.type === Tok.Frac) {
      return makeCore(i, i + 1, VULGAR[t.text] ?? 0, 0, true, false, 0, false, false, true);
    }
    if (t.type === Tok.Word) {
      // "Zero-Eight", "Mi-Acht": a number word glued to a word before it is part of a name
      const prev = this.toks.at(i - 1);
      // ("three-to-four": the high end of a range)
      if (prev && !t.space && isHyphen(prev) && !prev.space && this.toks.at(i - 2)?.type === Tok.Word && !this.hyphenatedRangeWordAt(i - 2)) return null;
      const sp = parseSpelled(this.toks, i, this.lex, this);
      if (!sp) return null;
      // "Four-Kings hopes ...", "Seven-Up sales": a capitalised number word hyphenated to a capitalised
      // word that is no unit is a name (mid-sentence its capital tells so already)
      if (this.hyphenatedName(sp.start, sp.end)) return { skipTo: sp.end + 2 };
      // "the fifth billion-dollar deal": an ordinal, not a fifth of something
      if (this.lex.ordinals.has(this.lowerAt(i)) && this.lex.fractionOrdinalLeads.has(this.lowerAt(i - 1))) return { skipTo: sp.end };
      // "twenty-first", "thirty-third": the tens of an ordinal written with a hyphen ("seven-second delay" is a duration)
      const hyphen = this.toks.at(sp.end);
      if (sp.value >= 20 && sp.value < 100 && sp.value % 10 === 0 && isHyphen(hyphen) && !hyphen!.space && !this.toks.at(sp.end + 1)?.space && this.lex.ordinals.has(this.lowerAt(sp.end + 1))) return { skipTo: sp.end + 2 };
      // "in a year or two", "a day or two": the second end of a vague time, not a count
      if (this.afterArticledDurationOr(i)) return { skipTo: sp.end };
      // an article is a figure only before a unit ("einen Euro"): most articles are not
      const takesUnits = this.lex.articlesTakeUnits;
      // ("at least A$30m": an "A" glued to the currency sign is part of it)
      // ("ein bis drei Prozentpunkte", "zwischen einem und zwei Prozent": the low end of a range is a number)
      if (sp.article && !this.articleOpensRange(i, sp.end) && (takesUnits === false || !this.mayStartUnit(sp.end) ||
        (takesUnits === 'after-hedge' && (this.multiWordHedgeEndingAt(i - 1) === null || !this.toks.at(sp.end)?.space)))) return null;
      return makeCore(sp.start, sp.end, sp.value, sp.precision, false, false, 0, sp.weak, sp.hasScale, sp.fraction, sp.article, sp.ambiguous);
    }
    return null;
  }

  /**
   * Is the article at token i the low end of a range to a number: a range word right after it and
   * digits or a number word after that ("ein bis zwei Jahre"), or the connector of "zwischen" before
   * it ("zwischen einem und zwei Prozent")? "bis" after an article and a noun is no range ("ein
   * Jahr bis 2020").
   */
  private articleOpensRange(i: number, end: number): boolean {
    const conn = this.lowerAt(end);
    const between = this.lex.between.get(this.lowerAt(i - 1));
    if (!this.lex.rangeWords.has(conn) && between !== conn) return false;
    const next = end + 1;
    if (this.toks.typeAt(next) === Tok.Num) {
      const digits = this.toks.at(next)!.text;
      // a year or a date is no high end ("ein bis 2020 befristetes", "ein bis 31.12. gültiges")
      return /^\d{1,3}$/.test(digits) ? !this.dateNumberAt(next) : !/^\d{4}$/.test(digits);
    }
    const sp = this.toks.typeAt(next) === Tok.Word ? parseSpelled(this.toks, next, this.lex, this) : null;
    return !!sp && !sp.article && !sp.fraction;
  }

  /** Is a round bracket opened before token k in the sentence and not closed again? */
  private bracketOpenBefore(k: number): boolean {
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      const t = this.toks.at(j)!;
      if (isPunct(t, ')')) depth++;
      else if (isPunct(t, '(') && depth-- === 0) return true;
    }
    return false;
  }

  /**
   * Does a number at token k start a date or year ("to 2005", "bis 31.12.", "to 31 December"),
   * not a bare level ("from 24 weeks to 20")?
   */
  private dateNumberAt(k: number): boolean {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Num) return false;
    if (!/^\d{1,3}$/.test(t.text)) return true;
    if (this.monthAt(k + 1)) return true;
    const mark = this.toks.at(k + 1);
    return !!mark && !mark.space && (mark.text === '.' || mark.text === '/') && (this.toks.typeAt(k + 2) === Tok.Num || this.monthAt(k + 2));
  }

  /** Does "<article> <duration unit> or" end right before token i ("a year or", "an hour or")? */
  private afterArticledDurationOr(i: number): boolean {
    if (!this.lex.alternativeRangeWords.has(this.lowerAt(i - 1))) return false;
    const unit = this.toks.typeAt(i - 2) === Tok.Word ? this.lex.units.map.get(this.lowerAt(i - 2)) : undefined;
    return !!unit && kindOfUnit(unit.unit) === 'duration' && this.lex.articles.has(this.lowerAt(i - 3));
  }

  private readDigits(i: number): Read {
    const toks = this.toks;
    const t = toks.at(i)!;
    const prev = toks.at(i - 1);
    // "a curfew between 2200 and 0700", "from 0900 to 1730": a span of 24-hour clock times, no figure
    const clock = this.clockSpanEnd(i);
    if (clock > 0) return { skipTo: clock };
    // "7:6 (4), 7:6 (3)-Sieg": a tie-break's points in brackets right after a set's score belong to it
    if (isPunct(prev, '(') && isPunct(toks.at(i + 1), ')') && toks.typeAt(i - 2) === Tok.Num && isPunct(toks.at(i - 3), ':') &&
      !toks.at(i - 3)!.space && toks.typeAt(i - 4) === Tok.Num) return { skipTo: i + 2 };
    // "Boeing's 7E7": a digit, a capital E and one digit is a model's name; scientific notation
    // writes its exponent otherwise ("1e10", "3E01", "1.3e6")
    if (t.text.length === 3 && t.text.charCodeAt(1) === 0x45 && isDigitCode(t.text.charCodeAt(0)) && isDigitCode(t.text.charCodeAt(2))) return { skipTo: this.endOfGlued(i) };
    // glued to letters before it: part of a code ("A 320" is spaced; "Q3", "Advantage2" are codes already)
    if (prev && !t.space) {
      if (prev.type === Tok.Code || (prev.type === Tok.Word && !this.isCurrencyWord(i - 1))) return { skipTo: this.endOfGlued(i) };
      // "f2.8", "v1.2": a number glued to a code by a dot belongs to it
      if ((isPunct(prev, '.') || isPunct(prev, ',')) && !prev.space && toks.typeAt(i - 2) === Tok.Code) return { skipTo: this.endOfGlued(i) };
      // "BBC'2's Have I Got News for You": a number glued by an apostrophe to a word is part of its name
      if ((isPunct(prev, "'") || isPunct(prev, '’')) && toks.typeAt(i - 2) === Tok.Word && !prev.space) return { skipTo: this.endOfGlued(i) };
      // "OS/2", "PS/2", "OS/390": a whole number glued by a slash to a word in capitals is a product's
      // name (not a time in a results list: "Gatlin (USA/9,80)")
      if (isPunct(prev, '/') && !prev.space && /^\d+$/.test(t.text) && this.isCapitalsWord(i - 2)) return { skipTo: this.endOfGlued(i) };
      // "Soriano0:2 (28.)": the second half of a score glued to a name (a goal list)
      if (isPunct(prev, ':') && !prev.space && toks.typeAt(i - 2) === Tok.Code) return { skipTo: this.endOfGlued(i) };
      // "COVID-19", "SCP-173", "F-16", "mid-2005", "ATP-62." (not a hedge: "the near-400,000 complaints")
      const word = toks.at(i - 2);
      if (isHyphen(prev) && !prev.space && word && (word.type === Tok.Code ||
        (word.type === Tok.Word && !(word.space === false && toks.at(i - 3)?.type === Tok.Num) && !this.lex.hyphenHedges.has(lower(word)) && !this.hyphenatedRangeWordAt(i - 2)))) {
        return { skipTo: this.endOfGlued(i) };
      }
    }
    const n = parseNumeral(t.text, this.lex.decimalMark);
    if (!n) return { skipTo: this.endOfGlued(i) };
    // "+49 30 1234567", "+1-222-2222": an international phone number
    if (isPunct(prev, '+') && !t.space && n.plain && this.continuesDigitGroups(i + 1)) return { skipTo: this.endOfDigitGroups(i + 1) };
    let value = n.value;
    let plain = n.plain;
    let e = i + 1;
    let precision = precisionOf(n);
    let fraction = false;
    // "12 500 EUR", "1 414 021 100": thousands grouped with plain spaces
    if (n.plain && n.intDigits <= 3 && !n.leadingZero) {
      while (this.isSpaceGroup(e)) {
        const group = toks.at(e)!.text;
        const fractionDigits = group.length > 3 ? group.length - 4 : 0;
        value = value * 1000 + Number(fractionDigits ? `${group.slice(0, 3)}.${group.slice(4)}` : group);
        precision = 0.5 * 10 ** -fractionDigits;
        plain = false;
        e++;
        if (fractionDigits) break;
      }
    }
    // "$30, 000", "£507, 596": a scrape's stray space after the thousands comma. Read only
    // after a currency prefix (a list of numbers, "3, 400 and 500", follows none) and where
    // the comma groups thousands (English; German groups with dots)
    if (n.plain && n.intDigits <= 3 && !n.leadingZero && e === i + 1 && this.lex.decimalMark === '.' && this.currencyPrefixEndingAt(i - 1)) {
      while (this.isCommaSpaceGroup(e)) {
        value = value * 1000 + Number(toks.at(e + 1)!.text);
        plain = false;
        e += 2;
      }
    }
    const next = toks.at(e);
    // "18:00", "0:1", "0: 1", "1:35 Stunden": times, scores and ratios are not figures
    // but not "(2014: 4,9 Mio. Euro)": a year labelling the comparison figure after it in a bracket
    // (read by position: toks.at() hands out scratch tokens that a further call would overwrite)
    const yearLabel = n.plain && n.intDigits === 4 && value >= 1900 && value <= 2100 && i > 0 && toks.typeAt(i - 1) === Tok.Punct &&
      this.text.charCodeAt(toks.startAt(i - 1)) === 0x28 && e + 1 < toks.length && toks.startAt(e + 1) > toks.endAt(e);
    if (isPunct(next, ':') && !next!.space && toks.at(e + 1)?.type === Tok.Num && this.gapAtMost(e, e + 1, 1) && !yearLabel) {
      let k = e + 2;
      while (isPunct(toks.at(k), ':') && toks.at(k + 1)?.type === Tok.Num) k += 2;
      const clock = e === i + 1 ? this.clockDuration(i, k) : null;
      return { skipTo: clock ?? this.endOfGlued(k - 1) };
    }
    // "1/2", "3/4"; anything else with a slash is a date, a season or a code ("2024/25", "24/7")
    if (isPunct(next, '/') && !next!.space && toks.at(e + 1)?.type === Tok.Num && !toks.at(e + 1)!.space) {
      const den = Number(toks.at(e + 1)!.text);
      const after = toks.at(e + 2);
      // a fraction is written in lowest terms: "8/16 GB", "(6/8)" are two figures, a tie-break, odds
      // ("Auf Pilgerpfaden durch Japan (1/2)": alone in brackets, the part of a series)
      const partMarker = isPunct(toks.at(i - 1), '(') && isPunct(after, ')');
      if (n.plain && e === i + 1 && FRACTION_DENOMINATORS.has(den) && value < den && gcd(value, den) === 1 && !(isPunct(after, '/') && !after!.space) && !partMarker) {
        return makeCore(i, e + 2, value / den, 0, true, false, 0, false, false, true);
      }
      return { skipTo: this.endOfGlued(e + 1) };
    }
    // "05", "(00)", "0800 123 456": numbering and phone numbers, with the digit groups that follow
    if (n.leadingZero) return { skipTo: this.endOfDigitGroups(e) };
    // "4-6 6-3 7-5", "6-7 (3-7) 6-3", "2-3-2": set scores and formations; a range is not followed by another
    if (n.plain && e === i + 1 && n.intDigits <= 2) {
      const seq = this.scoreSequenceEnd(i);
      if (seq > 0) return { skipTo: seq };
    }
    // "737-800", "767-300": a hyphenated model code (a range would not run from an unround
    // number up to a round hundred of the same width)
    if (n.plain && e === i + 1 && n.intDigits === 3 && value % 5 !== 0 && isHyphen(next) && !next!.space) {
      const second = toks.at(e + 1);
      if (second && second.type === Tok.Num && !second.space && /^\d00$/.test(second.text)) return { skipTo: this.endOfGlued(e + 1) };
    }
    // "10 1/2", "2 ½": mixed numbers
    if (n.plain && next?.type === Tok.Num && next.space && isPunct(toks.at(e + 1), '/') && toks.at(e + 2)?.type === Tok.Num && !toks.at(e + 1)!.space && !toks.at(e + 2)!.space) {
      const num = Number(next.text);
      const den = Number(toks.at(e + 2)!.text);
      if (FRACTION_DENOMINATORS.has(den) && num < den) { value += num / den; e += 3; fraction = true; precision = 0; }
    } else if (n.plain && next?.type === Tok.Frac) {
      value += VULGAR[next.text] ?? 0;
      e++;
      fraction = true;
      precision = 0;
    }
    // "$33.1m (£17.m)": a stray point between the digits and a glued scale word
    if (isPunct(toks.at(e), '.') && !toks.at(e)!.space && toks.at(e + 1)?.type === Tok.Word && !toks.at(e + 1)!.space &&
      this.currencyPrefixEndingAt(i - 1) !== null && this.strayPointBeforeScale(e + 1)) e++;
    const after = toks.at(e);
    // "am 4.12.", "20.5.": a German day and month without year (written with dots: "waren es 4,9." is a decimal)
    if (this.lex.ordinalDot && !n.plain && n.intDigits <= 2 && n.decimals >= 1 && n.decimals <= 2 && isPunct(after, '.') && !after!.space &&
      t.text.includes('.')) {
      return { skipTo: e + 1 };
    }
    // "23.00 Uhr" without "Uhr" in TV listings: hours and minutes with a dot where the language writes decimals with a comma
    // (not before a currency: "fiel auf 1.08 Dollar" is a rate written the English way)
    if (this.lex.decimalMark === ',' && n.decimals === 2 && n.intDigits <= 2 && n.value < 24 && t.text.includes('.') &&
      Number(t.text.slice(-2)) < 60 && !this.currencyAt(e, n.value)) return { skipTo: e };
    // German ordinals: "20. Mai", "75. Geburtstag", "3. Platz", minutes of a match "(48.)", "(3., 66.)"
    const afterDot = toks.at(e + 1);
    if (this.lex.ordinalDot && n.plain && !fraction && isPunct(after, '.') && !after!.space && afterDot &&
      (!this.isSentenceEnd(e + 1) || isPunct(afterDot, ')') || isPunct(afterDot, ','))) {
      if (this.lex.rankWords.has(this.lowerAt(e + 1))) { this.emitRank(i, e + 2, value); return { skipTo: e + 2 }; }
      return { skipTo: e + 1 };
    }
    if (after?.type === Tok.Word && !after.space) {
      const suffix = lower(after);
      // "21st", "4th": ordinals, ranks before "place"
      if (this.lex.ordinalSuffixes.has(suffix)) {
        if (this.lex.rankWords.has(this.lowerAt(e + 1))) { this.emitRank(i, e + 2, value); return { skipTo: e + 2 }; }
        return { skipTo: e + 1 };
      }
      // "1980er", "1990s", "80er-Jahre": decades
      if (this.lex.decadeSuffixes.has(suffix) && (n.intDigits === 2 || n.intDigits === 4)) return { skipTo: this.endOfGlued(e) };
      // "in the 100s and 1,000s": a power of ten with a plural ending is a vague magnitude
      if (this.lex.magnitudePlurals.has(suffix) && n.decimals === 0 && value >= 10 && Number.isInteger(Math.log10(value))) return { skipTo: this.endOfGlued(e) };
      // "802.11b": a scale's letter glued to a number of three digits and two decimals or more, with no
      // currency on either side, names a standard or a model ("1.4b", "£802.11m", "481.42m yuan",
      // "270.25p" and "1,234.5m" stay figures)
      if (suffix.length === 1 && n.intDigits === 3 && n.decimals >= 2 && this.lex.scaleSymbols.has(after.text) &&
        this.currencyPrefixEndingAt(i - 1) === null && !this.currencyAt(e + 1, value)) return { skipTo: this.endOfGlued(e) };
      if (!this.isKnownSuffix(e) && !this.gluedWordAt(e)) return { skipTo: this.endOfGlued(e) };
    }
    // "3 hundred and 21", "4 thousand 3 hundred": digits inside a number in words
    if (plain && e === i + 1 && value < 1000 && after?.type === Tok.Word && this.isHundredOrScale(after)) {
      const sp = parseSpelled(toks, i, this.lex, true);
      if (sp && !sp.fraction && sp.end > i + 2) {
        return makeCore(i, sp.end, sp.value, sp.precision, true, false, 0, false, sp.hasScale, false);
      }
    }
    return makeCore(i, e, value, precision, true, plain, n.intDigits, false, false, fraction);
  }

  private isHundredOrScale(t: Token): boolean {
    const w = lower(t);
    return this.lex.cardinals.get(w) === 100 || (this.lex.scales.map.has(w) && this.lex.cardinals.has(w)) ||
      (this.lex.scales.map.has(w) && w.length > 3);
  }

  /** Does token k follow the figure found last, with only blanks and closing brackets between ("$13.5m (£7m) over")? */
  private rightAfterFigure(k: number): boolean {
    if (this.found === 0) return false;
    const from = OUT[this.found - 1]!.aEnd;
    const to = this.toks.at(k)!.start;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x29 && c !== 0x5d) return false;
    }
    return from <= to;
  }

  /** Is the word at k a scale ("m", "bn") that ends its word? */
  private strayPointBeforeScale(k: number): boolean {
    const t = this.toks.at(k)!;
    const next = this.toks.at(k + 1);
    return this.isScaleWord(t, lower(t)) && (!next || next.space || next.type === Tok.Punct);
  }

  /** Is token t (lower-cased `w`) a scale: a word, a symbol or a currency's ("million", "M", "bn")? */
  private isScaleWord(t: Token, w: string): boolean {
    return this.lex.scales.map.has(w) || this.lex.scaleSymbols.has(t.text) || this.lex.currencyScales.has(w);
  }

  /** Is the word glued after the digits a scale, unit or time marker ("bn", "ml", "pm")? Otherwise the number is a code ("3D", "5G"). */
  private isKnownSuffix(k: number): boolean {
    const t = this.toks.at(k)!;
    const w = lower(t);
    const lex = this.lex;
    return this.isScaleWord(t, w) || lex.unitSymbols.has(t.text) || matchPhrase(this.toks, k, lex.units) !== null ||
      matchPhrase(this.toks, k, lex.timeOfDay) !== null || lex.dozens.has(w);
  }

  /** Is the word glued after the digits one a scrape glued on, a blank after it ("£5,001and £10,000")? */
  private gluedWordAt(k: number): boolean {
    return this.lex.gluedWords.has(lower(this.toks.at(k)!)) && this.toks.at(k + 1)?.space === true;
  }

  /** A phone number continues at k: "-222", "/2222" glued, or another spaced digit group. */
  private continuesDigitGroups(k: number): boolean {
    const t = this.toks.at(k);
    if (!t) return false;
    if ((isHyphen(t) || isPunct(t, '/')) && !t.space) return this.toks.at(k + 1)?.type === Tok.Num;
    return t.type === Tok.Num && t.space;
  }

  private endOfDigitGroups(k: number): number {
    while (this.continuesDigitGroups(k)) k += this.toks.at(k)!.type === Tok.Num ? 1 : 2;
    return k;
  }

  private mayStartUnit(k: number): boolean {
    const t = this.toks.at(k);
    if (!t) return false;
    return this.lex.units.starts.has(lower(t)) || this.lex.unitSymbols.has(t.text);
  }

  /**
   * Is there a glued pair of games "6-3" at token k (both at most 7; a tie-break in brackets,
   * "(12-10)", up to 99)? Its end, or 0.
   */
  private smallPairAt(k: number, wonSet = true): number {
    const toks = this.toks;
    const max = isPunct(toks.at(k - 1), '(') ? 99 : 7;
    const a = toks.at(k);
    if (!a || a.type !== Tok.Num || !/^\d\d?$/.test(a.text) || Number(a.text) > max) return 0;
    const h = toks.at(k + 1);
    if (!h || !isHyphen(h) || h.space) return 0;
    const b = toks.at(k + 2);
    if (!b || b.type !== Tok.Num || b.space || !/^\d\d?$/.test(b.text) || Number(b.text) > max) return 0;
    // a set is won with six or seven games ("6-4", "7-5", "4-6"); "2-3, 4-5" are ranges
    if (wonSet && max === 7 && Math.max(Number(a.text), Number(b.text)) < 6) return 0;
    return k + 3;
  }

  /** A comma or bracket between two set scores ("6-4, 6-3", "6-7 (3-7) 6-3"). */
  private smallPairSeparator(k: number): boolean {
    const t = this.toks.at(k);
    return !!t && (isPunct(t, ',') || isPunct(t, '(') || isPunct(t, ')'));
  }

  /**
   * The end of a run of set scores starting at token i ("4-6 6-3 7-5", "6-4, 6-3", "6-7 (3-7) 6-3")
   * or of a formation ("2-3-2", "4-4-2"), or 0 when the pair at i stands alone.
   */
  private scoreSequenceEnd(i: number): number {
    const toks = this.toks;
    // a formation's first pair need not be a set ("3-5-2")
    let end = this.smallPairAt(i, false);
    if (!end) return 0;
    // a formation: a third glued number
    if (isHyphen(toks.at(end)) && !toks.at(end)!.space && toks.typeAt(end + 1) === Tok.Num && !toks.at(end + 1)!.space &&
      toks.at(end + 1)!.text.length === 1) {
      let k = end + 1;
      while (isHyphen(toks.at(k + 1)) && !toks.at(k + 1)!.space && toks.typeAt(k + 2) === Tok.Num) k += 2;
      return k + 1;
    }
    if (!this.smallPairAt(i)) return 0;
    let pairs = 1;
    for (;;) {
      let k = end;
      let seps = 0;
      while (seps < 2 && this.smallPairSeparator(k)) { k++; seps++; }
      const next = this.smallPairAt(k);
      if (!next || !toks.at(k)!.space && seps === 0) break;
      pairs++;
      end = next;
      if (isPunct(toks.at(end), ')')) end++;
    }
    return pairs > 1 ? end : 0;
  }

  /** Is token k a word of two or more letters, all capitals ("OS", "PS")? */
  private isCapitalsWord(k: number): boolean {
    const t = this.toks.at(k);
    return !!t && (t.type === Tok.Word || t.type === Tok.Code) && t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
  }

  /** Is token k one more three-digit group of a space-grouped number ("12 500")? */
  private isSpaceGroup(k: number): boolean {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Num || !t.space || t.text.length < 3) return false;
    if (this.text.slice(this.toks.at(k - 1)!.end, t.start) !== ' ') return false;
    for (let c = 0; c < 3; c++) { const x = t.text.charCodeAt(c); if (x < 48 || x > 57) return false; }
    // the last group may carry the decimal part: "1 234 567,89"
    if (t.text.length > 3 && (t.text[3] !== this.lex.decimalMark || !/^\d+$/.test(t.text.slice(4)))) return false;
    // a decimal part or glued letters after the group would make it a number of its own
    const after = this.toks.at(k + 1);
    if (after && !after.space && (after.type === Tok.Word || isPunct(after, '/') || isPunct(after, ':'))) return false;
    // "10 737-800 jets": a group that goes on with a glued hyphen and digits is a code of its own, not the end of "10 737"
    return !(after && !after.space && isHyphen(after) && this.toks.typeAt(k + 2) === Tok.Num && !this.toks.at(k + 2)!.space);
  }

  /** Does a comma glued to the number before token k, one space and three digits follow at k ("30, 000")? */
  private isCommaSpaceGroup(k: number): boolean {
    const comma = this.toks.at(k);
    if (!isPunct(comma, ',') || comma!.space) return false;
    const t = this.toks.at(k + 1);
    if (!t || t.type !== Tok.Num || t.text.length !== 3 || this.text.slice(this.toks.at(k)!.end, t.start) !== ' ') return false;
    for (let c = 0; c < 3; c++) { const x = t.text.charCodeAt(c); if (x < 48 || x > 57) return false; }
    // glued letters, digits or a decimal part after the group would make it a figure of its own
    const after = this.toks.at(k + 2);
    return !(after && !after.space && (after.type === Tok.Word || after.type === Tok.Num || isPunct(after, '.') && this.toks.typeAt(k + 3) === Tok.Num));
  }

  // ---------------------------------------------------------------- completing a figure

  /** Adds prefix, suffix, range and filters to a core; emits a mention if it is a claim. */
  private complete(core: Core): number {
    // "2+2=5", "3×4=12": a sum written out states no figure
    if (this.inFormula(core)) return core.e;
    // "einige hundert Kommentare", "a few thousand dollars": a vague quantity, no figure
    if (this.vagueScale(core)) return Math.max(this.figure(core, false).end, core.e);
    const share = this.shareOf(core);
    if (share) return share;
    const a = this.figure(core, false);
    const over = this.spokenFraction(a);
    if (over) return over;
    const compound = this.compoundDuration(a) ?? this.feetInches(a);
    if (compound) return compound;
    const converted = this.convertedBetween(a);
    if (converted) return converted;
    const range = this.range(a);
    if (range) return range;
    const matchPlay = this.matchPlayResult(a);
    if (matchPlay) return matchPlay;
    const compared = this.bracketComparison(a);
    if (compared) return compared;
    this.shareListUnit(a);
    this.parallelUnit(a);
    this.fromLevelUnit(a);
    this.toLevelUnit(a);
    this.earlierLevelUnit(a);
    this.earlierAmountUnit(a);
    // "Mr Sullivan, 42, was arrested": an age after a name, not a count
    if (this.appositiveAge(a)) a.unit = 'year';
    const ok = this.isClaim(a);
    if (ok) {
      this.emit(a, a.value, null);
      this.hedgeConversion(a);
      // "verlor um vier Punkte, ...": the change word and unit a later bare figure of a parallel clause may take
      const cue = this.lowerAt(a.hedgeStart - 1);
      if (a.unit && !a.hasScale && core.value && this.lex.changeWords.has(cue)) {
        this.changeCues.push({ word: cue, unit: a.unit, factor: Math.abs(a.value / core.value), end: a.end });
      }
      // "0,30 Sekunden vor Jansrud und 0,70 vor Fayed": the word after it, for a bare figure right after
      // that repeats it (only the last figure read: "5 Prozent auf 300 Millionen Euro und 20 auf ..." is no pair)
      const after = this.toks.at(a.end);
      const word = after?.type === Tok.Word ? lower(after) : '';
      this.followedCue = a.unit && !a.hasScale && core.value && this.lex.functionWords.has(word)
        ? { word, unit: a.unit, factor: Math.abs(a.value / core.value), end: a.end }
        : null;
    }
    // ranges that fail (year spans, scores) still consumed both numbers
    const end = Math.max(a.end, core.e);
    if (!ok) this.lastReadEnd = this.toks.at(end - 1)!.end;
    return end;
  }

  /** Is token k an opening quotation mark with the figure's first token glued to it? */
  private openingQuoteGlued(k: number, start: number): boolean {
    const q = this.toks.at(k);
    const first = this.toks.at(start);
    return !!q && !!first && q.end === first.start && q.end - q.start === 1 && OPENING_QUOTES.has(this.text[q.start]);
  }

  /** Reads prefix (hedge, currency, sign) and suffix (scale, unit, rate) around a core. */
  private figure(core: Core, currencyHint: boolean): Figure {
    const toks = this.toks;
    let start = core.s;
    let sign = 1;
    let k = core.s - 1;
    const glued = this.signAt(k, core);
    if (glued !== 0) { sign = glued; start = k; k--; }
    let currency: string | null = null;
    const cp = this.currencyPrefixEndingAt(k);
    // ("Prices in US dollars 12% higher": a unit after the number wins over a currency word before it)
    if (cp && this.gapAtMost(k, k + 1, 1) && !(toks.at(cp[1])!.type === Tok.Word && this.otherUnitAfter(core))) {
      currency = cp[0];
      start = cp[1];
      k = cp[1] - 1;
      const before = sign === 1 ? this.signAt(k, core) : 0;
      if (before !== 0) { sign = before; start = k; k--; }
    }
    // "minus drei Prozent", "negative one"
    let weak = core.weak;
    if (k >= this.floor && toks.at(k)?.type === Tok.Word && this.lex.negativeWords.has(lower(toks.at(k)!))) { sign = -1; start = k; k--; weak = false; }
    // hedge
    let hedge: string | null = null;
    let qualifier: Qualifier = 'exact';
    let hedgeStart = start;
    let h = k >= this.floor ? this.hedgeEndingAt(k) ?? this.hyphenHedgeAt(k, start) : null;
    // "more than a 90% share", "at least a 15 rating": a hedge of two words or more before the article of a
    // figure in digits (one word is as often a preposition: "over a 25 year period", "about an 18-year-old girl")
    let hedgeEnd = k;
    if (!h && core.digits && k - 1 >= this.floor && toks.at(k)?.type === Tok.Word && this.lex.articles.has(lower(toks.at(k)!))) {
      h = this.multiWordHedgeEndingAt(k - 1);
      // ("around an 80% success rate", "about a 10% rise": one word of 'about' or 'nearly' before a percentage's article)
      if (!h && this.percentAfter(core.e, core)) {
        const one = this.hedgeEndingAt(k - 1);
        if (one && (one.qualifier === 'about' || one.qualifier === 'at_most')) h = one;
      }
      if (h) hedgeEnd = k - 1;
    }
    // 'explained that about "27% of the world's population ...': the hedge stands before the opening
    // quote of the words quoted, and still bounds the figure the quote starts with
    if (!h && k - 1 >= this.floor && this.openingQuoteGlued(k, start)) {
      h = this.hedgeEndingAt(k - 1);
      if (h) hedgeEnd = k - 1;
    }
    if (h && !this.isVerbParticle(h.start, hedgeEnd + 1)) {
      hedge = this.text.slice(toks.at(h.start)!.start, toks.at(hedgeEnd)!.end);
      qualifier = h.qualifier;
      hedgeStart = h.start;
    } else if (!h && this.lex.frontedVerbs.size) {
      // "Maximal können zwei Titel vorgeschlagen werden": a hedge opening the sentence before the finite verb
      const f = this.frontedHedgeAt(k);
      if (f) {
        hedge = toks.at(f.start)!.text;
        qualifier = f.qualifier;
        hedgeStart = f.start;
      }
    }
    // suffix
    let value = core.value * sign;
    let precision = core.precision;
    let end = core.e;
    let scaled = false;
    let scale = 1;
    let p = this.skipLinkHyphen(core.e);
    if (!core.hasScale) {
      const sc = this.scaleAt(p, currency !== null || currencyHint || Math.abs(this.amountContinued(hedgeStart)?.value ?? 0) >= 1e6, currency !== null);
      if (sc) {
        value *= sc;
        precision *= sc;
        end = this.scaleEnd;
        scale = sc;
        scaled = true;
        p = this.skipLinkHyphen(end);
      }
    }
    // "three lakh crore", "a thousand million": a larger scale word multiplies the scaled figure
    if (scaled || core.hasScale) {
      const outer = this.scaleAt(p, currency !== null || currencyHint);
      const inner = scaled ? scale : Math.abs(value);
      if (outer && outer > inner && this.lex.scales.map.has(this.lowerAt(p))) {
        value *= outer;
        precision *= outer;
        scale *= outer;
        end = this.scaleEnd;
        scaled = true;
        p = this.skipLinkHyphen(end);
      }
    }
    // "3 million and a half", "2 Millionen und eine halbe"
    if (scaled && this.lex.andWords.has(this.lowerAt(end))) {
      const sp = parseSpelled(toks, end + 1, this.lex, true);
      if (sp && !sp.weak && sp.fraction && sp.value < 1) {
        value += sign * sp.value * scale;
        end = sp.end;
        p = end;
      }
    }
    let unit = currency ?? '';
    let hundredth = false;
    if (!currency) {
      const u = this.unitAt(p, core, scaled || core.hasScale) ?? this.unitAfterFillers(p, core, scaled || core.hasScale);
      if (u) {
        unit = u.unit;
        hundredth = u.factor < 1;
        value *= u.factor;
        precision *= u.factor;
        end = u.end;
        // "75 USD million": a scale after a currency code
        if (!scaled && !core.hasScale && kindOfUnit(unit) === 'currency') {
          const sc = this.scaleAt(end, true);
          if (sc) { value *= sc; precision *= sc; end = this.scaleEnd; scale = sc; scaled = true; }
        }
      }
    } else if (toks.at(p)?.type === Tok.Word) {
      // "US$ 20 dollars" names the currency twice: one figure
      const u = this.unitAt(p, core, true);
      if (u && u.unit === currency) end = u.end;
    }
    // "dropped to 141.60 per euro", "trading at 8.28 to the dollar": an exchange rate, in the currency
    // the sentence quotes against that one
    if (!unit && !scaled && !core.hasScale && core.digits && this.lex.rateLinks.length > 0) {
      const rated = this.rateCurrency(p, core);
      if (rated) unit = rated;
    }
    // "sechs Mal", "20-mal", "dreimal", "66 times", "twice": how many times something happened, or
    // how many times as much ("dreimal so viele", "four times more likely", "twice the amount": unit x),
    // after a scale word too ("downloaded eight million times", "five million times faster")
    let occasions = false;
    if (!unit) {
      const oneWord = !core.digits && core.e === core.s + 1 && this.lex.occasionWords.has(this.lowerAt(core.s));
      // ("In 1990 times were hard": a year is no count)
      const noun = this.toks.at(p);
      if (oneWord || (noun?.type === Tok.Word && this.lex.occasionNouns.has(noun.text) && !(core.plain && core.integer && core.value >= 1900 && core.value <= 2100))) {
        occasions = true;
        if (!oneWord) end = p + 1;
        if (this.multiplierAt(end)) unit = 'x';
      }
    }
    // "15 Dollar und 15 Cent", "3 dollars 50 cents": cents after a whole amount
    // (not after cents: "70 cents and 55 cents" are two amounts)
    if (unit && !hundredth && kindOfUnit(unit) === 'currency' && core.integer) {
      const c = this.centsAfter(end, unit);
      if (c) { value += sign * c.value; precision = 0.005; end = c.end; }
    }
    // "unter 2800 Befragten" is "among", not "less than"
    if (h?.unitOnly && !unit && !this.lex.levelVerbs.has(this.lowerAt(h.start - 1))) { hedge = null; qualifier = 'exact'; hedgeStart = start; }
    // "gegen 70.000 Euro Kapital" is "in exchange for"
    if (h?.notMoney && unit && kindOfUnit(unit) === 'currency') { hedge = null; qualifier = 'exact'; hedgeStart = start; }
    // "ein bis zwei Monaten": a range word after a number (an article the range did not take) is no hedge
    if (h && hedge !== null && this.lex.rangeWords.has(hedge.toLowerCase()) && this.numberAt(h.start - 1)) { hedge = null; qualifier = 'exact'; hedgeStart = start; }
    // "developed over four years", "£960m over 15 years": the time it took, not a bound ("for over three years" is one)
    if (h && hedge !== null && unit && kindOfUnit(unit) === 'duration' && this.lex.spanHedges.has(hedge.toLowerCase()) &&
      this.spansTime(h.start, end)) { hedge = null; qualifier = 'exact'; hedgeStart = start; }
    // "no fare will be priced higher than $499", "kein Ticket wird mehr als 499 Dollar kosten": a negated
    // comparison in the clause caps the figure (at most), or sets its floor (at least)
    // (only a comparison: "no rain over 10 days", "keine Einigung über 500 Stellen" are no bounds negated)
    if (h && (qualifier === 'more_than' || qualifier === 'less_than') && hedge !== null && this.lex.negations.comparatives.has(lastWord(hedge)) && this.negatedBefore(h.start)) {
      qualifier = qualifier === 'more_than' ? 'at_most' : 'at_least';
    }
    // "80 Prozent oder mehr", "80 per cent or less": a qualifier after the figure, or after the noun
    // it counts ("100.000 Unterschriften oder mehr", "10,000 signatures or more")
    if (hedge === null) {
      let from = end;
      let th = this.trailingHedgeAt(end);
      // (the noun phrase of up to three words: "100.000 elektronisch erfasste Unterschriften oder mehr")
      // (the hedge after the noun itself: a capitalised one in German, not "2011 sei dann mehr oder weniger")
      for (let w = end; !th && !unit && w < end + NOUN_PHRASE_WORDS && toks.at(w)?.type === Tok.Word; w++) {
        if (this.lex.lang !== 'de' || isCapitalised(toks.at(w)!)) th = this.trailingHedgeAt((from = w + 1), true);
      }
      if (th) { qualifier = th[0]; hedge = this.text.slice(toks.at(from)!.start, toks.at(th[1] - 1)!.end); }
    }
    return {
      core, value, precision, weak, hasScale: core.hasScale || scaled, start, end, unit, currencyPrefix: currency !== null,
      scaled, scale, hedge, qualifier, hedgeStart, occasions,
    };
  }

  /**
   * A negation among the few words of the clause before token k, nothing clause-like between
   * ("no first-class fare will be priced higher than", "Fares will not rise by more than"; not
   * "not only more than", nor across "that" or a comma: "no evidence that more than 5%").
   */
  private negatedBefore(k: number): boolean {
    const { words, focus, barriers, nounLinks, participleEndings } = this.lex.negations;
    if (words.size === 0) return false;
    // "would not apply to people coming for less than six months", "no firms employing more than 250
    // people": the bound of a noun's phrase, not of the negated verb
    const before = this.lowerAt(k - 1);
    if (nounLinks.has(before) || participleEndings.some((e) => before.length > e.length + 2 && before.endsWith(e))) return false;
    for (let i = k - 1, seen = 0; i >= 0 && seen < NEGATION_REACH; i--, seen++) {
      const t = this.toks.at(i)!;
      // (a hyphen inside a word is no clause mark: "no first-class fare")
      if (t.type === Tok.Punct && !(isHyphen(t) && !t.space)) return false;
      if (t.type !== Tok.Word) continue;
      const w = lower(t);
      if (barriers.has(w)) return false;
      // "won't", "didn't": the tokenizer leaves "t" after the apostrophe
      const contracted = w === 't' && i > 0 && (this.toks.at(i - 1)!.text === "'" || this.toks.at(i - 1)!.text === '’');
      if (words.has(w) || contracted) {
        const next = this.toks.at(i + 1);
        // ("No 10 said", "the no-frills airline": no negation; "no-one waits" is one)
        if (next && (next.type === Tok.Num || (isHyphen(next) && !next.space && this.lowerAt(i + 2) !== 'one'))) return false;
        return !focus.has(this.lowerAt(i + 1));
      }
    }
    return false;
  }

  /** Does a lead of prospectAhead end before token `first`, a prospect before it in the sentence (not past a semicolon)? */
  private aheadOfProspect(unit: string, first: number): boolean {
    const { leads, prospects, notAfter } = this.lex.prospectAhead;
    if (prospects.size === 0 || !daysOrLonger(unit) || !this.phraseEndingAt(leads, first - 1)) return false;
    // ("it will be the first annual fall in nine years", "Saints' ninth manager in eight years": a record's span)
    if (this.recordBefore(first - 2) || this.ordinalAmong(first - 2)) return false;
    for (let k = first - 2; k >= 0 && k >= first - 2 - PROSPECT_REACH; k--) {
      if (isPunct(this.toks.at(k), ';')) return false;
      // (not a noun: "must have the will and guts")
      if (this.toks.typeAt(k) === Tok.Word && prospects.has(this.lowerAt(k)) && !notAfter.has(this.lowerAt(k - 1))) return true;
    }
    // "We know that in five years the US dollar will be stronger": a lead opening its clause, the prospect after it
    const lead = first - 1;
    return (this.opensClause(lead) || this.lex.prospectAhead.clauseOpeners.has(this.lowerAt(lead - 1))) && this.prospectAfter(first);
  }

  /** A prospect word (prospectAhead) in the clause after the figure starting at token `first`, before any mark. */
  private prospectAfter(first: number): boolean {
    const { prospects, notAfter } = this.lex.prospectAhead;
    for (let k = first + 1; k < this.toks.length && k <= first + PROSPECT_REACH; k++) {
      if (this.toks.typeAt(k) === Tok.Punct) return false;
      if (prospects.has(this.lowerAt(k)) && !notAfter.has(this.lowerAt(k - 1))) return true;
    }
    return false;
  }

  /**
   * Does an ordinal stand among the words of the clause ending at token k ("his third UK number one single
   * in three weeks", "the first time the band have played Reading in 23 years")?
   */
  private ordinalAmong(k: number): boolean {
    for (let j = k; j >= 0 && j > k - PROSPECT_REACH; j--) {
      if (this.toks.typeAt(j) === Tok.Punct) return false;
      if (this.lex.ordinals.has(this.lowerAt(j))) return true;
    }
    return false;
  }

  /**
   * Does a phrase of `table` end right before token `first`, with a duration of a day or longer
   * after it (`unit`) that is no record's span ("the highest level in 12 years")?
   */
  private longSpanAfter(table: PhraseTable<true>, unit: string, first: number): boolean {
    return daysOrLonger(unit) && this.phraseEndingAt(table, first - 1) && !this.recordBefore(first - 2);
  }

  /**
   * Does a superlative or an ordinal stand among the few words ending at token k ("the highest level in
   * 12 years", "its first decline in three months", "zum ersten Mal in zwölf Jahren")? The span after
   * it is then the record's, an asserted duration.
   */
  private recordBefore(k: number): boolean {
    for (let j = k; j >= 0 && j > k - RECORD_REACH; j--) {
      const t = this.toks.at(j)!;
      // ("the biggest year-on-year gain in nine years")
      if (isHyphen(t)) continue;
      if (t.type !== Tok.Word) return false;
      const w = lower(t);
      // (a number between counts what happened in the span: "off her best form ... after two wins in two days";
      // not one hyphenated to a word, "the biggest one-day gain in 12 years", nor a "one" of "his third number one single")
      if ((this.lex.cardinals.get(w) ?? 0) >= 2 && !isHyphen(this.toks.at(j + 1))) return false;
      if (this.lex.ordinals.has(w) || this.lex.rankingSuperlative?.test(w)) return true;
    }
    return false;
  }

  /** Does token k, after a count of occasions, make it a multiplier ("so viele", "more likely", "the amount")? */
  private multiplierAt(k: number): boolean {
    const w = this.lowerAt(k);
    if (this.lex.multiplierCues.has(w)) return true;
    const next = this.toks.at(k + 1);
    if (!next) return false;
    // ("twice the 169,000 figure forecast")
    if (next.type === Tok.Num) return this.lex.multiplierLinks.words.has(w);
    if (next.type !== Tok.Word) return false;
    const comparison = this.lex.multiplierComparisons;
    if (comparison.words.has(w)) return comparison.heads.has(lower(next));
    const links = this.lex.multiplierLinks;
    if (!links.words.has(w)) return false;
    const after = lower(next);
    // ("ten times more than in 2003")
    if (links.comparatives.has(after)) return true;
    return !this.lex.functionWords.has(after) && !links.not.has(after);
  }

  /**
   * A trailing qualifier starting at token k ("oder mehr", "or less"): its qualifier and end,
   * or null. Not when its last word opens a hedge of a figure that follows ("oder mehr als 90").
   */
  private trailingHedgeAt(k: number, afterNoun = false): [Qualifier, number] | null {
    const m = matchPhrase(this.toks, k, this.lex.trailingHedges);
    if (!m) return null;
    // "the 200-plus banks": a trailing hedge that opens with a mark is glued to the figure (a spaced one is a dash or a sum)
    if (this.toks.typeAt(k) === Tok.Punct && this.toks.at(k)!.space) return null;
    const next = this.toks.at(m[1]);
    if (next && (next.type === Tok.Num || (next.type === Tok.Word && parseSpelled(this.toks, m[1], this.lex, true) !== null))) return null;
    // "und mehr Geld", "and more trucks": a comparative before its noun, no bound; after the counted
    // noun, "oder mehr" before a (capitalised) German noun neither ("... Unterschriften oder mehr sein" is one)
    const word = next?.type === Tok.Word && !this.lex.functionWords.has(lower(next)) && !this.germanVerbAt(m[1]);
    if (word && (this.lex.andWords.has(this.lowerAt(k)) || (afterNoun && this.lex.lang === 'de' && isCapitalised(next!)))) return null;
    if (this.hedgeStartsAt(m[1] - 1, 2)) return null;
    return m;
  }

  /**
   * German capitalises nouns: a lower-case word before no noun ("auf 40 Prozent und mehr erhöht
   * werden") is a verb, not the adjective of a noun after the comparative ("und mehr neue Stellen").
   */
  private germanVerbAt(k: number): boolean {
    if (this.lex.lang !== 'de') return false;
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word || isCapitalised(t)) return false;
    const after = this.toks.at(k + 1);
    return !after || after.type !== Tok.Word || !isCapitalised(after);
  }

  /** A sign glued to the digits at token p ("-0,5 %", "−2,1", "+3"): -1 or 1, 0 when there is none. */
  private signAt(p: number, core: Core): number {
    const toks = this.toks;
    const t = toks.at(p);
    if (!t || p < this.floor || t.type !== Tok.Punct || toks.at(p + 1)!.space || !core.digits) return 0;
    // "75 -300mm": a dash between two numbers joins them
    if (toks.at(p - 1)?.type === Tok.Num) return 0;
    if (!(MINUS.has(t.text) || t.text === '+')) return 0;
    if (!(p === 0 || t.space || isPunct(toks.at(p - 1), '(') || this.currencyPrefixEndingAt(p - 1) !== null)) return 0;
    return t.text === '+' ? 1 : -1;
  }

  /** "100-Millionen-Euro-Projekt", "12-Pfund-Tasse", "six-mile": a hyphen between figure and scale or unit. */
  private skipLinkHyphen(k: number): number {
    const t = this.toks.at(k);
    const n = this.toks.at(k + 1);
    if (t && isHyphen(t) && !t.space && n && !n.space && (n.type === Tok.Word || n.type === Tok.Punct)) return k + 1;
    return k;
  }

  /**
   * The factor of the scale word at token k (0 when there is none), its end left in
   * scaleEnd: returning no pair keeps scale factors (small integers or doubles) out of
   * arrays whose element kind V8 would otherwise see change ("wrong map").
   */
  private scaleAt(k: number, currency: boolean, prefixed = false): number {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word) return 0;
    // "753 B.C.": an era, not billions
    if (matchPhrase(this.toks, k, this.lex.eraMarkers)) return 0;
    const m = matchPhrase(this.toks, k, this.lex.scales);
    if (m) {
      // "Tausende", "millions of" never reach here: the phrase must be exactly a scale word
      const end = isPunct(this.toks.at(m[1]), '.') && !this.toks.at(m[1])!.space && this.lex.scales.map.has(`${lower(t)}.`) ? m[1] + 1 : m[1];
      return this.scaleFound(m[0], end);
    }
    // "3 dozen", "322 hundred" after digits
    const dozen = this.lex.dozens.get(lower(t));
    if (dozen !== undefined) return this.scaleFound(dozen, k + 1);
    if (this.lex.cardinals.get(lower(t)) === 100) return this.scaleFound(100, k + 1);
    // "10M", "1MM"; spaced only when nothing follows ("1,674,200.5 M"), not the first letter of a
    // name glued by a mark ("35 M&S goods", "35 B&Q stores")
    const sym = this.lex.scaleSymbols.get(t.text);
    if (sym !== undefined && (!t.space || !this.toks.at(k + 1) || (this.toks.at(k + 1)!.type === Tok.Punct && !this.gluedNameAt(k + 1)))) return this.scaleFound(sym, k + 1);
    const cs = this.lex.currencyScales.get(t.text);
    // ("$458 m (£242.7m)": spaced too after a currency sign, where no metre can follow)
    if (cs !== undefined && (!t.space || prefixed)) {
      // "£20m" (million) but "1.8m tall" (metres): million with a currency before or after, another
      // unit after ("5m barrels") or a counted noun after ("14m customers": metres are not counted)
      if (currency) return this.scaleFound(cs, k + 1);
      const u = matchPhrase(this.toks, k + 1, this.lex.units);
      if (u && (kindOfUnit(u[0].unit) === 'currency' || u[0].unit !== t.text)) return this.scaleFound(cs, k + 1);
      // (not an event's name: "the 100m Games record")
      if (this.lex.countNouns.has(this.lowerAt(k + 1)) && !this.eventNameAt(k + 1)) return this.scaleFound(cs, k + 1);
      // ("viewed 2m times": occasions are counted, metres are not)
      const name = this.toks.at(k + 1);
      if (name?.type === Tok.Word && this.lex.occasionNouns.has(name.text)) return this.scaleFound(cs, k + 1);
      // ("China's net users number 100m": counted people, the subject of a verb that counts them)
      if (this.lex.countingVerbs.has(this.lowerAt(k - 2)) && this.lex.countNouns.has(this.lowerAt(k - 3))) return this.scaleFound(cs, k + 1);
      // ("almost 4m DS consoles": a product's name between)
      if (name && isCapitalised(name) && this.lex.countNouns.has(this.lowerAt(k + 2))) return this.scaleFound(cs, k + 1);
      // ("300m blog entries": a noun of their kind between, no function word, no event's name)
      if (name && name.type === Tok.Word && !this.lex.functionWords.has(lower(name)) && this.lex.countNouns.has(this.lowerAt(k + 2)) &&
        !this.eventNameAt(k + 1)) return this.scaleFound(cs, k + 1);
      // ("the UK's 1.6m Muslims": after a possessive owner, people named in the plural; not "the women's 1500m AAAs title")
      if (this.toks.at(k + 1)?.space && this.peopleOfOwnerAt(k + 1, k - 2)) return this.scaleFound(cs, k + 1);
      // ("About 1.1m of the UK's 1.6m voters": a part of counted people, past the partitive, its
      // article and a possessive owner, to a counted noun or a figure and the counted noun;
      // "500m of the town's streets" are metres)
      if (this.lex.partitive.has(this.lowerAt(k + 1))) {
        for (let j = k + 2; j <= k + 8; j++) {
          const w = this.toks.at(j);
          // (within the phrase: a possessive's apostrophe, no other mark)
          if (!w || (w.type === Tok.Punct && w.text !== "'" && w.text !== '’')) break;
          // ("2m of its customers", "2m of the poorest households": a counted noun of its own, not an
          // owner, "the first 800m of the women's race", nor past a preposition, "400m of the pipeline to homes")
          if (w.type === Tok.Word) {
            const lw = lower(w);
            if (this.lex.functionWords.has(lw) && !this.lex.groupDeterminers.has(lw) && !this.lex.articles.has(lw)) break;
            if (this.lex.countNouns.has(lw) && !isPunct(this.toks.at(j + 1), "'") && !isPunct(this.toks.at(j + 1), '’')) return this.scaleFound(cs, k + 1);
          }
          if (w.type === Tok.Num) {
            if (this.lex.countNouns.has(this.lowerAt(j + 2)) || this.peopleOfOwnerAt(j + 2, j - 1)) return this.scaleFound(cs, k + 1);
            break;
          }
        }
      }
    }
    return 0;
  }

  /**
   * Is token k people named in the plural ("Muslims", "Britons": a capitalised word, no acronym) after a
   * possessive owner ending at token `owner` ("the UK's 1.6m Muslims")?
   */
  private peopleOfOwnerAt(k: number, owner: number): boolean {
    const t = this.toks.at(k);
    return !!t && t.type === Tok.Word && PEOPLE_PLURAL.test(t.text) && !this.eventNameAt(k) && this.possessiveEndsAt(owner);
  }

  /** A capitalised plural naming an event at token k ("Olympics", "Games", "Championships"; LanguageData.eventPlurals)? */
  private eventNameAt(k: number): boolean {
    const t = this.toks.at(k);
    return !!t && isCapitalised(t) && this.lex.eventPlurals.has(lower(t));
  }

  /**
   * Does a mark at token k join the word before it to a capitalised word after it with no space ("M&S",
   * "B&Q"), as in a name? ("19 Uhr/live" is a time and a word.)
   */
  private gluedNameAt(k: number): boolean {
    const mark = this.toks.at(k);
    const next = this.toks.at(k + 1);
    return !!mark && !mark.space && !!next && !next.space && next.type === Tok.Word && isCapitalised(next);
  }

  private scaleFound(factor: number, end: number): number {
    this.scaleEnd = end;
    return factor;
  }

  /** Does a currency word start at token k, after a plain number of this value ("1.08 Dollar")? */
  private currencyAt(k: number, value: number): boolean {
    const u = this.unitAt(k, makeCore(k - 1, k, value, 0, true, true, 1, false, false, false), false);
    return u !== null && kindOfUnit(u.unit) === 'currency';
  }

  /** `weak`: the figure's, where a word before it made it strong ("minus ein Viertel"); its number's otherwise. */
  private unitAt(k: number, core: Core, scaled: boolean, weak = core.weak): { unit: string; factor: number; end: number } | null {
    const toks = this.toks;
    const t = toks.at(k);
    if (!t || t.type === Tok.Num || t.type === Tok.Skip) return null;
    let found: UnitEntry | null = null;
    let end = k;
    // "20 (kg)", "20 [kg]": a unit in brackets right after the figure
    const close = t.type === Tok.Punct && t.end - t.start === 1 ? closingBracket(this.text.charCodeAt(t.start)) : null;
    if (close) {
      const inner = this.unitAt(k + 1, core, scaled, weak);
      if (inner && isPunct(toks.at(inner.end), close)) return { ...inner, end: inner.end + 1 };
      return null;
    }
    const phrase = matchPhrase(toks, k, this.lex.units);
    if (phrase) { found = phrase[0]; end = phrase[1]; }
    else if (t.type === Tok.Word && this.lex.unitCompoundHeads.length) found = this.compoundHeadUnit(t);
    if (found && !phrase) end = k + 1;
    const sym = this.lex.unitSymbols.get(t.text);
    if (sym && (!phrase || phrase[1] <= k + 1) && (!sym.glued || !t.space)) {
      found = sym;
      end = k + 1;
    }
    if (!found) return null;
    if (found.needsScale && !scaled) return null;
    // (a headline in title case capitalises every word: "Fraudster Jailed For 10 Years"; a currency
    // word stays a name there too: "Rapper 50 Cent Tops US Charts")
    if (found.lowerCaseOnly && isCapitalised(t) && (kindOfUnit(found.unit) === 'currency' || !this.titleCase())) return null;
    // (not when glued to the digits by a hyphen: "a 30-second half-time commercial" is a duration)
    if (found.notBefore && !this.gluedByHyphen(k) && this.followedByAnyOf(end, found.notBefore)) return null;
    // "by 2008 £60bn": a currency sign glued to the digits after it is that figure's prefix, not this one's unit
    if (kindOfUnit(found.unit) === 'currency' && toks.typeAt(end) === Tok.Num && !toks.at(end)!.space &&
      this.currencyPrefixEndingAt(end - 1) !== null) return null;
    // after a number in words, symbols are not units ("a $48.2 million contract"), nor is "a percentage"
    // ("drop one point" after a verb of change is a step of one point, as "drop two points")
    if (!core.digits && (toks.at(k)!.type === Tok.Punct || (weak && found.noArticle && (core.article || !this.lex.changeVerbs.has(this.lowerAt(core.s - 1)) || this.lowerAt(end) === this.lex.oneCount.partitive)))) return null;
    // "einem Zoll-Rundumschlag": a unit word starting a compound after an article is the compound's first part
    if (weak && isHyphen(toks.at(end)) && !toks.at(end)!.space) return null;
    let unit = found.unit;
    if (found.money && (scaled || this.hasMoneyContext())) unit = found.money;
    else if (found.temperature && this.hasTemperatureContext()) unit = found.temperature;
    let factor = (found.factor ?? 1) * (found.multiple ?? 1);
    if (unit !== found.unit) factor = 1;
    // rates: "400.000 Barrel pro Tag", "barrels a day", "einer täglichen Produktion von 400.000 Barrel"
    const info = unitInfo(unit);
    if (info && RATE_DIMENSIONS.has(info.dimension)) {
      // (past what it measures: "793,000 barrels of oil per day"; not "a year ago")
      const filler = matchPhrase(toks, end, this.lex.rateFillers);
      let rate = matchPhrase(toks, end, this.lex.ratePhrases);
      if (!rate && filler) {
        rate = matchPhrase(toks, filler[1], this.lex.ratePhrases);
        if (rate && this.lex.relativeAfter.has(this.lowerAt(rate[1]))) rate = null;
      }
      if (rate) { unit = `${unit}/${rate[0]}`; end = rate[1]; }
      else {
        const adj = this.rateAdjectiveBefore(core.s);
        if (adj) unit = `${unit}/${adj}`;
      }
    }
    return { unit, factor, end };
  }

  /** Is the sentence in title case: three words or more, at least four in five capitalised? Worked out once per sentence. */
  private titleCase(): boolean {
    if (this.titleCased === undefined) {
      let words = 0;
      let capitals = 0;
      for (let k = 0; k < this.toks.length; k++) {
        const t = this.toks.at(k)!;
        if (t.type !== Tok.Word) continue;
        words++;
        if (isCapitalised(t)) capitals++;
      }
      this.titleCased = words >= 3 && capitals * 5 >= words * 4;
    }
    return this.titleCased;
  }

  /** Is the token at k joined to the one before it by a hyphen without spaces ("30-second")? */
  private gluedByHyphen(k: number): boolean {
    const hyphen = this.toks.at(k - 1);
    return !!hyphen && isHyphen(hyphen) && !hyphen.space && !this.toks.at(k)!.space;
  }

  /** Is the word at k, or after a glued hyphen there, one of `words` ("second-hand", "second hand")? */
  private followedByAnyOf(k: number, words: readonly string[]): boolean {
    const toks = this.toks;
    const hyphen = toks.at(k);
    const at = hyphen && isHyphen(hyphen) && !hyphen.space ? k + 1 : k;
    const t = toks.at(at);
    return !!t && t.type === Tok.Word && words.includes(lower(t));
  }

  /** The unit a compound's head gives the word at t ("Laufzeitjahre": year), or null. */
  private compoundHeadUnit(t: Token): UnitEntry | null {
    const w = lower(t);
    if (this.lex.unitCompoundExceptions.has(w)) return null;
    for (const [head, entry] of this.lex.unitCompoundHeads) {
      // a head after at least three letters of its own: "Dienstjahre", not "Jahre"
      if (w.length >= head.length + 3 && w.endsWith(head)) return entry;
    }
    return null;
  }

  /**
   * "drei lange Jahre", "12 relatively trouble-free years": a unit of lex.unitFillerUnits after up
   * to lex.unitFillerReach lower-case words that are no function word, number, hedge or unit.
   */
  private unitAfterFillers(p: number, core: Core, scaled: boolean): { unit: string; factor: number; end: number } | null {
    const reach = this.lex.unitFillerReach;
    if (reach === 0 || core.weak || core.article || core.fraction) return null;
    // "the 2005 model years", "the 2003 fiscal year": a year names the year, it counts none
    if (core.digits && core.integer && core.intDigits === 4) return null;
    const toks = this.toks;
    let j = p;
    for (let n = 0; n < reach; n++) {
      if (!this.isFillerWord(j)) return null;
      j++;
      // a compound joined by hyphens: "trouble-free", "nerven-aufreibende"
      while (isHyphen(toks.at(j)) && !toks.at(j)!.space && toks.at(j + 1)?.type === Tok.Word && !toks.at(j + 1)!.space) {
        if (!this.isFillerWord(j + 1, true)) return null;
        j += 2;
      }
      const u = this.unitAt(j, core, scaled);
      if (u) return this.lex.unitFillerUnits.has(u.unit) ? u : null;
    }
    return null;
  }

  private isFillerWord(j: number, inCompound = false): boolean {
    const t = this.toks.at(j);
    if (!t || t.type !== Tok.Word || (!t.space && !inCompound)) return false;
    const w = lower(t);
    if (t.text !== w) return false;
    // "2013 zweieinhalb Jahre": a number word is a figure of its own
    const read = this.readCore(j);
    if (read && !('skipTo' in read)) return false;
    const lex = this.lex;
    return !lex.functionWords.has(w) && !lex.referential.has(w) && !lex.cardinals.has(w) && !lex.articles.has(w) &&
      !lex.scaleWords.has(w) && !lex.hedgesByLast.has(w) && !lex.negativeWords.has(w) && !lex.andWords.has(w) &&
      !lex.rangeWords.has(w) && !lex.listWords.map.has(w) && !lex.units.map.has(w);
  }

  /** A hedge word opening the sentence, then a finite verb at token k ("Maximal können zwei ..."). */
  private frontedHedgeAt(k: number): { start: number; qualifier: Qualifier } | null {
    if (k < 1 || k - 1 < this.floor) return null;
    const toks = this.toks;
    // only marks before the hedge word, asked first by type: most figures stand further in, and are let go without lower-casing two words
    for (let j = k - 2; j >= 0; j--) if (toks.typeAt(j) !== Tok.Punct) return null;
    const verb = toks.at(k)!;
    const head = toks.at(k - 1)!;
    if (verb.type !== Tok.Word || head.type !== Tok.Word || !this.lex.frontedVerbs.has(lower(verb))) return null;
    const qualifier = this.lex.frontedHedges.get(lower(head));
    if (qualifier === undefined) return null;
    return { start: k - 1, qualifier };
  }

  /**
   * "5' 10\"", "5'10\"", "5ft 10in", "6 ft 2 in": feet and inches as one length in metres.
   * Returns the token after it, or null.
   */
  private feetInches(a: Figure): number | null {
    const lex = this.lex;
    if (lex.feetMarks.size === 0 || a.scaled || a.currencyPrefix) return null;
    const toks = this.toks;
    let feet: number;
    let inches: number;
    let mark: number;
    const glued = a.core.e === a.core.s + 1 && a.unit === '' ? /^(\d{1,2})['’′](\d{1,2}(?:[.,]5)?)$/.exec(toks.at(a.core.s)!.text) : null;
    if (glued) {
      feet = Number(glued[1]);
      inches = Number(glued[2]!.replace(',', '.'));
      mark = a.core.e;
    } else {
      let next: number;
      if (a.unit === 'ft' && a.core.integer) { feet = a.value; next = a.end; }
      else if (a.unit === '' && a.core.integer && a.core.digits && a.end === a.core.e && toks.at(a.core.e)?.type === Tok.Punct &&
        !toks.at(a.core.e)!.space && lex.feetMarks.has(toks.at(a.core.e)!.text)) { feet = a.value; next = a.core.e + 1; }
      else return null;
      const n = toks.at(next);
      if (!n || n.type !== Tok.Num || !/^\d{1,2}(?:[.,]5)?$/.test(n.text)) return null;
      inches = Number(n.text.replace(',', '.'));
      mark = next + 1;
    }
    const m = toks.at(mark);
    if (!m || inches >= 12 || !lex.inchMarks.has(lower(m)) || (m.type === Tok.Punct && m.space)) return null;
    if (m.type === Tok.Word && isHyphen(toks.at(mark + 1)) && !toks.at(mark + 1)!.space) return null;
    this.emitRaw(a.start, mark + 1, feet * 0.3048 + inches * 0.0254, null, 'm', a.qualifier, a.hedge, 0.0127);
    return mark + 1;
  }

  private rateAdjectiveBefore(s: number): string | null {
    for (let k = s - 1; k >= 0 && k >= s - 6; k--) {
      const t = this.toks.at(k)!;
      if (t.type === Tok.Num) return null;
      if (t.type !== Tok.Word) continue;
      const w = lower(t);
      for (const [stem, period] of this.lex.rateAdjectives) if (w.startsWith(stem)) return period;
    }
    return null;
  }

  private centsAfter(k: number, currency: string): { value: number; end: number } | null {
    const toks = this.toks;
    let p = k;
    if (toks.at(p)?.type === Tok.Word && this.lex.andWords.has(lower(toks.at(p)!))) p++;
    const t = toks.at(p);
    if (!t) return null;
    let cents: number;
    let q: number;
    if (t.type === Tok.Num) {
      if (!/^\d{1,2}$/.test(t.text)) return null;
      cents = Number(t.text);
      q = p + 1;
    } else {
      const sp = parseSpelled(toks, p, this.lex, false);
      if (!sp || sp.weak || sp.hasScale || sp.fraction || sp.value >= 100 || !Number.isInteger(sp.value)) return null;
      cents = sp.value;
      q = sp.end;
    }
    const u = matchPhrase(toks, q, this.lex.units);
    // (the hundredth of the same currency: "3 pounds and 50 pence", not "3 dollars and 50 pence")
    if (u && u[0].factor === 0.01 && (u[0].subunit || u[0].unit === currency)) {
      return { value: cents / 100, end: u[1] };
    }
    // "15 Dollar 50.", "17 USD 25", "thirteen dollars forty five": cents right at the end of the sentence
    if (!u && (t.type !== Tok.Num || t.text.length === 2) && this.isSentenceEnd(q) && currency) return { value: cents / 100, end: q };
    return null;
  }

  /** Does the sentence speak of heat or cold ("heizt sich auf über 60 Grad auf", "in 35 degrees heat")? */
  private hasTemperatureContext(): boolean {
    if (this.temperatureContext === undefined) {
      this.temperatureContext = false;
      const { temperatureWords, temperatureStems } = this.lex;
      for (let k = 0; k < this.toks.length && !this.temperatureContext; k++) {
        if (this.toks.typeAt(k) !== Tok.Word) continue;
        const w = lower(this.toks.at(k)!);
        this.temperatureContext = temperatureWords.has(w) || temperatureStems.some((stem) => w.includes(stem));
      }
    }
    return this.temperatureContext;
  }

  private hasMoneyContext(): boolean {
    if (this.moneyContext === undefined) {
      this.moneyContext = false;
      for (let k = 0; k < this.toks.length; k++) {
        const type = this.toks.typeAt(k);
        if (type !== Tok.Word && type !== Tok.Punct) continue;
        const t = this.toks.at(k)!;
        if (type === Tok.Word && this.lex.moneyContext.has(lower(t))) { this.moneyContext = true; break; }
        if (type === Tok.Punct && (t.text === '£' || t.text === '$' || t.text === '€')) { this.moneyContext = true; break; }
      }
    }
    return this.moneyContext;
  }

  /** Are the points of the figure at [s, e) index points: "Indexpunkte", or a stock index or market named in the sentence ("ATX", "Leitindex", "shares")? */
  private indexPoints(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.lowerAt(k).includes('index')) return true;
    // once per sentence: a sentence of many points figures stays linear
    if (this.indexContext === undefined) {
      this.indexContext = false;
      for (let k = 0; k < this.toks.length && !this.indexContext; k++) {
        if (this.toks.typeAt(k) !== Tok.Word && this.toks.typeAt(k) !== Tok.Code) continue;
        const w = lower(this.toks.at(k)!);
        if (matchPhrase(this.toks, k, this.lex.indexContext)) this.indexContext = true;
        for (const end of this.lex.indexContextEndings) if (w.length > end.length && w.endsWith(end)) this.indexContext = true;
      }
    }
    return this.indexContext;
  }

  /** Does the sentence name a poll or a margin of error, whose points are percentage points? Once per sentence. */
  private percentPointContext(): boolean {
    if (this.pollContext === undefined) {
      this.pollContext = false;
      for (let k = 0; k < this.toks.length && !this.pollContext; k++) {
        if (this.toks.typeAt(k) === Tok.Word && matchPhrase(this.toks, k, this.lex.percentPointContext)) this.pollContext = true;
      }
    }
    return this.pollContext;
  }

  /** A currency written before the figure, ending at token k: [ISO code, first token]. */
  private currencyPrefixEndingAt(k: number): [string, number] | null {
    const table = this.lex.currencyPrefixes;
    if (k < this.floor || !this.mayEndPhrase(table, k)) return null;
    let best: [string, number] | null = null;
    for (let len = 1; len <= table.maxTokens && k - len + 1 >= this.floor; len++) {
      const from = k - len + 1;
      const key = phraseKey(this.toks, from, k + 1);
      const code = table.map.get(key);
      if (code === undefined) continue;
      // an ISO code needs its capitals ("try 5 times" is not Turkish lira)
      if (/^[a-z]+\.?$/.test(key) && this.text.slice(this.toks.at(from)!.start, this.toks.at(k)!.end) === key) continue;
      best = [code, from];
    }
    return best;
  }

  private isCurrencyWord(k: number): boolean {
    return this.currencyPrefixEndingAt(k) !== null;
  }

  /**
   * Is the hedge at tokens [s, e) the preposition or particle of a verb before it ("verfügen über",
   * "pushed rates up to")? The words between are the verb's subject or object: no figure, no
   * punctuation, and the word right before the hedge no function word ("sprach mit über 100").
   */
  private isVerbParticle(s: number, e: number): boolean {
    if (this.lex.verbParticles.size === 0) return false;
    const v = this.lex.verbParticles.get(phraseKey(this.toks, s, e));
    if (!v) return false;
    // (the hyphen inside a compound, "die US-Streitkräfte", joins one word: it does not count)
    let words = 0;
    for (let k = s - 1; k >= 0 && words < v.reach; k--) {
      const t = this.toks.at(k)!;
      if (t.type === Tok.Punct && k > 0 && k < s - 1 && !t.space && !this.toks.at(k + 1)!.space && HYPHENS.has(t.text)) continue;
      words++;
      if (t.type !== Tok.Word) return false;
      const w = lower(t);
      // verbs written lower case: "Stimmen", "Reden" inside a German sentence are nouns
      const verbLike = t.text === w || k === 0;
      if (verbLike && (v.verbs.has(w) || (k < s - 1 && v.objectVerbs.has(w)))) return true;
      if (verbLike && k === s - 1 && v.passiveVerbs.has(w) && v.passiveAuxiliaries.has(this.lowerAt(k - 1))) return true;
      if (k === s - 1 && (this.lex.functionWords.has(w) || this.lex.fromWords.has(w))) return false;
    }
    return false;
  }

  /**
   * A hedge of two words or more ending at token k ("more than", "at least", "up to"): one word is
   * as often a preposition or an idiom ("over a decade", "just a minute", "only a second defeat").
   */
  private multiWordHedgeEndingAt(k: number): HedgeAt | null {
    const h = this.hedgeEndingAt(k);
    return h !== null && h.start < k ? h : null;
  }

  /** Does a percent sign or word follow `core` at token k ("80%", "10 per cent")? */
  private percentAfter(k: number, core: Core): boolean {
    return this.unitAt(k, core, false)?.unit === '%';
  }

  /** The longest hedge ending at token k. */
  private hedgeEndingAt(k: number): HedgeAt | null {
    if (k < 0) return null;
    const toks = this.toks;
    const candidates = this.lex.hedgesByLast.get(lower(toks.at(k)!));
    if (!candidates) return null;
    for (const h of candidates) {
      const n = h.words.length;
      if (k - n + 1 < 0) continue;
      let ok = true;
      for (let x = 0; x < n - 1 && ok; x++) ok = lower(toks.at(k - n + 1 + x)!) === h.words[x];
      if (ok) return { start: k - n + 1, qualifier: h.qualifier, unitOnly: h.unitOnly, notMoney: h.notMoney };
    }
    return null;
  }

  // ---------------------------------------------------------------- ranges

  /**
   * The range word before a quote opened at token k: 'at between "two and three times" the
   * price' quotes the range without its first word. Null without such a quote.
   */
  private betweenWordBefore(k: number): Token | null {
    const mark = this.toks.at(k - 1);
    const word = this.toks.at(k - 2);
    if (!mark || !word || mark.type !== Tok.Punct || !QUOTES.has(mark.text)) return null;
    return this.lex.between.has(lower(word)) ? word : null;
  }

  /** The range word before words the language lets stand between it and the first end ("between the ages of 10 and 17"), or null. */
  private betweenWordAcross(k: number): Token | null {
    for (const insert of this.lex.betweenInserts) {
      const at = k - insert.length;
      if (at < 1 || !insert.every((w, j) => this.lowerAt(at + j) === w)) continue;
      const word = this.toks.at(at - 1);
      return word && this.lex.between.has(lower(word)) ? word : null;
    }
    return null;
  }

  /** Is figure a hedged as an approximation, or an estimate word ("perhaps", "vielleicht") one or two words before it? */
  private estimateBefore(a: Figure): boolean {
    if (a.qualifier === 'about') return true;
    const words = this.lex.estimateWords;
    return words.has(this.lowerAt(a.hedgeStart - 1)) || (this.toks.typeAt(a.hedgeStart - 1) === Tok.Word && words.has(this.lowerAt(a.hedgeStart - 2)));
  }

  /** "1,5 bis 2 Prozent", "zwischen 3 und 4 Millionen", "10–12 %", "from 3 to 4 billion", "$779m-798m". */
  private range(a: Figure): number | null {
    const toks = this.toks;
    let at = a.end;
    let conn = toks.at(at);
    if (!conn) return null;
    // "bei den 14- bis 29-Jährigen": the hyphen of an elided compound, then the range word
    const word = toks.at(at + 1);
    const elided = isHyphen(conn) && !conn.space && !!word && word.space && this.lex.rangeWords.has(lower(word));
    if (elided) conn = toks.at(++at)!;
    // "3-to-4 hours": the range word hyphenated to both ends, read as the hyphen itself ("10-to-1", "9-to-5" as "10-1", "9-5")
    const hyphenatedWord = !elided && isHyphen(conn) && !conn.space && !!word && !word.space && word.type === Tok.Word && this.hyphenatedRangeWordAt(at + 1);
    if (hyphenatedWord) {
      conn = word;
      at += 2;
    }
    const cw = lower(conn);
    const before = this.betweenWordBefore(a.hedgeStart) ?? this.betweenWordAcross(a.hedgeStart) ?? toks.at(a.hedgeStart - 1);
    const bw = before ? lower(before) : '';
    const isBetween = this.lex.between.get(bw) === cw;
    const dash = isHyphen(conn);
    const hyphen = dash || hyphenatedWord;
    // "1-800-555-0199", "(1-999-367-3767)": three or more digit groups joined by bare hyphens are a code
    const code = dash && !conn.space && a.core.plain && !a.unit ? this.hyphenChainEnd(at) : -1;
    if (code >= 0) return code;
    // "five or six years", "zwölf oder 13 Jahre": alternatives sharing the unit written once are a range
    // ("fünf, sechs Stunden": two neighbouring whole numbers after a comma too, checked once b is read)
    const paired = !isBetween && cw === ',' && a.core.integer && !a.unit && !a.hasScale && a.value < 100 && !this.listedBefore(a);
    const alternative = !isBetween && (paired || this.lex.alternativeRangeWords.has(cw));
    if (!isBetween && !alternative && !this.lex.rangeWords.has(cw)) return null;
    // the second end, with its own currency sign perhaps ("£415m and £425m"), past a hedge of its
    // own ("von 1.800 bis über 3.000 Euro", "to more than 3,000 euros": still the range's high end)
    let bStart = at + 1;
    if (!alternative) bStart += this.hedgeLengthAt(bStart);
    const savedFloor = this.floor;
    this.floor = at;
    const cp = this.currencyPrefixB(bStart);
    if (cp) bStart = cp[1];
    const coreB = this.readCore(bStart);
    if (!coreB || 'skipTo' in coreB || (dash && (!a.core.digits || !coreB.digits)) || (coreB.weak && !isBetween)) {
      this.floor = savedFloor;
      return null;
    }
    let b = this.figure(coreB, a.currencyPrefix);
    if (paired) {
      if (!coreB.integer || coreB.value !== a.value + 1) {
        this.floor = savedFloor;
        return null;
      }
      // "four, five or six sides": a third alternative after the pair
      b = this.nextAlternative(b) ?? b;
    }
    // (only a bare whole first figure and a second with the unit or scale, or a noun they count: "four or five so I don't know" are two,
    // and so are precise alternatives after a change word, "von 4,5 auf 3,5 oder 3,6 Prozent" (GUIDELINES));
    // ("in fünf oder zehn Jahren aufzuhören", "over the last four or five years": a time's, as the second alone would be)
    if (alternative && (a.unit || a.hasScale || a.currencyPrefix || a.weak || !(b.unit || b.scaled || coreB.hasScale || this.countsNoun(a, b) || this.estimateBefore(a)) ||
      !a.core.integer || !coreB.integer || this.lex.changeWords.has(bw) ||
      // ("von 4 oder 5 auf 3 Prozent": a change's start; "eine Pause von fünf oder sechs Stunden" is a range)
      (this.lex.fromWords.has(bw) && this.lex.levelLinks.has(this.lowerAt(b.end))) ||
      (kindOfUnit(b.unit) === 'duration' && !this.isClaim({ ...a, unit: b.unit, end: b.end })))) {
      this.floor = savedFloor;
      return null;
    }
    // "zwischen 11 und 19 Uhr", "von 8 bis 12 Uhr", "9-5pm": a span of clock times, no figure
    if (!a.unit && !b.unit && !a.hasScale && a.core.digits && coreB.digits && b.value <= 24) {
      const clock = matchPhrase(toks, b.end, this.lex.timeOfDay);
      if (clock) return clock[1];
    }
    // "2014 bis 2022", "zwischen 1942 und 1945", "2013-2015", "1935-37": spans of years are periods
    // ("2003-4", "1998-9": the next year's last digit)
    if (this.yearLike(a) && (this.yearLike(b) || (hyphen && b.core.plain && b.core.intDigits === 2 && !b.unit) ||
      (hyphen && !conn.space && b.core.plain && b.core.intDigits === 1 && !b.unit && b.value === (a.value + 1) % 10))) {
      this.years.push({ start: this.monthStartBefore(a.start), end: a.end, value: a.value });
      return b.end;
    }
    // "zwischen 800 und 600 v. Chr.", "between 500 and 300 BC": years of an era
    if (a.core.digits && b.core.digits && !a.currencyPrefix && this.eraYear(b.end)) return b.end;
    // "rose 21.1% during 2004 to 136,000": a year is no low end of a figure ten times its size
    if (this.yearLike(a) && Math.abs(b.value) >= 10 * a.value) return this.separate(a);
    // "a 2-1 decision", "won 3-0", "a 5-4 ruling": scores and votes ("2:1" never gets here)
    if (hyphen && !a.unit && !b.unit && a.core.plain && b.core.plain && a.value < 100 && b.value < 100 &&
      (a.value >= b.value || this.scoreContext(a.start, b.end))) return b.end;
    // "16-18 December", "vom 16. bis 18. Juni": a span of days
    if (!a.unit && !b.unit && a.core.integer && b.core.integer && a.value <= 31 && b.value <= 31 && this.monthAt(b.end)) return b.end;
    // the second number is something else: "three months to 31 December", "5 Prozent bis 2020"
    if (this.yearLike(b) || (b.core.digits && b.core.integer && b.value <= 31 && this.monthAt(b.end))) return this.separate(a);
    // "a sentence of 16 months to four years", "30 minutes to two hours": durations in two units of one
    // family, the larger second, joined by a range word (no change: "from", "by" or a verb of change
    // before them), are one range in the smaller unit
    if (!isBetween && !hyphen && a.unit && b.unit && a.unit !== b.unit && this.lex.rangeWords.has(cw) &&
      !this.lex.fromWords.has(bw) && !this.lex.changeWords.has(bw) && !this.lex.changeVerbs.has(bw)) {
      const small = DURATION_STEPS[a.unit];
      const large = DURATION_STEPS[b.unit];
      if (small && large && small[0] === large[0] && large[1] > small[1] && b.value * large[1] / small[1] > a.value) {
        // (a time expression is none: "in the next 30 minutes to two hours")
        if (!this.isClaim({ ...a, end: b.end })) return b.end;
        this.emitRaw(a.start, b.end, a.value, b.value * large[1] / small[1], a.unit, 'range', a.hedge, a.precision);
        return b.end;
      }
    }
    if (a.unit && b.unit && a.unit !== b.unit) return this.separate(a);
    // "Kugel: 13,73 m – 200 m: 23,42 Sek.": a spaced dash between two measures, each with its unit,
    // the second a label of the next result (a colon after it), lists them: it spans nothing
    if (hyphen && conn.space && a.unit && b.unit && isPunct(toks.at(b.end), ':')) return this.separate(a);
    if (a.unit && !b.unit && (!hyphen || a.scaled !== b.scaled)) return this.separate(a);
    // a change, not a range: "from £1m to £1.2m", "by 0.25% to 4.5%"
    // (not where a bracketed range converts "by X to Y" of close values: "by $3.8m to $4.9m (£2m to
    // £2.6m)" is one range; "from $3m to $4m (£2m to £3m)", "by $10 to $50 (£8 to £40)" a change and its level)
    if (!isBetween && !hyphen && a.unit && (this.lex.fromWords.has(bw) || this.lex.changeWords.has(bw)) &&
      !(this.lex.changeWords.has(bw) && b.value < 2 * a.value && this.bracketedRangeAt(b.end))) return this.separate(a);
    // a change verb before it: "fell 32 cents to $51.43", "jumped $2bn to $9.5bn" are the change and the new level;
    // percentages only far apart ("rose 2% to 3%" is a range), and then also past the verb's object
    // ("lifted interest rates 0.25% to 5.5%")
    if (!isBetween && !hyphen && a.unit && b.unit === a.unit) {
      const percent = kindOfUnit(a.unit) === 'percent';
      const farApart = Math.abs(b.value) >= 5 * Math.abs(a.value);
      const changed = this.lex.changeVerbs.has(bw) || (!percent && this.restatesChange(a.hedgeStart));
      if (changed ? !percent || farApart : percent && farApart && this.rateChangedBefore(a.hedgeStart - 1)) return this.separate(a);
    }
    // "rose by 0.5 to 54.1 points": a bare change and a level in points far above it (no scale written
    // once for both, no percentage: "rose by 5 to 10%" is a range)
    if (!isBetween && !hyphen && !a.unit && !a.hasScale && b.unit && !b.scaled && !coreB.hasScale && kindOfUnit(b.unit) !== 'percent' &&
      (this.lex.changeWords.has(bw) || this.lex.changeVerbs.has(bw)) && Math.abs(b.value) >= 5 * Math.abs(a.value)) {
      this.lendUnit(a, b, coreB.value);
      return this.separate(a);
    }
    // "fell 11,000 to 813,200", "up 23,600 to 27,700": bare counts in digits right after a change verb,
    // joined by the word of a new level, are the change (or the earlier level) and the new level; after
    // "by" only far apart, as above ("rose by 2,000 to 3,000" may be the change's range). Not with a
    // counted noun after them: "add 150,000 to 200,000 jobs", "cut 2,000 to 3,000 jobs" are the verb's
    // object, a range; nor "um 10.000 bis 50.000 steigen" ("bis" joins no level)
    if (!isBetween && !hyphen && !alternative && !a.unit && !b.unit && !a.hasScale && !a.scaled && !b.scaled && !coreB.hasScale &&
      a.core.digits && coreB.digits && this.lex.levelLinks.has(cw) && !this.countedNounAfter(b.end, a, b, bw) && (this.lex.changeVerbs.has(bw) ||
        (this.lex.changeWords.has(bw) && Math.abs(b.value) >= 5 * Math.abs(a.value)))) {
      return this.separate(a);
    }
    // the unit and scale written once hold for both ends ("1,5 bis 2 Prozent", "3 to 4 billion")
    const unit = a.unit || b.unit;
    let low = a.value;
    let lowPrecision = a.precision;
    // "10- bis 15.000 Besucher": the elided thousands of the low end
    if (elided && Number.isInteger(a.value) && a.value < 1000 && b.value >= 1000 && b.value % 1000 === 0 && a.value * 1000 <= b.value) {
      low *= 1000;
      lowPrecision *= 1000;
    }
    if (!a.hasScale && b.scaled && (!a.unit || a.unit === b.unit)) {
      low *= b.scale;
      lowPrecision *= b.scale;
    } else if (!a.hasScale && !a.scaled && !b.scaled && (coreB.hasScale || (!coreB.digits && !a.core.digits && a.value < 100)) &&
      (!a.unit || a.unit === b.unit)) {
      // "drei bis vier Millionen", "two to three billion", "zwei bis dreitausend": the scale ends the spelled second number
      const scale = this.scaleEndingCore(coreB);
      // ("eins bis hundert", "one to a million": the scale alone is no multiple)
      if (scale > 1 && low * scale <= b.value && b.value >= 2 * scale) {
        low *= scale;
        lowPrecision *= scale;
      }
    }
    // "from 4.5 to 3.5 per cent", "rose from 12 to 15 million": a change from the bare first level
    // to the second, which lends it its unit; not a range
    // ("zwischen 64 und 50 Prozent" is a range printed high end first)
    // ("increased the number of flight attendants based in London from 370 to 870": past the verb's object)
    const fromChange = !a.unit && this.lex.fromWords.has(bw) && this.changeVerbInClause(a.hedgeStart - 2);
    if ((low > b.value && !isBetween) || fromChange) {
      // ("fell from 36 to just 21 days": a duration only from the level a change starts at)
      this.lendUnit(a, b, coreB.value, fromChange);
      return this.separate(a);
    }
    const hedge = isBetween ? this.text.slice(before!.start, before!.end) : a.hedge;
    if (!unit && this.isNonClaimContext(a, a.start)) return b.end;
    // "in the next one to two weeks", "vor zwei bis drei Jahren": a range of durations in a time expression is none
    // (a weak low end is strong in a range: "it takes one to two years", "ein bis zwei Jahre")
    if (unit && kindOfUnit(unit) === 'duration' && !isBetween && !this.isClaim({ ...a, unit, end: b.end, weak: false })) return b.end;
    this.emitRaw(a.start, b.end, Math.min(low, b.value), Math.max(low, b.value), unit, 'range', hedge, Math.max(lowPrecision, b.precision));
    return b.end;
  }

  /** Is token k the range word of "3-to-4", "three-to-four" (a bare hyphen on each side, a number before the first)? */
  private hyphenatedRangeWordAt(k: number): boolean {
    return this.lex.rangeWords.has(this.lowerAt(k)) && this.bareHyphenAt(k - 1) && (this.toks.typeAt(k - 2) === Tok.Num || this.lex.cardinals.has(this.lowerAt(k - 2)));
  }

  /**
   * Where a span of two 24-hour clock times written as four digits ends that starts at token i
   * ("2200 and 0700", "0900 to 1730", "2300-0600"): both valid times, one with a leading zero (which
   * no count or year has), joined by a range word or the connector of "between"; 0 for none.
   */
  private clockSpanEnd(i: number): number {
    const toks = this.toks;
    // (asked for every number: the type column first, before a token's text is made)
    if (toks.typeAt(i + 2) !== Tok.Num) return 0;
    const a = toks.at(i)!;
    const b = toks.at(i + 2)!;
    const conn = toks.at(i + 1)!;
    if (!HHMM.test(a.text) || !HHMM.test(b.text)) return 0;
    if (a.text.charCodeAt(0) !== 48 && b.text.charCodeAt(0) !== 48) return 0;
    const w = lower(conn);
    const linked = this.lex.rangeWords.has(w) || this.lex.between.get(this.lowerAt(i - 1)) === w;
    return linked ? i + 3 : 0;
  }

  /** Is the number word at tokens [s, e) capitalised and hyphenated to a capitalised word that starts no unit ("Four-Kings", not "Two-Year")? */
  private hyphenatedName(s: number, e: number): boolean {
    const first = this.toks.at(s)!;
    const next = this.toks.at(e + 1);
    if (first.type !== Tok.Word || first.text === lower(first) || !this.bareHyphenAt(e) || !next || next.type !== Tok.Word) return false;
    const w = lower(next);
    return next.text[0] !== w[0] && !this.mayStartUnit(e + 1) && !this.lex.scales.map.has(w) && !this.lex.cardinals.has(w);
  }

  /** A hyphen at token k with no space on either side ("to" in "3-to-4" is between two). */
  private bareHyphenAt(k: number): boolean {
    const t = this.toks.at(k);
    const next = this.toks.at(k + 1);
    return isHyphen(t) && !t!.space && !!next && !next.space;
  }

  /**
   * Where a chain of digit groups joined by bare hyphens ends when the hyphen at token k starts its
   * second link or later ("1-800-555-0199": two or more hyphens after the first group); -1 for none.
   */
  private hyphenChainEnd(k: number): number {
    const toks = this.toks;
    let links = 0;
    let at = k;
    for (;;) {
      const h = toks.at(at);
      const n = toks.at(at + 1);
      if (!h || !isHyphen(h) || h.space || !n || n.type !== Tok.Num || n.space) break;
      links++;
      at += 2;
    }
    // ("dpa:240812-99-123456/3": a slash and a last group belong to the code)
    if (links >= 2 && isPunct(toks.at(at), '/') && !toks.at(at)!.space && toks.typeAt(at + 1) === Tok.Num && !toks.at(at + 1)!.space) at += 2;
    return links >= 2 ? at : -1;
  }

  /**
   * A counted noun at token k, or past one lower-case attribute after a verb with an object or
   * where the two figures are close enough to be a range's ends ("add 10,000 to 50,000 new jobs",
   * "cut 2,000 to 3,000 full-time staff"; "rose 2,000 to 30,000 registered users" is a change and
   * a new level)?
   */
  private countedNounAfter(k: number, a: Figure, b: Figure, verb: string): boolean {
    if (this.countedNounAt(k)) return true;
    // ("add 10,000 to 50,000 new jobs": a verb with an object counts it whatever the ends)
    if (!this.lex.objectChangeVerbs.has(verb) && Math.abs(b.value) >= 5 * Math.abs(a.value)) return false;
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word || isCapitalised(t) || this.lex.functionWords.has(lower(t))) return false;
    // (a hyphenated attribute: "full-time", "part-time")
    let next = k + 1;
    const h = this.toks.at(next);
    if (h && isHyphen(h) && !h.space && this.toks.typeAt(next + 1) === Tok.Word) next += 2;
    return this.countedNounAt(next);
  }

  /** "strike for one day": a lead word before "one" and a unit it counts (Lexicon.durationLeads). */
  private countedDuration(f: Figure): boolean {
    const leads = this.lex.durationLeads;
    return leads.units.has(f.unit) && leads.words.has(this.lowerAt(f.hedgeStart - 1));
  }

  /** Does a counted noun stand at token k: a plural or a known count noun ("jobs", "people"; not "according", "yesterday")? */
  private countedNounAt(k: number): boolean {
    const t = this.toks.at(k);
    return !!t && t.type === Tok.Word && (this.lex.countNouns.has(lower(t)) || (this.looksPlural(k) && !this.lex.functionWords.has(lower(t))));
  }

  /**
   * "two or three warning letters", "vier, fünf Teams": two whole alternatives, the second one
   * more (or a few more) than the first, before a noun they count: a range like "five or six years".
   */
  private countsNoun(a: Figure, b: Figure): boolean {
    // (close alternatives only: "120 oder 240 Bildern" are two settings, "five or ten years" no range;
    // four plain digits may be years, "1,500 or 2,000 workers" with separators are not)
    if (b.unit || b.scaled || !a.core.integer || !b.core.integer || b.value <= a.value || b.value > a.value + Math.max(2, a.value / 2) || (b.value >= 1000 && b.core.plain)) return false;
    const next = this.toks.at(b.end);
    return !!next && next.type === Tok.Word && !this.lex.functionWords.has(lower(next)) &&
      // (English: a capitalised word is a name, "four or five Nations titles" counts nothing it names)
      (this.lex.numberedLabels.capitalisedNouns || !isCapitalised(next));
  }

  /** Is the figure the second or later item of a comma list of numbers ("3, 4, 5 Punkte")? */
  private listedBefore(a: Figure): boolean {
    return isPunct(this.toks.at(a.hedgeStart - 1), ',') && this.numberAt(a.hedgeStart - 2) && !this.lex.articles.has(this.lowerAt(a.hedgeStart - 2));
  }

  /**
   * After a pair "four, five": a third alternative one more, after "or"/"oder" ("four, five or six
   * sides"), read as the pair's high end; null when there is none.
   */
  private nextAlternative(b: Figure): Figure | null {
    // ("drei, vier, fünf Kleinkinder": the list goes on with commas, one more each time)
    for (let n = 0; n < 4; n++) {
      const or = this.lex.alternativeRangeWords.has(this.lowerAt(b.end));
      if (!or && !isPunct(this.toks.at(b.end), ',')) return n > 0 ? b : null;
      const core = this.readCore(b.end + 1);
      if (!core || 'skipTo' in core || !core.integer || core.value !== b.value + 1) return n > 0 ? b : null;
      b = this.figure(core, false);
      if (or) return b;
    }
    return b;
  }

  /**
   * The factor of a scale word that ends a number read with its scale: "vier Millionen", "four
   * hundred", or the end of a compound ("dreitausend", "vierhundert"); else 1.
   */
  private scaleEndingCore(core: Core): number {
    const m = matchPhrase(this.toks, core.e - 1, this.lex.scales);
    if (m && m[1] === core.e) return m[0];
    const last = this.lowerAt(core.e - 1);
    let factor = 1;
    for (const [word, value] of this.lex.cardinals) {
      if ((value === 100 || value === 1000) && value > factor && last.endsWith(word)) factor = value;
    }
    return factor;
  }

  /** The spaced dash that opens an aside ending at token k (inclusive), within ASIDE_REACH tokens; -1 for none. */
  private asideDashBefore(k: number): number {
    for (let n = 0; n < ASIDE_REACH && k > 0; n++, k--) {
      const t = this.toks.at(k);
      if (isSpacedDash(t, this.toks.at(k + 1))) return k;
      if (!t || (t.type !== Tok.Word && !isHyphen(t))) return -1;
    }
    return -1;
  }

  /** Does a verb of change stand before token k (inclusive) in its clause, with only words between (a dozen at most)? */
  private changeVerbInClause(k: number): boolean {
    for (let n = 0; n < CHANGE_OBJECT_REACH && k >= 0; n++, k--) {
      const t = this.toks.at(k);
      // "double the number of its hotspots - places where wi-fi is available - from 12,300 to 20,000":
      // an aside between spaced dashes is passed over, uncounted
      if (isSpacedDash(t, this.toks.at(k + 1))) {
        const open = this.asideDashBefore(k - 1);
        if (open < 0) return false;
        k = open;
        n--;
        continue;
      }
      if (!t || t.type !== Tok.Word) return false;
      if (this.lex.changeVerbs.has(lower(t))) return true;
    }
    return false;
  }

  /**
   * "rose more than 6%, or 16.75 pence to 293.5p": does the figure starting at token `start` say again,
   * after "or", the change a percentage before it gave, right after a verb of change (past a hedge)?
   */
  private restatesChange(start: number): boolean {
    let k = start - 1;
    if (!this.lex.alternativeRangeWords.has(this.lowerAt(k))) return false;
    k--;
    if (isPunct(this.toks.at(k), ',')) k--;
    if (!isPunct(this.toks.at(k), '%') || this.toks.typeAt(k - 1) !== Tok.Num) return false;
    k -= 2;
    // ("rose more than 6%": past a hedge of up to three words)
    for (let n = 0; n < 4 && k >= 0 && this.toks.typeAt(k) === Tok.Word; n++, k--) {
      if (this.lex.changeVerbs.has(this.lowerAt(k))) return true;
    }
    return false;
  }

  /**
   * Does a verb of change stand at most CHANGE_VERB_REACH words before token k (inclusive),
   * with only words between, one of them a rate ("lifted interest rates", "raised its key rate")?
   */
  private rateChangedBefore(k: number): boolean {
    let rate = false;
    for (let n = 0; n < CHANGE_VERB_REACH && k >= 0; n++, k--) {
      const t = this.toks.at(k);
      if (!t || t.type !== Tok.Word) return false;
      const w = lower(t);
      if (this.lex.changeVerbs.has(w)) return rate;
      if (this.lex.rateNouns.has(w)) rate = true;
    }
    return false;
  }

  /**
   * "between $30,000 (£16,000) and $50,000 (£27,000)": both ends of a between-range carry a
   * conversion in brackets; two ranges, one per currency. Returns the token after the last
   * bracket, or null.
   */
  private convertedBetween(a: Figure): number | null {
    const toks = this.toks;
    if (!a.unit || !isPunct(toks.at(a.end), '(')) return null;
    const before = toks.at(a.hedgeStart - 1);
    const partner = before ? this.lex.between.get(lower(before)) : undefined;
    if (!partner) return null;
    const saved = this.floor;
    const read = (s: number, hint: boolean): Figure | null => {
      this.floor = s;
      const cp = this.currencyPrefixB(s);
      const core = this.readCore(cp ? cp[1] : s);
      if (!core || 'skipTo' in core || core.weak) return null;
      const f = this.figure(core, hint);
      return f.unit ? f : null;
    };
    const conversion = (open: number): Figure | null => {
      const f = read(open + 1, false);
      return f && isPunct(toks.at(f.end), ')') ? f : null;
    };
    const c = conversion(a.end);
    const b = c && this.lowerAt(c.end + 1) === partner ? read(c.end + 2, a.currencyPrefix) : null;
    const d = b && b.unit === a.unit && isPunct(toks.at(b.end), '(') ? conversion(b.end) : null;
    this.floor = saved;
    if (!c || !b || !d || d.unit !== c.unit || a.value > b.value || c.value > d.value) return null;
    const hedge = this.text.slice(before!.start, before!.end);
    this.emitRaw(a.start, b.end, a.value, b.value, a.unit, 'range', hedge, Math.max(a.precision, b.precision));
    this.emitRaw(c.start, d.end, c.value, d.value, c.unit, 'range', hedge, Math.max(c.precision, d.precision));
    return d.end + 1;
  }

  /**
   * "303 Stunden und 13 Minuten", "2 hours and 15 minutes": one duration, in the smaller unit
   * (as "1:41 Stunden" is 101 minutes). Returns the token after it, or null.
   */
  private compoundDuration(a: Figure): number | null {
    let big = a.unit ? DURATION_STEPS[a.unit] : undefined;
    if (big === undefined || !a.core.integer) return null;
    // "3 Tagen 14 Stunden und 44 Minuten", "two hours, 23 minutes and 10 seconds": each part smaller than the one before
    let value = a.value;
    let last: Figure | null = null;
    let end = a.end;
    const saved = this.floor;
    for (let step = 0; step < 3; step++) {
      const w = this.lowerAt(end);
      const k = this.lex.andWords.has(w) || isPunct(this.toks.at(end), ',') ? end + 1 : end;
      this.floor = k;
      const core = this.readCore(k);
      // ("16 Jahren und einem Monat": an article before a smaller unit is one of it)
      const b = core && !('skipTo' in core) && (!core.weak || !core.hasScale) ? this.figure(core, false) : null;
      const small = b?.unit ? DURATION_STEPS[b.unit] : undefined;
      if (!b || small === undefined || b.hedge || small[0] !== big[0] || small[1] >= big[1]) break;
      value = value * (big[1] / small[1]) + b.value;
      big = small;
      last = b;
      end = b.end;
      if (!b.core.integer) break;
    }
    this.floor = saved;
    // "ein Jahr und sechs Monate": an article's "ein Jahr" is no figure alone, the whole is
    if (!last || !(a.weak ? !this.lex.relativeBefore.has(this.lowerAt(a.hedgeStart - 1)) && this.isClaim(last) : this.isClaim(a))) return null;
    this.emitRaw(a.start, last.end, value, null, last.unit, a.qualifier, a.hedge, last.precision);
    return last.end;
  }

  /**
   * "nach 8:14:40 Stunden", "1:41 Stunden", "3:03 Minuten Vorsprung", "1:14,607 Minuten", a
   * results list's bare "(GER) 8:17:43": race and match times in clock notation, emitted in the
   * smallest unit they write (h:mm:ss and m:ss in seconds, h:mm in minutes). Tokens [i, k) are
   * the parts and their colons, written without spaces ("Variante 2: 30 Minuten" is a label and a
   * figure). Two parts without a unit word stay scores, ratios and clock times ("0:1", "18:30",
   * "20:45 h"); three parts without one are a time only after a closing bracket, a word of
   * lex.durationBefore ("in 2:05:30") or another such time of the sentence, never a time of day
   * ("Die Uhr zeigte 23:59:59", "mit 35:20:10 Stimmen"); with fractions of a second ("7:51.34")
   * always a time. A "+" glued before it makes any of
   * them a gap to the winner ("Katjuscha +11:37"), and after such a gap or an m:ss with its unit
   * a bare m:ss in a results list's entry goes on the list ("... +11:37 – 138. Mühlberger 12:53";
   * not a score, "stand es bereits 10:12"). Returns where reading goes on, or null.
   */
  private clockDuration(i: number, k: number): number | null {
    const toks = this.toks;
    const parts = (k - i + 1) / 2;
    if (parts !== 2 && parts !== 3) return null;
    const first = toks.at(i)!.text;
    if (!/^(?:0|[1-9]\d{0,2})$/.test(first)) return null;
    let total = Number(first);
    let decimals = 0;
    for (let p = i + 2; p < k; p += 2) {
      if (toks.at(p - 1)!.space || toks.at(p)!.space) return null;
      const text = toks.at(p)!.text;
      const last = p === k - 1;
      // two digits below 60; only the last part may have a decimal fraction ("14,607")
      if (!/^[0-5]\d/.test(text) || (text.length > 2 && !(last && text[2] === this.lex.decimalMark && /^\d{1,3}$/.test(text.slice(3))))) return null;
      if (text.length > 2) decimals = text.length - 3;
      total = total * 60 + Number(text.slice(0, 2)) + (decimals ? Number(`0.${text.slice(3)}`) : 0);
    }
    const f = this.figure(makeCore(i, k, total, 0.5 * 10 ** -decimals, true, true, first.length, false, false, false), false);
    // "18:30 Uhr", "kurz nach 22:30 h", "um 14:30:00 h": a time of day; "in 2:01:09 h" a race time (three
    // parts, not after a word of lex.clockBefore)
    if (matchPhrase(toks, k, this.lex.timeOfDay) && !(f.unit === 'hour' && parts === 3 && !this.lex.clockBefore.has(this.lowerAt(i - 1)))) return null;
    // the unit word names the first part: h:mm(:ss) "Stunden", m:ss "Minuten"
    let unit: string;
    const gap = isPunct(toks.at(i - 1), '+') && !toks.at(i)!.space;
    if (f.unit === 'hour') unit = parts === 2 ? 'minute' : 'second';
    else if (f.unit === 'minute' && parts === 2) unit = 'second';
    else if (f.unit === '' && parts === 3 && !decimals && (gap || this.timeExpectedBefore(i))) unit = 'second';
    else if (f.unit === '' && parts === 2 && !decimals && (gap || (this.minuteTimes > 0 && total < 3600 && this.listEntryBefore(i)))) unit = 'second';
    // fractions of a second make a race time of a bare m:ss ("won in 7:51.34"): no score or ratio is
    // written with them; three parts as above, and never after a clock word ("at 10:15:30.5", "um 12:30,5")
    else if (f.unit === '' && decimals > 0 && (parts === 2 || gap || this.timeExpectedBefore(i)) && !this.lex.clockBefore.has(this.lowerAt(i - 1))) unit = 'second';
    else return null;
    f.unit = unit;
    f.value = total;
    f.precision = 0.5 * 10 ** -decimals;
    if (this.isClaim(f)) {
      this.emit(f, f.value, null);
      this.clockTimes++;
      if (parts === 2 && unit === 'second') this.minuteTimes++;
    }
    return f.end;
  }

  /** Is the figure written as an adjective, with a hyphen among its tokens ("five-month", "12-Monats")? */
  private hyphenInside(f: Figure): boolean {
    for (let k = f.start + 1; k < f.end; k++) if (isHyphen(this.toks.at(k))) return true;
    return false;
  }

  /** Is the figure written in clock notation ("7:51.34", "1:41 Stunden"): a colon among its number's tokens? */
  private clockNotation(f: Figure): boolean {
    for (let k = f.core.s + 1; k < f.core.e; k++) if (isPunct(this.toks.at(k), ':')) return true;
    return false;
  }

  /**
   * Does a results list's entry open within a few tokens before token i ("138. Gregor Mühlberger
   * (AUT) Bora 12:53": a place, a point)? A score in running text has none ("stand es bereits 10:12").
   */
  private listEntryBefore(i: number): boolean {
    for (let k = i - 1; k >= 1 && k >= i - LIST_ENTRY_REACH; k--) {
      if (this.toks.typeAt(k - 1) === Tok.Num && isPunct(this.toks.at(k), '.') && /^\d{1,3}$/.test(this.toks.at(k - 1)!.text)) return true;
    }
    return false;
  }

  /** Does a race time stand before token i: a closing bracket ("(GER) 8:17:43"), a word of lex.durationBefore, or an earlier time of the sentence? */
  private timeExpectedBefore(i: number): boolean {
    return this.clockTimes > 0 || isPunct(this.toks.at(i - 1), ')') || this.lex.durationBefore.has(this.lowerAt(i - 1));
  }

  /** A month name starts at token k ("31 December", "4 May"; English months only capitalised). */
  private monthAt(k: number): boolean {
    const m = this.toks.at(k);
    return !!m && (this.lex.lang !== 'en' || isCapitalised(m)) && matchPhrase(this.toks, k, this.lex.months) !== null;
  }

  private currencyPrefixB(k: number): [string, number] | null {
    // the currency prefix of the second end: "£415m and £425m"
    const toks = this.toks;
    for (let len = this.lex.currencyPrefixes.maxTokens; len >= 1; len--) {
      const last = k + len - 1;
      if (!toks.at(last + 1) || toks.at(last + 1)!.type !== Tok.Num) continue;
      const cp = this.currencyPrefixEndingAt(last);
      if (cp && cp[1] === k) return [cp[0], last + 1];
    }
    return null;
  }

  /**
   * "69 bzw. 159 Euro", "30, 40 Prozent", "zwei oder drei Prozent": numbers listed before
   * a unit written once all carry it. Follows the list up to a few items.
   */
  private shareListUnit(a: Figure): void {
    if (a.unit || this.yearLike(a) || a.weak || this.isWhole(a)) return;
    const saved = this.floor;
    let k = a.end;
    // "von 74 auf 79 Prozent", "26 gegenüber 20 Prozent": the other level of a change or comparison;
    // with a scale word of its own also the change before the new level ("um acht Milliarden auf 127,5 Milliarden Euro")
    const pair = matchPhrase(this.toks, k, this.lex.pairWords);
    const before = this.lowerAt(a.hedgeStart - 1);
    // (and a bare change before a level in points or money: "um 0,5 auf 54,1 Punkte"; not before a
    // percentage, where the change is in percentage points)
    const change = this.lex.changeWords.has(before);
    if (pair && (!pair[0] || this.lex.fromWords.has(before) || change)) {
      const at = pair[0] ? pair[1] : this.pastArticleAndModifiers(pair[1]);
      const core = this.readCore(at);
      if (core && !('skipTo' in core) && !core.weak) {
        this.floor = at;
        const b = this.figure(core, false);
        // "von 4,5 auf 3,5 oder 3,6 Prozent": the second level may itself share a listed unit
        if (!b.unit) this.shareListUnit(b);
        this.floor = saved;
        // ("um 0,5 statt 0,4 Prozent": a comparison pairs two changes alike, percent too)
        const lends = !change || !pair[0] || a.hasScale || this.lex.fromWords.has(before) || (b.unit !== '' && kindOfUnit(b.unit) !== 'percent');
        // ("von 36 auf 21 Tage": the start level of a change takes a duration too, as in lendUnit's English path)
        const fromChange = pair[0] && this.lex.fromWords.has(before);
        if (lends && !this.yearLike(b)) this.lendUnit(a, b, core.value, fromChange);
      }
      return;
    }
    if (a.hasScale) return;
    for (let step = 0; step < 4; step++) {
      const conn = matchPhrase(this.toks, k, this.lex.listWords);
      if (!conn) break;
      // "360.000 bzw. etwa 1 Mio. Euro": an alternative may carry its own hedge
      const alternative = this.lex.alternativeListWords.size > 0 &&
        this.lex.alternativeListWords.has(this.text.slice(this.toks.startAt(k), this.toks.endAt(conn[1] - 1)).toLowerCase());
      let at = conn[1];
      if (alternative) {
        for (let p = conn[1] + 1; p <= conn[1] + 3; p++) {
          if (this.hedgeEndingAt(p - 1)?.start === conn[1]) { at = p; break; }
        }
      }
      const core = this.readCore(at);
      if (!core || 'skipTo' in core || core.weak) break;
      this.floor = conn[1];
      const b = this.figure(core, false);
      if (b.hedge && !alternative) break;
      // a pair in words and digits at once ("vor zwölf oder 18 Monaten", "um drei bzw. 8,5 Prozent") only
      // right before the unit, joined by a word (not "men until 78, four years longer"), the first whole
      if (core.digits !== a.core.digits && !(b.unit && !b.scaled && a.core.integer && !a.hasScale &&
        this.toks.typeAt(k) === Tok.Word)) break;
      if (b.unit) {
        // a later figure of a list already seen keeps that list's start
        if (!this.inUnitList(a.start)) this.unitListStart = a.hedgeStart;
        this.unitListEnd = b.end;
        let factor = core.value ? Math.abs(b.value / core.value) : b.scale;
        let scale = b.scale;
        // a figure written out in thousands takes the unit, not the alternative's scale
        if (alternative && b.scale >= 1000 && Math.abs(a.value) >= 1000 && Math.abs(core.value) < 1000) { factor /= b.scale; scale = 1; }
        a.unit = b.unit;
        a.value *= factor;
        a.precision *= scale;
        a.hasScale = scale > 1 && b.hasScale;
        break;
      }
      if (b.hasScale || this.yearLike(b)) break;
      k = b.end;
    }
    this.floor = saved;
  }

  /** Does token k lie inside the last list of figures sharing one unit (see unitListStart)? */
  private inUnitList(k: number): boolean {
    return k >= this.unitListStart && k < this.unitListEnd;
  }

  /**
   * "Die Preise stiegen um 5 Prozent, die Löhne um drei.", "Exports rose by 4%, imports by 2.":
   * a bare figure after the same change word as an earlier figure of the sentence, with no
   * noun of its own after it, is in that figure's unit.
   */
  private parallelUnit(a: Figure): void {
    if (a.unit || a.hasScale || a.weak || a.core.article || this.yearLike(a)) return;
    if (this.followedCue) this.followedUnit(a, this.followedCue);
    if (a.unit || !this.changeCues.length) return;
    const next = this.toks.at(a.end);
    if (next && next.type !== Tok.Punct) return;
    if (next && !(isPunct(next, ',') || isPunct(next, ';') || isPunct(next, ')') || this.isSentenceEnd(a.end))) return;
    const word = this.lowerAt(a.hedgeStart - 1);
    if (this.lex.changeWords.has(word)) this.lendCueUnit(a, this.changeCues, word);
  }

  /** Gives `a` the unit of the last of `cues` before it that has `word`, if one has. */
  private lendCueUnit(a: Figure, cues: readonly UnitCue[], word: string): void {
    for (let r = cues.length - 1; r >= 0; r--) {
      const c = cues[r]!;
      if (c.end > a.hedgeStart || c.word !== word) continue;
      a.unit = c.unit;
      a.value *= c.factor;
      a.precision *= c.factor;
      return;
    }
  }

  /**
   * "0,30 Sekunden vor Jansrud und 0,70 vor Fayed": a bare figure after "und"/"and" (or a comma)
   * followed by the same function word as the figure with a unit read just before it takes that unit.
   */
  private followedUnit(a: Figure, cue: UnitCue): void {
    const next = this.toks.at(a.end);
    if (!next || next.type !== Tok.Word) return;
    const before = this.toks.at(a.hedgeStart - 1);
    if (!before || !(isPunct(before, ',') || (before.type === Tok.Word && this.lex.andWords.has(lower(before))))) return;
    const word = lower(next);
    // ("40% of the men and 300 of the 1,000 women": a partitive after each is no shared unit)
    if (this.lex.partitive.has(word) || cue.word !== word || cue.end > a.hedgeStart) return;
    a.unit = cue.unit;
    a.value *= cue.factor;
    a.precision *= cue.factor;
  }

  /**
   * "rose to 81 days from 53 in the summer", "stieg auf 4,5 Prozent von 3,9 im Vorjahr": a bare
   * figure after the from-word right behind a percentage or duration is its earlier level, in its
   * unit (nothing counted after it; amounts are left alone: their scale may be written once).
   */
  private fromLevelUnit(a: Figure): void {
    if (a.unit || a.weak || a.core.article || this.yearLike(a) || this.found === 0) return;
    const from = this.toks.at(a.hedgeStart - 1);
    if (!from || from.type !== Tok.Word || !this.lex.fromWords.has(lower(from))) return;
    if (!this.endsLastFigure(this.toks.at(a.hedgeStart - 2))) return;
    // the figure before is the level reached ("to 81 days"), not a change ("fell by 23% from 36,185")
    const level = OUT[this.found - 1]!;
    if (!this.lex.levelLinks.has(this.lowerAt(this.tokenStartingAt(level.aStart, a.hedgeStart - 2) - 1))) return;
    const unit = level.unit;
    const kind = kindOfUnit(unit);
    // (an amount with its own scale, "to $15bn from 12bn": earlierAmountUnit)
    if (a.hasScale || (kind !== 'percent' && kind !== 'duration') || this.countedAfter(a)) return;
    a.unit = unit;
  }

  /**
   * "climbed to 43.305 per US dollar on Thursday, up from a close of 43.41", "rose to 5.2%, down from
   * 5.4": a bare figure after a comma, a direction and a from-word (a noun of a level may stand
   * between: "a close of") is the earlier level of the last figure, when that was a level reached
   * (after a level link), in its unit. An amount in money only without a scale on either and within
   * twofold (a scale written once may belong to both: left alone).
   */
  private earlierLevelUnit(a: Figure): void {
    if (a.unit || a.hasScale || a.weak || a.core.article || this.yearLike(a) || this.found === 0) return;
    const { directions, heads } = this.lex.earlierLevel;
    if (!directions.size) return;
    let k = a.hedgeStart - 1;
    // ("a close of", "an intraday high of")
    if (this.lex.partitive.has(this.lowerAt(k)) && heads.has(this.lowerAt(k - 1))) {
      k -= 2;
      if (this.lex.articles.has(this.lowerAt(k)) || this.lex.referential.has(this.lowerAt(k))) k--;
    }
    if (!this.lex.fromWords.has(this.lowerAt(k)) || !directions.has(this.lowerAt(k - 1)) || !isPunct(this.toks.at(k - 2), ',')) return;
    const level = OUT[this.found - 1]!;
    if (!level.unit || level.aEnd > this.toks.startAt(k - 2)) return;
    if (!this.lex.levelLinks.has(this.lowerAt(this.tokenStartingAt(level.aStart, k - 2) - 1))) return;
    const kind = kindOfUnit(level.unit);
    if (kind !== 'percent' && kind !== 'duration' && kind !== 'currency') return;
    if (kind === 'currency') {
      const ratio = level.value ? Math.abs(a.value / level.value) : 0;
      if (ratio < 0.5 || ratio > 2 || Math.abs(level.value) >= 1000) return;
    }
    // ("up from 12 stores": something else counted)
    if (this.countedAfter(a)) return;
    a.unit = level.unit;
  }

  /** The amount of money a figure is the earlier level of (amountBeforeFrom) or adds to (amountAdded). */
  private amountContinued(hedgeStart: number): Mention | null {
    return this.amountBeforeFrom(hedgeStart) ?? this.amountAdded(hedgeStart);
  }

  /**
   * The sentence's last amount of money when an addition word stands right before the figure
   * ("1bn euros now, with another 550m to follow", "a further 200m"): the figure is more of it.
   */
  private amountAdded(hedgeStart: number): Mention | null {
    if (this.found === 0 || !this.lex.amountAdditions.has(this.lowerAt(hedgeStart - 1))) return null;
    const last = OUT[this.found - 1]!;
    return kindOfUnit(last.unit) === 'currency' ? last : null;
  }

  /**
   * The amount of money that a figure after a from-word follows, a comma, a direction and the
   * amount's conversions in brackets allowed between: "77m euros, up from 38m", "fell to $500m from
   * 700m", "77m euros (£53m; $100m), up from 38m". That figure is the amount's earlier level: after
   * millions or more, its scale letter is a scale (million, not metres).
   */
  private amountBeforeFrom(hedgeStart: number): Mention | null {
    if (this.found === 0 || !this.lex.fromWords.has(this.lowerAt(hedgeStart - 1))) return null;
    let k = hedgeStart - 2;
    if (this.lex.earlierLevel.directions.has(this.lowerAt(k))) k--;
    if (isPunct(this.toks.at(k), ',')) k--;
    if (isPunct(this.toks.at(k), ')')) {
      const open = k;
      while (k > open - CONVERSIONS_REACH && k > 0 && !isPunct(this.toks.at(k), '(')) k--;
      if (!isPunct(this.toks.at(k), '(')) return null;
      k--;
    }
    const end = this.toks.at(k);
    if (!end) return null;
    for (let r = this.found - 1; r >= 0; r--) {
      const level = OUT[r]!;
      if (level.aEnd === end.end) return kindOfUnit(level.unit) === 'currency' ? level : null;
      if (level.aEnd < end.end) return null;
    }
    return null;
  }

  /**
   * "77m euros, up from 38m", "fell to $500m from 700m", "to 1,546 trillion rials from 1,070 trillion":
   * a figure with a scale of its own and no unit after a from-word is the earlier level of the amount
   * before it (amountBeforeFrom), in its currency, when within tenfold of it ("fell to $500m from
   * 1.2bn" too) and nothing counted follows ("up from 38m customers"); so is one after an addition
   * word ("another 550m due in May": amountAdded) with no plural after it ("another 2m shares").
   */
  private earlierAmountUnit(a: Figure): void {
    if (a.unit || !a.hasScale || a.weak || a.core.article) return;
    const earlier = this.amountBeforeFrom(a.hedgeStart);
    const level = earlier ?? this.amountAdded(a.hedgeStart);
    const ratio = level?.value ? Math.abs(a.value / level.value) : 0;
    if (!level || ratio < 0.1 || ratio > 10) return;
    if (earlier ? this.countedAfter(a) : this.toks.typeAt(a.end) === Tok.Word && this.looksPlural(a.end)) return;
    a.unit = level.unit;
  }

  /** Is a word right after the figure something it counts ("up from 12 stores"), no function word? */
  private countedAfter(a: Figure): boolean {
    const next = this.toks.at(a.end);
    return !!next && next.type === Tok.Word && !this.lex.functionWords.has(lower(next));
  }

  /**
   * "from 24 weeks to 20", "von 24 Wochen auf 20 verkürzt": a bare figure after a level link
   * (levelLinks) that follows "from/von" and a percentage or duration is the new level in the
   * same unit, when nothing counted follows it. (fromLevelUnit reads the order "to 81 days from 90".)
   */
  private toLevelUnit(a: Figure): void {
    if (a.unit || a.hasScale || a.weak || a.core.article || this.yearLike(a) || this.found === 0) return;
    const link = this.toks.at(a.hedgeStart - 1);
    if (!link || link.type !== Tok.Word || !this.lex.levelLinks.has(lower(link))) return;
    if (!this.endsLastFigure(this.toks.at(a.hedgeStart - 2))) return;
    const level = OUT[this.found - 1]!;
    if (!this.lex.fromWords.has(this.lowerAt(this.tokenStartingAt(level.aStart, a.hedgeStart - 2) - 1))) return;
    const kind = kindOfUnit(level.unit);
    if (kind !== 'percent' && kind !== 'duration') return;
    // ("from 24 weeks to 20 players": something else counted)
    const next = this.toks.at(a.end);
    // (a German verb after it is lower-case: "auf 20 verkürzt")
    if (next && next.type === Tok.Word && !this.lex.functionWords.has(lower(next)) &&
      (!this.lex.numberedLabels.capitalisedNouns || isCapitalised(next))) return;
    a.unit = level.unit;
  }

  /**
   * "6,31 (2014: 4,86) Millionen Euro", "12,4 (11,9) Prozent", "120.5 (prior year: 110.2) million
   * euros": a bare figure, a bracket holding only a comparison figure (bare, after a year or a
   * comparison label), then the scale and unit written once for both. Emits both figures and
   * returns the token after the unit, or null when the bracket is anything else (a conversion
   * with its own unit, a citation "(2014)", a list marker).
   */
  private bracketComparison(a: Figure): number | null {
    const toks = this.toks;
    if (a.unit || a.hasScale || a.weak || !a.core.digits || this.yearLike(a) || !isPunct(toks.at(a.end), '(')) return null;
    let p = a.end + 1;
    let labelled = false;
    // the year's text is read before toks.at() hands out the next scratch token
    const firstText = toks.typeAt(p) === Tok.Num ? this.text.slice(toks.startAt(p), toks.endAt(p)) : '';
    if (/^\d{4}$/.test(firstText) && isPunct(toks.at(p + 1), ':') && toks.typeAt(p + 2) === Tok.Num) {
      const y = Number(firstText);
      if (y < 1900 || y > 2100) return null;
      p += 2;
      labelled = true;
    } else {
      const label = matchPhrase(toks, p, this.lex.comparisonLabels);
      if (label) {
        p = label[1];
        if (isPunct(toks.at(p), ':')) p++;
        labelled = true;
      }
    }
    const saved = this.floor;
    this.floor = p;
    const core = this.readCore(p);
    if (!core || 'skipTo' in core || !core.digits || core.weak || core.hasScale || !isPunct(toks.at(core.e), ')') || !core.value) {
      this.floor = saved;
      return null;
    }
    // the unit after the bracket, read as the bracketed figure's own suffix
    const b = this.figure({ ...core, e: core.e + 1 }, false);
    this.floor = saved;
    if ((!b.unit && !b.scaled) || (!labelled && core.plain && core.intDigits === 4 && core.value >= 1900 && core.value <= 2100)) return null;
    this.lendUnit(a, b, core.value);
    if (!a.unit && !a.scaled) return null;
    if (this.isClaim(a)) this.emit(a, a.value, null);
    this.emitRaw(core.s, core.e, b.value, null, b.unit, b.qualifier, b.hedge, b.precision);
    return b.end;
  }

  /**
   * A bare figure `a` paired with `b` (the old and new level of a change, or two compared
   * figures) takes b's unit and scale: "von 4,5 auf 3,5 Prozent", "from 12 to 15 million".
   * Not when the scale would put the two levels more than tenfold apart ("von 500 auf
   * 3,5 Millionen"), and not from a duration unless `durations` (the start level of a change: "fell from 36 to 21 days").
   */
  private lendUnit(a: Figure, b: Figure, bCore: number, durations = false): void {
    if (a.unit || a.weak || this.yearLike(a) || (!b.unit && !b.scaled) || !bCore || !a.value) return;
    if (b.unit && kindOfUnit(b.unit) === 'duration' && !durations) return;
    // "von 11 Millionen auf 12,5 Millionen Euro": a scale of its own keeps its value, only the unit is lent
    if (a.hasScale) {
      if (b.hasScale && b.unit) a.unit = b.unit;
      return;
    }
    const scale = b.scaled ? b.scale : 1;
    const ratio = Math.abs((a.value * scale) / b.value);
    if (scale > 1 && (ratio > 10 || ratio < 0.1)) return;
    const factor = b.value / bCore;
    a.unit = b.unit;
    a.value *= factor;
    a.precision *= factor;
    a.hasScale = b.hasScale;
    a.scaled = b.scaled;
    a.scale = scale;
  }

  /** "310 von 520", "7 out of 10": the figure is the whole that the number before it is a part of. */
  private isWhole(a: Figure): boolean {
    const start = this.phraseStartEndingAt(this.lex.outOfWords, a.start - 1);
    if (start < 1) return false;
    const part = this.toks.at(start - 1)!;
    // "2015 von 4,5 und 5 Prozent": a year before it is a time, not a part
    if (part.type === Tok.Num) return !/^\d{4}$/.test(part.text);
    return this.lex.cardinals.has(lower(part));
  }

  /** A bare power of ten ("hundert", "thousand", "zehntausend", "100") right after a vague quantifier ("einige", "a few"). */
  private vagueScale(core: Core): boolean {
    if (core.article || core.fraction || core.value < 100 || core.s < 1) return false;
    if (core.digits && !core.plain) return false;
    const log = Math.log10(core.value);
    if (Math.abs(log - Math.round(log)) > 1e-9) return false;
    // "some 100 people": before digits a word that is also a hedge is the hedge
    if (core.digits && this.hedgeEndingAt(core.s - 1)) return false;
    return this.phraseEndingAt(this.lex.vagueQuantifiers, core.s - 1);
  }

  /** Does a name lead ("known as", NumberLanguage.nameLeads) end right before token k, past an opening quote glued to it? */
  private afterNameLead(k: number): boolean {
    const j = this.openingQuoteGlued(k - 1, k) ? k - 2 : k - 1;
    return j >= 0 && this.phraseEndingAt(this.lex.nameLeads, j);
  }

  /** Does the clause end at token k (a mark that ends one, or the sentence's end)? */
  private clauseEndsAt(k: number): boolean {
    const t = this.toks.at(k);
    return !t || (this.toks.typeAt(k) === Tok.Punct && CLAUSE_END_MARKS.has(t.text));
  }

  /** Does a phrase of `table` end at token k? */
  private phraseEndingAt(table: PhraseTable<unknown>, k: number): boolean {
    return this.phraseStartEndingAt(table, k) >= 0;
  }

  /** The first token of the longest phrase of `table` ending at token k ("out of", not its "of"), or -1. */
  private phraseStartEndingAt(table: PhraseTable<unknown>, k: number): number {
    if (!this.mayEndPhrase(table, k)) return -1;
    for (let len = Math.min(table.maxTokens, k + 1); len >= 1; len--) {
      if (table.map.has(phraseKey(this.toks, k - len + 1, k + 1))) return k - len + 1;
    }
    return -1;
  }

  /**
   * "(92,5/97,0 Meter)", "12/15 Prozent", "1,2/1,4 Mio. Euro": two figures of the same
   * shape joined by a slash share the unit written after the second. Not for fractions
   * ("3/4"), seasons ("2013/14"), dates ("12/05"), "24/7", or without a unit. Returns the
   * token after the pair, or null.
   */
  private slashPair(i: number): number | null {
    const toks = this.toks;
    const ta = toks.at(i)!;
    const slash = toks.at(i + 1);
    const tb = toks.at(i + 2);
    if (!isPunct(slash, '/') || slash!.space || !tb || tb.type !== Tok.Num || tb.space) return null;
    const prev = toks.at(i - 1);
    if (prev && !ta.space && !(prev.type === Tok.Punct && (closingBracket(prev.text.charCodeAt(0)) !== null || QUOTES.has(prev.text)))) return null;
    const after = toks.at(i + 3);
    // glued to the second figure only a unit or scale ("2/16GB"), not a code ("3/4G")
    if (after && !after.space && after.type !== Tok.Punct && !(after.type === Tok.Word && this.isKnownSuffix(i + 3))) return null;
    if (isPunct(after, '/') && !after!.space) return null;
    const na = parseNumeral(ta.text, this.lex.decimalMark);
    const nb = parseNumeral(tb.text, this.lex.decimalMark);
    if (!na || !nb || na.leadingZero || nb.leadingZero || na.decimals !== nb.decimals || na.plain !== nb.plain) return null;
    // "24/7", "9/11": whole numbers pair only with as many digits on both sides ("12/15 Prozent"),
    // or with a unit right after the second ("13/5 Megapixel", "8/16 GB"; checked below) that
    // is no duration ("24/7 days a week" is round the clock)
    const unequal = na.decimals === 0 && na.intDigits !== nb.intDigits;
    const year = (n: { plain: boolean; intDigits: number; value: number }): boolean => n.plain && n.intDigits === 4 && n.value >= 1000 && n.value <= 2100;
    if (year(na) || year(nb)) return null;
    // "(Leicester, 67/1)" in a squad list headed "(Dynamo Kiew, 38 Länderspiele/1 Tor)": the two counts
    if (na.decimals === 0 && nb.decimals === 0 && isPunct(prev, ',') && (isPunct(after, ')') || isPunct(after, ',')) && this.slashColumnsBefore(i)) {
      for (const [k, n] of [[i, na], [i + 2, nb]] as const) {
        const f = this.figure(makeCore(k, k + 1, n.value, precisionOf(n), true, n.plain, n.intDigits, false, false, false), false);
        f.end = k + 1;
        this.emit(f, f.value, null);
      }
      return i + 3;
    }
    // "1/2", "3/4": a fraction, read as one
    const core = this.readCore(i);
    if (core && !('skipTo' in core)) return null;
    const saved = this.floor;
    this.floor = i + 2;
    const coreB = this.readCore(i + 2);
    if (!coreB || 'skipTo' in coreB || coreB.e !== i + 3) { this.floor = saved; return null; }
    const b = this.figure(coreB, false);
    this.floor = saved;
    if (!b.unit || b.hedge || b.currencyPrefix || !na.value || !coreB.value) return null;
    if (unequal && (b.scaled || kindOfUnit(b.unit) === 'duration' || !this.unitAt(this.skipLinkHyphen(i + 3), coreB, false))) return null;
    const factor = b.value / coreB.value;
    const a = this.figure(makeCore(i, i + 1, na.value, precisionOf(na), true, na.plain, na.intDigits, false, false, false), false);
    a.unit = b.unit;
    a.value *= factor;
    a.precision *= factor;
    a.end = i + 1;
    if (this.isClaim(a)) this.emit(a, a.value, null);
    if (this.isClaim(b)) this.emit(b, b.value, null);
    return b.end;
  }

  /**
   * Does a pair of counted nouns joined by a slash ("38 Länderspiele/1 Tor", "38 caps/1 goal")
   * stand before token i? It heads the columns of a list whose later entries give the numbers
   * alone ("67/1"). Looked for once per sentence: a list of a hundred entries stays linear.
   */
  private slashColumnsBefore(i: number): boolean {
    if (this.slashColumnsAt === -2) {
      const toks = this.toks;
      this.slashColumnsAt = -1;
      for (let k = 0; k + 4 < toks.length; k++) {
        if (toks.typeAt(k) !== Tok.Num || toks.typeAt(k + 1) !== Tok.Word || !isPunct(toks.at(k + 2), '/') || toks.at(k + 2)!.space) continue;
        if (toks.typeAt(k + 3) !== Tok.Num || toks.at(k + 3)!.space || toks.typeAt(k + 4) !== Tok.Word) continue;
        if (this.lex.units.map.has(this.lowerAt(k + 1)) || this.lex.units.map.has(this.lowerAt(k + 4))) continue;
        this.slashColumnsAt = k;
        break;
      }
    }
    return this.slashColumnsAt >= 0 && this.slashColumnsAt < i;
  }

  /**
   * "one in five Britons", "1 in 3 adults", "four in ten business leaders", "sechs von zehn
   * Reisenden": a share n/m, in percent, with the hedge before it ("about one in five").
   * Beyond one in m only for the bases a share is said in (up to ten, a hundred, a thousand):
   * "20 von 27 EU-Staaten" counts states. Digits after a capitalised word inside the sentence are
   * an identifier ("Platz 3 von 20", "Game 2 in 7"; "In Britain four in ten adults" is a share), as
   * after a reference word ("round four in eight attempts").
   */
  private shareOf(core: Core): number | null {
    if (!core.integer || core.article || core.hasScale || core.fraction || core.value < 1 || !this.lex.oneInWords.map.size) return null;
    const m = matchPhrase(this.toks, core.e, this.lex.oneInWords);
    if (!m) return null;
    const d = this.readCore(m[1]);
    if (!d || 'skipTo' in d || d.weak || !d.integer || d.value <= core.value || d.value < 2 || d.hasScale || d.fraction) return null;
    // "lose the next one in 1992.": a year, not a base ("one in 2000 babies" is one)
    const counted = this.toks.at(d.e);
    if (d.plain && d.intDigits === 4 && d.value >= 1800 && d.value <= 2100 &&
      !(counted?.type === Tok.Word && counted.text === lower(counted) && !this.lex.functionWords.has(counted.text))) return null;
    // ("two out of 16 principal dancers": "out of" makes a share of any base)
    const outOf = phraseKey(this.toks, core.e, m[1]).startsWith('out of');
    if (core.value > 1 && ((!SHARE_BASES.has(d.value) && !outOf) || (core.digits && this.afterCapitalisedWord(core.s)) || this.afterReferenceWord(core.s) ||
      // "stieg um 3 von 7 auf 10": a change; "nine in 10 games": events
      this.lex.levelLinks.has(this.lowerAt(d.e)) || this.lex.shareEventNouns.has(this.lowerAt(d.e)))) return null;
    // "1 in 3 years" is a duration, "one in 10 cases" a share
    if (this.unitAt(d.e, d, false)) return null;
    const h = core.s - 1 >= this.floor ? this.hedgeEndingAt(core.s - 1) : null;
    const hedged = h !== null && !this.isVerbParticle(h.start, core.s);
    this.emitRaw(core.s, d.e, (100 * core.value) / d.value, null, '%', hedged ? h.qualifier : 'exact',
      hedged ? this.text.slice(this.toks.at(h.start)!.start, this.toks.at(core.s - 1)!.end) : null, 0);
    return d.e;
  }

  /** Is the token before k a one-word reference ("beyond round four in eight attempts")? */
  private afterReferenceWord(k: number): boolean {
    return k > 0 && this.toks.typeAt(k - 1) === Tok.Word && this.lex.references.map.has(phraseKey(this.toks, k - 1, k));
  }

  /** Is the token before k a capitalised word that does not open the sentence? */
  private afterCapitalisedWord(k: number): boolean {
    const prev = k > 1 ? this.toks.at(k - 1) : undefined;
    return prev !== undefined && prev.type === Tok.Word && prev.text[0] !== prev.text[0].toLowerCase();
  }

  /** "one over three", "2000 over 3": a fraction read out, only where the sentence ends with it. */
  private spokenFraction(a: Figure): number | null {
    if (a.unit || a.scaled || !this.lex.overWords.has(this.lowerAt(a.end))) return null;
    const d = this.readCore(a.end + 1);
    if (!d || 'skipTo' in d || d.weak || d.value === 0 || d.fraction || !this.isSentenceEnd(d.e)) return null;
    this.emitRaw(a.start, d.e, a.value / d.value, null, '', a.qualifier, a.hedge, 0);
    return d.e;
  }

  /**
   * "unterlag Sullivan mit 2 und 3", "beat Woods 3 and 2": a match-play result (holes up, holes
   * left), a score: two small bare numbers joined by "and", nothing counted after them, with a
   * score word earlier in the same clause. Returns the end of the pair.
   */
  private matchPlayResult(a: Figure): number | null {
    if (a.unit || a.currencyPrefix || a.hasScale || !a.core.plain || a.hedge || a.value > 10) return null;
    const conj = this.toks.at(a.end);
    if (!conj || !(this.lex.andWords.has(lower(conj)) || isPunct(conj, '&'))) return null;
    const b = this.toks.at(a.end + 1);
    if (!b || b.type !== Tok.Num || !/^\d$/.test(b.text)) return null;
    if (this.toks.typeAt(a.end + 2) === Tok.Word) return null;
    for (let k = a.start - 1; k >= Math.max(0, a.start - 8); k--) {
      const t = this.toks.at(k)!;
      if (t.type === Tok.Word && this.lex.scoreWords.has(lower(t))) return a.end + 2;
      if (t.type === Tok.Punct && /^[,;:.!?]$/.test(t.text)) return null;
    }
    return null;
  }

  /** Is the core glued to an arithmetic sign with digits on its other side ("2+2=5")? */
  private inFormula(core: Core): boolean {
    if (!core.digits) return false;
    const text = this.text;
    const s = this.toks.at(core.s)!.start;
    const e = this.toks.at(core.e - 1)!.end;
    const digit = (k: number) => k >= 0 && k < text.length && isDigitCode(text.charCodeAt(k));
    const sign = (k: number) => k >= 0 && k < text.length && FORMULA_SIGNS.includes(text[k]);
    return (sign(s - 1) && digit(s - 2)) || (sign(e) && digit(e + 1));
  }

  /** A failed range: emit the first figure alone and continue after it. */
  private separate(a: Figure): number {
    if (this.isClaim(a)) this.emit(a, a.value, null);
    return a.end;
  }

  /**
   * Is the pair at tokens [s, e) a score: a score word near it, or a word right after that only
   * a score takes ("0-2 down"), unless that word opens a hedge of what follows ("4-6 up to 12")?
   */
  private scoreContext(s: number, e: number): boolean {
    if (this.lex.scoreAfter.has(this.lowerAt(e)) && !this.hedgeStartsAt(e)) return true;
    for (let k = Math.max(0, s - 4); k < Math.min(this.toks.length, e + 3); k++) {
      if (this.toks.at(k)!.type === Tok.Word && this.lex.scoreWords.has(lower(this.toks.at(k)!))) return true;
    }
    return false;
  }

  /**
   * Is the duration from token `head` (its hedge) to `end` the time until something: "it will be
   * up to four years before ...", "it took six months before ..." (see NumberLanguage.waitingTime)?
   */
  private waitingTime(head: number, end: number): boolean {
    const w = this.lex.waitingTime;
    // "for about eight hours before needing a recharge": a span held, placed before an event
    if (w.spans.has(this.lowerAt(head - 1)) && w.spanLinks.has(this.lowerAt(end))) return true;
    // ("it took another 10 years before")
    const verb = w.extras.has(this.lowerAt(head - 1)) ? head - 2 : head - 1;
    if (!w.links.has(this.lowerAt(end)) || !w.verbs.has(this.lowerAt(verb))) return false;
    let k = verb - 1;
    for (let n = 0; n < 5 && k >= 0 && w.auxiliaries.has(this.lowerAt(k)); n++) k--;
    return k >= 0 && w.subjects.has(this.lowerAt(k));
  }

  /**
   * Does an era marker follow the number ending at k ("753 BC"), or the other end of its range
   * ("578-539 v. u. Z."; "between 500 and 300 BC" is a range read by `range`)?
   */
  private eraYear(k: number): boolean {
    const lex = this.lex;
    if (matchPhrase(this.toks, k, lex.eraMarkers)) return true;
    return lex.rangeWords.has(this.lowerAt(k)) && this.toks.typeAt(k + 1) === Tok.Num && matchPhrase(this.toks, k + 2, lex.eraMarkers) !== null;
  }

  /** A duration from `head` to `end` that dates one event by another (NumberLanguage.eventOffset)? */
  private datedByEvent(unit: string | null, head: number, end: number): boolean {
    const e = this.lex.eventOffset;
    if (!e.links.has(this.lowerAt(end)) || this.toks.at(end + 1)?.type !== Tok.Word) return false;
    // the noun after the link, past an article ("vor der Volksabstimmung")
    const noun = e.determiners.has(this.lowerAt(end + 1)) ? this.lowerAt(end + 2) : this.lowerAt(end + 1);
    if (e.stayWords.has(this.lowerAt(head - 1)) || e.notEvents.has(this.lowerAt(end + 1)) || e.notEvents.has(noun)) return false;
    if (unit !== null && e.longUnits.has(unit)) return true;
    return e.clockAnchors.some((a) => noun.endsWith(a));
  }

  /** "near-400,000": a hedge word (NumberLanguage.hyphenHedges) joined by a hyphen at k to the figure starting at token `start`. */
  private hyphenHedgeAt(k: number, start: number): HedgeAt | null {
    const hyphen = this.toks.at(k);
    if (k < this.floor + 1 || !isHyphen(hyphen) || hyphen!.space || this.toks.at(start)!.space || this.toks.typeAt(k - 1) !== Tok.Word) return null;
    const qualifier = this.lex.hyphenHedges.get(this.lowerAt(k - 1));
    return qualifier ? { start: k - 1, qualifier, unitOnly: false, notMoney: false } : null;
  }

  /** The number of words of the longest hedge that starts at token k with a number right after it; 0 when none does. */
  private hedgeLengthAt(k: number): number {
    if (this.toks.typeAt(k) !== Tok.Word) return 0;
    let best = 0;
    for (const h of this.lex.hedges) {
      const n = h.words.length;
      if (n > best && this.hedgeWordsAt(h.words, k, n) === n && this.numberAt(k + n) && !this.lex.articles.has(this.lowerAt(k + n))) best = n;
    }
    return best;
  }

  /** How many of the first `n` words of a hedge stand from token k on (0 when the first does not). */
  private hedgeWordsAt(words: readonly string[], k: number, n: number): number {
    if (words[0] !== this.lowerAt(k)) return 0;
    let x = 1;
    while (x < n && words[x] === this.lowerAt(k + x)) x++;
    return x;
  }

  /**
   * Does a hedge of more than one word start at token k ("up to", "bis zu")? With `prefix`, its
   * first `prefix` words are enough ("oder mehr als": "mehr als" opens a hedge).
   */
  private hedgeStartsAt(k: number, prefix = Infinity): boolean {
    for (const h of this.lex.hedges) {
      if (h.words.length < 2) continue;
      const n = Math.min(prefix, h.words.length);
      if (this.hedgeWordsAt(h.words, k, n) === n) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- what is not a claim

  /**
   * "die besten acht", not "die Protagonisten drei": a lower-case superlative after an article or
   * determiner. Before digits only a superlative of ranking ("the largest 500 companies"; "die
   * ersten 250 Flüchtlinge" are counted).
   */
  private superlativeAfterArticle(prevTok: Token | undefined, prev: string, before: number, digits = false): boolean {
    const re = digits ? this.lex.rankingSuperlative : this.lex.referentialSuperlative;
    // written in lower case: an adjective, where a German noun ("Protagonisten") is capitalised
    return !!re && !!prevTok && prevTok.text === prev && re.test(prev) && this.lex.groupDeterminers.has(this.lowerAt(before));
  }

  /**
   * "the world's 500 largest companies", "die 20 größten Banken": a number between a determiner
   * (or a possessive) and a superlative names a ranked group by its size; it counts nothing.
   */
  private rankedGroup(f: Figure, prevTok: Token | undefined, prev: string): boolean {
    // (a headline leaves the article out: "Drei größte Banken in Ukraine in Zahlungsschwierigkeiten")
    const opens = f.hedgeStart === 0;
    if (f.unit || f.hasScale || (!opens && (!prevTok || prevTok.type !== Tok.Word))) return false;
    const next = this.toks.at(f.end);
    const re = this.lex.rankingSuperlative;
    // written in lower case, as superlatives are
    if (!re || !next || next.type !== Tok.Word || next.text !== lower(next) || !re.test(next.text)) return false;
    return opens || this.lex.groupDeterminers.has(prev) || this.possessiveEndsAt(f.hedgeStart - 1);
  }

  /** Does an English possessive end at token k: "world's" (tokens "world", "'", "s")? */
  private possessiveEndsAt(k: number): boolean {
    const apostrophe = this.toks.at(k - 1);
    return this.lowerAt(k) === 's' && apostrophe !== undefined && apostrophe.type === Tok.Punct &&
      (apostrophe.text === "'" || apostrophe.text === '’') && !apostrophe.space && !this.toks.at(k)!.space;
  }

  /**
   * "a quarter percentage point", "a quarter point": a fraction after an article and before a
   * unit is a figure, as "a quarter of a point" is. Not "a third week in a row", "a sixth-minute
   * penalty" (ordinals) nor "three quarter-point rate rises" (rises of a quarter point each).
   */
  private articleFractionOfUnit(f: Figure): boolean {
    if (!f.unit || !this.lex.articles.has(this.lowerAt(f.start))) return false;
    for (let k = f.start + 1; k < f.end; k++) if (this.lex.ordinals.has(this.lowerAt(k))) return false;
    return true;
  }

  /**
   * "in '94", "seit ’94": two digits right after an apostrophe that opens a word, with no unit or
   * scale, are a year with its century left out (a period, no count). "Smith's 94" is a possessive.
   */
  private abbreviatedYear(f: Figure): boolean {
    if (!f.core.digits || !f.core.plain || !f.core.integer || f.core.intDigits !== 2 || f.unit || f.hasScale || f.core.e !== f.core.s + 1) return false;
    const number = this.toks.at(f.core.s)!;
    const mark = this.toks.at(f.core.s - 1);
    if (number.space || !mark || mark.type !== Tok.Punct || (mark.text !== "'" && mark.text !== '’')) return false;
    const before = this.toks.at(f.core.s - 2);
    return mark.space || !before || (before.type !== Tok.Word && before.type !== Tok.Num);
  }

  private yearLike(f: Figure): boolean {
    return f.core.digits && f.core.plain && f.core.intDigits === 4 && !f.unit && !f.hasScale && f.value >= 1000 && f.value <= 2100;
  }

  private isClaim(f: Figure): boolean {
    this.periodOfOthers = false;
    const toks = this.toks;
    const lex = this.lex;
    const unitKind = f.unit ? kindOfUnit(f.unit) : 'count';
    // "during the five-month period", "im Fünf-Jahres-Zeitraum": a duration adjective naming a period of
    // time is a period expression, no claim ("a five-month trial" is one)
    if (unitKind === 'duration' && this.lex.spanNouns.has(this.lowerAt(f.end)) && this.hyphenInside(f)) return false;
    // "for the 2005 year": a year before the singular noun "year" names it
    if (unitKind === 'duration' && !f.hedge && f.core.digits && f.core.plain && f.core.intDigits === 4 && f.value >= 1900 && f.value <= 2100 &&
      this.lex.yearNouns.has(this.lowerAt(f.end - 1))) return false;
    // "at 2200hrs", "0700 hours": four digits of a 24-hour time before a clock's word for hours (or with
    // the leading zero no count has) tell the time; "1500 hours of footage" is a duration
    if (f.unit === 'hour' && f.core.digits && f.core.plain && f.core.intDigits === 4 && f.end === f.core.e + 1 && HHMM.test(toks.at(f.core.s)!.text) &&
      (toks.at(f.core.s)!.text.charCodeAt(0) === 48 || matchPhrase(toks, f.core.e, lex.timeOfDay) !== null)) return false;
    // "(578-539 v. u. Z.)", "753 BC", "753 v.Chr." (not volts): years of an era
    if (f.core.digits && !f.currencyPrefix && (this.eraYear(f.core.e) || this.eraYear(f.end))) return false;
    // "Windows 8.1", "f/2.4", "Geschäftsführer von 88.6", "Freitag, 12.6": where decimals take a comma, a
    // bare number with a point before one or two digits is a version, a station or a date, not a figure
    if (!f.unit && !f.hasScale && !f.core.integer && lex.decimalMark === ',' && f.core.e === f.core.s + 1 && POINT_DECIMAL.test(toks.at(f.core.s)!.text)) return false;
    if (this.inTitle(f)) return false;
    if (this.abbreviatedYear(f)) return false;
    // "eine Vier-Goschen-Oper", "der Drei-Schluchten-Damm": a number word opening a compound of
    // three parts or more names a thing; it counts nothing
    if (!f.core.digits && !f.unit && !f.hasScale && this.opensLongCompound(f.end)) return false;
    // "dass Zwei- und Vierbeiner Freunde wurden": a number word cut off a compound names a kind
    if (!f.core.digits && !f.unit && !f.hasScale && this.truncatedCompound(f.end)) return false;
    // "think twice": an idiom, no count; "the twice-taken conversion", "twice-daily": part of an adjective
    if (f.occasions && !f.core.digits && (lex.occasionIdioms.has(this.lowerAt(f.start - 1)) || lex.occasionIdioms.has(this.lowerAt(f.end)) ||
      (isHyphen(toks.at(f.end)) && !toks.at(f.end)!.space && toks.typeAt(f.end + 1) === Tok.Word))) return false;
    // "an experimental treatment known as '771": a name, no count
    if (!f.unit && !f.hasScale && !f.currencyPrefix && !f.hedge && this.afterNameLead(f.start)) return false;
    const standalone = !f.core.article && this.isStandalone(f);
    if (f.core.ambiguous && !standalone && !this.articleFractionOfUnit(f)) return false;
    // "only one has been broken", "released just one record": the numeral counts
    const focused = f.core.weak && !f.core.article && this.focusedOne(f);
    if (f.weak && !standalone && !focused) {
      if (!f.unit && !f.hasScale) return false;
      // "ein Jahr", "eine Stunde", "one day": articles before durations are phrases, not figures
      // (but "giving one day's notice", "one week's pay": a length measured out)
      // (nor "strike for one day": "one" after "for" counts the days)
      if (unitKind === 'duration' && !f.hedge && !(f.core.weak && !f.core.article && (this.possessiveEndsAt(f.end + 1) || this.countedDuration(f)))) return false;
    }
    const prevTok = toks.at(f.hedgeStart - 1);
    const prev = prevTok ? lower(prevTok) : '';
    // "a half-hourly service", "half-time": a fraction word glued to a word is part of it
    if (f.core.fraction && !f.core.digits && !f.unit && isHyphen(toks.at(f.end)) && !toks.at(f.end)!.space &&
      toks.at(f.end + 1)?.type === Tok.Word) return false;
    // ("um acht" is a time of day; "dreht sich um acht Charaktere" counts characters: a clock word
    // before a noun other than a time's is no clock)
    if (!f.core.digits && !f.unit && !f.hasScale && !f.occasions && !standalone && lex.referential.has(prev) &&
      !(lex.clockBefore.has(prev) && this.nounAfterClockWord(f.end)) && !this.statesTotal(f, prev) && !this.relativePronounBefore(f)) return false;
    // "breaks that rule in two": dividing, no count of anything
    if (!f.core.digits && !f.unit && !f.hasScale && !f.hedge && lex.partitionWords.has(prev) && this.clauseEndsAt(f.end)) return false;
    // "their front five", "the back three": a unit of a team after a determiner
    // ("the front three rows", "the back two carriages" count rows and carriages)
    if (!f.core.digits && !f.unit && !f.hasScale && lex.teamUnitWords.has(prev) && lex.groupDeterminers.has(this.lowerAt(f.hedgeStart - 2)) &&
      !(this.toks.typeAt(f.end) === Tok.Word && this.looksPlural(f.end))) return false;
    // "die besten acht", "the largest 500 companies": a ranked group, in words or digits
    if (!f.unit && !f.hasScale && !standalone && this.superlativeAfterArticle(prevTok, prev, f.hedgeStart - 2, f.core.digits)) return false;
    if (this.rankedGroup(f, prevTok, prev)) return false;
    if (f.core.fraction && !f.core.digits && !f.unit && lex.partitive.has(this.lowerAt(f.end)) && toks.at(f.end + 1)?.type === Tok.Word) {
      // "a quarter of a point", "three quarters of an hour": a fraction of a unit
      const u = lex.articles.has(this.lowerAt(f.end + 1)) ? this.unitAt(f.end + 2, f.core, false, f.weak) : null;
      if (u) {
        f.unit = u.unit;
        f.value *= u.factor;
        f.end = u.end;
      } else {
        // "zwei Drittel der Befragten" is a share
        f.unit = '%';
        f.value *= 100;
      }
    } else if (this.shareOfImpliedWhole(f) || this.shareBeforeAside(f)) {
      f.unit = '%';
      f.value *= 100;
    }
    if (unitKind === 'duration') {
      // a figure of a list sharing its unit is read at the list's edges: "vor 70, 80 und 90 Jahren",
      // "20, 30 and 40 years ago" are one relative expression, as "vor 70 Jahren" is
      const listed = this.inUnitList(f.start);
      // "in den nächsten ein bis zwei Wochen": a low end not read as a figure of its own ("ein") heads the range
      const ranged = !listed && lex.rangeWords.has(prev) && this.numberAt(f.hedgeStart - 2);
      const head = listed ? this.unitListStart : ranged ? f.hedgeStart - 2 : f.hedgeStart;
      const first = listed ? this.unitListStart : ranged ? head : f.start;
      const end = listed ? this.unitListEnd : f.end;
      const before = listed || ranged ? this.lowerAt(head - 1) : prev;
      // "vor acht Jahren", "vor einem dreiviertel Jahr", "two years ago", "in den letzten zwei Wochen", "the past six months"
      const at2 = lex.articles.has(before) ? head - 2 : head - 1;
      const prev2 = lex.articles.has(before) ? this.lowerAt(head - 2) : before;
      // ("played the last 20 minutes of the win": the verb's object, a time held)
      const held = lex.heldSpanVerbs.has(this.lowerAt(first - 3)) && lex.referential.has(this.lowerAt(first - 2)) && !f.hedge;
      if (lex.relativeBefore.has(prev2) || ((this.periodWordAt(at2) || this.periodWordAt(first - 1)) && !held)) return false;
      if (lex.frequencyBefore.has(before) && this.attributiveAt(end) && isCapitalised(toks.at(end + 1)!)) return false;
      // a whole number alone, unhedged: a measured time ("in 9,79 Sekunden", "in 1:35 Stunden") stays
      const whole = !f.hedge && !isHyphen(toks.at(f.core.e)) && f.core.integer && f.core.e === f.core.s + 1;
      // "a penalty on 50 minutes": a point of the match's clock
      if (whole && !listed && lex.matchClock.words.has(prev) && lex.matchClock.units.has(f.unit) && !lex.matchClock.notAfter.has(this.lowerAt(end))) return false;
      // "erst in zwei Wochen vorgestellt", "in zwei Jahren vorbei": a point ahead ("in vier Stunden schaffen" is a time taken)
      if (whole && (this.phraseEndingAt(lex.aheadPhrases, first - 1) || this.longSpanAfter(lex.aheadLongPhrases, f.unit, first))) return false;
      // "in den drei Monaten", "the sixth time in three years": the period of another figure
      // (not an adjective: "faith in the 27-year-old", "in the two-hour show")
      // ("for the first time in 11 years", "zum ersten Mal in zwölf Jahren", "than at any time in 17 months": a record's span, the asserted fact)
      if (!f.hedge && !isHyphen(toks.at(f.core.e)) && this.phraseEndingAt(lex.periodPhrases, first - 1) &&
        !(this.lex.ordinals.get(this.lowerAt(first - 3)) === 1 && this.recordBefore(first - 3)) && !lex.recordSpanLeads.has(this.lowerAt(first - 3))) return false;
      // "binnen 72 Stunden": dropped at the sentence's end if another figure happened in it
      // ("took £7.2m in three days": 'in' only before days or longer; "ran 10km in 35 minutes" is the time taken)
      // "within two years of his debut", "binnen drei Tagen nach dem Anschlag": counted from an event, a period expression
      if (lex.periodOfOthersAnchors.has(this.lowerAt(end)) && this.phraseEndingAt(lex.periodOfOthersPhrases, first - 1)) return false;
      // (hedged too: "lost 80% of its value in just over a year")
      const hedgedSpan = f.hedge !== null && !listed && !ranged && f.core.integer && !isHyphen(toks.at(f.core.e));
      const lead = hedgedSpan ? f.hedgeStart : first;
      // "earned just $13.5m (£7m) over three days": the period of the figure before, no (hedged) duration
      const overAt = hedgedSpan ? f.hedgeStart : first - 1;
      if (lex.periodHedges.has(this.lowerAt(overAt)) && this.rightAfterFigure(overAt)) return false;
      // "within six months", "binnen 72 Stunden": a period expression, alone in its sentence too (the
      // guidelines' "binnen 72 Stunden"); a range stays ("within two to four weeks": the time it takes)
      if ((whole || hedgedSpan) && this.phraseEndingAt(lex.periodOfOthersPhrases, lead - 1)) {
        if (!ranged && !(lex.rangeWords.has(this.lowerAt(f.core.e)) && this.numberAt(f.core.e + 1))) return false;
        this.periodOfOthers = true;
      }
      // "set to exceed that of the US in less than three years": a point ahead of a prospect (a range
      // stays, the time it takes: "expected to be ready in three or four years")
      const rangeAfter = (lex.rangeWords.has(this.lowerAt(f.core.e)) || lex.alternativeRangeWords.has(this.lowerAt(f.core.e))) && this.numberAt(f.core.e + 1);
      if ((whole || hedgedSpan) && !ranged && !rangeAfter && this.aheadOfProspect(f.unit, lead)) return false;
      // "its third profits warning in nine months": the span counted events fall in, a period expression
      if ((whole || hedgedSpan) && !ranged && this.ordinalEventsBefore(lead - 1)) return false;
      // ("took £7.2m in three days": the period of the other figures; alone, "the highest level in 12 years", the claim)
      if ((whole || hedgedSpan) && this.longSpanAfter(lex.periodOfOthersLongPhrases, f.unit, lead)) this.periodOfOthers = true;
      // ("nine days on": later; a time in clock notation is a measured time, "7:51.34 on Saturday")
      if (lex.relativeAfter.has(this.lowerAt(end)) && !this.waitingTime(head, end) && !this.clockNotation(f) &&
        !(lex.relativeAfterBare.words.has(this.lowerAt(end)) && this.objectAt(end + 1) && !this.opensClause(head))) return false;
      // ("suspended for two weeks after the committee criticised him": a span held, placed after an event)
      if (!isHyphen(toks.at(f.core.e)) && !lex.waitingTime.spans.has(this.lowerAt(head - 1)) && this.datedByEvent(f.unit, head, end)) return false;
      // "in two weeks' time", "in a year's time": a point in time
      const mark = toks.at(end);
      // ("Two weeks' ago": a stray apostrophe before "ago")
      const afterMark = this.lowerAt(end + 1);
      if (mark?.type === Tok.Punct && !mark.space && (mark.text === "'" || mark.text === '’') &&
        (lex.relativeAfterPossessive.has(afterMark) || (lex.relativeAfter.has(afterMark) && !lex.relativeAfterBare.words.has(afterMark)))) return false;
      // ("in two years time": the apostrophe left out, after "in")
      if (prev === 'in' && mark?.type === Tok.Word && lex.relativeAfterPossessive.has(this.lowerAt(end))) return false;
      // "the three months to December", "in den sechs Monaten bis Ende Juni": a period, not a duration claim
      if (lex.periodLinks.has(this.lowerAt(end)) && (this.monthAt(end + 1) || this.monthStartBefore(end + 3) === end + 1 ||
        this.dateNumberAt(end + 1))) return false;
      return true;
    }
    // "in the past three sessions", "in den vergangenen drei Handelstagen": days of a market counted
    // after a word of periodBefore, a period expression
    if (!f.unit && !f.hasScale && matchPhrase(toks, f.end, lex.periodCountNouns) && this.periodWordAt(f.hedgeStart - 1)) return false;
    // "360-Grad-Filmen", "360-degree films", "eine 180-Grad-Wende": a unit inside a compound adjective names a kind of thing
    // (an angle only: "eine 40-Grad-Hitze" is a temperature, "ein 30-Meter-Turm" a measure)
    if (f.unit === '°' && this.unitInCompound(f)) return false;
    if (f.unit) return true;
    if (f.hasScale) return true;
    if (f.currencyPrefix) return true;
    // "the title five times", "zum 10.000 Mal": no reference, name or year
    if (f.occasions) return true;
    // a time of day: "um 8 Uhr", "6pm", "10 a.m."; "12.30 on a Saturday morning"; not a name's first
    // letter glued on by a mark ("35 H&M stores")
    const clock = matchPhrase(toks, f.end, lex.timeOfDay);
    if (clock && !this.gluedNameAt(clock[1])) return false;
    // "Rugby Special, 2340 on BBC Two": a 24-hour time written without a colon, before a channel
    if (f.core.digits && f.core.plain && f.core.intDigits === 4 && HHMM.test(toks.at(f.core.s)!.text) && matchPhrase(toks, f.end, lex.broadcastLinks)) return false;
    // (not after a verb of change: "The index fell 1.25 on a Monday" is a level)
    if (!f.core.integer && f.core.e === f.core.s + 1 && POINT_CLOCK.test(toks.at(f.core.s)!.text) && matchPhrase(toks, f.end, lex.pointClockAfter) &&
      !lex.changeVerbs.has(prev)) return false;
    // "(578-539 v. u. Z.)", "753 BC": years of an era
    // "335 Anzeigen weniger als 2014": a year as the base of a comparison with a figure before it
    const comparedYear = f.hedge !== null && this.found > 0 && toks.at(f.end)?.type !== Tok.Word && toks.at(f.end)?.type !== Tok.Num;
    // "lending over 2005 as a whole": a hedge that is also a preposition of time, nothing counted after the year
    // ("12.5% below 1990 levels": a year before a noun of the level it had is the base of a comparison, whatever the hedge)
    const timeHedge = f.hedge !== null && f.value >= 1900 && ((lex.yearHedges.has(f.hedge.toLowerCase()) &&
      (toks.typeAt(f.end) !== Tok.Word || lex.functionWords.has(this.lowerAt(f.end)))) || lex.baseYearNouns.has(this.lowerAt(f.end)));
    // "the year 3000", "Year 3000" (a song), "im Jahr 2500": four plain digits past the years below that the
    // noun names a year, not a count
    if (f.value > 2100 && f.core.plain && f.core.intDigits === 4 && !f.unit && !f.hasScale && !f.hedge && lex.yearNouns.has(prev) && !lex.countNouns.has(this.lowerAt(f.end))) return false;
    if (this.yearLike(f) && (!f.hedge || lex.yearCues.has(f.hedge.toLowerCase()) || comparedYear || timeHedge) && !lex.countNouns.has(this.lowerAt(f.end))) {
      // (an older year needs a cue: the word before it, or a hedge that is one with no noun after
      // the number: "ab 1848 (wie ...", not "ab 1000 Mitarbeitern", "around 1800 flights")
      const hedgeCue = f.hedge !== null && lex.yearCues.has(f.hedge.toLowerCase()) && toks.typeAt(f.end) !== Tok.Word;
      if (f.value >= 1900 || lex.yearCues.has(prev) || hedgeCue || this.monthStartBefore(f.start) < f.start) {
        this.years.push({ start: this.monthStartBefore(f.start), end: f.end, value: f.value });
        return false;
      }
    }
    return !this.isNonClaimContext(f, f.start);
  }

  /** References, dates and names around a unit-less number. */
  private isNonClaimContext(f: Figure, start: number): boolean {
    const toks = this.toks;
    const lex = this.lex;
    // "Artikel 3", "§ 5", "Seite 12", "Nr. 7", "WKN 840400"
    for (let len = 1; len <= lex.references.maxTokens && this.mayEndPhrase(lex.references, f.hedgeStart - 1); len++) {
      const from = f.hedgeStart - len;
      if (from < 0) break;
      // (not the verb: "expects sales to top 500,000")
      // (not a reference that has its number already: "in der 11. Runde zwei Tore")
      if (lex.references.map.has(phraseKey(toks, from, f.hedgeStart)) &&
        !(len === 1 && lex.referenceVerbs.has(this.lowerAt(from)) && lex.referenceVerbLeads.has(this.lowerAt(from - 1))) &&
        !this.ordinalEndsAt(from - 1)) return this.namedNumber(f);
    }
    if (this.numberedLabel(f)) return true;
    // "2) Zoom – Approaching the Puddle", "1) Porträt": a list marker opening the sentence
    // (or inside it, where no bracket was opened: "Heute mit 1) Vor der Morgenröte")
    if (!f.hedge && f.core.digits && f.core.integer && f.value < 100 && isPunct(toks.at(f.end), ')') && !this.bracketOpenBefore(f.start)) return true;
    // dates: "4 May", "May 4", "Sept. 30"
    if (f.core.digits && f.core.integer && f.value >= 1 && f.value <= 31) {
      if (this.monthAt(f.end)) return true;
      // ("bis zum 30. Dezember 19 neue Fälle", "in May 19 people died": a count before its noun)
      if (this.monthStartBefore(start) < start && !this.countWordAfter(f.end)) return true;
      if (this.inDayList(start, f.end)) return true;
    }
    // "+49 30 1234567", "+1-222-2222": phone numbers
    const before = toks.at(start - 1);
    if (isPunct(before, '+') && f.core.plain) return true;
    // "SAT.1", "Sat.1 Österreich": a number glued by a point to a capitalised word is part of a name
    if (!f.hedge && isPunct(before, '.') && !before!.space && !toks.at(start)!.space) {
      const word = toks.at(start - 2);
      if (word && word.type === Tok.Word && isCapitalised(word)) return true;
    }
    if (!f.hedge && this.isName(f, start)) return this.namedNumber(f);
    if (!f.hedge && this.coordinatedName(f, start)) return this.namedNumber(f);
    if (this.namedByUnitWord(f)) return true;
    // "3-D", "auf einer 3-D-Karte": a number joined to one capital letter names a kind of thing
    if (f.core.plain && !f.unit && this.letterSuffixAt(f.end)) return true;
    if (!f.hedge && this.isModelNumber(f, start)) return true;
    if (!f.hedge && this.isPairName(f, start)) return true;
    if (!f.hedge && this.isListedName(f, start)) return true;
    if (this.isGrade(f)) return true;
    if (!f.hedge && this.isHouseNumber(f)) return true;
    return false;
  }

  /**
   * "zehn vor elf", "10 vor 11", "five past ten", "Viertel nach acht": minutes before or after an
   * hour (NumberLanguage.clockOffsets) with nothing counted after them. The token after the hour,
   * or -1. (Written here, not left to chrono-node: it reads such times only in whole dates.)
   */
  private clockOffsetEnd(i: number): number {
    const c = this.lex.clockOffsets;
    const toks = this.toks;
    // (asked at every figure: the link's length is tested before a lower-case copy is made)
    if (c.links.size === 0 || toks.typeAt(i + 1) !== Tok.Word || toks.endAt(i + 1) - toks.startAt(i + 1) > 4 || !c.links.has(this.lowerAt(i + 1))) return -1;
    if (c.cued.has(this.lowerAt(i + 1)) && !this.lex.clockBefore.has(this.lowerAt(i - 1))) return -1;
    const minutes = c.quarter.has(this.lowerAt(i)) ? 15 : this.smallWholeAt(i);
    if (minutes !== 5 && minutes !== 10 && minutes !== 15 && minutes !== 20 && minutes !== 25) return -1;
    const hour = this.smallWholeAt(i + 2);
    if (hour < 1 || hour > 12) return -1;
    // ("rose from 5 to 6", "zwischen 10 und ...": a change or a range)
    const before = this.lowerAt(i - 1);
    // ("um 10 vor 11": a word of change that is also a clock's is the clock's)
    if (this.lex.fromWords.has(before) || this.lex.between.has(before) ||
      ((this.lex.changeWords.has(before) || this.lex.changeVerbs.has(before)) && !this.lex.clockBefore.has(before))) return -1;
    // ("ten to eleven per cent": a unit after it)
    if (matchPhrase(toks, i + 3, this.lex.units) || this.lex.unitSymbols.has(toks.at(i + 3)?.text ?? '')) return -1;
    const next = toks.at(i + 3);
    if (next && next.type === Tok.Word && !this.lex.functionWords.has(lower(next)) && !matchPhrase(toks, i + 3, this.lex.timeOfDay) &&
      // (a noun counted: "10 vor 11 Gegnern", "ten to eleven people"; a German verb is lower case)
      (!this.lex.numberedLabels.capitalisedNouns || isCapitalised(next))) return -1;
    return i + 3;
  }

  /** The value of a whole number of one or two digits, or a number word, at token k; else -1. */
  private smallWholeAt(k: number): number {
    const t = this.toks.at(k);
    if (!t) return -1;
    if (t.type === Tok.Num) return /^\d{1,2}$/.test(t.text) ? Number(t.text) : -1;
    return t.type === Tok.Word ? this.lex.cardinals.get(lower(t)) ?? -1 : -1;
  }

  /**
   * The currency of an exchange rate written as a bare number at token p's left, a rate link at p and
   * a currency after it (NumberLanguage.rateLinks): the nearest other currency named by a word before
   * the number in its sentence ("the yen dropped to 141.60 per euro": JPY), else null.
   */
  private rateCurrency(p: number, core: Core): string | null {
    if (this.toks.typeAt(p) !== Tok.Word) return null;
    const first = this.lowerAt(p);
    let q = -1;
    for (const link of this.lex.rateLinks) {
      if (link[0] !== first) continue;
      let k = 1;
      while (k < link.length && this.lowerAt(p + k) === link[k]) k++;
      if (k === link.length) { q = p + k; break; }
    }
    if (q < 0) return null;
    // ("to the US dollar": past one qualifying word)
    const against = this.unitAt(q, core, true) ?? (this.toks.typeAt(q) === Tok.Word ? this.unitAt(q + 1, core, true) : null);
    if (!against || kindOfUnit(against.unit) !== 'currency') return null;
    for (let k = core.s - 1; k >= 0 && k >= core.s - 20; k--) {
      if (this.toks.typeAt(k) !== Tok.Word) continue;
      const named = this.unitAt(k, core, true);
      if (named && named.unit !== against.unit && kindOfUnit(named.unit) === 'currency') return named.unit;
    }
    return null;
  }

  /** Does a verb of numberLabelVerbs stand before the rank word at i, past an article ("trägt die Nummer")? */
  private afterLabelVerb(i: number): boolean {
    const before = this.lowerAt(i - 1);
    const k = this.lex.articles.has(before) || this.lex.referential.has(before) || this.lex.functionWords.has(before) ? i - 2 : i - 1;
    return this.lex.numberLabelVerbs.has(this.lowerAt(k));
  }

  /** "10 Downing Street", "221 Baker Street": a whole number before a capitalised name closed by a street word. */
  private isHouseNumber(f: Figure): boolean {
    const streets = this.lex.streetWords;
    if (streets.size === 0 || !f.core.digits || !f.core.integer || f.value < 1 || f.value > 9999) return false;
    for (let k = f.end; k < f.end + 4; k++) {
      const t = this.toks.at(k);
      if (!t || t.type !== Tok.Word || !isCapitalised(t)) return false;
      if (k > f.end && streets.has(lower(t))) {
        // ("20 Wall Street firms": the street names what is counted)
        const next = this.toks.at(k + 1);
        return !next || next.type !== Tok.Word || isCapitalised(next) || this.lex.functionWords.has(lower(next)) || !this.looksPlural(k + 1);
      }
    }
    return false;
  }

  /** A unit of gradeCompound glued to the number by a hyphen, with a glued hyphen and a word, or (spaced) a noun, after it. */
  private unitInCompound(f: Figure): boolean {
    const toks = this.toks;
    if (!isHyphen(toks.at(f.core.e)) || toks.at(f.core.e)!.space || f.end !== f.core.e + 2 || !this.lex.gradeCompound.has(this.lowerAt(f.end - 1))) return false;
    const after = toks.at(f.end);
    if (isHyphen(after) && !after!.space) return toks.typeAt(f.end + 1) === Tok.Word;
    return !!after && after.type === Tok.Word && after.space && !this.lex.functionWords.has(lower(after));
  }

  /** "four star petrol", "ein Fünf-Sterne-Hotel": a figure before a grade word inside a compound adjective. */
  private isGrade(f: Figure): boolean {
    const toks = this.toks;
    const lex = this.lex;
    let k = f.end;
    if (isHyphen(toks.at(k)) && !toks.at(k)!.space) k++;
    const grade = toks.at(k);
    if (!grade || grade.type !== Tok.Word || (k === f.end && !grade.space)) return false;
    const w = lower(grade);
    const after = toks.at(k + 1);
    // "his two-handed backhand": a lower-case word in -ed hyphenated to the number, before a word
    if (k > f.end && grade.text === w && lex.gradeHyphenedEndings.some((e) => w.length > e.length + 2 && w.endsWith(e)) &&
      after?.type === Tok.Word && !lex.functionWords.has(lower(after))) return true;
    if (lex.gradeCompound.has(w) && isHyphen(after) && !after!.space && toks.typeAt(k + 2) === Tok.Word) return true;
    if (!lex.gradeAttributive.has(w) || !after || after.type !== Tok.Word || !after.space) return false;
    // hyphenated it is an adjective whatever noun follows: "20 five-star hotels"
    if (k > f.end) return !lex.functionWords.has(this.lowerAt(k + 1));
    // a singular common noun after it: "petrol", "hotel"; not "players", "Sheila"
    return !(lex.capitalisedNames && isCapitalised(after)) && !this.looksPlural(k + 1) && !lex.countNouns.has(this.lowerAt(k + 1)) &&
      !lex.functionWords.has(this.lowerAt(k + 1));
  }

  /**
   * "the 747 jumbo", "a 386 PC", "its 787 Dreamliner aircraft": a bare number of three or more
   * digits before a singular product noun, or (where only names are capitalised) after a
   * determiner and before a capitalised singular name, names a model; a count would take a
   * plural ("its 787 Dreamliner jets", "the 300 BBC staff" stay counts).
   */
  private isModelNumber(f: Figure, start: number): boolean {
    if (!f.core.digits || !f.core.plain || f.core.fraction || f.core.intDigits < 3 || f.core.e - f.core.s !== 1 || f.end !== f.core.e) return false;
    const toks = this.toks;
    const lex = this.lex;
    const next = toks.at(f.end);
    // "the 7610's functions": a count takes no possessive (a year or decade never gets here: "the 1990's")
    if (next && next.type === Tok.Punct && !next.space && (next.text === "'" || next.text === '’') && this.lowerAt(f.end + 1) === 's' &&
      !toks.at(f.end + 1)!.space && !this.yearLike(f)) return true;
    if (!next || next.type !== Tok.Word || !next.space) return false;
    // "a 386 PC", but "300 jet engines": a product noun starting a counted compound
    if (lex.productNouns.has(lower(next))) return !(toks.typeAt(f.end + 1) === Tok.Word && (this.looksPlural(f.end + 1) || lex.countNouns.has(this.lowerAt(f.end + 1))));
    if (!lex.capitalisedNames || !isCapitalised(next)) return false;
    const prev = toks.at(start - 1);
    if (!prev || prev.type !== Tok.Word) return false;
    const possessive = lower(prev) === 's' && !prev.space && (isPunct(toks.at(start - 2), "'") || isPunct(toks.at(start - 2), '’'));
    if (!possessive && !lex.modelDeterminers.has(lower(prev))) return false;
    return this.singularNameAt(f.end);
  }

  /**
   * Does a capitalised run at token k name one thing: the run and the word after it hold no plural
   * or counted noun, which would make a number before it a count?
   */
  private singularNameAt(k: number): boolean {
    const toks = this.toks;
    const start = k;
    while (toks.typeAt(k) === Tok.Word && isCapitalised(toks.at(k)!)) {
      if (this.looksPlural(k)) return false;
      k++;
    }
    // "its 300 Staff": a counted noun heading the run in title case is still a count ("the 1989 Children Act" is not)
    if (k > start && this.lex.countNouns.has(this.lowerAt(k - 1))) return false;
    return !(toks.typeAt(k) === Tok.Word && (this.looksPlural(k) || this.lex.countNouns.has(this.lowerAt(k))));
  }

  /**
   * "the 9-11 Commission Report": two bare numbers joined by a hyphen, after a determiner and before
   * a capitalised singular name (where only names are capitalised), name it as a model number
   * does; either number is read here. A range would count a plural ("the 9-11 Members") or take a
   * unit.
   */
  private isPairName(f: Figure, start: number): boolean {
    if (!this.lex.capitalisedNames || !f.core.digits || !f.core.plain || f.core.fraction || f.end !== f.core.e) return false;
    const toks = this.toks;
    // (`space`: whitespace before a token)
    const joined = (k: number) => isHyphen(toks.at(k)) && !toks.at(k)!.space && !!toks.at(k + 1) && !toks.at(k + 1)!.space;
    let first = start;
    let end = f.end;
    if (joined(f.end) && toks.typeAt(f.end + 1) === Tok.Num) end = f.end + 2;
    else if (start >= 2 && joined(start - 1) && toks.typeAt(start - 2) === Tok.Num) first = start - 2;
    else return false;
    const prev = toks.at(first - 1);
    if (!prev || prev.type !== Tok.Word || !this.lex.modelDeterminers.has(lower(prev))) return false;
    const name = toks.at(end);
    if (!name || name.type !== Tok.Word || !name.space || !isCapitalised(name)) return false;
    return this.singularNameAt(end);
  }

  /**
   * "A1, T-Mobile und 3 werden ... anbieten", "Nach A1 und \"3\" hat", "Mit Erfolg, 3 und A1
   * verkauften": a bare number joined to a name by a conjunction, before a finite verb
   * (ExtractLanguage.nameListVerbs) where a count would take its noun, is a name in the list.
   */
  private isListedName(f: Figure, start: number): boolean {
    const lex = this.lex;
    if (lex.nameListVerbs.size === 0 || !f.core.digits || !f.core.plain || !f.core.integer || f.value >= 100 || f.end !== f.core.e) return false;
    const toks = this.toks;
    // (a quoted number: past its marks)
    let before = start - 1;
    let after = f.end;
    if (toks.at(before)?.type === Tok.Punct && QUOTES.has(toks.at(before)!.text) && toks.at(after)?.type === Tok.Punct && QUOTES.has(toks.at(after)!.text)) { before--; after++; }
    // a name: capitalised where only names are; elsewhere (German nouns) with a digit or a capital
    // inside ("A1", "T-Mobile"); never a counted noun ("5 Tote und 3 werden vermisst")
    const name = (k: number) => {
      const t = toks.at(k);
      if (!t || (t.type !== Tok.Word && t.type !== Tok.Code) || !isUpper(t.text.charCodeAt(0)) || lex.functionWords.has(lower(t)) || toks.typeAt(k - 1) === Tok.Num) return false;
      return lex.capitalisedNames || BRAND_SHAPE.test(t.text) || (isHyphen(toks.at(k - 1)) && !toks.at(k - 1)!.space && toks.typeAt(k - 2) === Tok.Word);
    };
    const verbAt = (k: number) => toks.typeAt(k) === Tok.Word && lex.nameListVerbs.has(this.lowerAt(k));
    // "... und 3 werden": a name, a conjunction, the number, the verb
    if (lex.compoundConjunctions.has(this.lowerAt(before)) && name(before - 1) && verbAt(after)) return true;
    // "3 und A1 verkauften": the number, a conjunction, a name, the verb
    return lex.compoundConjunctions.has(this.lowerAt(after)) && name(after + 1) && verbAt(after + 2) &&
      (before < 0 || toks.at(before)!.type === Tok.Punct);
  }

  /** A word ending in a plural "s" ("jets", "MPs"), not "was", "Express", "bus", "this". */
  private looksPlural(k: number): boolean {
    const w = this.toks.at(k)!.text;
    return w.length > 3 && (w.endsWith('s') || w.endsWith('S')) && !/(?:ss|us|is|as)$/i.test(w) || /^[A-Z]+s$/.test(w);
  }

  /** Does a clause start at token k: the sentence's start, a mark, or "and"/"but" before it ("Ten years on the scars remain")? */
  private opensClause(k: number): boolean {
    const t = this.toks.at(k - 1);
    return !t || t.type === Tok.Punct || this.lex.relativeAfterBare.clauseOpeners.has(lower(t));
  }

  /**
   * Does an object start at token k: an article, a possessive, a content word, a name or a number
   * ("on the case", "on design", "on Friday", "on 5 November"; not "on, the", "on from", "on they
   * share", "on the clock")?
   */
  private objectAt(k: number): boolean {
    const t = this.toks.at(k);
    // ("strike for two days on 5 November": a date)
    if (t?.type === Tok.Num) return true;
    if (!t || t.type !== Tok.Word) return false;
    const w = lower(t);
    const not = this.lex.relativeAfterBare.notObjects;
    if (not.has(w)) return false;
    if (this.lex.articles.has(w) || this.lex.groupDeterminers.has(w)) return !not.has(this.lowerAt(k + 1));
    return !this.lex.functionWords.has(w);
  }

  /** Notes that figure f is read as a name (for coordinatedName); true. */
  private namedNumber(f: Figure): true {
    this.lastNameEnd = this.toks.at(f.end - 1)!.end;
    return true;
  }

  /**
   * "Windows 7 und 8", "iPhone 6 and 7", "Windows 95, 98 and XP": a plain number joined by a conjunction
   * or a comma to a number read as a name names the next one, unless a noun follows it ("Windows 7 und 8
   * Nutzer", "Boeing 737 and 20 jets").
   */
  private coordinatedName(f: Figure, start: number): boolean {
    const comma = isPunct(this.toks.at(start - 1), ',');
    if (!f.core.plain || this.lastNameEnd < 0 || !(this.lex.compoundConjunctions.has(this.lowerAt(start - 1)) || comma)) return false;
    // (after a comma only inside a list: another comma or a conjunction after it, or the sentence's end;
    // "In Formula 1, 10 of the 20 drivers finished" counts)
    if (comma) {
      const next = this.toks.at(f.end);
      if (!this.clauseEndsAt(f.end) && !isPunct(next, ',') && !this.lex.compoundConjunctions.has(lower(next!))) return false;
    }
    if (this.toks.at(start - 2)?.end !== this.lastNameEnd) return false;
    // (past one lower-case adjective: "Boeing 747 and 12 other planes", "Hannover 96 und 12 weitere Vereine")
    return !this.nounAt(f.end) && !(this.toks.typeAt(f.end) === Tok.Word && !isCapitalised(this.toks.at(f.end)!) && this.nounAt(f.end + 1));
  }

  /** A counted noun at token k: capitalised in German, plural or a count noun in English. */
  private nounAt(k: number): boolean {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word) return false;
    return this.lex.lang === 'de' ? isCapitalised(t) : this.looksPlural(k) || this.lex.countNouns.has(lower(t));
  }

  /** A bracket at token k holding two numbers joined by a range word ("(£2m to £2.6m)", "(2-2,6 Mio. Euro)"). */
  private bracketedRangeAt(k: number): boolean {
    if (!isPunct(this.toks.at(k), '(')) return false;
    let numbers = 0;
    let ranged = false;
    for (let j = k + 1; j < this.toks.length && j <= k + BRACKET_RANGE_TOKENS; j++) {
      const t = this.toks.at(j)!;
      if (isPunct(t, ')')) return numbers === 2 && ranged;
      if (t.type === Tok.Num) numbers++;
      else if (numbers === 1 && (this.lex.rangeWords.has(lower(t)) || isHyphen(t))) ranged = true;
    }
    return false;
  }

  /**
   * "Karl Schnell, dem fünf Mandatare gefolgt sind", "…, die fünf Werke betreibt": an article-shaped
   * word right after a comma that opens a clause ending in a lower-case verb is a relative pronoun,
   * and the number after it counts (not ", die fünf größten Banken," an apposition). Languages
   * that mark relative pronouns so (ExtractLanguage.relativePronouns).
   */
  private relativePronounBefore(f: Figure): boolean {
    const pronoun = this.toks.at(f.hedgeStart - 1);
    if (!pronoun || !this.lex.relativePronouns.has(lower(pronoun)) || !isPunct(this.toks.at(f.hedgeStart - 2), ',')) return false;
    // (after the noun it refers to: "Karl Schnell, dem"; not "Der Minister sagte, die drei Angeklagten seien ...")
    const antecedent = this.toks.at(f.hedgeStart - 3);
    if (!antecedent || antecedent.type !== Tok.Word || !isCapitalised(antecedent)) return false;
    let k = f.end;
    while (!this.clauseEndsAt(k)) k++;
    const last = this.toks.at(k - 1);
    return k - 1 > f.end && last !== undefined && last.type === Tok.Word && !isCapitalised(last);
  }

  /**
   * Does token i stand in one of the language's rank idioms ("in the first place"), the idiom ending
   * its clause ("what it should have done in the first place."; not "remain in the first place in the table")?
   */
  private inIdiom(i: number): boolean {
    const w = this.lowerAt(i);
    return this.lex.rankIdioms.some((words) => {
      const at = words.indexOf(w);
      return at >= 0 && words.every((x, n) => this.lowerAt(i - at + n) === x) && this.toks.typeAt(i - at + words.length) !== Tok.Word;
    });
  }

  /** A glued hyphen and one capital letter at token k, the word ending there or going on with a hyphen ("3-D", "3-D-Karte"). */
  private letterSuffixAt(k: number): boolean {
    const dash = this.toks.at(k);
    const letter = this.toks.at(k + 1);
    if (!isHyphen(dash) || dash!.space || !letter || letter.type !== Tok.Word || letter.space || letter.text.length !== 1 || !isCapitalised(letter)) return false;
    const after = this.toks.at(k + 2);
    return !after || after.space || after.type !== Tok.Word;
  }

  /** "50 Cent": a unit word written capitalised where its language writes it lower-case names someone (UnitEntry.lowerCaseOnly) */
  private namedByUnitWord(f: Figure): boolean {
    const t = this.toks.at(f.end);
    return f.core.plain && t !== undefined && isCapitalised(t) && this.lex.units.map.get(lower(t))?.lowerCaseOnly === true;
  }

  /**
   * "1. Ogier 207 Pkt. – 2. Jari-Matti Latvala 114 – 3. Andreas Mikkelsen 98": a standings entry,
   * a place ("2.") and a name (up to three capitalised words) before a plain whole number that ends
   * the entry (a dash, comma, semicolon or the sentence's end after it). The number is the score.
   */
  private standingsEntry(f: Figure, start: number): boolean {
    if (!f.core.digits || !f.core.plain || !f.core.integer || f.hedge) return false;
    const after = this.toks.at(f.end);
    if (after !== undefined && !(after.type === Tok.Punct && STANDINGS_ENDS.has(after.text))) return false;
    let k = start - 1;
    for (let n = 0; n < 6 && k >= 0; n++, k--) {
      const t = this.toks.at(k)!;
      if (t.type === Tok.Word && isCapitalised(t)) continue;
      if (isHyphen(t) && !t.space) continue;
      break;
    }
    // k: the place's period after its number ("2.", an ordinal in digits), the name between it and the figure
    return k < start - 1 && isPunct(this.toks.at(k), '.') && this.ordinalEndsAt(k) && /^\d{1,2}$/.test(this.toks.at(k - 1)!.text) &&
      (k - 2 < 0 || this.toks.at(k - 2)!.type === Tok.Punct);
  }

  /**
   * "Windows 11", "Nord Stream 2", "Boeing 737", "Apollo 11": a plain number right after
   * a capitalised word inside the sentence names something. In German, where every noun
   * is capitalised, a capitalised word after the number makes it a count again
   * ("laut Polizei 35 Verletzte").
   */
  private isName(f: Figure, start: number): boolean {
    const prev = this.toks.at(start - 1);
    if (!prev || prev.type !== Tok.Word || !(isCapitalised(prev) || isCamel(prev))) return false;
    if (f.core.fraction) return false;
    if (this.standingsEntry(f, start)) return false;
    // "binnen zwei Tagen 23 mutmaßliche Rebellen": the word ends the figure before (a claim or not), it names nothing
    if (this.endsLastFigure(prev) || this.lastReadEnd === prev.end) return false;
    // a number in words names something only when nothing follows it: "Risiko zwei:", "Apollo Eleven."
    // digits name it when plain ("Windows 10") or a short dotted version ("USB 2.0", "iOS 9.3")
    if (f.core.digits ? !(f.core.plain || this.isVersion(f)) : this.toks.at(f.end)?.type === Tok.Word) return false;
    const w = lower(prev);
    const lex = this.lex;
    if (lex.functionWords.has(w) || lex.hedges.some((h) => h.words.length === 1 && h.words[0] === w)) return false;
    if (lex.yearCues.has(w) || lex.referential.has(w) || lex.fromWords.has(w) || lex.between.has(w) || lex.articles.has(w)) return false;
    // "die Koalition 60 der 100 Sitze": a part of a whole that follows is counted, where every noun is
    // capitalised (English "Hall 25 of the 27 buildings" names a hall)
    if (lex.numberedLabels.capitalisedNouns && this.partOfNumberAt(f.end)) return false;
    // "In January 25 people who took part ... were jailed": a month names nothing, and a plural it counts
    // makes the number a count, no day (isNonClaimContext); not a date named with an article ("the September 11 attacks")
    const month = this.monthStartBefore(start);
    if (month < start && !lex.titleArticles.has(this.lowerAt(month - 1)) && this.countWordAfter(f.end) &&
      (lex.countNouns.has(this.lowerAt(f.end)) || this.looksPlural(f.end))) return false;
    if (this.lex.lang === 'de') {
      // "laut Polizei 35 bis 40 Verletzte": the counted noun may follow the range's upper end
      let k = f.end;
      // ("Samstag 10 bis 18 Uhr" stays a time)
      if (lex.rangeWords.has(this.lowerAt(k)) && this.toks.typeAt(k + 1) === Tok.Num && !matchPhrase(this.toks, k + 2, lex.timeOfDay)) k += 2;
      // ... past an adjective before it, after a common noun's ending or a noun after a function
      // word ("nach Angaben 500 neue Kunden", "nach Erkenntnissen 921 einschlägige Delikte", "im
      // Weinviertel 50 seltene Papageien"; not "ORF 2 die Pressestunde", "Star Fox 64 etablierte")
      // (an adverb may stand before the adjective: "am Wochenende 33 illegal eingereiste Menschen", "33 sehr alte")
      const before = start >= 2 ? this.toks.at(start - 2) : undefined;
      // (a month ends a date, no name: "seit dem 1. Jänner 50 kleine Quartiere")
      const commonNoun = COMMON_NOUN_ENDING.test(w) ||
        (before !== undefined && before.type === Tok.Word && !isCapitalised(before) && lex.functionWords.has(lower(before))) ||
        this.monthStartBefore(start) < start;
      if (commonNoun && this.attributiveAt(k)) k++;
      else if (commonNoun && this.lowerContentWord(this.toks.at(k)) && this.attributiveAt(k + 1)) k += 2;
      const next = this.toks.at(k);
      // "am Abend 500 weitere": the counted noun left out after a common noun
      if (commonNoun && next && next.type === Tok.Word && lex.ellipticCountWords.has(lower(next))) return false;
      // (not a model's suffix: "Lumia 950 XL"; "Polizei 300 Pro-Kopf-Zahlungen" is a compound)
      if (next && next.type === Tok.Word && next.space && isCapitalised(next) &&
        !(lex.modelSuffixes.has(lower(next)) && !isHyphen(this.toks.at(k + 1)))) return false;
    }
    return true;
  }

  /** Does a partitive word and a number follow at token k, an article perhaps between ("der 100", "of the 100")? */
  private partOfNumberAt(k: number): boolean {
    if (!this.lex.partitive.has(this.lowerAt(k))) return false;
    const next = this.lex.articles.has(this.lowerAt(k + 1)) || this.lex.referential.has(this.lowerAt(k + 1)) ? k + 2 : k + 1;
    return this.toks.typeAt(next) === Tok.Num;
  }

  /**
   * A lower-case word that is neither a function word nor an article (isName reads past it before
   * a noun: not "in ORF 2 mit folgenden Gästen", "Nexus 6 ist die Kamera").
   */
  private lowerContentWord(t: Token | undefined): boolean {
    if (!t || t.type !== Tok.Word || isCapitalised(t)) return false;
    const w = lower(t);
    return !this.lex.functionWords.has(w) && !this.lex.articles.has(w) && !this.lex.referential.has(w);
  }

  /** An attributive adjective at token k with a word after it ("50 seltene Papageien"). */
  private attributiveAt(k: number): boolean {
    const t = this.toks.at(k);
    return this.lowerContentWord(t) && ATTRIBUTIVE_ENDING.test(t!.text) && this.toks.typeAt(k + 1) === Tok.Word;
  }

  /** Is token k the end of an ordinal: "11." (digits and a glued point) or a word like "dritten"? */
  private ordinalEndsAt(k: number): boolean {
    const t = this.toks.at(k);
    if (!t) return false;
    if (t.type === Tok.Word) return this.lex.ordinals.has(lower(t));
    return isPunct(t, '.') && !t.space && this.toks.typeAt(k - 1) === Tok.Num;
  }

  private isVersion(f: Figure): boolean {
    if (f.core.e - f.core.s !== 1 || f.core.intDigits > 2) return false;
    const text = this.toks.at(f.core.s)!.text;
    return text.includes('.') && !text.includes(',');
  }

  /**
   * Is the number at tokens start..end one day of a list of days that a month name closes or
   * opens: "on 4 or 5 April", "12, 13 and 14 June", "May 4 or 5"? (A span "4-6 May" is a range
   * and never gets here.) Walks list words and day numbers, at most five days each way.
   */
  private inDayList(start: number, end: number): boolean {
    const toks = this.toks;
    const isDay = (k: number) => toks.typeAt(k) === Tok.Num && /^\d{1,2}$/.test(toks.at(k)!.text) && Number(toks.at(k)!.text) >= 1 && Number(toks.at(k)!.text) <= 31;
    // forwards: list word, day, ... month
    for (let k = end, days = 0; days < 5; days++) {
      const link = matchPhrase(toks, k, this.lex.listWords);
      if (!link || !isDay(link[1])) break;
      k = link[1] + 1;
      if (this.monthAt(k)) return true;
    }
    // backwards: month day, list word, ... day
    for (let k = start, days = 0; days < 5; days++) {
      let linkStart = -1;
      for (let len = 1; len <= this.lex.listWords.maxTokens && k - len >= 0; len++) {
        if (this.lex.listWords.map.has(phraseKey(toks, k - len, k))) linkStart = k - len;
      }
      if (linkStart < 1 || !isDay(linkStart - 1)) break;
      k = linkStart - 1;
      if (this.monthStartBefore(k) < k) return true;
    }
    return false;
  }

  /**
   * Does a word that a count may stand before follow at token k: not a function word, and in
   * English a lower-case one ("May 4 Tesco said" dates a statement)?
   */
  private countWordAfter(k: number): boolean {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word || !t.space || this.lex.functionWords.has(lower(t))) return false;
    return this.lex.numberedLabels.capitalisedNouns || !isCapitalised(t);
  }

  /** Token index where a month name right before `start` begins, or `start`. */
  private monthStartBefore(start: number): number {
    if (!this.mayEndPhrase(this.lex.months, start - 1)) return start;
    for (let len = 1; len <= this.lex.months.maxTokens; len++) {
      const from = start - len;
      if (from < 0) break;
      if (this.lex.months.map.has(phraseKey(this.toks, from, start))) {
        // "Mai" is a month; "may" in English only when capitalised
        if (this.lex.lang === 'en' && !isCapitalised(this.toks.at(from)!)) continue;
        return from;
      }
    }
    return start;
  }

  /**
   * A bare whole number set off by commas after a name or a noun written with a capital ("Mr
   * Sullivan, 42, was", "Anelka, 25, is", "Der Mann, 42, wurde"): a person's age in years. Not in a
   * list of numbers ("5, 6, 7") nor with anything glued to it.
   */
  private appositiveAge(f: Figure): boolean {
    if (f.unit || f.hasScale || f.hedge || !f.core.digits || !f.core.integer || !f.core.plain || f.value < 1 || f.value > MAX_AGE) return false;
    if (f.core.e - f.core.s !== 1) return false;
    // ("Agassi, now 34, won", "Agassi, aged 34,": a word of time or age after the comma)
    const lead = this.lex.appositiveAgeLeads.has(this.lowerAt(f.start - 1)) ? 1 : 0;
    const open = this.toks.at(f.start - 1 - lead);
    const close = this.toks.at(f.end);
    // (not in brackets: "FC Porto (10)", "Rivaldo (2)", "for Roberts (71)" are places, goals, minutes)
    if (!isPunct(open, ',') || !isPunct(close, ',')) return false;
    const name = this.toks.at(f.start - 2 - lead);
    if (!name || name.type !== Tok.Word || !isCapitalised(name)) return false;
    // (a list of numbers goes on after the comma)
    return this.toks.typeAt(f.end + 1) !== Tok.Num;
  }

  /** A word glued by hyphens after token k - 1, itself followed by a glued hyphen ("Vier|-Goschen-|Oper"). */
  private opensLongCompound(k: number): boolean {
    const toks = this.toks;
    const glued = (j: number) => !!toks.at(j) && !toks.at(j)!.space;
    // (not numbers in words: "three-nought-four" is read digit by digit)
    const number = (j: number) => this.lex.cardinals.has(this.lowerAt(j)) || this.lex.zeros.has(this.lowerAt(j));
    return isHyphen(toks.at(k)) && glued(k) && toks.typeAt(k + 1) === Tok.Word && glued(k + 1) && isHyphen(toks.at(k + 2)) && glued(k + 2) &&
      toks.typeAt(k + 3) === Tok.Word && glued(k + 3) && !number(k + 1);
  }

  /** A hyphen glued after token k - 1 and a word that joins compounds after it ("Zwei-| und Vierbeiner"; Lexicon.compoundConjunctions). */
  private truncatedCompound(k: number): boolean {
    const hyphen = this.toks.at(k);
    return isHyphen(hyphen) && !hyphen!.space && !!this.toks.at(k + 1)?.space && this.toks.typeAt(k + 1) === Tok.Word &&
      this.lex.compoundConjunctions.has(this.lowerAt(k + 1));
  }

  /**
   * "Spiel zwei geht an LeBron", "game five of the second" (Lexicon.numberedLabels): a small whole
   * number without hedge right after the noun, with no noun after it ("im Spiel 3 Tore", "after
   * the game 12,000 fans", "in every game 3 times").
   */
  private numberedLabel(f: Figure): boolean {
    const labels = this.lex.numberedLabels;
    if (f.hedge || !f.core.integer || f.value >= 100 || f.start < 1 || !labels.nouns.has(this.lowerAt(f.start - 1))) return false;
    const next = this.toks.at(f.end);
    if (!next || next.type !== Tok.Word) return true;
    return labels.capitalisedNouns ? !isCapitalised(next) : labels.followers.has(lower(next));
  }

  /** "und Die 120 Tage von Sodom": a capitalised title article right after a word, before the figure (Lexicon.titleArticles). */
  private inTitle(f: Figure): boolean {
    const article = this.toks.at(f.hedgeStart - 1);
    const before = this.toks.at(f.hedgeStart - 2);
    return !!article && !!before && isCapitalised(article) && before.type === Tok.Word &&
      this.lex.titleArticles.has(lower(article));
  }

  /**
   * "winning all six awards", "lost all three of her matches": a totality word before the number
   * and a counted noun after it (a plural, or "of" and a determiner) state how many there were.
   */
  private statesTotal(f: Figure, prev: string): boolean {
    if (!this.lex.totalityWords.has(prev)) return false;
    const next = this.toks.at(f.end);
    if (!next || next.type !== Tok.Word) return false;
    if (this.lex.partitive.has(lower(next))) return this.toks.typeAt(f.end + 1) === Tok.Word;
    return this.looksPlural(f.end) && !this.lex.functionWords.has(lower(next));
  }

  /** A noun at token k that is no time-of-day word ("Charaktere", not "Uhr"). */
  private nounAfterClockWord(k: number): boolean {
    // past an attributive adjective ("es handle sich um zwei junge Männer")
    if (this.attributiveAt(k)) k++;
    const t = this.toks.at(k);
    // (where every noun is capitalised, not only names)
    return !this.lex.capitalisedNames && !!t && isCapitalised(t) && !matchPhrase(this.toks, k, this.lex.timeOfDay) && !this.atClauseStart(k);
  }

  /** Is the "one" of f a count by a focus word before it (Lexicon.oneCount)? */
  private focusedOne(f: Figure): boolean {
    const { leads, copulas, partitive, steps } = this.lex.oneCount;
    // "the film fell one place", "slipped one notch": the amount of a change
    // (the step word read as the figure's unit: "drop one point")
    const step = f.unit && steps.has(this.lowerAt(f.end - 1)) ? f.end - 1 : f.end;
    if (this.lex.changeVerbs.has(this.lowerAt(f.start - 1)) && steps.has(this.lowerAt(step)) && this.lowerAt(step + 1) !== partitive) return true;
    // "lifted the rating by one notch", "one notch below investment grade": a change, a distance
    // (not "set up one point of contact")
    if (steps.has(this.lowerAt(step)) && this.lowerAt(step + 1) !== partitive && (this.lex.oneCount.stepLeads.has(this.lowerAt(f.start - 1)) ||
      this.lex.oneCount.stepComparisons.has(this.lowerAt(step + 1)))) return true;
    if (this.oneSetAgainstCount(f)) return true;
    if (!leads.has(this.lowerAt(f.start - 1))) return false;
    if (copulas.has(this.lowerAt(f.start - 2))) return false;
    // "only one of the 12" counts; "just one of the costs" does not
    return this.lowerAt(f.end) !== partitive || this.toks.typeAt(f.end + 1) === Tok.Num || this.toks.typeAt(f.end + 2) === Tok.Num;
  }

  /**
   * Is the "one" of f, before a noun of its own, set against another count (Lexicon.oneCount.setAgainst)?
   * "one Chilean and ... nine others", "one gold and two silver medals", "nine Argentines and one Chilean".
   */
  private oneSetAgainstCount(f: Figure): boolean {
    const { setAgainst, partitive } = this.lex.oneCount;
    if (setAgainst.size === 0) return false;
    const noun = this.toks.at(f.end);
    // (a noun, not "one of them", "one and a half")
    if (!noun || noun.type !== Tok.Word || this.lex.functionWords.has(lower(noun)) || lower(noun) === partitive) return false;
    // after the noun: a word or two of it, then the link and the other count within four words
    for (let k = f.end + 1; k <= f.end + 3; k++) {
      const t = this.toks.at(k);
      if (!t || (t.type === Tok.Punct && t.text !== ',') || t.type === Tok.Num) break;
      if (t.type === Tok.Word && setAgainst.has(lower(t))) {
        if (this.otherCountIn(k + 1, k + 4)) return true;
        break;
      }
    }
    // before it: "nine Argentines and one Chilean"
    return setAgainst.has(this.lowerAt(f.start - 1)) && this.otherCountIn(f.start - 4, f.start - 2);
  }

  /** A count other than "one" among tokens from..to of the clause: digits (no year) or a number word. */
  private otherCountIn(from: number, to: number): boolean {
    for (let k = Math.max(0, from); k <= to; k++) {
      const t = this.toks.at(k);
      if (!t) return false;
      if (t.type === Tok.Punct) {
        if (t.text === ',') continue;
        // (a sentence mark between: another clause)
        if (k > from) return false;
        continue;
      }
      // (no name's number: "Radio 1", "the Five/Six Nations")
      if (t.type === Tok.Num) return !YEAR_LIKE.test(t.text) && !(k > 0 && this.toks.typeAt(k - 1) === Tok.Word && isCapitalised(this.toks.at(k - 1)!));
      const value = this.lex.cardinals.get(lower(t));
      if (value !== undefined && value !== 1) return !isCapitalised(t) || this.atClauseStart(k);
    }
    return false;
  }

  /** The figure is all the sentence says, punctuation aside ("zwei", "Eins."): a table cell, a count on its own. */
  private isStandalone(f: Figure): boolean {
    // a word or number right before or after the figure answers without counting the sentence's tokens
    const before = this.toks.typeAt(f.start - 1);
    const after = this.toks.typeAt(f.end);
    if ((before !== 0 && before !== Tok.Punct) || (after !== 0 && after !== Tok.Punct)) return false;
    if (this.wordCount === -1) {
      let n = 0;
      for (let k = 0; k < this.toks.length; k++) if (this.toks.typeAt(k) !== Tok.Punct) n++;
      this.wordCount = n;
    }
    let inside = 0;
    for (let k = f.start; k < f.end; k++) if (this.toks.at(k)!.type !== Tok.Punct) inside++;
    return inside === this.wordCount;
  }

  // ---------------------------------------------------------------- ranks, halves, dates

  /** "Platz 3", "Rang zwei", "ranked 5th". */
  private rankAfterWord(i: number): number | null {
    const toks = this.toks;
    const t = toks.at(i + 1);
    if (!t) return null;
    if (t.type === Tok.Num && /^\d{1,3}$/.test(t.text)) {
      let end = i + 2;
      const suf = toks.at(end);
      // "China's net users number 100m": the verb before an amount with a scale, no rank
      if (suf && suf.type === Tok.Word && (matchPhrase(toks, end, this.lex.scales) ||
        (!suf.space && (this.lex.currencyScales.has(suf.text) || this.lex.scaleSymbols.has(suf.text))))) return null;
      if (suf && !suf.space && ((suf.type === Tok.Word && this.lex.ordinalSuffixes.has(lower(suf))) || isPunct(suf, '.') && !this.isSentenceEnd(end + 1))) end++;
      // "wore the number 9 shirt": a shirt number, no rank and no figure
      if (this.lex.shirtNouns.has(this.lowerAt(end))) return end + 1;
      this.emitRank(i, end, Number(t.text));
      return end;
    }
    if (t.type === Tok.Word) {
      const ord = this.lex.ordinals.get(lower(t));
      if (ord !== undefined) { this.emitRank(i, i + 2, ord); return i + 2; }
      const sp = parseSpelled(toks, i + 1, this.lex, true);
      if (sp && sp.end === i + 2 && this.lex.positionNumbers.has(lower(t)) && !this.lex.positionLeads.has(this.lowerAt(i - 1))) return sp.end;
      if (sp && !sp.fraction && Number.isInteger(sp.value) && sp.value > 0 && sp.value < 1000 && !this.lex.articles.has(lower(t))) {
        this.emitRank(i, sp.end, sp.value);
        return this.coordinatedRank(sp.end);
      }
    }
    return null;
  }

  /**
   * "occupied the number one and two positions": a spelled number after "and"/"or" right after a rank
   * is a rank too. Returns where reading goes on.
   */
  private coordinatedRank(k: number): number {
    if (!this.lex.andWords.has(this.lowerAt(k)) && this.lowerAt(k) !== 'or' && this.lowerAt(k) !== 'oder') return k;
    const sp = this.toks.typeAt(k + 1) === Tok.Word ? parseSpelled(this.toks, k + 1, this.lex, true) : null;
    if (!sp || sp.fraction || !Number.isInteger(sp.value) || sp.value <= 0 || sp.value >= 1000 || this.lex.articles.has(this.lowerAt(k + 1))) return k;
    // ("number one and two positions", "Platz eins und zwei gingen an", not "number one and two other
    // singles", "Platz eins und zwei Medaillen": a noun after it is what it counts)
    const next = this.toks.at(sp.end);
    const rankWord = this.lex.rankWords.has(this.lowerAt(sp.end)) || this.lex.rankWords.has(this.lowerAt(sp.end).replace(/s$/, ''));
    const noun = !!next && next.type === Tok.Word && (this.lex.capitalisedNames ? true : isCapitalised(next));
    if (noun && !rankWord) return k;
    this.emitRank(k + 1, sp.end, sp.value);
    return sp.end;
  }

  private emitRank(s: number, e: number, value: number): void {
    this.emitRaw(s, e, value, null, '', 'exact', null, 0, 'rank');
  }

  /** The words of a hedge that ends at token end ("Mehr als"), or null without one. */
  private hedgeText(h: HedgeAt | null, end: number): string | null {
    return h ? this.text.slice(this.toks.at(h.start)!.start, this.toks.at(end)!.end) : null;
  }

  /** "die Hälfte der Befragten", "more than half", "half a million", "half of all voters". */
  private halfNoun(i: number): number | null {
    const toks = this.toks;
    const lex = this.lex;
    let p = i - 1;
    // skip the article: "die Hälfte", "the half"
    if (toks.at(p) && (lower(toks.at(p)!) === 'die' || lower(toks.at(p)!) === 'der' || lower(toks.at(p)!) === 'the')) p--;
    if (toks.at(p) && lex.halfOrdinals.has(lower(toks.at(p)!))) return null;
    if (toks.at(i + 1) && !toks.at(i + 1)!.space && isHyphen(toks.at(i + 1))) return null;
    const next = this.lowerAt(i + 1);
    const next2 = this.lowerAt(i + 2);
    if (lex.periodNouns.has(next) || lex.periodNouns.has(next2)) return null;
    // "half a million", "half a dozen": a number in words
    if (lex.scales.map.has(next) || lex.dozens.has(next) || (lex.articles.has(next) && (lex.scales.map.has(next2) || lex.dozens.has(next2)))) return null;
    const h = this.hedgeEndingAt(p);
    const hedge = this.hedgeText(h, p);
    // "half a percentage point", "half a mile": half of the unit after the article (not "half an hour later": no duration)
    if (lex.articles.has(next)) {
      const u = this.unitAt(i + 2, makeCore(i, i + 1, 0.5, 0, false, false, 0, false, false, true), false);
      if (u && kindOfUnit(u.unit) !== 'duration') {
        this.emitRaw(i, u.end, 0.5 * u.factor, null, u.unit, h?.qualifier ?? 'exact', hedge, 0);
        return u.end;
      }
    }
    // ("more than half (55%) of the respondents": past an aside)
    const partitive = lex.partitive.has(next) || lex.halfDeterminers.has(next) || this.partitiveAfterAside(i + 1);
    if (partitive) {
      this.emitRaw(i, i + 1, 50, null, '%', h?.qualifier ?? 'exact', hedge, 0);
      return i + 1;
    }
    if (h && lex.lang === 'en') {
      this.emitRaw(i, i + 1, 0.5, null, '', h.qualifier, hedge, 0);
      return i + 1;
    }
    return null;
  }

  /** A fraction in words before an aside and a partitive ("two thirds - 65% - of the people") is a share. */
  private shareBeforeAside(f: Figure): boolean {
    return f.core.fraction && !f.core.digits && !f.unit && this.partitiveAfterAside(f.end);
  }

  /**
   * Does an aside in brackets or spaced dashes open at token k and a partitive follow it ("two thirds
   * - 65% - of the people", "zwei Drittel (65 Prozent) der Befragten")? The fraction before it is a share.
   */
  private partitiveAfterAside(k: number): boolean {
    const toks = this.toks;
    const open = toks.at(k);
    const closing = isPunct(open, '(') ? ')' : isSpacedDash(open, toks.at(k + 1)) ? open!.text : null;
    if (closing === null) return false;
    for (let j = k + 2; j <= k + 6; j++) {
      const t = toks.at(j);
      if (!t) return false;
      if (t.type === Tok.Punct && t.text === closing) return this.lex.partitive.has(this.lowerAt(j + 1)) && toks.at(j + 2)?.type === Tok.Word;
    }
    return false;
  }

  /**
   * "Ein Drittel ist dagegen", "Two thirds voted for it": a fraction in words before a word that is
   * not its noun is a part of a whole the sentence implies, a share. Not a half ("eine halbe Oktave")
   * nor a German fraction before its noun ("zwei drittel Brot"): measures in the noun; not a fraction
   * with no word after it ("one eighth", "auf ein Drittel.") or before a partitive with nothing it
   * counts: the number itself.
   */
  private shareOfImpliedWhole(f: Figure): boolean {
    const lex = this.lex;
    const next = this.toks.at(f.end);
    return f.core.fraction && !f.core.digits && !f.unit && f.value < 1 && next?.type === Tok.Word && !lex.partitive.has(lower(next)) &&
      !(lex.numberedLabels.capitalisedNouns && isCapitalised(next)) && lex.fractions.get(this.lowerAt(f.core.e - 1)) !== 2;
  }

  /** Is token k an abbreviation in capitals, alone or ending a compound ("WM", "Fußball-WM", "EXPO")? */
  private namesEvent(k: number): boolean {
    const t = this.toks.at(k);
    if (!t || t.type !== Tok.Word) return false;
    const text = t.text;
    const part = text.slice(text.lastIndexOf('-') + 1);
    return part.length >= 2 && part === part.toUpperCase() && part !== part.toLowerCase();
  }

  /**
   * A year is the claim itself only when the sentence says so with a cue word
   * ("Höhepunkt 2013", "the peak came in 2013") and carries no other figure.
   */
  private dateClaim(): void {
    const toks = this.toks;
    let best: { start: number; end: number; value: number } | null = null;
    let bestDistance = Infinity;
    const years = Math.min(this.years.length, 64);
    // only words within reach of a year can be its cue: the others need not be looked at
    let from = toks.length;
    let to = 0;
    for (let y = 0; y < years; y++) {
      from = Math.min(from, this.years[y]!.start - DATE_CUE_REACH);
      to = Math.max(to, this.years[y]!.end + DATE_CUE_REACH + 1);
    }
    for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) {
      if (toks.typeAt(k) !== Tok.Word || !this.lex.dateCueKeys.mayHold(this.text, toks.startAt(k), toks.endAt(k)) ||
        !this.lex.dateCues.has(lower(toks.at(k)!))) continue;
      for (let n = 0; n < years; n++) {
        const y = this.years[n]!;
        if (this.lex.dateCueBlockers.has(this.lowerAt(y.start - 1))) continue;
        // "Casino (1995)": a year in brackets dates a title, it is not the fact
        if (isPunct(this.toks.at(y.start - 1), '(') && isPunct(this.toks.at(y.end), ')')) continue;
        // "die Fußball-WM 2006", "Expo 2015": a year after an event's abbreviation is part of its name
        if (this.namesEvent(y.start - 1)) continue;
        const d = y.start > k ? y.start - k : k - y.end;
        if (d <= DATE_CUE_REACH && d < bestDistance) { bestDistance = d; best = y; }
      }
    }
    if (best) this.emitRaw(best.start, best.end, best.value, null, '', 'exact', null, 0, 'date');
  }

  // ---------------------------------------------------------------- output and helpers

  private emit(f: Figure, value: number, high: number | null): void {
    this.emitRaw(f.start, f.end, value, high, f.unit, f.qualifier, f.hedge, f.precision);
    // (a hedged one states an amount: "nach etwas mehr als einer Minute" beside "rund zwei Stunden";
    // so does one after a verb of change: "gained one point to 38%")
    setWeakUnit(this.found - 1, f.weak && !f.hedge && f.unit !== '' && kindOfUnit(f.unit) !== 'percent' && !this.lex.changeVerbs.has(this.lowerAt(f.start - 1)));
    // the figure isClaim() just passed is the period of the others, if any (see dropPeriodsOfOthers)
    if (this.periodOfOthers) {
      PERIODS_OF_OTHERS.push(OUT[this.found - 1]!);
      this.periodOfOthers = false;
    }
  }

  /**
   * "at least $20bn (£10.6bn)", "$75,000 (£39,000) or more", "at least 50,000 square meters
   * (538,000 square feet)": a figure's conversion into another unit of its measure in brackets
   * right after it (just emitted as `a`) says the same bound, written once before the figure or
   * once after the bracket; so does a second conversion in that bracket ("more than $300bn
   * (£158.8bn; 230.9bn euros)").
   */
  private hedgeConversion(a: Figure): void {
    const toks = this.toks;
    if (this.found < 2 || a.hedge !== null || !a.unit) return;
    const conversion = OUT[this.found - 1]!;
    const before = toks.at(a.start - 1);
    // the figure converted and the conversions before this one in the bracket
    let amount: Mention;
    const earlier: Mention[] = [];
    if (isPunct(before, '(')) {
      amount = OUT[this.found - 2]!;
      if (amount.aEnd !== toks.endAt(a.start - 2)) return;
    } else if (this.found >= 3 && before?.type === Tok.Punct && CONVERSION_SEPARATORS.has(before.text)) {
      const previous = OUT[this.found - 2]!;
      amount = OUT[this.found - 3]!;
      if (previous.aEnd !== toks.endAt(a.start - 2) || !this.bracketFollows(amount, previous) || !convertible(amount.unit, previous.unit)) return;
      earlier.push(previous);
    } else return;
    if (!convertible(amount.unit, a.unit) || amount.qualifier === 'range') return;
    // (the hedge's words too: "almost" bounds as closely as before the amount)
    if (amount.qualifier !== 'exact') {
      conversion.qualifier = amount.qualifier;
      conversion.hedge = amount.hedge;
      return;
    }
    if (!isPunct(toks.at(a.end), ')')) return;
    const after = this.trailingHedgeAt(a.end + 1);
    if (!after) return;
    const hedge = this.text.slice(toks.startAt(a.end + 1), toks.endAt(after[1] - 1));
    for (const m of [amount, ...earlier, conversion]) {
      m.qualifier = after[0];
      m.hedge = hedge;
    }
  }

  /** Does `inner` stand first in a bracket opened right after `outer` ("$300bn (£158.8bn")? */
  private bracketFollows(outer: Mention, inner: Mention): boolean {
    const open = openingBracketBefore(this.text, inner.aStart, outer.aEnd);
    return open >= 0 && blankStart(this.text, open, outer.aEnd) === outer.aEnd;
  }

  /** "1.400 Schadensmeldungen binnen 72 Stunden": the durations marked as periods of others, when others are there. */
  private dropPeriodsOfOthers(): void {
    const periods = PERIODS_OF_OTHERS.length;
    if (periods === 0 || this.found <= periods) return;
    let w = 0;
    for (let r = 0; r < this.found; r++) if (!PERIODS_OF_OTHERS.includes(OUT[r]!)) OUT[w++] = OUT[r]!;
    this.found = w;
  }

  /**
   * "Eins, zwei, drei, vier, mit dem Kopf durch die Tür", "one, two, three": bare counts that
   * go up by one, three or more in a row with only commas or blanks between, count aloud and
   * state nothing.
   */
  private dropCountingRuns(): void {
    const n = this.found;
    // (one short: the first number word may be no figure of its own, "One, two, three")
    if (n < COUNTING_RUN - 1) return;
    let w = 0;
    for (let r = 0; r < n;) {
      let e = r + 1;
      while (e < n && this.countsOn(OUT[e - 1]!, OUT[e]!)) e++;
      // ("The scores were 5, 6, 7 and 8": a list its last item joins with a word)
      const listed = e < n && OUT[e]!.value === OUT[e - 1]!.value + 1 && this.joinedByWord(OUT[e - 1]!, OUT[e]!);
      if (listed || e - r + (this.countedBefore(OUT[r]!) ? 1 : 0) < COUNTING_RUN) for (let q = r; q < e; q++) OUT[w++] = OUT[q]!;
      r = e;
    }
    this.found = w;
  }

  /** Is the figure led by the number word one below it and a comma ("One, two, three": "One" is read as no figure)? */
  private countedBefore(m: Mention): boolean {
    const before = /(\p{L}+), $/u.exec(this.text.slice(Math.max(0, m.aStart - 12), m.aStart));
    return before !== null && this.lex.cardinals.get(before[1].toLowerCase()) === m.value - 1;
  }

  /** Is `b` joined to `a` by one list word ("and", "und", "or") between blanks? */
  private joinedByWord(a: Mention, b: Mention): boolean {
    const between = /^\s+(\p{L}+)\s+$/u.exec(this.text.slice(a.aEnd, b.aStart));
    return between !== null && this.lex.listWords.map.has(between[1].toLowerCase());
  }

  /** Does `b` count on from `a`: bare exact counts, b one more, only commas or blanks between? */
  private countsOn(a: Mention, b: Mention): boolean {
    if (a.kind !== 'count' || b.kind !== 'count' || a.unit !== '' || b.unit !== '' || a.qualifier !== 'exact' || b.qualifier !== 'exact') return false;
    if (b.value !== a.value + 1 || a.high !== null || b.high !== null) return false;
    for (let i = a.aEnd; i < b.aStart; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 0x2c && c !== 0x20) return false;
    }
    return true;
  }

  /**
   * "Ein Barrel kostete 80 Dollar", "one euro was worth $1.32": an article with a unit (and
   * no hedge) is the reference quantity of another figure, not a claim. Alone in its sentence
   * ("Hast du einen Euro für mich?") it is one.
   */
  private dropReferenceQuantities(): void {
    const n = this.found;
    if (n < 2 || !anyWeakUnit(n)) return;
    let w = 0;
    for (let r = 0; r < n; r++) if (weakUnits[r] === 0) OUT[w++] = OUT[r]!;
    this.found = w;
  }

  /**
   * "fiel 32 Cent auf 51,43 Dollar", "fell 2 cents to €1.20": a figure in cents is in the
   * currency with cents that the nearest other figure of its sentence names; the default
   * of its word (euro cents in German, dollar cents in English) holds only without one.
   */
  private settleSubunits(): void {
    const n = this.found;
    if (n < 2) return;
    for (let r = 0; r < n; r++) {
      const m = OUT[r]!;
      if (!CENT_CURRENCIES.has(m.unit) || !this.inSubunit(m)) continue;
      let nearest: Mention | null = null;
      let distance = Infinity;
      for (let q = 0; q < n; q++) {
        const o = OUT[q]!;
        if (o === m || !CENT_CURRENCIES.has(o.unit) || this.inSubunit(o)) continue;
        const d = o.aStart >= m.aEnd ? o.aStart - m.aEnd : m.aStart - o.aEnd;
        if (d < distance) { distance = d; nearest = o; }
      }
      if (nearest) m.unit = nearest.unit;
    }
  }

  /**
   * "zwölf statt der einst erhofften 14,5 Milliarden Euro", "12 instead of the hoped-for 14.5bn":
   * where the figure after a comparison word starts, past an article and up to three lower-case
   * words (or joining hyphens) before it; k itself when no article stands there.
   */
  private pastArticleAndModifiers(k: number): number {
    const toks = this.toks;
    if (toks.typeAt(k) !== Tok.Word || !this.lex.pairDeterminers.has(this.lowerAt(k))) return k;
    for (let p = k + 1; p <= k + 4 && p < toks.length; p++) {
      const t = toks.at(p)!;
      if (t.type === Tok.Num) return p;
      if (t.type === Tok.Word ? isCapitalised(t) || this.lex.scaleWords.has(lower(t)) : !isHyphen(t) || t.space) return k;
      // a number in words ("statt der erhofften zwölf"): its core reads from here
      const core = t.type === Tok.Word ? this.readCore(p) : null;
      if (core && !('skipTo' in core) && !core.weak) return p;
    }
    return k;
  }

  /** Does the mention end in a subunit word ("32 Cent", "30 to 40 cents", "5¢")? */
  private inSubunit(m: Mention): boolean {
    const text = this.text;
    let end = m.aEnd;
    if (end > m.aStart && text.charCodeAt(end - 1) === 0x2e) end--; // "ct."
    let start = end;
    while (start > m.aStart && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) start = end - 1; // a symbol: "¢"
    const words = this.lex.subunitWords;
    const word = text.slice(start, end).toLowerCase();
    if (!words.has(word) && !words.has(text.slice(start, m.aEnd).toLowerCase())) return false;
    // "70 euro cents", "65 Canadian cents": a currency named before the word makes its own cents
    let prevEnd = start;
    while (prevEnd > m.aStart && text.charCodeAt(prevEnd - 1) === 0x20) prevEnd--;
    let prevStart = prevEnd;
    while (prevStart > m.aStart && isLetterCode(text.charCodeAt(prevStart - 1))) prevStart--;
    if (prevStart === prevEnd || prevEnd === start) return true;
    const named = this.lex.units.map.get(`${text.slice(prevStart, prevEnd).toLowerCase()} ${word}`);
    return !named || Boolean(named.subunit);
  }

  private emitRaw(s: number, e: number, value: number, high: number | null, unit: string, qualifier: Qualifier,
    hedge: string | null, precision: number, kind?: ClaimKind): void {
    const toks = this.toks;
    // "drei Punkte", "250 points" in sport are a count; index points ("Der ATX verlor 25 Punkte") a quantity;
    // a poll's points are percentage points ("a margin of error of 2.5 to 4 points")
    if (unit === 'pt' && kind === undefined && !this.indexPoints(s, e)) unit = this.percentPointContext() ? 'pp' : '';
    OUT[this.found++] = {
      aStart: toks.at(s)!.start,
      aEnd: toks.at(e - 1)!.end,
      value: tidy(value),
      high: high === null ? null : tidy(high),
      unit,
      kind: kind ?? kindOfUnit(unit),
      qualifier: high !== null ? 'range' : qualifier,
      hedge,
      precision: tidy(precision),
    };
    setWeakUnit(this.found - 1, false);
  }

  /** Can a phrase of `table` end at token k? A set lookup that saves building the keys of every length. */
  private mayEndPhrase(table: PhraseTable<unknown>, k: number): boolean {
    const toks = this.toks;
    if (k < 0 || k >= toks.length || !table.endKeys.mayHold(this.text, toks.startAt(k), toks.endAt(k))) return false;
    return table.ends.has(lower(toks.at(k)!));
  }

  /**
   * Does the span hedge at token `at` before a duration ending at `end` say over what time
   * something happened ("£960m over 15 years", "was developed over four years", "Over three
   * years, ...") rather than bound it ("for over three years", "cars over 10 years old",
   * "won by over two minutes")? Only after an amount, a verb in -ed or at a clause's start.
   */
  private spansTime(at: number, end: number): boolean {
    const lex = this.lex;
    if (lex.spanBoundAfter.has(this.lowerAt(end))) return false;
    const prev = this.toks.at(at - 1);
    if (!prev || isPunct(prev, ',') || isPunct(prev, ';')) return true;
    // right after an amount, or its conversion in brackets ("£960m ($1.8bn) over 15 years")
    if (this.endsLastFigure(isPunct(prev, ')') ? this.toks.at(at - 2) : prev)) return true;
    if (prev.type !== Tok.Word) return false;
    const word = lower(prev);
    return word.length > 3 && word.endsWith('ed') && !lex.boundSpanAfter.has(word);
  }

  /** Does token t end the figure emitted last (its unit or its number)? */
  private endsLastFigure(t: Token | undefined): boolean {
    const n = this.found;
    return n > 0 && !!t && OUT[n - 1]!.aEnd === t.end;
  }

  /**
   * Is token k a preposition of ordinalSpanPrepositions after an ordinal above one and up to three
   * words it counts ("its third profits warning in", "the fifth strike within")? ("the first rise in
   * 11 years": a record's span, the asserted fact.)
   */
  private ordinalEventsBefore(k: number): boolean {
    if (!this.lex.ordinalSpanPrepositions.has(this.lowerAt(k))) return false;
    for (let j = k - 1; j >= k - 4 && j >= 0; j--) {
      if (this.toks.typeAt(j) !== Tok.Word) return false;
      const w = this.lowerAt(j);
      const n = this.lex.ordinals.get(w);
      if (n !== undefined) return j < k - 1 && n >= 2;
      if (this.lex.functionWords.has(w)) return false;
    }
    return false;
  }

  /** The token at or before `from` where an emitted figure starting at text offset `start` begins (walking back from `from`). */
  private tokenStartingAt(start: number, from: number): number {
    let k = from;
    while (k > 0 && this.toks.startAt(k) > start) k--;
    return k;
  }

  /** Is token k a number, in digits or in words ("ein", "zwei")? */
  private numberAt(k: number): boolean {
    const t = this.toks.at(k);
    if (!t) return false;
    if (t.type === Tok.Num) return true;
    const w = lower(t);
    return t.type === Tok.Word && (this.lex.cardinals.has(w) || this.lex.articles.has(w));
  }

  private lowerAt(k: number): string {
    const t = this.toks.at(k);
    return t ? lower(t) : '';
  }

  /** Index just past the run of tokens glued to token k (no whitespace between). */
  private endOfGlued(k: number): number {
    let j = k + 1;
    while (j < this.toks.length && !this.toks.at(j)!.space) j++;
    return j;
  }

  /** Whitespace between tokens a and b is at most `n` characters. */
  private gapAtMost(a: number, b: number, n: number): boolean {
    const ta = this.toks.at(a);
    const tb = this.toks.at(b);
    if (!ta || !tb) return true;
    return tb.start - ta.end <= n;
  }

  /** Nothing but punctuation from token k on: "bei 5." ends the sentence, "am 5. Mai" does not. */
  private isSentenceEnd(k: number): boolean {
    for (let j = k; j < this.toks.length; j++) {
      const t = this.toks.at(j)!;
      if (t.type !== Tok.Punct || !(QUOTES.has(t.text) || t.text === ')' || t.text === ']' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…' || t.text === '”')) return false;
    }
    return true;
  }

  /** Token i opens the sentence or a clause (after ":", a dash, a quote). */
  atClauseStart(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.toks.at(k)!;
      if (t.type === Tok.Punct) {
        // ("Five/Six Nations", "Tri-Nations/Six Nations": a slash glued between two words joins names)
        if (t.text === '/' && !t.space && k + 1 === i && !this.toks.at(i)!.space && this.toks.typeAt(k - 1) === Tok.Word) return false;
        if (CLAUSE_OPENERS.has(t.text)) return true;
        continue;
      }
      return false;
    }
    return true;
  }
}

/**
 * 10 ** k for the exponents tidy() asks (every finite double's), from a table built with
 * 10 ** k itself, so the values are the same: the power was tidy()'s largest cost.
 */
const POWERS_OF_TEN = Float64Array.from({ length: 660 }, (_, k) => 10 ** (k - 330));
const powerOfTen = (k: number): number => (k >= -330 && k < 330 ? POWERS_OF_TEN[k + 330]! : 10 ** k);

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Rounds binary noise away: 2.8 * 1e9 is 2800000000.0000005 otherwise. */
function tidy(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  // twelve significant digits, with float arithmetic only (toPrecision is slow on hot paths)
  const m = powerOfTen(11 - Math.floor(Math.log10(Math.abs(x))));
  const r = Math.round(x * m) / m;
  return Number.isFinite(r) ? r : x;
}
