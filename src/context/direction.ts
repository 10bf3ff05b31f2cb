// Which way a change went: "fell 3%", "a 3% rise", "sanken um 16,8 Prozent", "27% lower".
// The value stays as printed (the contract); compare signs it with this, so "profits
// slumped 27%" and "up 27%" are not one figure, and "sanken um 16,8 Prozent" agrees with
// "minus 16,8 Prozent". Written by hand over the sentence's words: the metric stage says
// that a figure is a change, this only which way.
import type { Lang } from '../types.js';
import type { ContextInput, MetricContext } from './types.js';
import { conversionsOf } from './period.js';
import type { MetricLanguage } from './metric-language.js';
import { metrics as deMetrics } from '../lang/de/metrics.js';
import { metrics as enMetrics } from '../lang/en/metrics.js';

const LANGUAGES: Record<Lang, MetricLanguage> = { de: deMetrics, en: enMetrics };

export type Direction = 'up' | 'down';

/** How many words before a figure its verb or noun of change may stand ("fell by nearly 3%"). */
const WORDS_BEFORE = 12;
/** How near a level word must stand to make the figure a level ("down from the third quarter's 5.1%"). */
const LEVEL_REACH = 4;
/** Characters looked at before and after a figure: enough for those words. */
const REACH = 140;

/** A key of a change ("profit.change", "change", "exports.change@US>CN"). */
const CHANGE_KEY = /(?:^|\.)change(?=@|$)/;

/**
 * A word, a number, or a mark that ends the stretch a figure's cue must be in: a comma, a dash,
 * a bracket, a quote (a point or comma inside a number is the number's).
 */
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|[;:()„“”"«»!?–—]|[,.](?!\p{N})|(?<=\s)-(?=\s)/gu;

const isWord = (t: string) => /^[\p{L}]/u.test(t);
const isNumber = (t: string) => /^\p{N}/u.test(t);
/** A year between the verb and its figure ("stiegen 2015 um 6 Prozent") is passed over; other numbers are figures. */
const isYear = (t: string) => /^(?:19|20)\d\d$/.test(t);
/** Marks that open an aside holding the figure and its restatement: "fell 4p - or 2.1% - to 190p". */
const ASIDE = new Set(['-', '–', '—', '(']);
/** Words of such an aside before the figure, or of a list the figure ends ("rose 5%, 3% and 2%"). */
const RESTATING = new Set(['or', 'oder', 'bzw', 'beziehungsweise', 'and', 'und', 'sowie']);

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
}

const cache = new Map<Lang, DirectionWords>();

function wordsOf(lang: Lang): DirectionWords {
  let w = cache.get(lang);
  if (!w) {
    const d = LANGUAGES[lang].directions;
    const g = LANGUAGES[lang];
    const levelPhrases = [...g.levelLeft, ...g.comparisonLeft];
    const levelWords = new Set(levelPhrases.map((p) => p.split(' ').pop()!));
    const levelBefore = levelPhrases.map((p) => p.split(' '));
    w = {
      up: new Set(d.up), down: new Set(d.down), upEndings: d.upEndings, downEndings: d.downEndings, levelBefore,
      // (the hedge words less the level words: "to" of "up to" is a level word alone)
      hedges: new Set(g.skipBeforeFigure.filter((h) => !levelWords.has(h))),
      hedgePhrases: d.hedgePhrases.map((p) => p.split(' ')), wordsAfter: d.wordsAfter,
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
 * (from, to: the sentence). In order:
 * - a level or earlier level says none: "dropped to 94.7%", "down from the third quarter's 5.1%",
 *   "auf 1,5 Prozent gesenkt";
 * - the word right after the figure: "a 3% fall", "27% lower", "um 3 Prozent zurück";
 * - the nearest word before it, up to a comma, a dash or another figure: "fell by nearly 3%",
 *   "ein Minus von 3 Prozent";
 * - one of the next words: "a 1% tax increase", German verbs at the end ("ist um 3,5 Prozent
 *   auf 21.758 Gigawattstunden gesunken"), past a bracket.
 */
function directionAt(text: string, start: number, end: number, from: number, to: number, w: DirectionWords): Direction | null {
  const before = text.slice(Math.max(from, start - REACH), start).match(TOKEN) ?? [];
  // the words before, nearest first, hedges of several words taken out ("fell by up to 30%")
  const words: string[] = [];
  // a list or a restatement between the figure and its verb is passed over, its marks, links and
  // figures: "rose 5%, 3% and 2%", "fell 4p - or 2.1%", "fiel 15,43 Punkte oder 0,64 Prozent"
  let linked = false;
  for (let k = before.length - 1; k >= 0 && words.length < WORDS_BEFORE; k--) {
    const t = before[k];
    if (isYear(t)) continue;
    const onlyLinks = words.every((x) => RESTATING.has(x));
    if (onlyLinks && (ASIDE.has(t) || t === ',' || RESTATING.has(t.toLowerCase()))) {
      linked = true;
      if (isWord(t)) words.push(t.toLowerCase());
      continue;
    }
    // the figure of the list or restatement, with its unit word ("15,43 Punkte", "8 pence")
    if (onlyLinks && linked && (isNumber(t) || (isWord(t) && isNumber(before[k - 1] ?? '')))) continue;
    if (!isWord(t)) break;
    const phrase = w.hedgePhrases.find((p) => endsWith(before, k, p));
    if (phrase) {
      k -= phrase.length - 1;
      continue;
    }
    words.push(t.toLowerCase());
  }
  let h = 0;
  while (h < words.length && w.hedges.has(words[h])) h++;
  for (let k = h; k < words.length && k < h + LEVEL_REACH; k++) {
    // a level word before any word of direction: "dropped to 94.7%", "down from the third quarter's 5.1%"
    if (w.levelBefore.some((p) => startsPhrase(words, k, p))) return null;
    if (directionOfWord(words[k], w)) break;
  }
  const after = text.slice(end, Math.min(to, end + REACH)).match(TOKEN) ?? [];
  if (after[0] !== undefined && isWord(after[0]) && /^\s/u.test(text.slice(end, end + 1))) {
    const d = directionOfWord(after[0], w);
    if (d) return d;
  }
  for (const t of words) {
    const d = directionOfWord(t, w);
    if (d) return d;
  }
  let inBracket = false;
  for (let k = 1, n = 1; k < after.length && n < w.wordsAfter; k++) {
    const t = after[k];
    if (t === '(') inBracket = true;
    else if (t === ')') inBracket = false;
    else if (inBracket || isNumber(t)) continue;
    else if (!isWord(t)) break;
    else {
      n++;
      const d = directionOfWord(t, w);
      if (d) return d;
    }
  }
  return null;
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
