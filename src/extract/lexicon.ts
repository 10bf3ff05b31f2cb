// Compiles the per-language word lists (src/lang/<lang>/numbers.ts, units.ts) once
// into lookup structures, and matches multi-token phrases ("Kilometer pro Stunde",
// "more than", "US-Dollar") against the token stream.
import type { Lang, Qualifier } from '../types.js';
import { numbers as deNumbers, context as deContext } from '../lang/de/numbers.js';
import { numbers as enNumbers, context as enContext } from '../lang/en/numbers.js';
import { units as deUnits } from '../lang/de/units.js';
import { units as enUnits } from '../lang/en/units.js';
import type { ContextLanguage, NumberLanguage, UnitEntry, UnitLanguage, UnitSpec } from './language.js';
import { isLetterCode, KEY_CODE, lower, Tok, tokenize, wordStartKey, type Token, type Tokens } from './tokenize.js';

export { wordStartKey };

const SOURCES: Record<Lang, { numbers: NumberLanguage; context: ContextLanguage; units: UnitLanguage }> = {
  de: { numbers: deNumbers, context: deContext, units: deUnits },
  en: { numbers: enNumbers, context: enContext, units: enUnits },
};

/** A language's unit and currency words (also read by the context stage: local-currency.ts). */
export const unitLanguage = (lang: Lang): UnitLanguage => SOURCES[lang].units;

/** A phrase table: keys are phrases normalised by phraseKey(); maxTokens bounds the lookahead. */
export interface PhraseTable<V> {
  map: Map<string, V>;
  maxTokens: number;
  /** lower-cased first tokens of all phrases: a cheap test before matching */
  starts: Set<string>;
  /** lower-cased last tokens of all phrases: the same test for phrases read backwards */
  ends: Set<string>;
  /** keys of the proper token prefixes of all phrases ("kilometer pro" of "kilometer pro stunde") */
  prefixes: Set<string>;
  /** starts and ends by their first letters: most tokens asked about are let go without lower-casing them */
  startKeys: KeyFilter;
  endKeys: KeyFilter;
}

export interface Hedge { words: string[]; qualifier: Qualifier; unitOnly: boolean; notMoney: boolean }

export type MorphemeKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'and' | 'half' | 'quarter';
export interface Morpheme { text: string; kind: MorphemeKind; value: number }

