// The noun phrase a figure belongs to, and what its words say: which concept
// the head names (through the lexicon, German compound splitting and stemming),
// which facets refine it, and which countries it concerns in which role.
import type { Lang } from '../types.js';
import { stem } from '../adapters/natural.js';
import type { Concept, Entry, LangLexicon } from './metric-lexicon.js';
import { fold, wordUnits } from './metric-lexicon.js';
import type { EntityHit, EntityIndex } from './entities.js';
import { findEntities } from './entities.js';
import type { Token } from './metric-tokens.js';

export type HeadRole = 'container' | 'change' | 'share';

/** What the words of a noun phrase say about the metric. */
export interface HeadAnalysis {
  concept: Concept | null;
  /** the head only carries a metric: named by a modifier, a complement or an earlier sentence */
  role: HeadRole | null;
  /** stem of an unknown compound modifier that names the carried metric ("Impfquote" -> impf) */
  innerUnknown: string | null;
  facets: Set<string>;
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
}

const MIN_FREE_SUFFIX = 5;

/** Per-sentence view: tokens, their entities, and noun-phrase analysis on demand. */
export class SentenceAnalysis {
  readonly entities: (EntityHit | null)[];
  private readonly nps = new Map<number, NounPhrase>();

  constructor(
    readonly tokens: Token[],
    readonly lex: LangLexicon,
    entityIndex: EntityIndex,
  ) {
    this.entities = findEntities(tokens, entityIndex);
  }

  get lang(): Lang {
    return this.lex.lang;
  }

