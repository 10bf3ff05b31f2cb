// The noun phrase a figure belongs to, and what its words say: which concept
// the head names (through the lexicon, German compound splitting and stemming),
// which facets refine it, and which countries it concerns in which role.
import type { Lang } from '../types.js';
import { stem } from '../adapters/natural.js';
import type { Concept, Entry, LangLexicon } from './metric-lexicon.js';
import { AUXILIARY, GIVEN_NAME, ORDINAL_SHARE, PERIOD_PART_AFTER, PERIOD_PART_NOUN, SESSION_BEFORE, SESSION_NOUN, MODIFIER_NOUN, MODIFIED_HEAD, ANAPHOR, CHANGE_VERB, DESTINATION_PREP, GENITIVE, ORIGIN_PREP, PARTNER_PREP, VERB_BEFORE, NON_NOUN, NOT_METRIC, PAIR_FIRST, SKIP_BEFORE_FIGURE, STOPWORD, VERB, POSSESSIVE_END, fold, wordFlags, wordUnits } from './metric-lexicon.js';
import { detached } from '../lang/detach.js';
import { MEMO_MAX } from './memo.js';
import type { EntityHit, EntityIndex } from './entities.js';
import { findEntities } from './entities.js';
import { WordTable, gluedCompoundPart, type Token, type Word } from './metric-tokens.js';

export type HeadRole = 'container' | 'change' | 'share';

/** Appends `from` to `into`: a loop, cheaper than push(...from) for the short (mostly empty) lists pushed here. */
export function pushAll<T>(into: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) into.push(from[i]);
}

/** First index of a sorted array whose value is >= x. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** What the words of a noun phrase say about the metric. */
export interface HeadAnalysis {
  concept: Concept | null;
  /** the head only carries a metric: named by a modifier, a complement or an earlier sentence */
  role: HeadRole | null;
  /** stem of an unknown compound modifier that names the carried metric ("Impfquote" -> impf) */
  innerUnknown: string | null;
  facets: Set<string>;
  /** facets.size, kept when the analysis is made (read for every noun scored: one field, not the set and its table) */
  facetCount: number;
  /** stems of unknown German compound modifiers that narrow a known concept ("Stahlexporte") */
  unknownMods: string[];
  /** stem of the whole head word, for noun:<stem> */
  headStem: string;
  /** stem of the last compound part ("Handelsvolumen" -> volum), to match "das Volumen" back */
  headLast: string;
}

export interface EntityRoles {
  /** named as the owner: prefix, adjective, genitive, possessive ("US-Exporte", "exports of the US") */
  owner: string[];
  /** after "aus"/"from" */
  origin: string[];
  /** after "nach"/"to" */
  destination: string[];
  /** after "zwischen"/"between", or several prefixes ("US-Russland-Handel") */
  partners: string[];
  /** "beiden Ländern", "both countries": the pair the document is about */
  pair: boolean;
}

export interface NounPhrase {
  head: number;
  analysis: HeadAnalysis;
  entities: EntityRoles;
  /** the noun of a genitive/"of"/"am" complement ("Zahl der Flüchtlinge"), analysed */
  complement: HeadAnalysis | null;
  /** token index of that noun, or -1 */
  complementAt: number;
  /** the head is preceded by a demonstrative or definite article ("das Volumen", "this figure") */
  definite: boolean;
  /** surface form of the head */
  text: string;
  /**
   * metric-attach.ts baseScore for the figure kind `baseScoreSlot` (kindSlot;
   * -1: not asked yet): the last one asked only, as the figures of a sentence
   * are mostly of one kind (an array of seven was made for every phrase)
   */
  baseScoreSlot: number;
  baseScore: number;
}

/** A head analysis with every field in one order: one shape for all of them, so V8 keeps the code that reads them optimised. */
function headAnalysis(
  concept: Concept | null, role: HeadRole | null, innerUnknown: string | null, facets: Set<string>,
  unknownMods: string[], headStem: string, headLast: string,
): HeadAnalysis {
  return { concept, role, innerUnknown, facets, facetCount: facets.size, unknownMods, headStem, headLast };
}

/** A copy of a (shared) analysis that also names `facet`. */
function withFacet(a: HeadAnalysis, facet: string): HeadAnalysis {
  const facets = new Set(a.facets);
  facets.add(facet);
  return headAnalysis(a.concept, a.role, a.innerUnknown, facets, a.unknownMods, a.headStem, a.headLast);
}

// A phrase's roles are gathered in one scratch object (buildPhrase does not
// re-enter itself) and kept as copies: most phrases name no entity, and those
// share one empty object instead of five of their own.
const scratchRoles: EntityRoles = { owner: [], origin: [], destination: [], partners: [], pair: false };
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];
const NO_ROLES: EntityRoles = Object.freeze({ owner: NO_NAMES, origin: NO_NAMES, destination: NO_NAMES, partners: NO_NAMES, pair: false });

/** The roles gathered in `r` (the scratch), as a phrase keeps them (shared and frozen when empty: read only). */
function keptRoles(r: EntityRoles): EntityRoles {
  if (!r.owner.length && !r.origin.length && !r.destination.length && !r.partners.length && !r.pair) return NO_ROLES;
  return { owner: r.owner.slice(), origin: r.origin.slice(), destination: r.destination.slice(), partners: r.partners.slice(), pair: r.pair };
}

/** A noun phrase, made in one place (one shape: see headAnalysis). */
function nounPhrase(
  head: number, analysis: HeadAnalysis, entities: EntityRoles, complement: HeadAnalysis | null,
  complementAt: number, definite: boolean, text: string,
): NounPhrase {
  return { head, analysis, entities, complement, complementAt, definite, text, baseScoreSlot: -1, baseScore: 0 };
}

