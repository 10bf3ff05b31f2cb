// Loads lexicon/metrics.yaml and indexes it for one language by word stems, so
// inflected and compounded forms find their entry ("Gesamtexportvolumens" ->
// ...export|volum, "Ölreserven" -> ol|reserv).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stem } from '../adapters/natural.js';
import type { Lang } from '../types.js';
import type { ExtraMetric } from './types.js';
import type { MetricLanguage } from './metric-language.js';
import { metrics as deMetrics } from '../lang/de/metrics.js';
import { metrics as enMetrics } from '../lang/en/metrics.js';

/**
 * 'rank': a position ("Platz", "fourth position"), never what a sum of money or a count measures;
 * 'years': an age, told as a count ("aged 65") or a duration ("10 years old"), never a sum of money
 */
export type Dim = 'money' | 'quantity' | 'count' | 'percent' | 'rank' | 'years' | 'any';

export interface Concept {
  key: string;
  label: string;
  dim: Dim;
  flow: 'symmetric' | 'directed' | null;
  weak: boolean;
  /** a more specific concept by figure kind / unit (Maps: the lexicon's objects each have their own keys) */
  byKind: ReadonlyMap<string, string>;
  byUnit: ReadonlyMap<string, string>;
  /** byKind only where the figure counts the concept's noun after it ("sold 7 million shares", not "shares climbed to 717,000") */
  byKindAfter: boolean;
  /** a key prefix whose concepts win when one is named in the same clause */
  yieldsTo: string | null;
  /** a generic head whose name says which one ("the Ifo index"): the name is kept in the key */
  named: boolean;
}

export interface Facet {
  name: string;
  flowOnly: boolean;
  /** counts anywhere in the figure's clause, not only in its noun phrase */
  clause: boolean;
  /** a traded good: a money figure of it, or quoted per unit ("$50 a barrel"), is its price */
  commodity: boolean;
  /** the concept families it refines (frozen: assets, funds, ...); null: any */
  only: readonly string[] | null;
}

/**
 * The concept families a facet may refine, by facet name (lexicon `only`): the
 * same in both languages, so kept once for the key builder (metric-key.ts).
 */
const FACET_ONLY = new Map<string, readonly string[]>();
/** The goods traded on a market named by its city (facets marked `exchange`), the same in both languages. */
const EXCHANGE_TRADED = new Set<string>();

/** Is facet `name` traded on an exchange ("oil", "gold"): one market's price wherever it is quoted? */
export function isExchangeTraded(name: string): boolean {
  if (!EXCHANGE_TRADED.size) lexiconFor('en');
  return EXCHANGE_TRADED.has(name);
}

/**
 * Whether facet `name` can refine the concept with key `conceptKey` ("frozen"
 * refines assets, not a price or a count of MPs). A metric without a concept
 * (noun:<stem>) keeps it: nothing says what it is.
 */
export function facetFits(name: string, conceptKey: string | null): boolean {
  const only = FACET_ONLY.get(name);
  if (!only || conceptKey === null) return true;
  for (const family of only) {
    if (conceptKey === family || (conceptKey.startsWith(family) && conceptKey.charCodeAt(family.length) === 46)) return true;
  }
  return false;
}

/**
 * concept: names a metric; container: carries the metric of its modifier
 * ("-volumen", "Zahl der"); change/share: the change or share of it;
 * changeCompound: a change only as a compound head ("Kursverlust"); facet:
 * refines it (oil, frozen); ignore: says nothing about what is measured.
 */
export type Role = 'concept' | 'container' | 'change' | 'changeCompound' | 'share' | 'facet' | 'ignore';

export interface Entry {
  role: Role;
  /** stems of the words (German: also hyphen parts) of the term */
  units: string[];
  /** the term's last word, lowercase with umlauts folded (guards against over-stemming) */
  rawLast: string;
  /** null unless role is concept / facet (every entry has both fields: one shape, see build) */
  concept: Concept | null;
  facet: Facet | null;
}