  /** Could this token be the head noun of what a figure measures? (`inFigure`: also inside a figure's span) */
  isCandidate(i: number, inFigure = false): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || (t.mention >= 0 && !inFigure)) return false;
    const e = this.entities[i];
    if (e && e.kind !== 'modifier') return false;
    if (this.isCovered(i)) return false;
    const lex = this.lex;
    if (lex.stopwords.has(t.lower) || lex.notMetric.has(t.lower)) return false;
    const lastPart = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    if (lex.notMetric.has(lastPart)) return false;
    if (lex.grammar.capitalisedNouns) {
      if (!/^\p{Lu}/u.test(t.text)) return false;
      return true;
    }
    if (lex.changeVerbs.has(t.lower) || lex.verbs.has(t.lower) || lex.nonNouns.has(t.lower)) return this.hasEntry(i);
    if (/ly$/.test(t.lower)) return false;
    if (/(?:ed|ing)$/.test(t.lower)) return this.hasEntry(i);
    return /\p{L}{2}/u.test(t.text);
  }

  /**
   * An attributive adjective or participle: German ones are lowercase and
   * inflected (-e, -en, -er, -es, -em); English ones are any lowercase word
   * that is not a verb we know.
   */
  isAdjective(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || this.lex.stopwords.has(t.lower)) return false;
    if (this.entities[i]?.kind === 'adjective') return true;
    if (/^\p{Lu}/u.test(t.text)) return false;
    if (this.lex.grammar.capitalisedNouns) return /(?:e|en|er|es|em)$/.test(t.lower);
    return !this.lex.changeVerbs.has(t.lower) && !this.lex.verbs.has(t.lower) && !/(?:ly|ed)$/.test(t.lower);
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
  private hasEntry(i: number): boolean {
    const units = wordUnits(this.tokens[i].text, this.lang);
    const entries = units.length ? this.lex.byLast.get(units[units.length - 1]) : undefined;
    return !!entries && entries.some((e) => e.role !== 'ignore');
  }

  /** The noun phrase headed by token i (cached). */
  phrase(i: number): NounPhrase {
    let np = this.nps.get(i);
    if (!np) {
      np = this.buildPhrase(i);
      this.nps.set(i, np);
    }
    return np;
  }

  private buildPhrase(i: number): NounPhrase {
    const tokens = this.tokens;
    const premods = this.premodifiers(i);
    const roles: EntityRoles = { owner: [], origin: [], destination: [], partners: [], pair: false };
    const premodUnits: Premod[] = [];
    for (const k of premods) {
      const e = this.entities[k];
      if (e) {
        roles.owner.push(...e.codes);
        continue;
      }
      if (!this.lex.grammar.capitalisedNouns && /^\p{Lu}/u.test(tokens[k].text) && k > 0 && !this.lex.byLast.has(wordUnits(tokens[k].text, this.lang).join(''))) {
        // "Henkel shares", "TimeWarner's profits": a name says whose, not what
        roles.owner.push(tokens[k].text.replace(/['’]s?$/, ''));
        continue;
      }
      // English noun modifiers ("PMI number", "passenger numbers") can name what a
      // carrier head carries; adjectives ("strong growth") cannot
      const noun = !this.lex.grammar.capitalisedNouns && !this.lex.nonNouns.has(tokens[k].lower) && !/(?:ly|ed)$/.test(tokens[k].lower);
      premodUnits.push({ units: wordUnits(tokens[k].text, this.lang), noun });
    }
    const headEntity = this.entities[i];
    let headWord = tokens[i].text;
    if (headEntity && headEntity.kind === 'modifier') {
      // "US-Exporte": the prefix names the owner, the rest is the head; two
      // prefixes ("US-Russland-Handel") name partners
      const parts = headWord.split('-');
      headWord = parts[parts.length - 1];
      if (headEntity.codes.length > 1) roles.partners.push(...headEntity.codes);
      else roles.owner.push(...headEntity.codes);
    }
    let analysis = analyseHead(premodUnits, headWord, this.lex);
    if (headWord.includes('-') && analysis.unknownMods.length) {
      // "Henkel-Aktie", "Adidas-Chef": a name before the hyphen says whose, not what
      const parts = headWord.split('-');
      const names = parts.slice(0, -1).filter((p) => /^\p{Lu}/u.test(p) && analysis.unknownMods.includes(wordUnits(p, this.lang).join('')));
      if (names.length) {
        roles.owner.push(...names);
        analysis = analyseHead(premodUnits, parts.filter((p) => !names.includes(p)).join('-'), this.lex);
      }
    }
    this.participleOrigin(i, premods.length ? premods[0] : i, roles);
    const [complement, complementAt] = this.complements(i, roles);
    const start = premods.length ? premods[0] : i;
    const before = tokens[start - 1];
    const definite = !!before && this.lex.grammar.anaphors.includes(before.lower);
    this.governingFacet(start, analysis);
    return { head: i, analysis, entities: roles, complement, complementAt, definite, text: tokens[i].text };
  }

  /** Adjectives and (English) noun modifiers directly before the head. */
  private premodifiers(i: number): number[] {
    const out: number[] = [];
    const lex = this.lex;
    for (let k = i - 1; k >= 0 && out.length < 4; k--) {
      const t = this.tokens[k];
      if (t.kind !== 'word' || t.mention >= 0 || lex.stopwords.has(t.lower)) break;
      const e = this.entities[k];
      if (lex.grammar.capitalisedNouns) {
        // German: lowercase adjectives/participles, or a demonym adjective ("US-amerikanischen")
        if (/^\p{Lu}/u.test(t.text) && !(e && e.kind === 'adjective')) break;
      } else {
        if (lex.changeVerbs.has(t.lower) || /ly$/.test(t.lower) || lex.notMetric.has(t.lower)) break;
        if (/(?:ed|ing)$/.test(t.lower) && !this.hasEntry(k) && !e) break;
      }
      if (lex.skipBeforeFigure.has(t.lower)) break;
      out.unshift(k);
    }
    return out;
  }

  /** German "die aus Russland stammenden Exporte": a flow's origin named before the head. */
  private participleOrigin(i: number, first: number, roles: EntityRoles): void {
    if (!this.lex.grammar.capitalisedNouns) return;
    const g = this.lex.grammar;
    for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
      const t = this.tokens[k];
      if (t.boundary || t.mention >= 0) return;
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !this.entities[k]) return;
      const e = this.entities[k];
      if (e && e.kind === 'name') {
        const prep = this.tokens[k - 1]?.lower;
        if (prep && g.originPreps.includes(prep)) roles.origin.push(...e.codes);
        else if (prep && g.destinationPreps.includes(prep)) roles.destination.push(...e.codes);
        return;
      }
    }
    void i;
  }

  /**
   * What follows the head: genitive/"of" owners and complements, "aus"/"from"
   * origins, "nach"/"to" destinations, "zwischen ... und"/"between ... and" partners.
   */
  private complements(i: number, roles: EntityRoles): [HeadAnalysis | null, number] {
    const g = this.lex.grammar;
    const tokens = this.tokens;
    let complement: HeadAnalysis | null = null;
    let complementAt = -1;
    let role: 'owner' | 'origin' | 'destination' | 'partners' | null = null;
    let seenPrep = false;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      const t = tokens[k];
      if (t.boundary || t.mention >= 0 || t.kind === 'num') break;
      const e = this.entities[k];
      if (e && e.kind === 'name') {
        if (!role) break;
        const list = role === 'partners' ? roles.partners : roles[role];
        list.push(...e.codes);
        k += e.span - 1;
        continue;
      }
      const lower = t.lower;
      const pairLen = matchPhrase(tokens, k, g.pairAnaphors);
      if (pairLen && role) {
        roles.pair = true;
        k += pairLen - 1;
        continue;
      }
      if (g.genitive.includes(lower) && !seenPrep) { role = 'owner'; seenPrep = true; continue; }
      if (g.partnerPreps.includes(lower)) { role = 'partners'; seenPrep = true; continue; }
      if (g.originPreps.includes(lower)) { role = 'origin'; seenPrep = true; continue; }
      if (g.destinationPreps.includes(lower)) { role = 'destination'; seenPrep = true; continue; }
      if (this.lex.stopwords.has(lower)) {
        // articles, "und"/"and" inside "zwischen X und Y"; anything else ends the phrase
        if (role && /^(?:und|and|sowie|the|den|die|der|dem|des|das)$/.test(lower)) continue;
        if (!role) {
          if (COMPLEMENT_PREPS[this.lang].has(lower)) { role = 'owner'; seenPrep = true; continue; }
          break;
        }
        break;
      }
      if (role && !complement && this.isCandidate(k) && !e) {
        // the noun of "Zahl der Flüchtlinge", "share of exports", "Rücklagen seltener Erden"
        const pre = this.premodifiers(k).filter((p) => !this.entities[p]).map((p) => ({ units: wordUnits(tokens[p].text, this.lang), noun: false }));
        complement = analyseHead(pre, tokens[k].text, this.lex);
        complementAt = k;
        role = null;
        continue;
      }
      if (role && this.isAdjective(k)) continue; // "am sowjetischen Außenhandel"
      break;
    }
    return [complement, complementAt];
  }

  /**
   * A facet carried by the noun that governs this phrase: "das Einfrieren
   * russischer Vermögenswerte", "the freezing of Russian assets" -> frozen.
   */
  private governingFacet(start: number, analysis: HeadAnalysis): void {
    let k = start - 1;
    const g = this.lex.grammar;
    if (k >= 0 && g.genitive.includes(this.tokens[k].lower)) k--;
    if (k >= 0 && this.tokens[k].lower === 'the') k--;
    const t = this.tokens[k];
    if (!t || t.kind !== 'word' || t.mention >= 0) return;
    const units = wordUnits(t.text, this.lang);
    const last = units[units.length - 1];
    const facet = last ? this.lex.byLast.get(last)?.find((e) => e.role === 'facet' && e.units.length === 1) : undefined;
    if (facet) analysis.facets.add(facet.facet!.name);
  }
}