// Patterns of the hot paths, made once: a regex literal in a function is a new
// RegExp object every time it is evaluated (56 bytes of garbage per test).
const APOSTROPHE = /['’]/;
const LY_END = /ly$/;
const ED_ING_END = /(?:ed|ing)$/;
const ING_END = /ing$/;
const LY_ED_END = /(?:ly|ed)$/;
const TWO_LETTERS = /\p{L}{2}/u;
const UPPER_START = /^\p{Lu}/u;

/** UPPER_START.test(text), an ASCII first letter decided without the regex (most are; asked of every premodifier). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}
/** German adjective endings */
const GERMAN_INFLECTED = /(?:e|en|er|es|em)$/;
/** articles and "und"/"and" inside "zwischen X und Y" */
const IN_COMPLEMENT = /^(?:und|and|sowie|the|den|die|der|dem|des|das)$/;

const MIN_FREE_SUFFIX = 5;
/** how many tokens after its head a noun phrase's complement may stand */
export const MAX_COMPLEMENT_DISTANCE = 10;
/** letters no German word (stem) ends in: a split there cuts a word, not a compound */
const NO_WORD_END = /[vjqwyäöü]$/;

/**
 * Running counts of words, commas and figures before each token (3 * k, + 1,
 * + 2) of one sentence, `prefixSerial`'s: attach asks betweenCost for the
 * nouns around one figure, one sentence at a time, so one shared array does
 * (an array per sentence, grown by push, was the metric step's second
 * largest garbage). Sentences are told apart by a serial number, not by a
 * reference: the array keeps no sentence alive.
 */
const prefixCounts: number[] = [];
let prefixSerial = 0;
/** a sentence with more counts than this has its own array: the shared one stays small for the thread's life */
const PREFIX_SHARED_MAX = 3 * 4096;
let lastSerial = 0;
/** 1, 2, ... (wrapping long before it leaves the small integers) */
function nextSerial(): number {
  lastSerial = lastSerial >= 0x3fffffff ? 1 : lastSerial + 1;
  return lastSerial;
}

/** Head analyses cached on a head word, by the words of its premodifiers (see cachedHead). */
interface HeadNode {
  analysis?: HeadAnalysis;
  /** the next premodifier's word */
  next?: Map<Word, HeadNode>;
  /** at the head word only: the first premodifier's word of a complement ("Zahl der neuen Flüchtlinge") */
  complement?: Map<Word, HeadNode>;
}

/** Per-sentence view: tokens, their entities, and noun-phrase analysis on demand. */
export class SentenceAnalysis {
  readonly entities: (EntityHit | null)[];
  /** noun phrases by head token (a plain array: token indexes are dense) */
  private readonly nps: Array<NounPhrase | undefined> = [];
  private readonly countedNps: Array<NounPhrase | undefined> = [];

  constructor(
    readonly tokens: Token[],
    readonly lex: LangLexicon,
    entityIndex: EntityIndex,
  ) {
    this.entityAt = [];
    this.entities = findEntities(tokens, entityIndex, this.entityAt);
    this.words = wordTableOf(lex);
    // a plain array, not a typed one: a typed array this size lives off the heap and costs more to make than to fill
    // (filled in the loop below, in order: no fill call of its own)
    this.candidates = new Array<number>(tokens.length);
    this.pairAt = [];
    for (let k = 0; k < tokens.length; k++) {
      this.candidates[k] = 0;
      if (tokens[k].word.flags & PAIR_FIRST && matchPhrase(tokens, k, lex.phrases.pairAnaphors)) this.pairAt.push(k);
    }
  }

  private readonly words: WordTable;

  /** token positions with an entity, in order */
  readonly entityAt: number[];

  /** Does a sorted position list have one in [lo, hi)? */
  anyIn(positions: readonly number[], lo: number, hi: number): boolean {
    const i = lowerBound(positions, lo);
    return i < positions.length && positions[i] < hi;
  }
  /** token positions where "beiden Ländern" / "both countries" starts */
  readonly pairAt: number[];

  /** isCandidate answers by token, two bits each (outside a figure, then inside, << 2): 0 unknown, 1 yes, 2 no */
  private readonly candidates: number[];
  private figures: Map<number, [number, number]> | null = null;
  private clauseFacetCache: [number[], string[][]] | null = null;

  /** tells this sentence's counts in the shared `prefixCounts` from another's */
  private readonly serial = nextSerial();
  /** the counts of a sentence too long for the shared array */
  private ownPrefix: number[] | null = null;

  /**
   * What crossing tokens [a, b) costs: perWord * words + perComma * commas +
   * perFigure * figures (figures counted by their first token), 0 when b <= a.
   * A number, not an object of counts: it is asked for every noun near every figure.
   */
  betweenCost(a: number, b: number, perWord: number, perComma: number, perFigure: number): number {
    const p = prefixSerial === this.serial ? prefixCounts : this.ownPrefix ?? this.countPrefixes();
    if (b <= a) return perWord * 0 + perComma * 0 + perFigure * 0;
    const x = 3 * a;
    const y = 3 * b;
    return perWord * (p[y] - p[x]) + perComma * (p[y + 1] - p[x + 1]) + perFigure * (p[y + 2] - p[x + 2]);
  }

  /** Fills the shared `prefixCounts` with this sentence's counts (a huge sentence: an array of its own). */
  private countPrefixes(): number[] {
    const tokens = this.tokens;
    const size = 3 * tokens.length + 3;
    const own = size > PREFIX_SHARED_MAX;
    const p = own ? (this.ownPrefix = []) : prefixCounts;
    let words = 0;
    let commas = 0;
    let figures = 0;
    // written in order, as by push: the array stays packed
    p[0] = 0;
    p[1] = 0;
    p[2] = 0;
    for (let k = 0, x = 3; k < tokens.length; k++, x += 3) {
      const t = tokens[k];
      if (t.kind !== 'punct') words++;
      if (t.boundary === 1) commas++;
      if (t.mention >= 0 && (k === 0 || tokens[k - 1].mention !== t.mention)) figures++;
      p[x] = words;
      p[x + 1] = commas;
      p[x + 2] = figures;
    }
    if (!own) prefixSerial = this.serial;
    return p;
  }

  /** Stem units of token i (cached per token). */
  units(i: number): string[] {
    const w = this.tokens[i].word;
    return (w.units ??= wordUnits(w.text, this.lang));
  }

  /**
   * The name before a generic head that says which one it is ("the Ifo index", "the
   * consumer confidence index", "Ifo-Index"): the first concept among its words (FTSE ->
   * index.ftse) and the stems of its words (a concept that is no kind of the head is just
   * a word of the name: "the output index"); null when nothing names it.
   */
  nameOfHead(head: number): { concept: Concept | null; stems: string[] } | null {
    const t = this.tokens[head];
    if (!t || t.kind !== 'word') return null;
    const words: string[] = [];
    for (let k = this.premodStart(head); k < head; k++) {
      const w = this.tokens[k];
      // a country or demonym says whose ("the German Ifo index"); adjectives say nothing of which
      if (w.kind === 'word' && !this.entities[k] && !(w.word.flags & NON_NOUN)) words.push(w.text);
    }
    const hyphen = t.text.split('-');
    if (hyphen.length > 1) words.push(...hyphen.slice(0, -1));
    const headUnits = this.units(head);
    const headTerms = this.lex.byLast.get(headUnits[headUnits.length - 1]) ?? [];
    const stems: string[] = [];
    let named: Concept | null = null;
    for (const w of words) {
      const units = wordUnits(w, this.lang);
      if (!units.length) continue;
      // part of the head's own term ("benchmark index", "stock index")
      if (headTerms.some((e) => e.units.length > 1 && e.units.includes(units[units.length - 1]))) continue;
      const entries = this.lex.byLast.get(units[units.length - 1]) ?? [];
      const concept = entries.find((e) => e.role === 'concept' && e.units.length === 1)?.concept;
      // a concept names the head ("FTSE index"), or is a word of its name ("the output index": not production)
      if (concept) named ??= concept;
      else if (entries.some((e) => e.role === 'ignore' || e.role === 'facet')) continue;
      stems.push(units.join(''));
    }
    return named || stems.length ? { concept: named, stems } : null;
  }

  /** Is the figure ending at token `last` quoted per unit of a good ("$50 a barrel", "60 Dollar je Barrel")? */
  perUnitAfter(last: number): boolean {
    return this.quotedPer(last, this.lex.perWords, this.lex.priceUnitStems);
  }

  /** Is the figure ending at token `last` an amount per share ("300p a share", "0,30 Euro je Aktie")? */
  perShareAfter(last: number): boolean {
    return this.quotedPer(last, this.lex.perShareWords, this.lex.shareStems);
  }

  /** A word of `per` right after the figure ending at token `last`, then a word whose last unit stem is one of `stems`. */
  private quotedPer(last: number, per: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
    const word = this.tokens[last + 1];
    const unit = this.tokens[last + 2];
    if (!word || !unit || word.kind !== 'word' || unit.kind !== 'word' || !per.has(word.lower)) return false;
    const units = this.units(last + 2);
    return units.length > 0 && stems.has(units[units.length - 1]);
  }

  /** The traded goods (commodity facets) words in tokens [lo, hi) name, by the word alone ("crude", "Brent", "Gold"). */
  commodityFacetsIn(lo: number, hi: number): string[] {
    const out: string[] = [];
    for (let k = Math.max(0, lo); k < hi && k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.kind !== 'word' || t.mention >= 0) continue;
      const units = this.units(k);
      if (!units.length) continue;
      for (const e of this.lex.byLast.get(units[units.length - 1]) ?? []) {
        if (e.role === 'facet' && e.facet!.commodity && e.units.length === 1 && !out.includes(e.facet!.name)) out.push(e.facet!.name);
      }
    }
    return out;
  }

  /** First and last token of a figure (by its input mention index). */
  figureTokens(mention: number): [number, number] | null {
    let figures = this.figures;
    if (!figures) {
      figures = this.figures = new Map();
      const tokens = this.tokens;
      // a figure's tokens mostly follow one another: its span is looked up when the mention changes, not per token
      let runMention = -1;
      let run: [number, number] = [0, 0];
      for (let k = 0; k < tokens.length; k++) {
        const m = tokens[k].mention;
        if (m < 0) continue;
        if (m !== runMention) {
          runMention = m;
          const known = figures.get(m);
          if (known) run = known;
          else figures.set(m, (run = [k, k]));
        }
        run[1] = k;
      }
    }
    return figures.get(mention) ?? null;
  }

  /** Words of the sentence that name a facet wherever they stand ("eingefroren"): positions and their facets. */
  clauseFacetList(): [number[], string[][]] {
    if (!this.clauseFacetCache) {
      const positions: number[] = [];
      const names: string[][] = [];
      this.tokens.forEach((t, k) => {
        if (t.kind !== 'word' || t.mention >= 0) return;
        const w = t.word;
        if (w.clauseFacets === undefined) w.clauseFacets = this.wordClauseFacets(k);
        const found = w.clauseFacets as string[] | null;
        if (found && !this.attributiveGerund(k)) { positions.push(k); names.push(found); }
      });
      this.clauseFacetCache = [positions, names];
    }
    return this.clauseFacetCache;
  }

  /**
   * An -ing form that describes the noun after it ("freezing temperatures",
   * "freezing weather"): it says what that noun is like, not that the measured
   * thing is frozen. A capitalised word after it is its object ("freezing
   * Russian assets"), a function word or figure ends it ("freezing of").
   */
  private attributiveGerund(k: number): boolean {
    if (!ING_END.test(this.tokens[k].lower)) return false;
    const next = this.tokens[k + 1];
    if (!next || next.kind !== 'word' || next.mention >= 0 || startsUpper(next.text)) return false;
    return (next.word.flags & (STOPWORD | GENITIVE | VERB_BEFORE)) === 0;
  }

  /** The clause facets token k's word names, by the word alone, or null. */
  private wordClauseFacets(k: number): string[] | null {
    if (!this.lex.clauseFacetPrefixes.has(fold(this.tokens[k].lower.slice(0, 3)).slice(0, 3))) return null;
    const units = this.units(k);
    return (units.length ? this.lex.clauseFacetStems.get(units[units.length - 1]) : undefined) ?? null;
  }

  get lang(): Lang {
    return this.lex.lang;
  }

  /** Could this token be the head noun of what a figure measures? (`inFigure`: also inside a figure's span) */
  isCandidate(i: number, inFigure = false): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const shift = inFigure ? 2 : 0;
    let c = (this.candidates[i] >> shift) & 3;
    if (c === 0) {
      c = this.computeCandidate(i, inFigure) ? 1 : 2;
      this.candidates[i] |= c << shift;
    }
    return c === 1;
  }

  private computeCandidate(i: number, inFigure: boolean): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || (t.mention >= 0 && !inFigure)) return false;
    const e = this.entities[i];
    if (e && e.kind !== 'modifier') return false;
    if (this.isCovered(i)) return false;
    // "to trade", "will rise": a verb after an infinitive marker or a modal
    if (!this.lex.grammar.capitalisedNouns && i > 0 && this.tokens[i - 1].word.flags & VERB_BEFORE) return false;
    // "forecasts were cut to 1.5%": a change word after "be" or "have" is the verb (grammar.auxiliaries)
    if (i > 0 && t.word.flags & CHANGE_VERB && this.tokens[i - 1].word.flags & AUXILIARY && !t.lower.endsWith('s')) return false;
    // "Its shares surge 4.9% to a new high": a change word right before its figure, after a plural
    // noun, is the verb in the present (the noun takes "of" or "by": "a surge of 4.9%", "a sales rise of 2%")
    if (!this.lex.grammar.capitalisedNouns && t.word.flags & CHANGE_VERB && this.tokens[i + 1]?.mention >= 0 && i > 0 &&
      this.isPluralNoun(i - 1)) return false;
    // "the third quarter", "in der ersten Hälfte": a period, not a share
    if (this.isPeriodPart(i)) return false;
    if (this.tokens[i].word.flags & SESSION_NOUN && this.isTradingSession(i)) return false;
    // "trade unions", "the Federal Trade Commission": the noun after it is what the phrase names
    if (this.tokens[i].word.flags & MODIFIER_NOUN && i + 1 < this.tokens.length && this.tokens[i + 1].word.flags & MODIFIED_HEAD) return false;
    // "the Department of Commerce", "the Ministry of Trade": written capitalised after such a head, a name's part
    if (t.word.flags & MODIFIER_NOUN && i >= 2 && startsUpper(t.text) && this.tokens[i - 1].word.flags & GENITIVE &&
      this.tokens[i - 2].word.flags & MODIFIED_HEAD && startsUpper(this.tokens[i - 2].text)) return false;
    // "co-written by Bill Cosby": a given name starting a person's name is no noun ("bill"); other
    // names ("Michael Howard") are left as they were read
    if (t.word.flags & GIVEN_NAME && this.startsPersonName(i) && this.hasEntry(i)) return false;
    // "came third with $7.6m": outside a figure ("a third") an ordinal is a position, no share
    if (t.word.flags & ORDINAL_SHARE && t.mention < 0) return false;
    // the rest depends on the word alone: memoised on the word (shared by the documents of a lexicon)
    const w = t.word;
    let c = inFigure ? w.candidateInFigure : w.candidate;
    if (c === 0) {
      c = this.lexicalCandidate(i, inFigure) ? 1 : 2;
      if (inFigure) w.candidateInFigure = c; else w.candidate = c;
    }
    return c === 1;
  }

  /** A noun in the plural at token i ("shares", "prices"): a word ending in "s" that is no function word, verb or adjective. */
  private isPluralNoun(i: number): boolean {
    const t = this.tokens[i];
    return t.kind === 'word' && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') &&
      !(t.word.flags & (STOPWORD | VERB | NON_NOUN | CHANGE_VERB));
  }

  /** A given name written capitalised right before another capitalised word: "Bill Cosby", not "the bill". */
  private startsPersonName(i: number): boolean {
    const next = this.tokens[i + 1];
    return startsUpper(this.tokens[i].text) && next !== undefined && next.kind === 'word' && startsUpper(next.text);
  }

  /**
   * "im frühen Handel", "in Asian electronic trade", "im Frühhandel": when a price was
   * quoted, not the trade measured (grammar.tradingSessions). Not "Early trade figures",
   * "den bisherigen Handel mit Russland": no preposition before, or a partner after.
   */
  private isTradingSession(i: number): boolean {
    const lex = this.lex;
    const t = this.tokens[i];
    let k = i - 1;
    if (!lex.sessionCompounds.has(t.word.lower)) {
      if (k < 0 || !(this.tokens[k].word.flags & SESSION_BEFORE)) return false;
      k--;
    }
    // the preposition, past at most two more words ("in Asian electronic trade")
    for (let n = 0; k >= 0 && n < 3 && this.tokens[k].kind === 'word'; k--, n++) {
      if (!lex.sessionPrepositions.has(this.tokens[k].word.lower)) continue;
      const next = this.tokens[i + 1];
      return !next || !(next.word.flags & PARTNER_PREP);
    }
    return false;
  }

  /** "quarter" or "third" in "the third quarter" (grammar.periodParts). */
  private isPeriodPart(i: number): boolean {
    // word bits (one set lookup per word, not per token): asked of every candidate token
    const flags = this.tokens[i].word.flags;
    if (flags & PERIOD_PART_NOUN) return i > 0 && (this.tokens[i - 1].word.flags & PERIOD_PART_AFTER) !== 0;
    return (flags & PERIOD_PART_AFTER) !== 0 && i + 1 < this.tokens.length && (this.tokens[i + 1].word.flags & PERIOD_PART_NOUN) !== 0;
  }

  private lexicalCandidate(i: number, inFigure: boolean): boolean {
    const t = this.tokens[i];
    const lex = this.lex;
    if (t.word.flags & (STOPWORD | NOT_METRIC)) return false;
    // The possessive and hyphen tests run for every word, not only those with an
    // apostrophe or a hyphen: this runs inlined in hot code, and a branch first
    // taken after the JIT compiled it throws the compiled code away.
    const base = t.lower.replace(POSSESSIVE_END, '');
    const stopBase = lex.stopwords.has(base) || lex.notMetric.has(base);
    if (stopBase && APOSTROPHE.test(t.lower)) return false;
    const dash = t.lower.lastIndexOf('-');
    const notMetricTail = lex.notMetric.has(t.lower.slice(dash + 1));
    if (dash >= 0 && notMetricTail) return false;
    if (lex.grammar.capitalisedNouns) {
      // a lowercase word inside a figure may still name it ("48-jährigen")
      if (t.text.charCodeAt(0) === t.lower.charCodeAt(0)) return inFigure && this.hasEntry(i);
      return true;
    }
    // a verb the lexicon lists ("pays", "sues") is a noun only as the lexicon writes it ("costs", "exports"):
    // "pays $2bn" is no "pay" (wages)
    if (t.word.flags & VERB && !(t.word.flags & (CHANGE_VERB | NON_NOUN))) return this.hasEntry(i, true);
    if (t.word.flags & (CHANGE_VERB | VERB | NON_NOUN)) return this.hasEntry(i);
    if (LY_END.test(t.lower)) return false;
    if (ED_ING_END.test(t.lower)) return this.hasEntry(i);
    return TWO_LETTERS.test(t.text);
  }

  /**
   * An attributive adjective or participle: German ones are lowercase and
   * inflected (-e, -en, -er, -es, -em); English ones are any lowercase word
   * that is not a verb we know.
   */
  isAdjective(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const t = this.tokens[i];
    const w = t.word;
    if (w.adjective === 0) w.adjective = adjectiveClass(w, this.lex);
    if (w.adjective === NEVER_ADJECTIVE) return false;
    if (this.entities[i]?.kind === 'adjective') return true;
    return w.adjective === 1;
  }

  /** token i is a non-first word of a multiword entity name */
  private isCovered(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const e = this.entities[k];
      if (e && e.span > i - k) return true;
    }
    return false;
  }

  /** the word names a metric, a carrier of one, or a facet (not just an ignorable modifier) */
  private hasEntry(i: number, asWritten = false): boolean {
    const units = this.units(i);
    const entries = units.length ? this.lex.byLast.get(units[units.length - 1]) : undefined;
    const text = this.tokens[i].text;
    return !!entries && entries.some((e) => e.role !== 'ignore' && (asWritten ? fold(text).replace(POSSESSIVE_END, '') === e.rawLast : rawAgrees(text, e)));
  }

  /** The token of the complement of the noun phrase headed by token i, or -1 (no other analysis of the phrase needed). */
  complementAt(i: number): number {
    const np = this.nps[i];
    if (np) return np.complementAt;
    return (this.complementAts[i] ??= this.complements(i, null));
  }
  private readonly complementAts: Array<number | undefined> = [];

  /** The noun phrase headed by token i (cached). */
  phrase(i: number): NounPhrase {
    return (this.nps[i] ??= this.buildPhrase(i, false));
  }

  /**
   * The noun phrase at token i as what the figure glued before it counts: "die 120.000-Einwohner-Stadt"
   * counts inhabitants (gluedCompoundPart); the phrase of the city it is to every other figure
   * ("Die 3-Zimmer-Wohnung kostet 900 Euro": a flat's price). phrase(i) for any other token.
   */
  countedPhrase(i: number): NounPhrase {
    if (!this.lex.grammar.capitalisedNouns || gluedCompoundPart(this.tokens, i) === null) return this.phrase(i);
    return (this.countedNps[i] ??= this.buildPhrase(i, true));
  }

  private buildPhrase(i: number, counted: boolean): NounPhrase {
    const tokens = this.tokens;
    const first = this.premodStart(i);
    const roles = scratchRoles;
    // (emptied only when not empty: setting an array's length is a call into the runtime)
    if (roles.owner.length) roles.owner.length = 0;
    if (roles.origin.length) roles.origin.length = 0;
    if (roles.destination.length) roles.destination.length = 0;
    if (roles.partners.length) roles.partners.length = 0;
    roles.pair = false;
    let names: string[] | null = null;
    for (let k = first; k < i; k++) {
      const e = this.entities[k];
      if (e) {
        pushAll(roles.owner, e.codes);
        continue;
      }
      // "Henkel shares", "TimeWarner's profits": a name says whose, not what
      if (!this.analysedPremod(k, false)) (names ??= []).push(tokens[k].text.replace(POSSESSIVE_END, ''));
    }
    const headEntity = this.entities[i];
    let headWord = (counted && gluedCompoundPart(tokens, i)) || tokens[i].text;
    if (headEntity && headEntity.kind === 'modifier') {
      // "US-Exporte": the prefix names the owner, the rest is the head; two
      // prefixes ("US-Russland-Handel") name partners
      const parts = headWord.split('-');
      headWord = parts[parts.length - 1];
      if (headEntity.codes.length > 1) pushAll(roles.partners, headEntity.codes);
      else pushAll(roles.owner, headEntity.codes);
    }
    let analysis = headWord === tokens[i].text ? this.cachedHead(i, first, false) : analyseHead(this.premodsOf(first, i, false), headWord, this.lex);
    if (analysis.concept && names) pushAll(roles.owner, names);
    if (headWord.includes('-') && analysis.unknownMods.length) {
      // "Henkel-Aktie", "Adidas-Chef": a name before the hyphen says whose, not what
      const parts = headWord.split('-');
      const names = parts.slice(0, -1).filter((p) => UPPER_START.test(p) && analysis.unknownMods.includes(wordUnits(p, this.lang).join('')));
      if (names.length) {
        pushAll(roles.owner, names);
        analysis = analyseHead(this.premodsOf(first, i, false), parts.filter((p) => !names.includes(p)).join('-'), this.lex);
      }
    }
    this.participleOrigin(first, first < i, roles);
    const complementAt = this.complements(i, roles);
    const complement = complementAt >= 0 ? this.cachedHead(complementAt, this.premodStart(complementAt), true) : null;
    const definite = first > 0 && (tokens[first - 1].word.flags & ANAPHOR) !== 0;
    const governing = this.governingFacet(first);
    if (governing && !analysis.facets.has(governing)) analysis = withFacet(analysis, governing);
    return nounPhrase(i, analysis, keptRoles(roles), complement, complementAt, definite, counted ? headWord : tokens[i].text);
  }

  /**
   * Is premodifier k part of the head analysis? Not an entity (it names an
   * owner), nor, before an English phrase's head, a name ("Henkel shares":
   * whose, not what). A complement's premodifiers are never names.
   */
  private analysedPremod(k: number, complement: boolean): boolean {
    if (this.entities[k]) return false;
    return complement || this.lex.grammar.capitalisedNouns || k === 0 || !this.isNameLike(k);
  }

  /**
   * The premodifiers [first, i) of a phrase's head (or a complement's) as
   * analyseHead takes them: their stem units, and whether each is an English
   * noun modifier ("PMI number", "passenger numbers": it can name what a
   * carrier head carries; an adjective, "strong growth", cannot; never in a complement).
   */
  private premodsOf(first: number, i: number, complement: boolean): Premod[] {
    const out: Premod[] = [];
    const english = !this.lex.grammar.capitalisedNouns;
    for (let k = first; k < i; k++) {
      if (!this.analysedPremod(k, complement)) continue;
      const t = this.tokens[k];
      const noun = !complement && english && !(t.word.flags & NON_NOUN) && !LY_ED_END.test(t.lower);
      out.push(premod(this.units(k), noun));
    }
    return out;
  }

  /**
   * analyseHead(premods, token i's text), kept on the head word under the
   * premodifiers' words: premods are a function of those words (their stem
   * units, and whether each is an English noun for a phrase, never for a
   * complement), so a phrase met again needs no key string and no big-map
   * lookup. The word table belongs to this lexicon, as the answers do.
   */
  private cachedHead(i: number, first: number, complement: boolean): HeadAnalysis {
    const w = this.tokens[i].word;
    // most heads have no premodifier: their analysis is kept on the word itself, one
    // read from it where the root of its premodifiers' tree was one more
    let node: HeadNode | null = null;
    // the premodifiers' Premod objects are made only when the analysis is not kept yet
    for (let k = first, p = 0; k < i; k++) {
      if (!this.analysedPremod(k, complement)) continue;
      node ??= (w.head ??= {}) as HeadNode;
      let edges: Map<Word, HeadNode> | undefined;
      if (p === 0 && complement) edges = node.complement ??= new Map();
      else edges = node.next ??= new Map();
      const word = this.tokens[k].word;
      let child = edges.get(word);
      if (!child) {
        child = {};
        edges.set(word, child);
        this.words.countCached();
      }
      node = child;
      p++;
    }
    if (node === null) return (w.bareHead ??= analyseHead(this.premodsOf(first, i, complement), w.text, this.lex)) as HeadAnalysis;
    return (node.analysis ??= analyseHead(this.premodsOf(first, i, complement), w.text, this.lex));
  }

  /** An English capitalised word the lexicon does not know as a whole: a name (by the word alone, kept on it). */
  private isNameLike(k: number): boolean {
    const w = this.tokens[k].word;
    // (a season or a holiday is no name: "Christmas takings" are no firm's)
    if (w.nameLike === 0) w.nameLike = UPPER_START.test(w.text) && !(w.flags & NOT_METRIC) && !this.lex.byLast.has(this.units(k).join('')) ? 1 : 2;
    return w.nameLike === 1;
  }

  /** The first of the adjectives and (English) noun modifiers directly before the head (at most four), or i when none. */
  private premodStart(i: number): number {
    const lex = this.lex;
    let k = i - 1;
    for (; k >= 0 && k >= i - 4; k--) {
      const t = this.tokens[k];
      if (t.kind !== 'word' || t.mention >= 0 || t.word.flags & STOPWORD) break;
      // the last word of a name of several ("the Bank of England held rates"): the name ends the phrase
      if (this.isCovered(k)) break;
      const e = this.entities[k];
      if (lex.grammar.capitalisedNouns) {
        // German: lowercase adjectives/participles, or a demonym adjective ("US-amerikanischen")
        if (startsUpper(t.text) && !(e && e.kind === 'adjective')) break;
      } else {
        if (t.word.flags & CHANGE_VERB || LY_END.test(t.lower) || t.word.flags & NOT_METRIC) break;
        if (ED_ING_END.test(t.lower) && !this.hasEntry(k) && !e) break;
      }
      if (t.word.flags & SKIP_BEFORE_FIGURE) break;
    }
    return k + 1;
  }

  /** German "die aus Russland stammenden Exporte": a flow's origin named before the head. */
  private participleOrigin(first: number, adjectiveBefore: boolean, roles: EntityRoles): void {
    // it only acts on a name among the six tokens before the phrase: most phrases have no entity there
    if (!this.lex.grammar.capitalisedNouns || !this.anyIn(this.entityAt, first - 6, first)) return;
    const g = this.lex.grammar;
    // only through a participle or adjective: "die aus Russland stammenden Exporte",
    // not "in Russland sind die Exporte"
    let participle = adjectiveBefore;
    for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
      const t = this.tokens[k];
      if (t.boundary || t.mention >= 0) return;
      const e = this.entities[k];
      if (e && e.kind === 'name') {
        const prep = k > 0 ? this.tokens[k - 1].lower : '';
        if (!participle || !prep) return;
        if (g.originPreps.includes(prep)) pushAll(roles.origin, e.codes);
        else if (g.destinationPreps.includes(prep)) pushAll(roles.destination, e.codes);
        return;
      }
      if (t.kind !== 'word' || startsUpper(t.text)) return;
      if (this.isAdjective(k)) participle = true;
    }
  }

  /**
   * What follows the head: genitive/"of" owners and complements, "aus"/"from"
   * origins, "nach"/"to" destinations, "zwischen ... und"/"between ... and" partners.
   * Without `roles`, only finds where the complement is.
   */
  private complements(i: number, roles: EntityRoles | null): number {
    const tokens = this.tokens;
    let complementAt = -1;
    let role: 'owner' | 'origin' | 'destination' | 'partners' | null = null;
    let seenPrep = false;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_COMPLEMENT_DISTANCE; k++) {
      const t = tokens[k];
      if (t.boundary || t.mention >= 0 || t.kind === 'num') break;
      const e = this.entities[k];
      if (e && e.kind === 'name') {
        // German genitive name right after the head: "die Exporte Russlands"
        if (!role && k === i + 1 && this.lex.grammar.capitalisedNouns) role = 'owner';
        if (!role) break;
        if (roles) pushAll(role === 'partners' ? roles.partners : roles[role], e.codes);
        k += e.span - 1;
        continue;
      }
      const lower = t.lower;
      const pairLen = t.word.flags & PAIR_FIRST ? matchPhrase(tokens, k, this.lex.phrases.pairAnaphors) : 0;
      if (pairLen && role) {
        if (roles) roles.pair = true;
        k += pairLen - 1;
        continue;
      }
      const flags = t.word.flags;
      if (flags & GENITIVE && !seenPrep) { role = 'owner'; seenPrep = true; continue; }
      if (flags & PARTNER_PREP) { role = 'partners'; seenPrep = true; continue; }
      if (flags & ORIGIN_PREP) { role = 'origin'; seenPrep = true; continue; }
      if (flags & DESTINATION_PREP) { role = 'destination'; seenPrep = true; continue; }
      if (t.word.flags & STOPWORD) {
        // articles, "und"/"and" inside "zwischen X und Y"; anything else ends the phrase
        if (role && IN_COMPLEMENT.test(lower)) continue;
        if (!role) {
          if (COMPLEMENT_PREPS[this.lang].has(lower)) { role = 'owner'; seenPrep = true; continue; }
          break;
        }
        break;
      }
      if (role && complementAt < 0 && this.isCandidate(k) && !e) {
        // the noun of "Zahl der Flüchtlinge", "share of exports", "Rücklagen seltener Erden"
        if (!roles) return k;
        complementAt = k;
        role = null;
        continue;
      }
      if (role && this.isAdjective(k)) continue; // "am sowjetischen Außenhandel"
      break;
    }
    return complementAt;
  }

  /**
   * A facet carried by the noun that governs this phrase: "das Einfrieren
   * russischer Vermögenswerte", "the freezing of Russian assets" -> frozen.
   */
  private governingFacet(start: number): string | null {
    let k = start - 1;
    if (k >= 0 && this.tokens[k].word.flags & GENITIVE) k--;
    if (k >= 0 && this.tokens[k].lower === 'the') k--;
    if (k < 0) return null;
    const t = this.tokens[k];
    if (t.kind !== 'word' || t.mention >= 0) return null;
    // by the word alone: kept on it
    const w = t.word;
    if (w.facet === undefined) {
      const units = this.units(k);
      const last = units[units.length - 1];
      const facet = last ? this.lex.byLast.get(last)?.find((e) => e.role === 'facet' && e.units.length === 1) : undefined;
      w.facet = facet ? facet.facet!.name : null;
    }
    return w.facet;
  }
}

