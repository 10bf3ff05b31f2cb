// Countries, regions and organisations named in a sentence, as ISO-like codes
// (RU, US, EU, US-AK, NATO). Names come from src/lang/<lang>/metrics.ts.
import type { Lang } from '../types.js';
import type { MetricLanguage } from './metric-language.js';
import type { Token } from './metric-tokens.js';
import { HOLDER, STOPWORD } from './metric-lexicon.js';
/** words that may stand between a demonym and its person ("Swiss football magnate", "Korean car maker") */
const ACTOR_MODIFIERS = 2;

export interface EntityHit {
  codes: string[];
  /** tokens the name covers, starting at this one */
  span: number;
  /**
   * name: the token is the entity ("Russland"); adjective: an adjective names
   * it ("russischen", "Russian", "US-amerikanischen"); modifier: a hyphen
   * prefix names it while the token is a noun of its own ("US-Exporte")
   */
  kind: 'name' | 'adjective' | 'modifier';
}

interface NameEntry {
  words: string[];
  code: string;
}

export interface EntityIndex {
  /** multiword and single names by their first word (case-sensitive) */
  names: Map<string, NameEntry[]>;
  /** lowercase adjective stems by their first four letters, longest first */
  adjectives: Map<string, Array<[string, string]>>;
  /** English demonyms are capitalised adjectives; German ones lowercase */
  lang: Lang;
  /** persons and single firms: a demonym describing one is not a figure's scope */
  actors: ReadonlySet<string>;
  actorEndings: readonly string[];
}

export function buildEntityIndex(grammar: MetricLanguage, lang: Lang): EntityIndex {
  const names = new Map<string, NameEntry[]>();
  for (const [code, list] of Object.entries(grammar.entities.names)) {
    for (const name of list) {
      const words = name.split(/\s+/);
      const entries = names.get(words[0]) ?? [];
      entries.push({ words, code });
      names.set(words[0], entries);
    }
  }
  for (const entries of names.values()) entries.sort((a, b) => b.words.length - a.words.length);
  const adjectives = new Map<string, Array<[string, string]>>();
  for (const [code, list] of Object.entries(grammar.entities.adjectives)) {
    for (const a of list) {
      const bucket = adjectives.get(a.slice(0, ADJ_PREFIX)) ?? [];
      bucket.push([a, code]);
      adjectives.set(a.slice(0, ADJ_PREFIX), bucket);
    }
  }
  for (const bucket of adjectives.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  return { names, adjectives, lang, actors: new Set(grammar.entities.actors), actorEndings: grammar.entities.actorEndings };
}

const ADJ_PREFIX = 4;

/** Countries are two letters or a subdivision (US-AK); organisations are longer codes. */
export function isCountry(code: string): boolean {
  return /^[A-Z]{2}(?:-[A-Z0-9]+)?$/.test(code);
}

/** A subdivision's country ("US-AK" -> "US"), or the code itself. */
export function countryOf(code: string): string {
  const i = code.indexOf('-');
  return i > 0 ? code.slice(0, i) : code;
}

function adjectiveCode(word: string, index: EntityIndex): string | null {
  if (index.lang === 'en' && !/^\p{Lu}/u.test(word)) return null;
  // capitalised German words are nouns; demonym nouns ("Russen") are listed as names
  if (index.lang === 'de' && /^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const [stem, code] of index.adjectives.get(lower.slice(0, ADJ_PREFIX)) ?? []) if (lower.startsWith(stem)) return code;
  return null;
}

function nameAt(tokens: readonly Token[], i: number, index: EntityIndex): { code: string; span: number } | null {
  // kept on the word: the word table belongs to one lexicon, so to one language and index
  const w = tokens[i].word;
  if (w.names === undefined) w.names = index.names.get(w.text) ?? null;
  const entries = w.names as NameEntry[] | null;
  if (!entries) return null;
  for (const e of entries) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      if (tokens[i + k].text !== e.words[k]) { ok = false; break; }
    }
    if (ok) return { code: e.code, span: e.words.length };
  }
  return null;
}

const NO_CODES: string[] = [];

/**
 * Entity hits per token (null where none); a multiword name is reported on its
 * first token. `at`, when given, gets the positions of the hits in order (the
 * caller lists them anyway: no second pass over the tokens for it).
 */