export interface VerbCue {
  concept: Concept;
  override: boolean;
  /** it beats a weak head noun only ("employs 6,000 people" -> employees), not an unknown one ("in 120 countries") */
  overWeak: boolean;
  /** only right before the figure (hedges between), whose object it is */
  before: boolean;
  /** figure kinds it applies to; empty: all */
  kinds: string[];
  /** a known metric noun of the same dimension in the clause beats it ("pay a $1m fine": the fine) */
  yields: boolean;
  /** it says what is counted of the counted noun it stands next to ("produced 56,000 cars": production~car) */
  countsObject: boolean;
  /** only for a figure printed with its unit word ("zu 16 Jahren verurteilt"; not an age, "Mr Knight, 39, was jailed") */
  unitWord: boolean;
  /** only after one of these words, hedges skipped ("zu 16 Jahren", "jailed for 12 years"; not "Der 39 Jahre alte Mann"); empty: any */
  leads: Set<string>;
  /** not of a firm, a market, a sector (grammar.placeGrowth.firmWords: "the company grew 5%"): of a place, an economy or no noun */
  notOfFirms: boolean;
  /** lowercase token sequence */
  words: string[];
}

export interface LangLexicon {
  lang: Lang;
  grammar: MetricLanguage;
  /** entries by the stem of their last unit */
  byLast: Map<string, Entry[]>;
  concepts: Map<string, Concept>;
  /** verb cues by their first word */
  verbs: Map<string, VerbCue[]>;
  /** stems of one-word facets that count anywhere in a clause, with their facet names */
  clauseFacetStems: Map<string, string[]>;
  /** their first three letters, a cheap filter before stemming */
  clauseFacetPrefixes: Set<string>;
  /** facet implied by a figure's unit (bbl -> oil) */
  unitFacets: Map<string, string>;
  /** price quotes per unit ("$50 a barrel", "60 Dollar je Barrel"): the words for "per", lowercase */
  perWords: Set<string>;
  /** ... and the stems of the units a price is quoted per */
  priceUnitStems: Set<string>;
  /** amounts per share ("300p a share", "0,30 Euro je Aktie"): the words for "per", lowercase */
  perShareWords: Set<string>;
  /** ... the stems of the words for a share */
  shareStems: Set<string>;
  /** ... and the concepts read as the share's price ("an offer of 300p a share"); others stay, per share ("earnings of $1.62 per share") */
  perSharePrices: Set<string>;
  /** multiword grammar phrases split into words once */
  phrases: {
    attachLeft: string[][];
    levelLeft: string[][];
    changeLeft: string[][];
    comparisonLeft: string[][];
    pairAnaphors: string[][];
  };
  /** first words of the pair phrases, to find them fast */
  pairFirstWords: Set<string>;
  /** last words of the link phrases (attachLeft, levelLeft, changeLeft, comparisonLeft): only these end one */
  linkLastWords: Set<string>;
  stopwords: Set<string>;
  notMetric: Set<string>;
  holders: Set<string>;
  nonNouns: Set<string>;
  changeVerbs: Set<string>;
  skipBeforeFigure: Set<string>;
  /** grammar.periodParts: "quarter" after "third" is a period */
  periodPartNouns: Set<string>;
  periodPartAfter: Set<string>;
  /** grammar.tradingSessions: "Handel" after "frühen" is a trading session */
  sessionNouns: Set<string>;
  sessionBefore: Set<string>;
  sessionCompounds: Set<string>;
  /** grammar.wholeWords, stemmed as a compound's whole is: never split into modifier and head */
  wholeWords: Set<string>;
  sessionPrepositions: Set<string>;
  /** grammar.givenNames */
  givenNames: Set<string>;
  /** grammar.ordinalShares */
  ordinalShares: Set<string>;
  /** grammar.modifierNouns: "trade" before "union" modifies it */
  modifierNouns: Set<string>;
  modifiedHeads: Set<string>;
  auxiliaries: Set<string>;
  /** grammar.verbMarkers: the word after one is a verb ("to trade", "will rise", "help pay off") */
  verbMarkers: Set<string>;
}