// Prepositions after a head that introduce what it is a share/change/number of,
// besides the genitive ("Anteil am Außenhandel", "rise in exports").
const COMPLEMENT_PREPS: Record<Lang, Set<string>> = {
  de: new Set(['am', 'an', 'im', 'in', 'bei', 'beim', 'von', 'vom', 'für']),
  en: new Set(['of', 'in', 'for', 'on']),
};

export function matchPhrase(tokens: readonly Token[], k: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    let ok = true;
    if (k + words.length > tokens.length) continue;
    for (let j = 0; j < words.length; j++) {
      if (tokens[k + j].lower !== words[j]) { ok = false; break; }
    }
    if (ok) return words.length;
  }
  return 0;
}

interface Part {
  stem: string;
  entries: Entry[];
  /** a noun modifier (German compound part, English noun before the head), not an adjective */
  compound: boolean;
  /** an English noun modifier: may name the metric of a carrier head, never narrows a concept */
  premodNoun: boolean;
}

/** The longest lexicon term of two or more words that starts at units[k] and ends before `end`. */
function termStartingAt(units: readonly string[], k: number, end: number, lex: LangLexicon): { length: number; entries: Entry[] } | null {
  for (let j = end - 1; j > k; j--) {
    const n = j - k + 1;
    const entries = (lex.byLast.get(units[j]) ?? []).filter((e) => e.units.length === n && e.units.every((u, i) => units[k + i] === u));
    if (entries.length) return { length: n, entries };
  }
  return null;
}

