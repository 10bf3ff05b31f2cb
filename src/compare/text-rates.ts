// Exchange rates the articles state themselves: "$900m (£479m)", "2.572 trillion yuan ($311bn;
// £165bn)", "4,15 Mrd. Dollar (3,71 Mrd. Euro)". News writers convert amounts into their
// readers' currency; each such pair is a rate of its day. Without configured rates these let
// a figure in pounds join the same amount in dollars in another article, and the reason
// names the conversion it came from, so a fact-checker can judge it.
import type { Claim } from '../types.js';
import type { CurrencyRate } from './currency.js';
import { measureOf } from './units.js';
import { sentencesWithSeveral } from './figures.js';

/** What may stand between a figure and its converted amount: an opening bracket, a hedge word or two. */
const OPENS_CONVERSION = /^\s*[([]\s*(?:[\p{L}.]+\s+){0,2}$/u;
/** Between two conversions of one figure inside the bracket: "($311bn; £165bn)", "($106m:£54.6m)", "($2.3bn or £1.2bn)". */
const NEXT_CONVERSION = /^\s*(?:[;,/:]|(?:or|oder|bzw\.)(?=\s))\s*(?:[\p{L}.]+\s+){0,2}$/u;
const MAX_GAP = 24;

export interface StatedRates {
  /** one rate per currency pair over all documents */
  all: CurrencyRate[];
  /** one rate per currency pair in each document: an article's own conversion is the one to use for its figures */
  byDoc: Map<string, CurrencyRate[]>;
  /** claim id of a converted amount -> claim id of the amount it converts: one figure, printed twice */
  convertedFrom: Map<string, string>;
}

/**
 * The rates the claims state, per currency pair the median of their conversions (a rate
 * stated once per article is typical; medians keep one misprint from deciding). Rates carry
 * the conversion they came from as their source and the period of its figure as their date.
 */
export function statedRates(claims: readonly Claim[]): StatedRates {
  const found: Array<{ doc: string; pair: string; rate: number; example: string; date: string }> = [];
  const convertedFrom = new Map<string, string>();
  for (const list of sentencesWithSeveral(claims, (c) => measureOf(c).currency !== null && c.value > 0)) {
    // "$99 (£69 in the UK) and $149 (£99)": a bracket that names where its amount is asked is a local
    // price, not a conversion, and so is every bracket of that pair of currencies in the sentence
    const localPairs = new Set<string>();
    for (let i = 0; i + 1 < list.length; i++) {
      if (follows(list[i], list[i + 1], OPENS_CONVERSION) && namesPlaceAfter(list[i + 1])) localPairs.add(pairOf(list[i], list[i + 1]));
    }
    for (let i = 0; i < list.length; i++) {
      const base = list[i];
      const from = measureOf(base).currency!;
      // the first conversion opens the bracket, further ones follow it: "($311bn; £165bn)"
      let prev = base;
      let gapRule = OPENS_CONVERSION;
      for (let j = i + 1; j < list.length; j++) {
        const conv = list[j];
        if (!follows(prev, conv, gapRule)) break;
        const to = measureOf(conv).currency!;
        // a range converts to a range ("1,050-1,125 rupees ($24-$26)"), its low ends give the rate
        if (from !== to && (base.high === null) === (conv.high === null) && !localPairs.has(pairOf(base, conv))) {
          if (!convertedFrom.has(base.id)) convertedFrom.set(conv.id, base.id);
          const [a, b, rate] = from < to ? [from, to, conv.value / base.value] : [to, from, base.value / conv.value];
          found.push({ doc: base.doc, pair: `${a}/${b}`, rate, example: `${base.text} (${conv.text})`, date: base.period ?? '' });
        }
        prev = conv;
        gapRule = NEXT_CONVERSION;
      }
    }
  }
  const byDoc = new Map<string, CurrencyRate[]>();
  for (const doc of new Set(found.map((f) => f.doc))) byDoc.set(doc, medianRates(found.filter((f) => f.doc === doc)));
  return { all: medianRates(found), byDoc, convertedFrom };
}

function medianRates(found: ReadonlyArray<{ pair: string; rate: number; example: string; date: string }>): CurrencyRate[] {
  const byPair = new Map<string, typeof found[number][]>();
  for (const f of found) byPair.set(f.pair, [...(byPair.get(f.pair) ?? []), f]);
  const rates: CurrencyRate[] = [];
  for (const [pair, entries] of [...byPair].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    // sorted by rate, then text: the median never depends on the order of the claims
    entries.sort((x, y) => x.rate - y.rate || (x.example < y.example ? -1 : x.example > y.example ? 1 : 0));
    const mid = entries[(entries.length - 1) >> 1];
    const [from, to] = pair.split('/');
    const others = entries.length > 1 ? ` and ${entries.length - 1} more` : '';
    rates.push({ from, to, rate: Number(mid.rate.toPrecision(4)), date: mid.date, source: `stated in the text: ${mid.example}${others}` });
  }
  return rates;
}

/** The currencies of two amounts as one key, in either order. */
function pairOf(a: Claim, b: Claim): string {
  const x = measureOf(a).currency!;
  const y = measureOf(b).currency!;
  return x < y ? `${x}/${y}` : `${y}/${x}`;
}

/** A place named right after the amount, inside its bracket: "(£69 in the UK)", "(69 Euro in Deutschland)". */
const PLACE_AFTER = /^\s*(?:in|im|in der|in den)\s+(?:the\s+)?\p{Lu}/u;

function namesPlaceAfter(c: Claim): boolean {
  const s = c.sentence;
  const at = s.indexOf(c.text);
  return at >= 0 && PLACE_AFTER.test(s.slice(at + c.text.length, at + c.text.length + 24));
}

/** `b` stands right after `a` in their sentence, with only `gap` between them. */
function follows(a: Claim, b: Claim, gap: RegExp): boolean {
  if (b.start < a.end || b.start - a.end > MAX_GAP) return false;
  const s = a.sentence;
  for (let at = s.indexOf(a.text); at >= 0; at = s.indexOf(a.text, at + 1)) {
    const from = at + a.text.length;
    const to = s.indexOf(b.text, from);
    if (to >= 0 && to - from <= MAX_GAP && gap.test(s.slice(from, to))) return true;
  }
  return false;
}