// What the word lists say of a lowercase word, as bits on the word (metric-tokens.ts
// Word.flags): a token asks them many times, one set lookup per word is enough.
export const STOPWORD = 1;
export const NOT_METRIC = 2;
export const CHANGE_VERB = 4;
/** first word of a verb cue (lex.verbs) */
export const VERB = 8;
export const SKIP_BEFORE_FIGURE = 16;
export const HOLDER = 32;
export const NON_NOUN = 64;
/** first word of a pair phrase ("beiden", "both") */
export const PAIR_FIRST = 128;
/** grammar.verbMarkers: an infinitive marker or modal, the word after it is a verb ("to trade", "will rise") */
export const VERB_BEFORE = 256;
/** last word of a link phrase before a figure ("von", "rose to") */
export const LINK_LAST = 512;
/** a genitive article or "of" after a head (grammar.genitive) */
export const GENITIVE = 1024;
/** a preposition that takes partners, an origin, a destination (grammar.partnerPreps, originPreps, destinationPreps) */
export const PARTNER_PREP = 2048;
export const ORIGIN_PREP = 4096;
export const DESTINATION_PREP = 8192;
/** grammar.anaphors, partitiveRight, levelLeft: asked of a token per phrase or figure (a bit, not a string search) */
export const ANAPHOR = 16384;
export const PARTITIVE_RIGHT = 32768;
export const LEVEL_LEFT = 65536;
/** grammar.periodParts: a part of the year ("quarter") and a word before one that makes it a period ("third") */
export const PERIOD_PART_NOUN = 131072;
export const PERIOD_PART_AFTER = 262144;
/** a word that opens a clause of its own after a comma (", while", ", während") */
export const CLAUSE_OPENER = 524288;
/** grammar.tradingSessions: a session noun ("trade") and a word before one that makes it a session ("morning") */
export const SESSION_NOUN = 1048576;
export const SESSION_BEFORE = 2097152;
/** grammar.modifierNouns: a noun ("trade") and a head after it that it only modifies ("union") */
export const MODIFIER_NOUN = 4194304;
export const MODIFIED_HEAD = 8388608;
/** grammar.auxiliaries: a form of "be" or "have" (the change word after it is a verb) */
export const AUXILIARY = 16777216;

/** grammar.givenNames: a given name, which starts a person's name when written capitalised before another capitalised word */
export const GIVEN_NAME = 33554432;

/** grammar.ordinalShares: a share word that is an ordinal outside a figure ("came third") */
export const ORDINAL_SHARE = 67108864;

