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
/** ... and after it, when none stands before: "a 1% tax increase", "um 3,5 Prozent auf 21.758 GWh gesunken". */
const WORDS_AFTER = 4;
/** Characters looked at before a figure: enough for WORDS_BEFORE words. */
const REACH = 140;

/** A key of a change ("profit.change", "change", "exports.change@US>CN"). */
const CHANGE_KEY = /(?:^|\.)change(?=@|$)/;

/** A word, or a mark that ends the clause the figure's cue must be in (a comma only after the figure, a dash too). */
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[;:()„“”"«»!?–—]|[,.](?!\d)|(?<=\s)-(?=\s)/gu;

/** Hedges and phrases with a word of direction in them ("up to 5%", "made up of", "mehr als 3 Prozent"): no direction. */
const HEDGE_AFTER: Record<string, readonly string[]> = { up: ['to', 'of'], mehr: ['als'], weniger: ['als'] };

interface DirectionWords {
  up: ReadonlySet<string>;
  down: ReadonlySet<string>;
  upEndings: readonly string[];
  downEndings: readonly string[];
  /** a figure after these is a level or an earlier level, not an amount of change ("dropped to 94.7%", "up from 3%") */
  levelBefore: ReadonlySet<string>;
  /** hedges between such a word and the figure ("to about 95%") */
  hedges: ReadonlySet<string>;
}

const cache = new Map<Lang, DirectionWords>();

function wordsOf(lang: Lang): DirectionWords {
  let w = cache.get(lang);
  if (!w) {
    const d = LANGUAGES[lang].directions;
    const g = LANGUAGES[lang];
    const lastWords = [...g.levelLeft, ...g.comparisonLeft].map((p) => p.split(' ').pop()!);
    w = { up: new Set(d.up), down: new Set(d.down), upEndings: d.upEndings, downEndings: d.downEndings, levelBefore: new Set(lastWords), hedges: new Set(g.skipBeforeFigure) };
    cache.set(lang, w);
  }
  return w;
}

function directionOfWord(word: string, w: DirectionWords): Direction | null {
  const lower = word.toLowerCase();
  if (w.up.has(lower)) return 'up';
  if (w.down.has(lower)) return 'down';
  // compounds: "Umsatzrückgang", "Preisanstieg" (an ending longer than the word is no ending)
  for (const e of w.downEndings) if (lower.length > e.length && lower.endsWith(e)) return 'down';
  for (const e of w.upEndings) if (lower.length > e.length && lower.endsWith(e)) return 'up';
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
 * The word right after the figure ("a 3% fall", "27% lower", "um 3 Prozent zurück"), else the
 * nearest of the words before it in its clause ("fell by nearly 3%", "ein Minus von 3 Prozent"),
 * else one of the next few words in its clause ("a 1% tax increase", German verbs at the end:
 * "ist um 3,5 Prozent auf 21.758 Gigawattstunden gesunken").
 */
function directionAt(text: string, start: number, end: number, from: number, to: number, w: DirectionWords): Direction | null {
  const after = text.slice(end, Math.min(to, end + REACH)).match(TOKEN) ?? [];
  const first = after[0] !== undefined && /[\p{L}]/u.test(after[0]) && /^\s/u.test(text.slice(end, end + 1)) ? directionOfWord(after[0], w) : null;
  if (first) return first;
  const before = text.slice(Math.max(from, start - REACH), start).match(TOKEN) ?? [];
  // "dropped to 94.7%", "fell from 3%": a level, whichever way it went
  let h = before.length - 1;
  while (h >= 0 && w.hedges.has(before[h].toLowerCase())) h--;
  if (h >= 0 && w.levelBefore.has(before[h].toLowerCase())) return null;
  let words = 0;
  for (let k = before.length - 1; k >= 0 && words < WORDS_BEFORE; k--) {
    const t = before[k];
    // a comma before the figure keeps its verb ("Imports rose by 3.4%, while exports increased by 0.6%")
    if (t === ',') continue;
    if (!/[\p{L}]/u.test(t)) break;
    words++;
    const hedgedBy = HEDGE_AFTER[t.toLowerCase()];
    if (hedgedBy && hedgedBy.includes(before[k + 1]?.toLowerCase() ?? '')) continue;
    const d = directionOfWord(t, w);
    if (d) return d;
  }
  // (a bracket after the figure is skipped: "um 30 Milliarden Rubel (umgerechnet etwa 367 Millionen Euro) gekürzt")
  let inBracket = false;
  for (let k = 0, n = 0; k < after.length && n < WORDS_AFTER; k++) {
    const t = after[k];
    if (t === '(') inBracket = true;
    else if (t === ')') inBracket = false;
    else if (inBracket) continue;
    else if (!/[\p{L}]/u.test(t)) break;
    else {
      n++;
      // (the first was asked already)
      const d = k > 0 ? directionOfWord(t, w) : null;
      if (d) return d;
    }
  }
  return null;
}