export interface Lexicon {
  lang: Lang;
  decimalMark: ',' | '.';
  groupMark: ',' | '.';
  cardinals: Map<string, number>;
  /** NumberLanguage.occasionWords, occasionNouns (as written), multiplierCues, multiplierComparisons, multiplierLinks, occasionIdioms */
  occasionWords: Map<string, number>;
  occasionNouns: Set<string>;
  multiplierCues: Set<string>;
  multiplierComparisons: { words: Set<string>; heads: Set<string> };
  multiplierLinks: { words: Set<string>; not: Set<string>; comparatives: Set<string> };
  occasionIdioms: Set<string>;
  /** NumberLanguage.nameLeads, partitionWords */
  nameLeads: PhraseTable<true>;
  partitionWords: Set<string>;
  /** cardinals that are numbers only when written lower-case (also in `cardinals`) */
  lowerCaseCardinals: Set<string>;
  morphemes: Map<string, Morpheme[]> | null;
  articles: Set<string>;
  articlesTakeUnits: boolean | 'after-hedge';
  zeros: Set<string>;
  weakCardinals: Set<string>;
  scales: PhraseTable<number>;
  scaleSymbols: Map<string, number>;
  currencyScales: Map<string, number>;
  fractions: Map<string, number>;
  fractionsNeedOf: Set<string>;
  halfNouns: Set<string>;
  halfDeterminers: Set<string>;
  scaleAdjectives: Set<string>;
  mixed: Map<string, number>;
  dozens: Map<string, number>;
  vagueQuantifiers: PhraseTable<true>;
  decimalWords: Set<string>;
  negativeWords: Set<string>;
  negations: { words: Set<string>; focus: Set<string>; barriers: Set<string>; nounLinks: Set<string>; comparatives: Set<string>; participleEndings: readonly string[] };
  andWords: Set<string>;
  ordinals: Map<string, number>;
  everyWords: Set<string>;
  oneInWords: PhraseTable<true>;
  fractionOrdinalLeads: Set<string>;
  shareEventNouns: Set<string>;
  outOfWords: PhraseTable<true>;
  overWords: Set<string>;
  spanHedges: Set<string>;
  boundSpanAfter: Set<string>;
  /** words after a duration that make a span hedge before it a bound ("over 10 years old") */
  spanBoundAfter: Set<string>;
  ordinalSuffixes: Set<string>;
  ordinalDot: boolean;
  decadeSuffixes: Set<string>;
  magnitudePlurals: Set<string>;
  gluedWords: Set<string>;
  units: PhraseTable<UnitEntry>;
  unitSymbols: Map<string, UnitEntry>;
  /** compound heads that make a word a unit (UnitLanguage.compoundHeads), longest first, and the words excepted */
  unitCompoundHeads: Array<[string, UnitEntry]>;
  unitCompoundExceptions: Set<string>;
  /** lower-case unit words and symbols of a currency's hundredth (UnitEntry.subunit) */
  subunitWords: Set<string>;
  currencyPrefixes: PhraseTable<string>;
  ratePhrases: PhraseTable<string>;
  rateFillers: PhraseTable<true>;
  rateAdjectives: Array<[string, string]>;
  moneyContext: Set<string>;
  temperatureWords: Set<string>;
  temperatureStems: string[];
  indexContext: PhraseTable<true>;
  indexContextEndings: string[];
  percentPointContext: PhraseTable<true>;
  /** hedge phrases, longest first */
  hedges: Hedge[];
  /** qualifiers written after a figure ("oder mehr", "or less") */
  trailingHedges: PhraseTable<Qualifier>;
  /** hedge words hyphenated to the figure ("near-400,000"), lower case */
  hyphenHedges: Map<string, Qualifier>;
  /** the hedges by their last word (lower case), longest first */
  hedgesByLast: Map<string, Hedge[]>;
  rangeWords: Set<string>;
  alternativeRangeWords: Set<string>;
  estimateWords: Set<string>;
  between: Map<string, string>;
  /** betweenInserts as lower-case token lists, the longest first */
  betweenInserts: string[][];
  fromWords: Set<string>;
  /** pair word -> needs a fromWord before the first figure */
  pairWords: PhraseTable<boolean>;
  pairDeterminers: Set<string>;
  /** labels of a bracketed comparison figure: "(Vorjahr: 4,86)" */
  comparisonLabels: PhraseTable<true>;
  /** hedge word opening a sentence -> its qualifier; the finite verbs between it and the figure */
  frontedHedges: Map<string, Qualifier>;
  frontedVerbs: Set<string>;
  /** fillers between a figure and its unit: how many words, and which units */
  unitFillerReach: number;
  unitFillerUnits: Set<string>;
  /** marks and words of feet and inches ("5' 10\"", "6 ft 2 in") */
  feetMarks: Set<string>;
  inchMarks: Set<string>;
  /** hedge phrase (lower case, space-joined) -> the verbs it is a particle of */
  verbParticles: Map<string, { verbs: Set<string>; objectVerbs: Set<string>; reach: number; passiveVerbs: Set<string>; passiveAuxiliaries: Set<string> }>;
  listWords: PhraseTable<true>;
  alternativeListWords: Set<string>;
  shirtNouns: Set<string>;
  relativePronouns: Set<string>;
  rankIdioms: string[][];
  positionNumbers: Set<string>;
  positionLeads: Set<string>;
  productNouns: Set<string>;
  modelSuffixes: Set<string>;
  ellipticCountWords: Set<string>;
  capitalisedNames: boolean;
  modelDeterminers: Set<string>;
  appositiveAgeLeads: Set<string>;
  gradeCompound: Set<string>;
  gradeAttributive: Set<string>;
  gradeHyphenedEndings: string[];
  streetWords: Set<string>;
  numberLabelVerbs: Set<string>;
  speakingRankVerbs: Set<string>;
  rateLinks: string[][];
  clockOffsets: { links: Set<string>; quarter: Set<string>; cued: Set<string> };
  changeWords: Set<string>;
  changeVerbs: Set<string>;
  rateNouns: Set<string>;
  periodLinks: Set<string>;
  functionWords: Set<string>;
  elidedUnits: ContextLanguage['elidedUnits'];
  elisionWords: Set<string>;
  levelLinks: Set<string>;
  parallelLinks: Set<string>;
  rankParallel: { before: Set<string>; after: Set<string> };
  /** ExtractLanguage.rankAfter, lower case */
  rankAfter: { leads: Set<string>; phrases: string[]; nouns: Set<string> };
  /** ExtractLanguage.resultTimes, the leads split into lower-case words */
  resultTimes: { leads: string[][]; units: Set<string> };
  /** a word ending in one of countWordEndings, or null when the language has none */
  countWord: RegExp | null;
  /** a word ending in one of moneyNounEndings (the whole word), or null */
  moneyNoun: RegExp | null;
  /** ContextLanguage.impliedMoney; nounLinks as lower-case words */
  impliedMoney: { adjectives: Set<string>; verbs: Set<string>; nounLinks: string[][]; linkNouns: Set<string>; determiners: Set<string>; fallback: string | null };
  /** the scale words as written in the language table, lower case ("mrd.", "millionen") */
  scaleWords: Set<string>;
  referential: Set<string>;
  teamUnitWords: Set<string>;
  /** referential words and possessiveDeterminers: what may stand before a ranked group */
  groupDeterminers: Set<string>;
  /** a word ending in one of referentialSuperlatives, or null */
  referentialSuperlative: RegExp | null;
  /** a word ending in one of rankingSuperlatives, or null */
  rankingSuperlative: RegExp | null;
  references: PhraseTable<true>;
  referenceVerbs: Set<string>;
  referenceVerbLeads: Set<string>;
  timeOfDay: PhraseTable<true>;
  oneCount: { leads: Set<string>; copulas: Set<string>; partitive: string; steps: Set<string>; stepLeads: Set<string>; stepComparisons: Set<string>; setAgainst: Set<string> };
  titleArticles: Set<string>;
  compoundConjunctions: Set<string>;
  nameListVerbs: Set<string>;
  numberedLabels: { nouns: Set<string>; followers: Set<string>; capitalisedNouns: boolean };
  levelVerbs: Set<string>;
  pointClockAfter: PhraseTable<true>;
  eraMarkers: PhraseTable<true>;
  relativeBefore: Set<string>;
  frequencyBefore: Set<string>;
  broadcastLinks: PhraseTable<true>;
  aheadPhrases: PhraseTable<true>;
  aheadLongPhrases: PhraseTable<true>;
  prospectAhead: { leads: PhraseTable<true>; prospects: Set<string>; notAfter: Set<string>; clauseOpeners: Set<string> };
  durationBefore: Set<string>;
  clockBefore: Set<string>;
  matchClock: { words: Set<string>; units: Set<string>; notAfter: Set<string> };
  relativeAfter: Set<string>;
  relativeAfterBare: { words: Set<string>; notObjects: Set<string>; clauseOpeners: Set<string> };
  relativeAfterPossessive: Set<string>;
  waitingTime: { subjects: Set<string>; auxiliaries: Set<string>; verbs: Set<string>; links: Set<string>; spans: Set<string>; spanLinks: Set<string>; extras: Set<string> };
  eventOffset: {
    links: Set<string>; longUnits: Set<string>; clockAnchors: readonly string[]; determiners: Set<string>; stayWords: Set<string>; notEvents: Set<string>;
  };
  periodBefore: Set<string>;
  periodPrepositions: Set<string>;
  periodVerbs: { words: Set<string>; leads: Set<string> };
  heldSpanVerbs: Set<string>;
  recordSpanLeads: Set<string>;
  periodPhrases: PhraseTable<true>;
  periodOfOthersPhrases: PhraseTable<true>;
  ordinalSpanPrepositions: Set<string>;
  periodCountNouns: PhraseTable<true>;
  earlierLevel: { directions: Set<string>; heads: Set<string> };
  amountAdditions: Set<string>;
  periodOfOthersAnchors: Set<string>;
  spanNouns: Set<string>;
  periodOfOthersLongPhrases: PhraseTable<true>;
  periodHedges: Set<string>;
  yearCues: Set<string>;
  yearNouns: Set<string>;
  yearHedges: Set<string>;
  baseYearNouns: Set<string>;
  totalityWords: Set<string>;
  countNouns: Set<string>;
  countingVerbs: Set<string>;
  months: PhraseTable<number>;
  dateCues: Set<string>;
  dateCueKeys: KeyFilter;
  dateCueBlockers: Set<string>;
  rankWords: Set<string>;
  scoreWords: Set<string>;
  scoreAfter: Set<string>;
  periodNouns: Set<string>;
  partitive: Set<string>;
  eventPlurals: Set<string>;
  durationLeads: { words: Set<string>; units: Set<string> };
  objectChangeVerbs: Set<string>;
  halfOrdinals: Set<string>;
  /**
   * wordStartKey() of every word that can start a figure: a filter before lower-casing
   * words. Three letters, not two: "mit", "für", "sich" share two with "Milliarden",
   * "fünf", "sieben", and most words of a sentence would pass.
   */
  wordStarts: KeySet;
  /**
   * wordStartKey() of every word that can mean something to a word before it
   * (mayStartFigureBeforeWord): the words of wordStarts, unit words and unit
   * symbols. A word after an article ("ein Mann", "a man") is mostly none.
   */
  followerStarts: KeySet;
  /**
   * wordStartKey() of every word that has a role in a number in words (parseSpelled):
   * the words of wordStarts and the "and" and decimal words ("und", "Komma").
   */
  numberWordStarts: KeySet;
}