/** A part, made in one place (one shape: see headAnalysis). */
function part(stem: string, entries: Entry[], compound: boolean, premodNoun: boolean): Part {
  return { stem, entries, compound, premodNoun };
}

export interface Premod {
  units: string[];
  /** an English noun used as a modifier */
  noun: boolean;
}

function premod(units: string[], noun: boolean): Premod {
  return { units, noun };
}

function entriesFor(stemmed: string, lex: LangLexicon, len = 1): Entry[] {
  return (lex.byLast.get(stemmed) ?? []).filter((e) => e.units.length === len);
}

// per lexicon: the config file's synonyms make another lexicon of the same language
const headMemo = new WeakMap<LangLexicon, Map<string, HeadAnalysis>>();
const wordTables = new WeakMap<LangLexicon, WordTable>();

/** The table of words whose answers (candidate, adjective, ...) hold for this lexicon. */
export function wordTableOf(lex: LangLexicon): WordTable {
  let table = wordTables.get(lex);
  if (!table) {
    table = new WordTable((lower) => wordFlags(lex, lower));
    wordTables.set(lex, table);
  }
  return table;
}

/** not a word, or a function word: never an adjective, whatever the entity index says */
const NEVER_ADJECTIVE = 3;

/**
 * The word-level part of isAdjective: German adjectives are lowercase and
 * inflected (-e, -en, -er, -es, -em); English ones any lowercase word that is
 * not a verb we know. 1 yes, 2 no, NEVER_ADJECTIVE.
 */