export function findEntities(tokens: readonly Token[], index: EntityIndex, at?: number[]): (EntityHit | null)[] {
  // every slot written in order, null where no entity is (cheaper than a fill first: this is asked of every token)
  const out = new Array<EntityHit | null>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[i] = null;
    if (t.word.namesNoEntity || t.kind !== 'word' || t.mention >= 0) continue;
    const name = nameAt(tokens, i, index);
    if (name) {
      // "US tycoon Malcolm Glazer", "UK investment banker": the name stays a name (no stray
      // noun for the metric), but names no scope
      const codes = describesActor(tokens, i + name.span - 1, index) ? NO_CODES : [name.code];
      out[i] = { codes, span: name.span, kind: 'name' };
      at?.push(i);
      for (let k = 1; k < name.span; k++) out[i + k] = null;
      i += name.span - 1;
      continue;
    }
    // the rest depends on the word alone: worked out once per word (the word table belongs to one lexicon, so to one language)
    const w = t.word;
    let hit = w.entity as WordEntity | null | undefined;
    if (hit === undefined) {
      hit = wordEntity(t.text, index);
      w.entity = hit;
    }
    // (a demonym describing an actor is dropped; a name is kept without codes, above)
    if (hit && !(hit.kind === 'adjective' && describesActor(tokens, i, index))) {
      out[i] = { codes: hit.codes, span: 1, kind: hit.kind };
      at?.push(i);
    }
  }
  return out;
}

/**
 * "Austrian tycoon", "the Swiss football magnate", "a Korean car maker",
 * "Irishmen": a demonym that tells the nationality of a person or a
 * single firm names no scope for a figure (the offer is the tycoon's, not
 * Austria's). The actor noun follows it, past at most a couple of lowercase
 * modifiers, or the demonym is itself a noun of persons.
 */
function describesActor(tokens: readonly Token[], i: number, index: EntityIndex): boolean {
  const lower = tokens[i].lower;
  if (!lower.includes('-')) {
    for (const end of index.actorEndings) if (lower.endsWith(end) && adjectiveCode(tokens[i].text.slice(0, -end.length), index)) return true;
  }
  for (let k = i + 1, n = 0; k < tokens.length && n <= ACTOR_MODIFIERS; k++, n++) {
    const t = tokens[k];
    // a function word ends the phrase: "Japan and investor groups", "Russian assets of billionaires"
    if (t.kind !== 'word' || t.mention >= 0 || t.word.flags & STOPWORD) return false;
    // the actor heads the phrase ("US tycoon"), it does not qualify another noun ("investor groups")
    if (index.actors.has(t.lower)) return !headsOn(tokens, k + 1);
    // English modifiers are lowercase nouns ("football", "car"); German adjectives lowercase ("reiche")
    if (index.lang === 'en' ? !/^\p{Ll}/u.test(t.text) : /^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * Does the noun phrase go on at token k with a holder of its own ("investor groups", "maker
 * firms")? Not before a verb ("magnate paid", "tycoon values"), a function word or a name
 * in apposition ("Milliardär Franz Huber").
 */
function headsOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && (t.word.flags & HOLDER) !== 0;
}

/** What a single word names by itself: a hyphen compound of names, or a demonym adjective (codes shared: do not mutate). */
type WordEntity = Pick<EntityHit, 'codes' | 'kind'>;

function wordEntity(text: string, index: EntityIndex): WordEntity | null {
  if (text.includes('-')) {
    // "US-Exporte", "russisch-amerikanischen", "US-Russland-Handel"
    const parts = text.split('-').filter(Boolean);
    const codes: string[] = [];
    let lastCode: string | null = null;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      const one = index.names.get(p)?.find((e) => e.words.length === 1)?.code
        ?? adjectiveCode(k === 0 || index.lang === 'en' ? p : p.toLowerCase(), index);
      if (one) codes.push(one);
      if (k === parts.length - 1) lastCode = one ?? null;
    }
    if (!codes.length) return null;
    const lastPart = parts[parts.length - 1];
    const kind = lastCode === null ? 'modifier' : /^\p{Ll}/u.test(lastPart) || index.lang === 'en' && adjectiveCode(lastPart, index) ? 'adjective' : 'name';
    return { codes: [...new Set(codes)], kind };
  }
  const adj = adjectiveCode(text, index);
  return adj ? { codes: [adj], kind: 'adjective' } : null;
}