/**
 * The lookup key of tokens [i, j): lower-cased texts, one space where the text has
 * whitespace, none around "-" and "/" so that "US-Dollar", "US - Dollar" and
 * "km / h" find the same entry.
 */
export function phraseKey(toks: Tokens, i: number, j: number, caseSensitive = false): string {
  let key = '';
  for (let k = i; k < j; k++) {
    const t = toks.at(k)!;
    const text = caseSensitive ? t.text : lower(t);
    if (k > i && t.space && !isJoiner(t.text) && !isJoiner(toks.at(k - 1)!.text)) key += ' ';
    key += text;
  }
  return key;
}

/** Tokens written with or without spaces around them: "US-Dollar", "km / h". */
const isJoiner = (s: string): boolean => s === '-' || s === '/' || s === '‐' || s === '‑';

/** Longest phrase of `table` starting at token i: [value, end index] or null. */
export function matchPhrase<V>(toks: Tokens, i: number, table: PhraseTable<V>): [V, number] | null {
  // no phrase starts with a number, a URL or past the end (the loop below would stop there): no Token made to see it
  const type = toks.typeAt(i);
  if (type === 0 || type === Tok.Num || type === Tok.Skip) return null;
  if (!table.startKeys.mayHold(toks.src, toks.startAt(i), toks.endAt(i))) return null;
  const first = toks.at(i)!;
  if (!table.starts.has(lower(first))) return null;
  let best: [V, number] | null = null;
  let key = '';
  const limit = Math.min(toks.length, i + table.maxTokens);
  for (let j = i; j < limit; j++) {
    const t = toks.at(j)!;
    if (t.type === Tok.Skip || (t.type === Tok.Num && (j === i || t.space))) break;
    if (j > i && t.space && !isJoiner(t.text) && !isJoiner(toks.at(j - 1)!.text)) key += ' ';
    key += lower(t);
    const v = table.map.get(key);
    if (v !== undefined) best = [v, j + 1];
    else if (!table.prefixes.has(key)) break; // no longer phrase starts like this
  }
  return best;
}