// Prepositions after a head that introduce what it is a share/change/number of,
// besides the genitive ("Anteil am Außenhandel", "rise in exports").
const COMPLEMENT_PREPS: Record<Lang, Set<string>> = {
  de: new Set(['am', 'an', 'im', 'in', 'bei', 'beim', 'von', 'vom', 'für']),
  en: new Set(['of', 'in', 'for', 'on']),
};

function matchPhrase(tokens: readonly Token[], k: number, phrases: readonly string[]): number {
  for (const p of phrases) {
    const words = p.split(' ');
    let ok = true;
    for (let j = 0; j < words.length; j++) {
      if (tokens[k + j]?.lower !== words[j]) { ok = false; break; }
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
  premodNoun?: boolean;
}

export interface Premod {
  units: string[];
  /** an English noun used as a modifier */
  noun: boolean;
}

function entriesFor(stemmed: string, lex: LangLexicon, len = 1): Entry[] {
  return (lex.byLast.get(stemmed) ?? []).filter((e) => e.units.length === len);
}

/** Analysis of a head word and the unit stems of its premodifiers. */
export function analyseHead(premods: Premod[], headWord: string, lex: LangLexicon): HeadAnalysis {
  const lang = lex.lang;
  const headUnits = wordUnits(headWord, lang);
  const premodNoun: boolean[] = premods.flatMap((p) => p.units.map(() => p.noun));
  const units = [...premods.flatMap((p) => p.units), ...headUnits];
  const headStem = headUnits.join('-');
  const result: HeadAnalysis = {
    concept: null, role: null, innerUnknown: null, facets: new Set(), unknownMods: [], headStem,
    headLast: headUnits[headUnits.length - 1] ?? '',
  };
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
  const parts: Part[] = units.slice(0, units.length - Math.max(matchedLen, 1)).map((s, k) => ({
    stem: s, entries: entriesFor(s, lex), compound: k >= units.length - headUnits.length || premodNoun[k] === true,
    premodNoun: premodNoun[k] === true,
  }));
  let headEntries = matched;
  if (!matched.length && lang === 'de') {
    // 2. German compound: the longest known tail of the head is its head
    const split = splitCompound(last, headWord, lex);
    if (split) {
      headEntries = split.head;
      result.headLast = split.headStem;
      parts.push(...split.modifiers.map((p) => ({ ...p, compound: true })));
    }
  } else if (matched.length) {
    result.headLast = matched[0].units[matched[0].units.length - 1];
  }
  interpret(result, headEntries, parts);
  return result;
}

/** Stemming folds "Gewinner" onto "Gewinn": a term not ending in -er must not match a word that does. */
function rawAgrees(word: string, e: Entry): boolean {
  const w = fold(word);
  if (w === e.rawLast || w.endsWith(e.rawLast)) return true;
  if (/(?:er|ern)$/.test(w) && !/er$/.test(e.rawLast)) return false;
  return true;
}

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
  for (let i = 1; i <= stemmed.length - 3; i++) {
    const tail = stemmed.slice(i);
    const heads = entriesFor(tail, lex).filter((e) => HEAD_ROLES.has(e.role) && rawAgrees(word, e));
    if (!heads.length) continue;
    const mods = splitModifier(stemmed.slice(0, i), lex, 0);
    const known = mods !== null && mods.every((m) => m.entries.length > 0);
    if (tail.length >= MIN_FREE_SUFFIX && i >= 3) {
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
    if (conceptMod) {
      result.concept = pick(conceptMod.entries, 'concept')!.concept!;
      innerFrom = conceptMod;
    } else {
      const unknown = parts.filter((p) => p.compound && !p.entries.length);
      if (unknown.length) result.innerUnknown = unknown.map((p) => p.stem).join('');
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
}