function adjectiveClass(w: Word, lex: LangLexicon): number {
  if (w.kind !== 'word' || w.flags & STOPWORD) return NEVER_ADJECTIVE;
  if (UPPER_START.test(w.text)) return 2;
  if (lex.grammar.capitalisedNouns) return GERMAN_INFLECTED.test(w.lower) ? 1 : 2;
  return !(w.flags & (CHANGE_VERB | VERB)) && !LY_ED_END.test(w.lower) ? 1 : 2;
}

function memoOf<T>(memos: WeakMap<LangLexicon, Map<string, T>>, lex: LangLexicon): Map<string, T> {
  let memo = memos.get(lex);
  if (!memo) {
    memo = new Map();
    memos.set(lex, memo);
  }
  return memo;
}

/** Analysis of a head word and the unit stems of its premodifiers (memoised and shared: do not mutate). */
export function analyseHead(premods: Premod[], headWord: string, lex: LangLexicon): HeadAnalysis {
  const key = premods.length ? `${premodKey(premods)}\u0000${headWord}` : headWord;
  const cache = memoOf(headMemo, lex);
  let a = cache.get(key);
  if (!a) {
    a = computeHead(premods, headWord, lex);
    if (cache.size >= MEMO_MAX) cache.clear();
    // the key is built with `+`, a cons string (a node per piece) the memo would keep: one flat copy is less
    cache.set(detached(key), a);
  }
  return a;
}