function table<V>(entries: Iterable<[string, V]>): PhraseTable<V> {
  const map = new Map<string, V>();
  const starts = new Set<string>();
  const ends = new Set<string>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [phrase, value] of entries) {
    const toks = tokenize(phrase);
    if (!toks.length) continue;
    map.set(phraseKey(toks, 0, toks.length), value);
    starts.add(lower(toks.at(0)!));
    ends.add(lower(toks.at(toks.length - 1)!));
    for (let j = 1; j < toks.length; j++) prefixes.add(phraseKey(toks, 0, j));
    maxTokens = Math.max(maxTokens, toks.length);
  }
  return { map, maxTokens, starts, ends, prefixes, startKeys: new KeyFilter(starts), endKeys: new KeyFilter(ends) };
}

/** One shape for every unit entry (absent options undefined): the scanner's reads of them stay monomorphic. */
function entry(spec: UnitSpec): UnitEntry {
  const e = typeof spec === 'string' ? { unit: spec } as UnitEntry : spec;
  return { unit: e.unit, factor: e.factor, needsScale: e.needsScale, money: e.money, temperature: e.temperature, multiple: e.multiple, glued: e.glued, noArticle: e.noArticle, subunit: e.subunit, lowerCaseOnly: e.lowerCaseOnly, notBefore: e.notBefore };
}
const set = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const map = <V>(rec: Record<string, V>): Map<string, V> => new Map(Object.entries(rec).map(([k, v]) => [k.toLowerCase(), v]));
const flags = (words: readonly string[]): PhraseTable<true> => table(words.map((w) => [w, true as const]));

function compileMorphemes(n: NumberLanguage): Map<string, Morpheme[]> | null {
  const c = n.compounds;
  if (!c) return null;
  const all: Morpheme[] = [];
  const add = (rec: Record<string, number>, kind: MorphemeKind): void => {
    for (const [text, value] of Object.entries(rec)) all.push({ text, kind, value });
  };
  add(c.units, 'unit');
  add(c.teens, 'teen');
  add(c.tens, 'tens');
  for (const text of c.hundred) all.push({ text, kind: 'hundred', value: 100 });
  for (const text of c.thousand) all.push({ text, kind: 'thousand', value: 1000 });
  for (const text of c.and) all.push({ text, kind: 'and', value: 0 });
  for (const text of c.half) all.push({ text, kind: 'half', value: 0.5 });
  for (const text of c.quarter) all.push({ text, kind: 'quarter', value: 4 });
  // longest first, so that "achtzehn" wins over "acht"
  all.sort((a, b) => b.text.length - a.text.length);
  const byFirst = new Map<string, Morpheme[]>();
  for (const m of all) {
    const k = m.text[0]!;
    if (!byFirst.has(k)) byFirst.set(k, []);
    byFirst.get(k)!.push(m);
  }
  return byFirst;
}

