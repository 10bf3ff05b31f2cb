// Which way a change went: "fell 3%", "a 3% rise", "sanken um 16,8 Prozent", "27% lower".
// The value stays as printed (the contract); compare signs it with this, so "profits
// slumped 27%" and "up 27%" are not one figure, and "sanken um 16,8 Prozent" agrees with
// "minus 16,8 Prozent". Written by hand over the sentence's words: the metric stage says
// that a figure is a change, this only which way.
import type { Lang } from '../types.js';
import type { ContextInput, MetricContext } from './types.js';
import { conversionsOf } from './period.js';
import { metricLanguage } from './metric-lexicon.js';

export type Direction = 'up' | 'down';

/** How many words before a figure its verb or noun of change may stand ("fell by nearly 3%"). */
const WORDS_BEFORE = 12;
/** How far before a figure a level word governs it ("to a new high of 583p"). */
const LEVEL_REACH = 5;
/** Words before a figure that restate or list it: a number after them is passed ("um 12.345 Personen oder 3,4 Prozent gestiegen"). */
const RESTATING = new Set(['or', 'oder', 'bzw', 'beziehungsweise', 'and', 'und', 'sowie']);
/** Characters looked at before and after a figure: enough for those words. */
const REACH = 140;

/** A key of a change ("profit.change", "change", "exports.change@US>CN"). */
const CHANGE_KEY = /(?:^|\.)change(?=@|$)/;