/** The premodifiers of analyseHead's key: "+" for a noun, units joined by "-", premodifiers by " ". */
function premodKey(premods: readonly Premod[]): string {
  let key = '';
  for (let p = 0; p < premods.length; p++) {
    if (p > 0) key += ' ';
    if (premods[p].noun) key += '+';
    key += premods[p].units.join('-');
  }
  return key;
}

function computeHead(premods: Premod[], headWord: string, lex: LangLexicon): HeadAnalysis {
  const lang = lex.lang;
  const headUnits = wordUnits(headWord, lang);
  // every unit of the phrase, premodifiers' first, and whether it belongs to an English noun modifier
  const premodNoun: boolean[] = [];
  const units: string[] = [];
  for (const p of premods) for (const u of p.units) { units.push(u); premodNoun.push(p.noun); }
  for (const u of headUnits) units.push(u);
  const headStem = headUnits.join('-');
  const result = headAnalysis(null, null, null, new Set(), [], headStem, headUnits[headUnits.length - 1] ?? '');
  if (!units.length) return result;
  const last = units[units.length - 1];
  // 1. the longest whole-word term ending at the head ("bilateraler Handel", "oil reserves")
  let matched: Entry[] = [];
  let matchedLen = 0;
  for (const e of lex.byLast.get(last) ?? []) {
    const n = e.units.length;
    if (n > units.length || n < matchedLen) continue;
    let ok = true;
    for (let k = 1; k < n; k++) if (units[units.length - n + k - 1] !== e.units[k - 1]) { ok = false; break; }
    if (!ok || !rawAgrees(headWord, e)) continue;
    if (n > matchedLen) { matched = [e]; matchedLen = n; } else matched.push(e);
  }
  // the term as written beats one that only agrees after inflection ("Haushalte": households, not Haushalt)
  const written = fold(headWord).replace(POSSESSIVE_END, '');
  if (matched.length > 1) matched.sort((a, b) => Number(!written.endsWith(a.rawLast)) - Number(!written.endsWith(b.rawLast)));
  const parts: Part[] = [];
  const modifiersEnd = units.length - Math.max(matchedLen, 1);
  for (let k = 0; k < modifiersEnd; k++) {
    const noun = k < premodNoun.length && premodNoun[k];
    // a term of several words among the modifiers is one modifier ("gross domestic product
    // figure" is GDP, not a figure of "product")
    const term = termStartingAt(units, k, modifiersEnd, lex);
    if (term) {
      parts.push(part(units.slice(k, k + term.length).join(''), term.entries, false, noun));
      k += term.length - 1;
      continue;
    }
    parts.push(part(units[k], entriesFor(units[k], lex), k >= units.length - headUnits.length || noun, noun));
  }
  let headEntries = matched;
  if (!matched.length && lang === 'de') {
    // 2. German compound: the longest known tail of the head is its head
    const split = splitCompound(last, headWord, lex);
    if (split) {
      headEntries = split.head;
      result.headLast = split.headStem;
      for (const p of split.modifiers) parts.push(part(p.stem, p.entries, true, false));
    }
  } else if (matched.length) {
    result.headLast = matched[0].units[matched[0].units.length - 1];
  }
  interpret(result, headEntries, parts);
  return result;
}