function compile(lang: Lang, extra?: ExtraUnitWords): Lexicon {
  const { numbers: n, context: c, units: u } = SOURCES[lang];
  const hedges: Hedge[] = c.hedges
    .map(([phrase, qualifier, only]) => ({ words: wordsOf(phrase), qualifier, unitOnly: only === 'unit', notMoney: only === 'not-money' }))
    .sort((a, b) => b.words.length - a.words.length);
  const hedgesByLast = new Map<string, Hedge[]>();
  for (const h of hedges) {
    const last = h.words[h.words.length - 1]!;
    hedgesByLast.set(last, [...(hedgesByLast.get(last) ?? []), h]);
  }
  const units = table([...Object.entries(u.words), ...Object.entries(extra ?? {}).map(([k, v]) => [k.toLowerCase(), v])].map(([k, v]) => [k, entry(v)] as [string, UnitEntry]));
  const unitSymbols = new Map(Object.entries(u.symbols).map(([k, v]) => [k, entry(v)]));
  const subunitWords = new Set([...units.map, ...unitSymbols].filter(([, e]) => e.subunit).map(([k]) => k.toLowerCase()));
  const startKeys = wordStartKeys(
    [
      ...Object.keys(n.cardinals), ...Object.keys(n.lowerCaseCardinals ?? {}), ...Object.keys(n.occasionWords ?? {}), ...n.articles, ...n.zeros, ...n.weakCardinals, ...Object.keys(n.scales),
      ...Object.keys(n.fractions), ...n.halfNouns, ...Object.keys(n.mixed), ...Object.keys(n.dozens),
      ...Object.keys(n.ordinals), ...c.rankWords, ...n.everyWords,
    ],
    n.compounds ? [...Object.keys(n.compounds.units), ...Object.keys(n.compounds.teens), ...Object.keys(n.compounds.tens), ...n.compounds.hundred, ...n.compounds.thousand] : [],
    n.compounds ? Object.values(n.compounds).flatMap((x) => (Array.isArray(x) ? x : Object.keys(x))) : [],
  );
  const numberWordKeys = new Set(startKeys);
  for (const w of [...n.andWords, ...n.decimalWords].map((x) => x.toLowerCase())) numberWordKeys.add(wordStartKey(w, 0, w.length));
  const followerKeys = new Set(startKeys);
  for (const w of units.starts) followerKeys.add(wordStartKey(w, 0, w.length));
  // ("eine weitere Million": such an adjective makes the article before it a figure's start)
  for (const w of n.scaleAdjectives ?? []) followerKeys.add(wordStartKey(w, 0, w.length));
  // ("ein bis zwei Jahre", "zwischen einem und zwei": a range word makes the article before it a low end)
  for (const w of [...c.rangeWords, ...c.between.map(([, connector]) => connector)]) followerKeys.add(wordStartKey(w, 0, w.length));
  // a symbol is compared with a word as written, and only a symbol of letters can equal a word
  for (const sym of unitSymbols.keys()) if ([...sym].every((ch) => isLetterCode(ch.charCodeAt(0)))) followerKeys.add(wordStartKey(sym, 0, sym.length));
  return {
    lang,
    decimalMark: n.decimalMark,
    groupMark: n.groupMark,
    cardinals: map({ ...n.lowerCaseCardinals, ...n.cardinals }),
    occasionWords: map(n.occasionWords ?? {}),
    occasionNouns: new Set(n.occasionNouns ?? []),
    multiplierCues: set(n.multiplierCues ?? []),
    multiplierComparisons: { words: set(n.multiplierComparisons?.words ?? []), heads: set(n.multiplierComparisons?.heads ?? []) },
    multiplierLinks: {
      words: set(n.multiplierLinks?.words ?? []), not: set(n.multiplierLinks?.not ?? []), comparatives: set(n.multiplierLinks?.comparatives ?? []),
    },
    occasionIdioms: set(n.occasionIdioms ?? []),
    nameLeads: flags(n.nameLeads ?? []),
    partitionWords: set(n.partitionWords ?? []),
    lowerCaseCardinals: set(Object.keys(n.lowerCaseCardinals ?? {})),
    morphemes: compileMorphemes(n),
    articles: set(n.articles),
    articlesTakeUnits: n.articlesTakeUnits,
    zeros: set(n.zeros),
    weakCardinals: set(n.weakCardinals),
    scales: table(Object.entries(n.scales)),
    scaleSymbols: new Map(Object.entries(n.scaleSymbols)),
    currencyScales: new Map(Object.entries(n.currencyScales)),
    fractions: map(n.fractions),
    fractionsNeedOf: set(n.fractionsNeedOf),
    halfNouns: set(n.halfNouns),
    halfDeterminers: set(n.halfDeterminers ?? []),
    scaleAdjectives: set(n.scaleAdjectives ?? []),
    mixed: map(n.mixed),
    dozens: map(n.dozens),
    vagueQuantifiers: flags(n.vagueQuantifiers),
    decimalWords: set(n.decimalWords),
    negativeWords: set(n.negativeWords),
    negations: { words: set(n.negations.words), focus: set(n.negations.focus), barriers: set(n.negations.barriers), nounLinks: set(n.negations.nounLinks), comparatives: set(n.negations.comparatives), participleEndings: n.negations.participleEndings ?? [] },
    andWords: set(n.andWords),
    ordinals: map(n.ordinals),
    everyWords: set(n.everyWords),
    oneInWords: flags(n.oneInWords),
    fractionOrdinalLeads: set(n.fractionOrdinalLeads),
    shareEventNouns: set(n.shareEventNouns),
    outOfWords: flags(n.outOfWords),
    overWords: set(n.overWords),
    spanHedges: set(n.spanHedges.hedges),
    boundSpanAfter: set(n.spanHedges.boundAfter),
    spanBoundAfter: set(n.spanHedges.boundBefore),
    ordinalSuffixes: set(n.ordinalSuffixes),
    ordinalDot: n.ordinalDot,
    decadeSuffixes: set(n.decadeSuffixes),
    magnitudePlurals: set(n.magnitudePlurals ?? []),
    gluedWords: set(n.gluedWords ?? []),
    units,
    unitSymbols,
    unitCompoundHeads: Object.entries(u.compoundHeads?.heads ?? {})
      .map(([k, v]): [string, UnitEntry] => [k, entry(v)])
      .sort((a, b) => b[0].length - a[0].length),
    unitCompoundExceptions: set(u.compoundHeads?.except ?? []),
    subunitWords,
    currencyPrefixes: table(Object.entries(u.currencyPrefixes)),
    ratePhrases: table(Object.entries(u.ratePhrases)),
    rateFillers: table((u.rateFillers ?? []).map((f) => [f, true] as [string, true])),
    rateAdjectives: Object.entries(u.rateAdjectives),
    moneyContext: set(u.moneyContext),
    temperatureWords: set(u.temperatureContext?.words ?? []),
    temperatureStems: (u.temperatureContext?.stems ?? []).map((w) => w.toLowerCase()),
    indexContext: flags(u.indexContext),
    indexContextEndings: u.indexContextEndings.map((w) => w.toLowerCase()),
    percentPointContext: flags(u.percentPointContext ?? []),
    hedges,
    trailingHedges: table(c.trailingHedges ?? []),
    hyphenHedges: new Map(c.hyphenHedges ?? []),
    hedgesByLast,
    rangeWords: set(c.rangeWords),
    alternativeRangeWords: set(c.alternativeRangeWords ?? []),
    estimateWords: set(c.estimateWords ?? []),
    between: map(Object.fromEntries(c.between)),
    betweenInserts: (c.betweenInserts ?? []).map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length),
    fromWords: set(c.fromWords),
    pairWords: table(c.pairWords.map(([w, f]) => [w, f === 'from'] as [string, boolean])),
    pairDeterminers: set(c.pairDeterminers ?? []),
    comparisonLabels: flags(c.comparisonLabels),
    frontedHedges: new Map((c.frontedHedges?.hedges ?? []).map((w) => [w, hedges.find((h) => h.words.join(' ') === w)?.qualifier ?? 'exact'])),
    frontedVerbs: set(c.frontedHedges?.verbs ?? []),
    unitFillerReach: c.unitFillers?.reach ?? 0,
    unitFillerUnits: set(c.unitFillers?.units ?? []),
    feetMarks: new Set(u.feetInches?.feet ?? []),
    inchMarks: new Set(u.feetInches?.inches ?? []),
    verbParticles: new Map(c.verbParticles.map((v) => [wordsOf(v.hedge).join(' '),
      { verbs: set(v.verbs), objectVerbs: set(v.objectVerbs), reach: v.reach, passiveVerbs: set(v.passiveVerbs ?? []), passiveAuxiliaries: set(v.passiveAuxiliaries ?? []) }])),
    listWords: flags(c.listWords),
    alternativeListWords: set(c.alternativeListWords ?? []),
    shirtNouns: set(c.shirtNouns ?? []),
    relativePronouns: set(c.relativePronouns ?? []),
    rankIdioms: (c.rankIdioms ?? []).map((p) => p.split(' ')),
    positionNumbers: set(c.positionNumbers?.numbers ?? []),
    positionLeads: set(c.positionNumbers?.leads ?? []),
    productNouns: set(c.productNouns ?? []),
    modelSuffixes: set(c.modelSuffixes ?? []),
    ellipticCountWords: set(c.ellipticCountWords ?? []),
    capitalisedNames: c.capitalisedNames ?? false,
    modelDeterminers: set(c.modelDeterminers ?? []),
    appositiveAgeLeads: set(c.appositiveAgeLeads ?? []),
    gradeCompound: set(c.gradeWords?.compound ?? []),
    gradeAttributive: set(c.gradeWords?.attributive ?? []),
    gradeHyphenedEndings: c.gradeWords?.hyphenedEndings ?? [],
    streetWords: set(c.streetWords ?? []),
    numberLabelVerbs: set(c.numberLabelVerbs ?? []),
    speakingRankVerbs: set(c.speakingRankVerbs ?? []),
    rateLinks: (c.rateLinks ?? []).map((phrase) => phrase.split(' ')),
    clockOffsets: { links: set(c.clockOffsets?.links ?? []), quarter: set(c.clockOffsets?.quarter ?? []), cued: set(c.clockOffsets?.cued ?? []) },
    changeWords: set(c.changeWords),
    changeVerbs: set(c.changeVerbs),
    rateNouns: set(c.rateNouns),
    periodLinks: set(c.periodLinks),
    functionWords: set(c.functionWords),
    elidedUnits: c.elidedUnits,
    elisionWords: set(c.elisionWords),
    levelLinks: set(c.levelLinks),
    parallelLinks: set(c.parallelLinks),
    rankParallel: { before: set(c.rankParallel.before), after: set(c.rankParallel.after) },
    resultTimes: { leads: (c.resultTimes?.leads ?? []).map((p) => p.toLowerCase().split(' ')), units: new Set(c.resultTimes?.units ?? []) },
    rankAfter: {
      leads: set(c.rankAfter?.leads ?? []),
      phrases: (c.rankAfter?.phrases ?? []).map((p) => p.toLowerCase()),
      nouns: set(c.rankAfter?.nouns ?? []),
    },
    moneyNoun: c.moneyNounEndings.length ? new RegExp(`^[\\p{L}-]*(?:${c.moneyNounEndings.join('|')})$`, 'iu') : null,
    impliedMoney: {
      adjectives: set(c.impliedMoney?.adjectives ?? []),
      verbs: set(c.impliedMoney?.verbs ?? []),
      nounLinks: (c.impliedMoney?.nounLinks ?? []).map((p) => p.toLowerCase().split(/\s+/)),
      linkNouns: set(c.impliedMoney?.linkNouns ?? []),
      determiners: set(c.impliedMoney?.determiners ?? []),
      fallback: c.impliedMoney?.fallback ?? null,
    },
    countWord: c.countWordEndings.length ? new RegExp(`(?:${c.countWordEndings.join('|')})(?!\\p{L})`, 'iu') : null,
    scaleWords: set(Object.keys(n.scales)),
    referential: set(c.referential),
    teamUnitWords: set(c.teamUnitWords ?? []),
    groupDeterminers: set([...c.referential, ...c.possessiveDeterminers]),
    referentialSuperlative: endingOf(c.referentialSuperlatives),
    rankingSuperlative: endingOf(c.rankingSuperlatives),
    references: flags(c.references),
    referenceVerbs: set(c.referenceVerbs.words),
    referenceVerbLeads: set(c.referenceVerbs.leads),
    timeOfDay: flags(c.timeOfDay),
    oneCount: {
      leads: set(c.oneCount.leads), copulas: set(c.oneCount.copulas), partitive: c.oneCount.partitive, steps: set(c.oneCount.steps ?? []),
      stepLeads: set(c.oneCount.stepLeads ?? []), stepComparisons: set(c.oneCount.stepComparisons ?? []), setAgainst: set(c.oneCount.setAgainst ?? []),
    },
    titleArticles: set(c.titleArticles),
    compoundConjunctions: set(c.compoundConjunctions),
    nameListVerbs: set(c.nameListVerbs ?? []),
    numberedLabels: { nouns: set(c.numberedLabels.nouns), followers: set(c.numberedLabels.followers), capitalisedNouns: c.numberedLabels.capitalisedNouns },
    levelVerbs: set(c.levelVerbs),
    pointClockAfter: flags(c.pointClockAfter),
    eraMarkers: flags(c.eraMarkers ?? []),
    relativeBefore: set(c.relativeBefore),
    frequencyBefore: set(c.frequencyBefore ?? []),
    broadcastLinks: flags(c.broadcastLinks ?? []),
    aheadPhrases: flags(c.aheadPhrases),
    aheadLongPhrases: flags(c.aheadLongPhrases ?? []),
    prospectAhead: {
      leads: flags(c.prospectAhead?.leads ?? []),
      prospects: set(c.prospectAhead?.prospects ?? []),
      notAfter: set(c.prospectAhead?.notAfter ?? []),
      clauseOpeners: set(c.prospectAhead?.clauseOpeners ?? []),
    },
    durationBefore: set(c.durationBefore),
    clockBefore: set(c.clockBefore),
    matchClock: { words: set(c.matchClock?.words ?? []), units: set(c.matchClock?.units ?? []), notAfter: set(c.matchClock?.notAfter ?? []) },
    relativeAfter: set(c.relativeAfter),
    relativeAfterBare: {
      words: set(c.relativeAfterBare?.words ?? []), notObjects: set(c.relativeAfterBare?.notObjects ?? []), clauseOpeners: set(c.relativeAfterBare?.clauseOpeners ?? []),
    },
    relativeAfterPossessive: set(c.relativeAfterPossessive ?? []),
    waitingTime: {
      subjects: set(c.waitingTime?.subjects ?? []), auxiliaries: set(c.waitingTime?.auxiliaries ?? []),
      verbs: set(c.waitingTime?.verbs ?? []), links: set(c.waitingTime?.links ?? []), spans: set(c.waitingTime?.spans ?? []),
      spanLinks: set(c.waitingTime?.spanLinks ?? []), extras: set(c.waitingTime?.extras ?? []),
    },
    eventOffset: {
      links: set(c.eventOffset?.links ?? []), longUnits: set(c.eventOffset?.longUnits ?? []),
      clockAnchors: c.eventOffset?.clockAnchors ?? [], determiners: set(c.eventOffset?.determiners ?? []),
      stayWords: set(c.eventOffset?.stayWords ?? []), notEvents: set(c.eventOffset?.notEvents ?? []),
    },
    periodBefore: set(c.periodBefore),
    periodPrepositions: set(c.periodPrepositions),
    periodVerbs: { words: set(c.periodVerbs?.words ?? []), leads: set(c.periodVerbs?.leads ?? []) },
    heldSpanVerbs: set(c.heldSpanVerbs ?? []),
    recordSpanLeads: set(c.recordSpanLeads ?? []),
    periodPhrases: flags(c.periodPhrases),
    periodOfOthersPhrases: flags(c.periodOfOthersPhrases),
    ordinalSpanPrepositions: set(c.ordinalSpanPrepositions ?? []),
    periodCountNouns: flags(c.periodCountNouns ?? []),
    earlierLevel: { directions: set(c.earlierLevel?.directions ?? []), heads: set(c.earlierLevel?.heads ?? []) },
    amountAdditions: set(c.amountAdditions ?? []),
    periodOfOthersAnchors: set(c.periodOfOthersAnchors ?? []),
    spanNouns: set(c.spanNouns ?? []),
    periodOfOthersLongPhrases: flags(c.periodOfOthersLongPhrases ?? []),
    periodHedges: set(c.periodHedges ?? []),
    yearCues: set(c.yearCues),
    yearNouns: set(c.yearNouns ?? []),
    yearHedges: set(c.yearHedges ?? []),
    baseYearNouns: set(c.baseYearNouns ?? []),
    totalityWords: set(c.totalityWords ?? []),
    countNouns: set(c.countNouns),
    countingVerbs: set(c.countingVerbs ?? []),
    months: table(Object.entries(c.months)),
    dateCues: set(c.dateCues),
    dateCueKeys: new KeyFilter(set(c.dateCues)),
    dateCueBlockers: set(c.dateCueBlockers),
    rankWords: set(c.rankWords),
    scoreWords: set(c.scoreWords),
    scoreAfter: set(c.scoreAfter),
    periodNouns: set(c.periodNouns),
    partitive: set(c.partitive),
    eventPlurals: set(c.eventPlurals ?? []),
    objectChangeVerbs: set(c.objectChangeVerbs ?? []),
    durationLeads: { words: set(c.durationLeads?.words ?? []), units: new Set(c.durationLeads?.units ?? []) },
    halfOrdinals: set(c.halfOrdinals),
    wordStarts: new KeySet(startKeys),
    followerStarts: new KeySet(followerKeys),
    numberWordStarts: new KeySet(numberWordKeys),
  };
}