/** A possessive ending ("quarter's", "traders'", "Henkel's"). */
export const POSSESSIVE_END = /['’]s?$/;

/** The flags of a lowercase word in this lexicon. */
export function wordFlags(lex: LangLexicon, lower: string): number {
  return (lex.stopwords.has(lower) ? STOPWORD : 0)
    | (lex.notMetric.has(lower) ? NOT_METRIC : 0)
    | (lex.changeVerbs.has(lower) ? CHANGE_VERB : 0)
    | (lex.verbs.has(lower) ? VERB : 0)
    | (lex.skipBeforeFigure.has(lower) ? SKIP_BEFORE_FIGURE : 0)
    | (lex.holders.has(lower) ? HOLDER : 0)
    | (lex.nonNouns.has(lower) ? NON_NOUN : 0)
    | (lex.pairFirstWords.has(lower) ? PAIR_FIRST : 0)
    | (lex.verbMarkers.has(lower) ? VERB_BEFORE : 0)
    | (lex.linkLastWords.has(lower) ? LINK_LAST : 0)
    | (lex.grammar.genitive.includes(lower) ? GENITIVE : 0)
    | (lex.grammar.partnerPreps.includes(lower) ? PARTNER_PREP : 0)
    | (lex.grammar.originPreps.includes(lower) ? ORIGIN_PREP : 0)
    | (lex.grammar.destinationPreps.includes(lower) ? DESTINATION_PREP : 0)
    | (lex.grammar.anaphors.includes(lower) ? ANAPHOR : 0)
    | (lex.grammar.partitiveRight.includes(lower) ? PARTITIVE_RIGHT : 0)
    | (lex.grammar.levelLeft.includes(lower) ? LEVEL_LEFT : 0)
    // "the third quarter's 5.1%": a period's possessive is still the period
    | (lex.periodPartNouns.has(lower) || (POSSESSIVE_END.test(lower) && lex.periodPartNouns.has(lower.replace(POSSESSIVE_END, ''))) ? PERIOD_PART_NOUN : 0)
    | (lex.periodPartAfter.has(lower) ? PERIOD_PART_AFTER : 0)
    | (lex.grammar.clauseOpeners.includes(lower) ? CLAUSE_OPENER : 0)
    | (lex.sessionNouns.has(lower) ? SESSION_NOUN : 0)
    | (lex.sessionBefore.has(lower) ? SESSION_BEFORE : 0)
    | (lex.modifierNouns.has(lower) ? MODIFIER_NOUN : 0)
    | (lex.auxiliaries.has(lower) ? AUXILIARY : 0)
    | (lex.givenNames.has(lower) ? GIVEN_NAME : 0)
    | (lex.ordinalShares.has(lower) ? ORDINAL_SHARE : 0)
    // "the trade union's members": a possessive head is still the head
    | (lex.modifiedHeads.has(lower) || (POSSESSIVE_END.test(lower) && lex.modifiedHeads.has(lower.replace(POSSESSIVE_END, ''))) ? MODIFIED_HEAD : 0);
}

interface RawConcept {
  key: string;
  label: string;
  dim: Dim;
  flow?: 'symmetric' | 'directed';
  weak?: boolean;
  by_kind?: Record<string, string>;
  by_kind_after?: boolean;
  by_unit?: Record<string, string>;
  yields_to?: string;
  named?: boolean;
  de?: string[];
  en?: string[];
}
type Bilingual = { de?: string[]; en?: string[] };
interface RawLexicon {
  concepts: RawConcept[];
  facets: Record<string, Bilingual & { flow_only?: boolean; clause?: boolean; commodity?: boolean; exchange?: boolean; only?: string[] }>;
  ignore: Bilingual;
  containers: Bilingual;
  change: Bilingual & { compound_only?: Bilingual };
  share: Bilingual;
  verbs: Record<string, Bilingual & { concept?: string; override?: boolean; override_weak?: boolean; before?: boolean; yields_to_clause?: boolean; counts_object?: boolean; not_of_firms?: boolean; unit_word?: boolean; leads?: Bilingual; kinds?: string[] }>;
  unit_facets?: Record<string, string>;
  price_per_unit?: { per?: Bilingual; units?: Bilingual };
  price_per_share?: { per?: Bilingual; units?: Bilingual; prices?: string[] };
}

const GRAMMAR: Record<Lang, MetricLanguage> = { de: deMetrics, en: enMetrics };

/** A language's metric grammar and word tables (src/lang/<lang>/metrics.ts). */
export const metricLanguage = (lang: Lang): MetricLanguage => GRAMMAR[lang];

/** Per language: a stem -> the stem all its spellings share (MetricLanguage.spellingVariants). */
const SPELLINGS: Record<Lang, ReadonlyMap<string, string>> = {
  de: new Map(Object.entries(GRAMMAR.de.spellingVariants ?? {})),
  en: new Map(Object.entries(GRAMMAR.en.spellingVariants ?? {})),
};

/** Per language: a stem -> the stem its synonyms share (MetricLanguage.nounSynonyms). */
const SYNONYMS: Record<Lang, ReadonlyMap<string, string>> = {
  de: new Map(Object.entries(GRAMMAR.de.nounSynonyms ?? {})),
  en: new Map(Object.entries(GRAMMAR.en.nounSynonyms ?? {})),
};

/** lowercase, umlauts and ß folded the way the German stemmer folds them */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return UMLAUT.test(lower) ? lower.replace(UMLAUTS, (c) => FOLDED[c]) : lower;
}
const UMLAUT = /[äöüß]/;
const UMLAUTS = /[äöüß]/g;
const FOLDED: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * The stem units of one written word. German splits hyphenated compounds
 * ("US-Exporte" -> us|export); English keeps them and drops a possessive.
 */