/**
 * Stemming folds "Gewinner" onto "Gewinn" and "interesting" onto "interest":
 * a word with a derivational ending the term lacks is another word.
 */
export function rawAgrees(word: string, e: Entry): boolean {
  const w = fold(word).replace(POSSESSIVE_END, '');
  const raw = e.rawLast;
  // the term, maybe inside a compound, plus an inflection: "Gesamtexportvolumens", "Arbeitern", "reserves"
  for (const tail of INFLECTIONS) if (w.endsWith(raw + tail)) return true;
  // English -y/-ies: "casualty" / "casualties"
  return raw.endsWith('y') && w.endsWith(`${raw.slice(0, -1)}ies`);
}
// German -er plurals ("Häuser") are listed in the lexicon: "Gewinner" is no "Gewinn"
const INFLECTIONS = ['', 'n', 's', 'e', 'en', 'es', 'ns', 'ens'];

interface Split {
  head: Entry[];
  headStem: string;
  modifiers: Array<{ stem: string; entries: Entry[] }>;
}

const HEAD_ROLES = new Set(['concept', 'container', 'change', 'changeCompound', 'share']);

/**
 * Split a German compound stem at its longest known tail: "gesamtexportvolum"
 * -> gesamt|export|volum. Short tails only count when the rest is known too,
 * so "Direktor" is not a kind of "Tor".
 */