/** The lower-cased token texts of a phrase. */
function wordsOf(phrase: string): string[] {
  const toks = tokenize(phrase);
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) out.push(lower(toks.at(k)!));
  return out;
}

/**
 * Keys of the words that can start a figure: the first word of every entry, and
 * the starts of compound number words ("dreihundertfünfzig"), which begin with a
 * morpheme; a morpheme shorter than a key is completed with every morpheme that
 * may follow it.
 */
function wordStartKeys(words: string[], firstMorphemes: string[], allMorphemes: string[]): Set<number> {
  const out = new Set<number>();
  const add = (w: string): void => void out.add(wordStartKey(w, 0, w.length));
  for (const w of words) {
    const toks = tokenize(w.toLowerCase());
    if (toks.typeAt(0) === Tok.Word) add(toks.at(0)!.text);
  }
  for (const m of firstMorphemes) {
    const l = m.toLowerCase();
    add(l);
    if (l.length < 3) for (const next of allMorphemes) add(l + next.toLowerCase());
  }
  return out;
}

/**
 * A set of wordStartKey()s. The sentence pre-check and nextCandidate() ask it once
 * per word of every sentence, and nearly all words miss, so hasWord() answers from a
 * bit per possible key instead of hashing: the few dozen letter codes that occur in
 * keys get small indices (6 bits each), and three indices address one bit. Every
 * other code gets index 0, which no key holds, so the answer is exactly has(key).
 */