// Not memoised: the metric step keeps each word's units on its Word (and its head
// analyses by head), so a warm pass over the German corpus asks for ~60 words; a
// memo by text held ~20,000 entries (~1.2 MB per language in every thread) for them.
export function wordUnits(word: string, lang: Lang): string[] {
  const lower = word.toLowerCase();
  // (both languages push into one array: units arrays of one kind)
  const out: string[] = [];
  if (lang === 'en') {
    const w = lower.replace(/['’]s$/, '').replace(/['’]$/, '');
    if (w) {
      let s = stem(w, lang);
      s = SPELLINGS.en.get(s) ?? s;
      out.push(SYNONYMS.en.get(s) ?? s);
    }
    return out;
  }
  for (const part of lower.split('-')) {
    if (!part) continue;
    const s = stem(part, lang);
    out.push(SYNONYMS.de.get(s) ?? s);
  }
  return out;
}

function termUnits(term: string, lang: Lang): string[] {
  return term.split(/\s+/).filter(Boolean).flatMap((w) => wordUnits(w, lang));
}

function lastRaw(term: string): string {
  const words = term.split(/[\s-]+/).filter(Boolean);
  return fold(words[words.length - 1] ?? '');
}

function loadRaw(): RawLexicon {
  // The build (scripts/build-lexicon.mjs) leaves a JSON copy in dist/lexicon/: far
  // quicker to load in every thread than parsing the YAML. Run from src/ (the
  // tests), there is none, and the YAML two levels up is read; the YAML parser
  // is loaded only then.
  // A copy older than the YAML (edited, then built with a bare `tsc`) is not used.
  const source = new URL('../../lexicon/metrics.yaml', import.meta.url);
  const built = new URL('../lexicon/metrics.json', import.meta.url);
  const builtTime = statSync(built, { throwIfNoEntry: false })?.mtimeMs;
  if (builtTime !== undefined && builtTime >= statSync(source).mtimeMs) return JSON.parse(readFileSync(built, 'utf8')) as RawLexicon;
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(readFileSync(source, 'utf8')) as RawLexicon;
}