/**
 * A word, a number, or a mark that ends the stretch a figure's cue must be in: a comma, a dash,
 * a bracket, a quote (a point or comma inside a number is the number's).
 */
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+-[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|[;:()„“”"«»!?–—]|[,.](?!\p{N})|(?<=\s)-(?=\s)/gu;

// "the 46-year low of 1%": a number glued to a word by a hyphen is an adjective, not a figure passed
const isWord = (t: string) => /^[\p{L}]|^\p{N}+-\p{L}/u.test(t);
const isNumber = (t: string) => /^\p{N}/u.test(t) && !isWord(t);
/** A year between the verb and its figure ("stiegen 2015 um 6 Prozent") is passed over; other numbers are figures. */
const isYear = (t: string) => /^(?:19|20)\d\d$/.test(t);
/** Marks the search back passes beyond the figure's part of the clause: "fell 4p - or 2.1% - to 190p". */
const ASIDE = new Set(['-', '–', '—', '(']);

interface DirectionWords {
  up: ReadonlySet<string>;
  down: ReadonlySet<string>;
  upEndings: readonly string[];
  downEndings: readonly string[];
  /** a figure after these is a level or an earlier level, not an amount of change ("dropped to 94.7%", "down from 3%"): word lists */
  levelBefore: readonly (readonly string[])[];
  /** words between such a word and the figure ("to about 95%") */
  hedges: ReadonlySet<string>;
  /** hedges of several words, as word lists, that hold a level word or a word of direction ("up to", "at least", "bis zu") */
  hedgePhrases: readonly (readonly string[])[];
  /** words after the figure that may still say it ("a 1% tax increase": 2; German verbs at the end: more) */
  wordsAfter: number;
  /** the last words of the level phrases ("to", "at", "auf") */
  levelWords: ReadonlySet<string>;
  /** words that open a subordinate clause: the search back ends there */
  clauseOpeners: ReadonlySet<string>;
  /** is the word right after the figure asked first (English: "led to a 26% increase")? */
  nextWordFirst: boolean;
  /** words that make the figure an amount of change ("by", "um"): no level word governs past them */
  changeLinks: ReadonlySet<string>;
  /** German: a capitalised word is a noun (no level word governs past it; no far word of direction is a verb) */
  nounsCapitalised: boolean;
  /** nouns of a rate of change: "at an annual rate of 3.8%" is no level */
  rateWords: ReadonlySet<string>;
  /** words that open a clause only after a comma (German "als": ", als das Unternehmen ..."; else a comparative) */
  openersAfterComma: ReadonlySet<string>;
}

const cache = new Map<Lang, DirectionWords>();

function wordsOf(lang: Lang): DirectionWords {
  let w = cache.get(lang);
  if (!w) {
    const g = metricLanguage(lang);
    const d = g.directions;
    const levelPhrases = [...g.levelLeft, ...g.comparisonLeft];
    const levelWords = new Set(levelPhrases.map((p) => p.split(' ').pop()!));
    const levelBefore = levelPhrases.map((p) => p.split(' '));
    w = {
      up: new Set(d.up), down: new Set(d.down), upEndings: d.upEndings, downEndings: d.downEndings, levelBefore,
      // (the hedge words less the level words: "to" of "up to" is a level word alone)
      hedges: new Set(g.skipBeforeFigure.filter((h) => !levelWords.has(h))),
      hedgePhrases: d.hedgePhrases.map((p) => p.split(' ')), wordsAfter: d.wordsAfter, levelWords,
      clauseOpeners: new Set(d.clauseOpeners), nextWordFirst: d.nextWordFirst,
      changeLinks: new Set(g.changeLeft), nounsCapitalised: g.capitalisedNouns, rateWords: new Set(d.rateWords),
      openersAfterComma: new Set(d.openersAfterComma),
    };
    cache.set(lang, w);
  }
  return w;
}

function directionOfWord(word: string, w: DirectionWords): Direction | null {
  const lower = word.toLowerCase();
  if (w.up.has(lower)) return 'up';
  if (w.down.has(lower)) return 'down';
  // nouns and their compounds: "Rückgang", "Umsatzrückgang", "Preisanstieg"
  for (const e of w.downEndings) if (lower.endsWith(e)) return 'down';
  for (const e of w.upEndings) if (lower.endsWith(e)) return 'up';
  return null;
}

/** The direction of each mention that is a change (by its metric), else null. */
export function resolveDirections(input: ContextInput, metrics: readonly MetricContext[]): (Direction | null)[] {
  const out: (Direction | null)[] = [];
  const text = input.analysis.text;
  let w: DirectionWords | null = null;
  let conversions: (number | null)[] | null = null;
  input.mentions.forEach(({ mention, sentenceIndex }, i) => {
    if (!CHANGE_KEY.test(metrics[i].metric.key)) {
      out.push(null);
      return;
    }
    // a conversion in brackets went the way of the amount it converts ("cuts worth 6.8bn rand ($1.2bn; £910m)")
    conversions ??= conversionsOf(text, input.mentions);
    const base = conversions[i];
    if (base !== null) {
      out.push(out[base]);
      return;
    }
    w ??= wordsOf(input.lang);
    const sentence = input.sentences[sentenceIndex];
    // a printed sign says it first ("-0,1 Prozent", "+1,1 Prozent", "minus 16,8 Prozent")
    const printed = text.slice(mention.aStart, mention.aEnd);
    out.push(mention.value < 0 ? 'down' : /^(?:\+|plus\b)/i.test(printed) ? 'up' : directionAt(text, mention.aStart, mention.aEnd, sentence.aStart, sentence.aEnd, w));
  });
  return out;
}

/**
 * Which way the change at text[start, end) went, from the words of its stretch of the clause
 * (from, to: the sentence):
 * - in English the word right after the figure first: "a 3% fall", "27% lower", "led to a 26% increase";
 * - a level or earlier level that governs the figure says none: "dropped to 94.7%", "down from the
 *   third quarter's 5.1%", "auf 1,5 Prozent gesenkt" (German checks this before the word after it,
 *   where the verb stands);
 * - the nearest word before it in its part of the clause, up to a comma, a dash or another figure:
 *   "fell by nearly 3%", "ein Minus von 3 Prozent";
 * - the next few words: "a 1% tax increase", "ist um 3,5 Prozent auf 21.758 Gigawattstunden gesunken";
 * - the words before that part, past commas and figures, to a clause opener: "fell 0.8% in
 *   February, construction 1.5%", "rose 0.6% on the month and 6.1% on the year", "rose 4p, or nearly 1%".
 */
function directionAt(text: string, start: number, end: number, from: number, to: number, w: DirectionWords): Direction | null {
  const before = text.slice(Math.max(from, start - REACH), start).match(TOKEN) ?? [];
  const after = text.slice(end, Math.min(to, end + REACH)).match(TOKEN) ?? [];
  const next = after[0] !== undefined && isWord(after[0]) && /^\s/u.test(text.slice(end, end + 1)) ? directionOfWord(after[0], w) : null;
  if (next && w.nextWordFirst) return next;
  // the words before, nearest first (hedges of several words taken out: "fell by up to 30%"); `near`
  // of them stand in the figure's own part of the clause
  const words: string[] = [];
  const caps: boolean[] = [];
  // where in `words` another figure was passed (the words from there on stand before it), and
  // whether a bracket or a link of restatement came first ("ein Plus von 115.000 Personen oder
  // 1,3 Prozent", "ein Anstieg um 1.100 Schüler (drei Prozent)": the figure restates the one passed)
  const passed: number[] = [];
  let restates = false;
  let near = -1;
  for (let k = before.length - 1; k >= 0 && words.length < WORDS_BEFORE; k--) {
    const t = before[k];
    if (isYear(t)) continue;
    if (!isWord(t)) {
      if (near < 0) near = words.length;
      if (t === '(' && passed.length === 0) restates = true;
      if (isNumber(t)) passed.push(words.length);
      if (isNumber(t) || t === ',' || ASIDE.has(t)) continue;
      break;
    }
    const phrase = w.hedgePhrases.find((p) => endsWith(before, k, p));
    if (phrase) {
      k -= phrase.length - 1;
      continue;
    }
    const lower = t.toLowerCase();
    // the opener of the figure's own subordinate clause ends the search: the verb before it is
    // another clause's ("Income fell 7%, although 15% more ...", "slid after it agreed to pay 72% more")
    if (w.clauseOpeners.has(lower) || (w.openersAfterComma.has(lower) && before[k - 1] === ',')) break;
    if (RESTATING.has(lower) && passed.length === 0) restates = true;
    words.push(lower);
    caps.push(lower !== t);
  }
  if (near < 0) near = words.length;
  if (governedByLevel(words, caps, near, w)) return null;
  if (next) return next;
  for (let k = 0; k < near; k++) {
    const d = directionOfWord(words[k], w);
    if (d) return d;
  }
  // (the word right after the figure was asked already; a bracket is passed, "um 30 Milliarden Rubel
  // (umgerechnet etwa 367 Millionen Euro) gekürzt", and so is a figure after a level word or a link:
  // "auf 21.758 Gigawattstunden gesunken", "um 12.345 Personen oder 3,4 Prozent gestiegen")
  let inBracket = false;
  for (let k = 0, n = 0; k < after.length && n < w.wordsAfter; k++) {
    const t = after[k];
    if (t === '(') inBracket = true;
    else if (t === ')') inBracket = false;
    else if (inBracket) continue;
    else if (isNumber(t)) {
      const prev = after[k - 1]?.toLowerCase() ?? '';
      if (!w.levelWords.has(prev) && !RESTATING.has(prev)) break;
    } else if (!isWord(t)) break;
    else if (n++ > 0 || k > 0) {
      const d = directionOfWord(t, w);
      if (d) return d;
    }
  }
  // (beyond the figure's part a German noun of change right before another figure is that one's:
  // "stieg nach einem Rückgang von 3,5 Prozent im Vorjahr heuer um 2,2 Prozent")
  for (let k = near; k < words.length; k++) {
    if (w.nounsCapitalised && caps[k] && !restates && passed.some((j) => k >= j && k - j <= 2)) continue;
    const d = directionOfWord(words[k], w);
    if (d) return d;
  }
  return null;
}

/**
 * Whether a level word governs the figure: within a few words before it, past hedges, articles,
 * adjectives and a possessive, before any word of direction, change link ("by", "um") or German
 * noun: "to about 95%", "slowed to an annualised 2.8%", "down from the third quarter's 5.1%",
 * "from a previous estimate of 3.7%", "auf 1,5 Prozent" (not "plan to cut the agency's staff by
 * 25%", "gegenüber dem US-Dollar knapp 40 Prozent ihres Wertes verloren").
 */
function governedByLevel(words: readonly string[], caps: readonly boolean[], near: number, w: DirectionWords): boolean {
  let k = 0;
  while (k < near && w.hedges.has(words[k])) k++;
  for (let n = 0; k < near && n < LEVEL_REACH; k++, n++) {
    if (w.levelBefore.some((p) => startsPhrase(words, k, p))) return true;
    // ("at an annual rate of 3.8%": a rate of change)
    // (nor past a list: "rose 3% at Tesco and 5% at Asda")
    if (directionOfWord(words[k], w) || w.changeLinks.has(words[k]) || w.rateWords.has(words[k]) || RESTATING.has(words[k]) || (w.nounsCapitalised && caps[k])) return false;
  }
  return false;
}

/** Do the words (nearest first) from k on read `phrase` backwards ("with", "compared" for "compared with")? */
function startsPhrase(words: readonly string[], k: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (words[k + j] !== phrase[phrase.length - 1 - j]) return false;
  return true;
}

/** Do tokens[..k] end with the words of `phrase` (lowercase)? */
function endsWith(tokens: readonly string[], k: number, phrase: readonly string[]): boolean {
  if (k + 1 < phrase.length) return false;
  for (let j = 0; j < phrase.length; j++) if (tokens[k - phrase.length + 1 + j].toLowerCase() !== phrase[j]) return false;
  return true;
}