function splitCompound(stemmed: string, word: string, lex: LangLexicon): Split | null {
  if (lex.wholeWords.has(stemmed)) return null;
  for (let i = 1; i <= stemmed.length - 3; i++) {
    const tail = stemmed.slice(i);
    const heads = entriesFor(tail, lex).filter((e) => HEAD_ROLES.has(e.role) && rawAgrees(word, e));
    if (!heads.length) continue;
    const mods = splitModifier(stemmed.slice(0, i), lex, 0);
    const known = mods !== null && mods.every((m) => m.entries.length > 0);
    // the rest must be able to end a German word and be more than a verb prefix:
    // "Plattenvertrag" is no "Plattenv|ertrag", "Verteuerung" no "Ver|teuerung"
    const rest = stemmed.slice(0, i);
    if (lex.grammar.boundPrefixes.includes(rest)) continue;
    if (tail.length >= MIN_FREE_SUFFIX && i >= 3 && !NO_WORD_END.test(rest)) {
      return { head: heads, headStem: tail, modifiers: mods ?? [{ stem: stripLinking(stemmed.slice(0, i), lex), entries: [] }] };
    }
    if (known) return { head: heads, headStem: tail, modifiers: mods! };
  }
  return null;
}

function stripLinking(s: string, lex: LangLexicon): string {
  for (const l of lex.grammar.linkingElements) {
    if (s.length > l.length + 2 && s.endsWith(l)) {
      const base = s.slice(0, -l.length);
      if (lex.byLast.has(base) || lex.byLast.has(stem(base, 'de'))) return base;
    }
  }
  return stem(s, 'de');
}

/** The modifier part of a compound, itself possibly a compound ("gesamtexport"). */
function splitModifier(s: string, lex: LangLexicon, depth: number): Array<{ stem: string; entries: Entry[] }> | null {
  if (s.length < 2) return null;
  const candidates = [s, ...lex.grammar.linkingElements.filter((l) => s.length > l.length + 1 && s.endsWith(l)).map((l) => s.slice(0, -l.length))];
  for (const c of candidates) {
    const direct = entriesFor(c, lex);
    if (direct.length) return [{ stem: c, entries: direct }];
    const st = stem(c, 'de');
    const viaStem = entriesFor(st, lex);
    if (viaStem.length) return [{ stem: st, entries: viaStem }];
  }
  if (depth < 2) {
    for (let i = 2; i <= s.length - 2; i++) {
      const tail = s.slice(i);
      for (const c of [tail, ...lex.grammar.linkingElements.filter((l) => tail.length > l.length + 1 && tail.endsWith(l)).map((l) => tail.slice(0, -l.length))]) {
        const e = entriesFor(c, lex);
        if (!e.length) continue;
        const rest = splitModifier(s.slice(0, i), lex, depth + 1);
        return [...(rest ?? [{ stem: stem(s.slice(0, i), 'de'), entries: [] }]), { stem: c, entries: e }];
      }
    }
  }
  return [{ stem: stem(s, 'de'), entries: [] }];
}

function pick(entries: Entry[], role: Entry['role']): Entry | undefined {
  return entries.find((e) => e.role === role);
}

function interpret(result: HeadAnalysis, head: Entry[], parts: Part[]): void {
  const conceptMod = [...parts].reverse().find((p) => pick(p.entries, 'concept'));
  const concept = pick(head, 'concept');
  const roleEntry = head.find((e) => e.role === 'container' || e.role === 'change' || e.role === 'share')
    ?? (conceptMod ? pick(head, 'changeCompound') : undefined);
  let innerFrom: Part | undefined;
  if (roleEntry && (!concept || conceptMod)) {
    // "Handelsvolumen", "Umsatzplus", "Kursverlust", "Flüchtlingszahl", "Impfquote"
    result.role = roleEntry.role === 'changeCompound' ? 'change' : (roleEntry.role as HeadRole);
    // a container of a change is the change: "Wachstumsprognose", "growth forecasts"
    const carried = result.role === 'container' && !conceptMod ? parts.find((p) => p.compound && (pick(p.entries, 'change') || pick(p.entries, 'share'))) : undefined;
    if (carried) result.role = pick(carried.entries, 'change') ? 'change' : 'share';
    if (conceptMod) {
      result.concept = pick(conceptMod.entries, 'concept')!.concept!;
      innerFrom = conceptMod;
    } else {
      // the unknown compound parts, joined
      let unknown = '';
      let anyUnknown = false;
      for (const p of parts) {
        if (!p.compound || p.entries.length) continue;
        unknown += p.stem;
        anyUnknown = true;
      }
      if (anyUnknown) result.innerUnknown = unknown;
    }
  } else if (concept) {
    result.concept = concept.concept!;
  }
  for (const p of parts) {
    if (p === innerFrom) continue;
    const facet = pick(p.entries, 'facet');
    if (facet) { result.facets.add(facet.facet!.name); continue; }
    if (pick(p.entries, 'ignore')) continue;
    if (p.compound && !p.premodNoun && result.concept && !result.innerUnknown) {
      // an unknown or other-concept noun inside the compound narrows the metric
      result.unknownMods.push(p.stem);
    }
  }
  // a head that is itself a facet ("Öl", "seltener Erden") reports it
  const headFacet = pick(head, 'facet');
  if (headFacet) result.facets.add(headFacet.facet!.name);
  result.facetCount = result.facets.size;
}
