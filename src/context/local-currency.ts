// Which country's pesos or dinars a bare currency word means. Several countries call their
// money "peso" or "dinar"; the unit tables give each word one code (the extract stage reads
// one sentence and cannot know more). An article on Argentina that writes "400m pesos" means
// Argentine pesos: the country of the word's currencies that the article names most decides.
// "Mexican pesos" names its country itself and is left alone.
import type { Lang } from '../types.js';
import { unitLanguage } from '../extract/lexicon.js';
import { metricLanguage } from './metric-lexicon.js';
import { escapeRegex } from './regex-source.js';
import type { ContextInput } from './types.js';

interface Ambiguous {
  /** the currency word, lower case -> the countries it may belong to (entity code -> ISO code) */
  byWord: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** the currency word -> words before it that say which currency it is ("Central African CFA francs") */
  namedByWord: ReadonlyMap<string, ReadonlySet<string>>;
  /** per country code: how the text names it (names and adjectives of the metric grammar) */
  namedBy: ReadonlyMap<string, RegExp>;
  /** a word that names a country ("Mexican", "mexikanische"): before the currency word, the figure names its own */
  countryWord: RegExp;
}

const COMPILED = new Map<Lang, Ambiguous>();

function compile(lang: Lang): Ambiguous {
  let hit = COMPILED.get(lang);
  if (hit) return hit;
  const byWord = new Map<string, ReadonlyMap<string, string>>();
  const namedByWord = new Map<string, ReadonlySet<string>>();
  const countries = new Set<string>();
  for (const { words, byCountry, namedBy } of unitLanguage(lang).countryCurrencies ?? []) {
    const map = new Map(Object.entries(byCountry));
    for (const w of words) {
      byWord.set(w, map);
      if (namedBy) namedByWord.set(w, new Set(namedBy));
    }
    for (const c of map.keys()) countries.add(c);
  }
  const entities = metricLanguage(lang).entities;
  const namedBy = new Map<string, RegExp>();
  for (const code of countries) {
    const names = (entities.names[code] ?? []).map((n) => `${escapeRegex(n.replace(/['’]s$/, ''))}`);
    // adjectives are lower-case stems ("argentin"): any word that starts with one
    const adjectives = (entities.adjectives[code] ?? []).map((a) => `${escapeRegex(a)}\\p{L}*`);
    const all = [...names, ...adjectives];
    if (all.length) namedBy.set(code, new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.join('|')})(?![\\p{L}\\p{N}])`, 'giu'));
  }
  // every country's adjectives (stems) and one-word names, for the word before the currency word
  const all: string[] = [];
  for (const list of Object.values(entities.adjectives)) for (const a of list) all.push(`${escapeRegex(a)}\\p{L}*`);
  for (const list of Object.values(entities.names)) for (const n of list) if (!/\s/.test(n)) all.push(escapeRegex(n));
  const countryWord = new RegExp(`^(?:${all.join('|')})$`, 'iu');
  hit = { byWord, namedByWord, namedBy, countryWord };
  COMPILED.set(lang, hit);
  return hit;
}


/**
 * The unit each mention takes from its article's country, where it differs from the one the
 * sentence gave (else null): a bare "pesos" or "dinars" of a figure in an article that names one
 * of the word's countries more often than any other.
 */
export function localCurrencies(input: ContextInput): (string | null)[] {
  const out: (string | null)[] = new Array(input.mentions.length).fill(null);
  const { byWord, namedByWord, namedBy, countryWord } = compile(input.lang);
  if (byWord.size === 0) return out;
  const text = input.analysis.text;
  let counts: Map<string, number> | null = null;
  input.mentions.forEach(({ mention }, i) => {
    // the figure's last words: two first ("1bn CFA francs", "CFA-Francs"), then one ("pesos")
    const words = text.slice(mention.aStart, mention.aEnd).toLowerCase().match(/\p{L}+/gu) ?? [];
    const n = words.length;
    const pair = n >= 2 ? `${words[n - 2]} ${words[n - 1]}` : '';
    const key = byWord.has(pair) ? pair : words[n - 1];
    const countries = key ? byWord.get(key) : undefined;
    if (!countries) return;
    // "30m Mexican pesos", "Central African CFA francs": the word before names the currency itself
    const before = words[n - 1 - key.split(' ').length];
    if (before && (countryWord.test(before) || namedByWord.get(key)?.has(before))) return;
    // the article's countries, counted once per article and only when a bare word asks
    counts ??= countCountries(text, namedBy);
    let best: string | null = null;
    let most = 0;
    let tie = false;
    for (const code of countries.keys()) {
      const n = counts.get(code) ?? 0;
      if (n > most) { best = code; most = n; tie = false; }
      else if (n === most && n > 0) tie = true;
    }
    const currency = best !== null && !tie ? countries.get(best)! : null;
    if (currency !== null && currency !== mention.unit) out[i] = currency;
  });
  return out;
}

function countCountries(text: string, namedBy: ReadonlyMap<string, RegExp>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [code, re] of namedBy) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text)) n++;
    if (n) counts.set(code, n);
  }
  return counts;
}