function build(raw: RawLexicon, lang: Lang): LangLexicon {
  const grammar = GRAMMAR[lang];
  const byLast = new Map<string, Entry[]>();
  const concepts = new Map<string, Concept>();
  const add = (term: string, entry: Pick<Entry, 'role'> & Partial<Pick<Entry, 'concept' | 'facet'>>): void => {
    const units = termUnits(term, lang);
    if (!units.length) return;
    // every entry built here with all fields in one order: one shape, so the JIT's code for entries stays valid
    const e: Entry = { role: entry.role, units, rawLast: lastRaw(term), concept: entry.concept ?? null, facet: entry.facet ?? null };
    const last = units[units.length - 1];
    const list = byLast.get(last);
    if (list) list.push(e);
    else byLast.set(last, [e]);
  };
  for (const c of raw.concepts) {
    const concept: Concept = {
      key: c.key, label: c.label, dim: c.dim, flow: c.flow ?? null, weak: c.weak === true,
      byKind: new Map(Object.entries(c.by_kind ?? {})), byUnit: new Map(Object.entries(c.by_unit ?? {})), yieldsTo: c.yields_to ?? null,
      byKindAfter: c.by_kind_after === true,
      named: c.named === true,
    };
    concepts.set(c.key, concept);
    for (const t of c[lang] ?? []) add(t, { role: 'concept', concept });
  }
  for (const [name, f] of Object.entries(raw.facets)) {
    const facet: Facet = {
      name, flowOnly: f.flow_only === true, clause: f.clause === true, commodity: f.commodity === true, only: f.only ?? null,
    };
    if (f.exchange) EXCHANGE_TRADED.add(name);
    if (f.only) {
      for (const family of f.only) {
        if (!raw.concepts.some((c) => c.key === family)) throw new Error(`lexicon/metrics.yaml: facet ${name} refines unknown concept ${family}`);
      }
      FACET_ONLY.set(name, f.only);
    }
    for (const t of f[lang] ?? []) add(t, { role: 'facet', facet });
  }
  for (const t of raw.ignore[lang] ?? []) add(t, { role: 'ignore' });
  for (const t of raw.containers[lang] ?? []) add(t, { role: 'container' });
  for (const t of raw.change[lang] ?? []) add(t, { role: 'change' });
  for (const t of raw.change.compound_only?.[lang] ?? []) add(t, { role: 'changeCompound' });
  for (const t of raw.share[lang] ?? []) add(t, { role: 'share' });
  const verbs = new Map<string, VerbCue[]>();
  for (const [key, v] of Object.entries(raw.verbs)) {
    const concept = concepts.get(v.concept ?? key);
    if (!concept) throw new Error(`lexicon/metrics.yaml: verb cue for unknown concept ${key}`);
    for (const form of v[lang] ?? []) {
      const words = form.toLowerCase().split(/\s+/);
      const list = verbs.get(words[0]) ?? [];
      list.push({ concept, override: v.override === true, overWeak: v.override === true || v.override_weak === true, before: v.before === true, kinds: v.kinds ?? [], yields: v.yields_to_clause === true, countsObject: v.counts_object === true, notOfFirms: v.not_of_firms === true, unitWord: v.unit_word === true, leads: new Set((v.leads?.[lang] ?? []).map((w) => w.toLowerCase())), words });
      verbs.set(words[0], list);
    }
  }
  for (const c of concepts.values()) {
    for (const target of [...c.byKind.values(), ...c.byUnit.values()]) {
      if (!concepts.has(target)) throw new Error(`lexicon/metrics.yaml: ${c.key} points to unknown concept ${target}`);
    }
  }
  const split = (xs: readonly string[]): string[][] => xs.map((x) => x.split(' '));
  const clauseFacetStems = new Map<string, string[]>();
  for (const [last, entries] of byLast) {
    const names = entries.filter((e) => e.role === 'facet' && e.facet!.clause && e.units.length === 1).map((e) => e.facet!.name);
    if (names.length) clauseFacetStems.set(last, names);
  }
  return {
    phrases: {
      attachLeft: split(grammar.attachLeft), levelLeft: split(grammar.levelLeft), changeLeft: split(grammar.changeLeft),
      comparisonLeft: split(grammar.comparisonLeft), pairAnaphors: split(grammar.pairAnaphors),
    },
    clauseFacetStems,
    clauseFacetPrefixes: new Set([...clauseFacetStems.keys()].map((k) => k.slice(0, 3))),
    pairFirstWords: new Set(grammar.pairAnaphors.map((p) => p.split(' ')[0])),
    linkLastWords: new Set([grammar.attachLeft, grammar.levelLeft, grammar.changeLeft, grammar.comparisonLeft].flatMap(split).map((words) => words[words.length - 1])),
    lang, grammar, byLast, concepts, verbs, unitFacets: new Map(Object.entries(raw.unit_facets ?? {})),
    perWords: new Set((raw.price_per_unit?.per?.[lang] ?? []).map((w) => w.toLowerCase())),
    priceUnitStems: new Set((raw.price_per_unit?.units?.[lang] ?? []).map((t) => termUnits(t, lang)).filter((u) => u.length).map((u) => u[u.length - 1])),
    perShareWords: new Set((raw.price_per_share?.per?.[lang] ?? []).map((w) => w.toLowerCase())),
    shareStems: new Set((raw.price_per_share?.units?.[lang] ?? []).map((t) => termUnits(t, lang)).filter((u) => u.length).map((u) => u[u.length - 1])),
    perSharePrices: new Set(raw.price_per_share?.prices ?? []),
    stopwords: new Set(grammar.stopwords),
    notMetric: new Set(grammar.notMetric),
    holders: new Set(grammar.holders),
    nonNouns: new Set(grammar.nonNouns),
    changeVerbs: new Set(grammar.changeVerbs),
    skipBeforeFigure: new Set(grammar.skipBeforeFigure),
    periodPartNouns: new Set(grammar.periodParts?.nouns ?? []),
    periodPartAfter: new Set(grammar.periodParts?.after ?? []),
    sessionNouns: new Set([...grammar.tradingSessions?.nouns ?? [], ...grammar.tradingSessions?.compounds ?? []]),
    sessionBefore: new Set(grammar.tradingSessions?.before ?? []),
    sessionCompounds: new Set(grammar.tradingSessions?.compounds ?? []),
    wholeWords: new Set((grammar.wholeWords ?? []).flatMap((w) => wordUnits(w, lang))),
    sessionPrepositions: new Set(grammar.tradingSessions?.prepositions ?? []),
    modifierNouns: new Set(grammar.modifierNouns?.nouns ?? []),
    modifiedHeads: new Set(grammar.modifierNouns?.heads ?? []),
    auxiliaries: new Set(grammar.auxiliaries ?? []),
    givenNames: new Set(grammar.givenNames ?? []),
    ordinalShares: new Set(grammar.ordinalShares ?? []),
    verbMarkers: new Set(grammar.verbMarkers ?? []),
  };
}