export class KeySet {
  /** the small index of every UTF-16 code's key part (KEY_CODE), 0 when no key holds it (read by figureStart() too) */
  readonly index = new Uint8Array(0x10000);
  /** one bit per (index << 12 | index << 6 | index) of the keys */
  readonly bits = new Int32Array(1 << 13);
  /** more distinct letter codes than 6 bits index: hasWord() asks the Set, and index and bits are empty */
  readonly wide: boolean;

  constructor(private readonly keys: Set<number>) {
    const parts = new Map<number, number>();
    for (const k of keys) for (const v of [k >>> 20, (k >>> 10) & 1023, k & 1023]) if (!parts.has(v)) parts.set(v, parts.size + 1);
    this.wide = parts.size > 63;
    if (this.wide) return;
    for (let c = 0; c < 0x10000; c++) this.index[c] = parts.get(KEY_CODE[c]!) ?? 0;
    for (const k of keys) {
      const slot = (parts.get(k >>> 20)! << 12) | (parts.get((k >>> 10) & 1023)! << 6) | parts.get(k & 1023)!;
      this.bits[slot >>> 5]! |= 1 << (slot & 31);
    }
  }

  has(key: number): boolean {
    return this.keys.has(key);
  }

  /** has(wordStartKey(src, start, end)), for a word of at least one letter. */
  hasWord(src: string, start: number, end: number): boolean {
    if (this.wide) return this.keys.has(wordStartKey(src, start, end));
    const index = this.index;
    const a = index[src.charCodeAt(start)]!;
    if (a === 0) return false;
    const n = end - start;
    // a missing letter is key part 0, as in wordStartKey()
    const b = index[n > 1 ? src.charCodeAt(start + 1) : 0]!;
    const c = index[n > 2 ? src.charCodeAt(start + 2) : 0]!;
    const slot = (a << 12) | (b << 6) | c;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

/**
 * A filter before a lookup of a token's lower-cased text in a set of lower-cased
 * words: a token whose wordStartKey() no word has is in no such set, and saying so
 * costs no string (lower-casing a token slices and copies it, ~50 ns). One bit per
 * hash of a key, 4,096 of them: a word list's few hundred keys leave most bits clear,
 * and a shared bit only lets a token through to the lookup. Keys lower-case only
 * Latin-1 letters, so a token with another character among its first three always
 * passes (its toLowerCase() might reach a word).
 */
export class KeyFilter {
  private readonly bits = new Int32Array(128);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w.length) continue;
      const slot = keySlot(wordStartKey(w, 0, w.length));
      this.bits[slot >>> 5]! |= 1 << (slot & 31);
    }
  }

  /** False only when src[start, end) (at least one character), lower-cased, is none of the words. */
  mayHold(src: string, start: number, end: number): boolean {
    const n = end - start;
    const a = src.charCodeAt(start);
    const b = n > 1 ? src.charCodeAt(start + 1) : 0;
    const c = n > 2 ? src.charCodeAt(start + 2) : 0;
    if ((a | b | c) > 0xff) return true;
    const slot = keySlot((KEY_CODE[a]! << 20) | (KEY_CODE[b]! << 10) | KEY_CODE[c]!);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

const keySlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 20;

/** Extra unit and currency words from the config file: word -> unit symbol or ISO code. */
export type ExtraUnitWords = Readonly<Record<string, string>>;

const CACHE = new Map<string, Lexicon>();
/** The compiled lexicon of a language, with the config file's extra words if any (cached per set of words). */
export function lexicon(lang: Lang, extra?: ExtraUnitWords): Lexicon {
  const key = extra && Object.keys(extra).length ? `${lang}\u0000${JSON.stringify(Object.entries(extra).sort())}` : lang;
  let lex = CACHE.get(key);
  if (!lex) CACHE.set(key, (lex = compile(lang, extra)));
  return lex;
}

/** A regex for a word ending in one of `endings`, or null for none. */
function endingOf(endings: string[]): RegExp | null {
  return endings.length ? new RegExp(`(?:${endings.join('|')})$`, 'u') : null;
}