let raw: RawLexicon | null = null;
const cache = new Map<Lang, LangLexicon>();

/** The indexed lexicon for one language (loaded once per process). */
export function lexiconFor(lang: Lang): LangLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    raw ??= loadRaw();
    lex = build(raw, lang);
    cache.set(lang, lex);
  }
  return lex;
}

/**
 * The lexicon with the config file's metric synonyms added: each term names its
 * key exactly as a lexicon term does (stems, compounds), a key the lexicon lacks
 * becomes a concept of its own. Built once per set of extras (the pipeline passes
 * the same array for every document); the shared lexicon is never changed.
 */
export function lexiconWith(lang: Lang, extra: readonly ExtraMetric[]): LangLexicon {
  if (!extra.some((m) => m.terms.length)) return lexiconFor(lang);
  let byLang = extraByIdentity.get(extra);
  if (!byLang) {
    byLang = new Map();
    extraByIdentity.set(extra, byLang);
  }
  let lex = byLang.get(lang);
  if (!lex) {
    // equal extras from another array (a worker, a test) share the build too
    const key = `${lang}\u0000${JSON.stringify(extra)}`;
    lex = extraByContent.get(key);
    if (!lex) {
      raw ??= loadRaw();
      lex = build(withExtra(raw, lang, extra), lang);
      if (extraByContent.size >= EXTRA_CACHE_MAX) extraByContent.clear();
      extraByContent.set(key, lex);
    }
    byLang.set(lang, lex);
  }
  return lex;
}
const extraByIdentity = new WeakMap<readonly ExtraMetric[], Map<Lang, LangLexicon>>();
const extraByContent = new Map<string, LangLexicon>();
const EXTRA_CACHE_MAX = 16;

/** A copy of the raw lexicon whose concepts carry the extra terms (the original stays as loaded). */
function withExtra(base: RawLexicon, lang: Lang, extra: readonly ExtraMetric[]): RawLexicon {
  const concepts = base.concepts.map((c) => ({ ...c }));
  const byKey = new Map(concepts.map((c) => [c.key, c]));
  for (const m of extra) {
    let c = byKey.get(m.key);
    if (!c) {
      // a metric the lexicon does not know: measured in whatever the figure says
      c = { key: m.key, label: m.label ?? m.key, dim: 'any' };
      concepts.push(c);
      byKey.set(m.key, c);
    } else if (m.label) {
      c.label = m.label;
    }
    c[lang] = [...(c[lang] ?? []), ...m.terms];
  }
  return { ...base, concepts };
}
