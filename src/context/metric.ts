// What each figure measures, as a key that is the same across documents and
// languages (see metric-key.ts for the scheme), and the entities it concerns.
//
// Per figure: find the noun it belongs to (metric-attach.ts), read that noun
// phrase through the bilingual lexicon (metric-phrase.ts), then settle what the
// phrase leaves open from the document: "das Volumen" refers back to the
// "Handelsvolumen" of an earlier sentence, "zwischen beiden Ländern" to the
// pair of countries the text is about.
import type { ExtraMetric } from './types.js';
import type { ClaimKind, Lang, Mention, Sentence } from '../types.js';
import type { ContextInput, MetricContext } from './types.js';
import { CHANGE_VERB_REACH } from '../extract/scan.js';
import { CHANGE_VERB, HOLDER, LEVEL_LEFT, NOT_METRIC, SKIP_BEFORE_FIGURE, STOPWORD, lexiconWith, type Concept, type LangLexicon, type VerbCue } from './metric-lexicon.js';
import { isDash, tokenize, type MentionSpan, type Token, type WordTable } from './metric-tokens.js';
import { SentenceAnalysis, lowerBound, pushAll, wordTableOf, type HeadAnalysis, type NounPhrase } from './metric-phrase.js';
import { attach, COMPATIBLE, type Attachment } from './metric-attach.js';
import { buildEntityIndex, countryOf, isCountry, type EntityIndex } from './entities.js';
import { metricKey, metricLabel, type MetricDraft } from './metric-key.js';
/** Exchange rates are quoted per unit: a larger amount said of a currency is money, not its rate. */
const MAX_EXCHANGE_RATE = 1000;

/** What an earlier figure or noun measured, for "das Volumen", "this figure". */
interface Antecedent {
  sentence: number;
  draft: MetricDraft;
  entities: string[];
  headLast: string;
  headStem: string;
  dim: DimClass;
  /** came from a figure (not just a noun in the text) */
  figure: boolean;
}

type DimClass = 'money' | 'percent' | 'other';

const ANAPHORA_SENTENCES = 3;
/** how many earlier figures (or nouns of one sentence) anaphora and comparisons look at */
const LOOKBACK_FIGURES = 50;
const RESTATEMENT_PUNCT = new Set(['(', '[', ';', '/', '=', ',']);
const PAIR_LOOKBACK = 12;
/** words between two figures of one series ("in 2005, before picking up again to") */
const SERIES_WORDS = 8;
/** headline and lead: where a text names what it is about */
const LEAD_SENTENCES = 4;
/** an article between a preposition and a name (made once: a regex literal in a loop is a new object each time) */
const ARTICLE = /^(?:den|die|der|dem|the)$/;

const entityIndexes = new Map<Lang, EntityIndex>();
function entityIndexFor(lex: LangLexicon): EntityIndex {
  let idx = entityIndexes.get(lex.lang);
  if (!idx) {
    idx = buildEntityIndex(lex.grammar, lex.lang);
    entityIndexes.set(lex.lang, idx);
  }
  return idx;
}

function dimOf(m: Mention): DimClass {
  if (m.kind === 'currency') return 'money';
  if (m.kind === 'percent' || m.unit === '%' || m.unit === 'pp') return 'percent';
  return 'other';
}

/**
 * The facets of a draft that has none yet, shared (never added to: see addFacet): a Set
 * made for every draft, most of which never get a facet, was 0.8 MB of garbage per pass.
 */
const NO_FACETS = new Set<string>();

function emptyDraft(): MetricDraft {
  return { concept: null, noun: null, nounLabel: null, facets: NO_FACETS, unknownMods: [], words: [], role: null, origin: [], destination: [] };
}

/** Adds a facet to the draft, which gets a Set of its own with its first. */
function addFacet(draft: MetricDraft, facet: string): void {
  if (draft.facets === NO_FACETS) draft.facets = new Set([facet]);
  else (draft.facets as Set<string>).add(facet);
}

/** Removes a facet from the draft (the shared empty Set has none to remove). */
function dropFacet(draft: MetricDraft, facet: string): void {
  if (draft.facets !== NO_FACETS) (draft.facets as Set<string>).delete(facet);
}

/** Distinct items, first occurrence first. Entity lists are short and mostly empty: no Set for them. */
function uniq(xs: readonly string[]): string[] {
  return uniqOf(xs, NO_CODES);
}

/**
 * Distinct items of up to four lists, first occurrence first, as of the lists joined;
 * a Set only for long lists. Lists as arguments and no joined copy: the array of lists,
 * the copy and its iterators were 3 MB of garbage per pass over the German corpus.
 */
function uniqOf(a: readonly string[], b: readonly string[], c: readonly string[] = NO_CODES, d: readonly string[] = NO_CODES): string[] {
  const out: string[] = [];
  const total = a.length + b.length + c.length + d.length;
  if (total === 0) return out;
  const seen = total > 8 ? new Set<string>() : null;
  addDistinct(out, a, seen);
  addDistinct(out, b, seen);
  addDistinct(out, c, seen);
  addDistinct(out, d, seen);
  return out;
}

/** Pushes the items of xs not in `out` yet (`seen`, when given, holds what `out` does). */
function addDistinct(out: string[], xs: readonly string[], seen: Set<string> | null): void {
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k];
    if (seen === null ? out.includes(x) : seen.has(x)) continue;
    seen?.add(x);
    out.push(x);
  }
}

/** Drop a country when one of its subdivisions is named too (US-AK beats US). */
function specific(codes: string[]): string[] {
  // most figures name none or no country with a subdivision: the distinct list itself, no filtered copy
  if (codes.length === 0) return [];
  const distinct = uniq(codes);
  let dropped = false;
  for (let k = 0; k < distinct.length && !dropped; k++) dropped = droppedFor(distinct, distinct[k]);
  if (!dropped) return distinct.sort();
  const out: string[] = [];
  for (const c of distinct) if (!droppedFor(distinct, c)) out.push(c);
  return out.sort();
}

/** A country code dropped because one of its subdivisions is in `codes` too. */
function droppedFor(codes: readonly string[], c: string): boolean {
  return isCountry(c) && !c.includes('-') && hasSubdivision(codes, c);
}

function hasSubdivision(codes: readonly string[], country: string): boolean {
  for (const o of codes) if (o !== country && countryOf(o) === country) return true;
  return false;
}

/** Are the spans sorted by start already? (sort is stable: a sorted list stays as it is) */
function inOrder(list: readonly MentionSpan[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k - 1].aStart > list[k].aStart) return false;
  return true;
}

/** Are the mentions in document order (by sentence, then start) already? */
function mentionsInOrder(list: ContextInput['mentions']): boolean {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.sentenceIndex > b.sentenceIndex || (a.sentenceIndex === b.sentenceIndex && a.mention.aStart > b.mention.aStart)) return false;
  }
  return true;
}

/**
 * The verb right next to a count that says what is counted of its noun (metrics.yaml
 * `counts_object`; Attachment.verbNext), or null.
 */
function countingVerb(att: Attachment, mention: Mention): VerbCue | null {
  return att.verbNext !== null && att.verb !== null && att.verb.countsObject && mention.kind === 'count' ? att.verb : null;
}

/** A figure's metric context, made in one place (one shape for all: V8 keeps the code that reads them optimised). */
function metricContext(key: string, label: string, entities: string[]): MetricContext {
  return { metric: { key, label }, entities, unit: null };
}

/** The entities a figure's clause names, by the role a preposition gives them (for directed flows). */
interface ClauseRoles {
  origin: string[];
  destination: string[];
  bare: string[];
}

/** no figures in a sentence (shared: never mutated) */
const NO_SPANS: readonly MentionSpan[] = Object.freeze([]);

/** no codes (shared: never mutated, only read and copied) */
const NO_CODES: readonly string[] = Object.freeze([]);

class DocumentMetrics {
  private readonly lex: LangLexicon;
  private readonly entityIndex: EntityIndex;
  private readonly words: WordTable;
  // By sentence or mention index: arrays, not Maps (the indexes are dense; one read where a Map took a hash and a probe, two for has + get)
  private readonly views: Array<SentenceAnalysis | undefined> = [];
  /** the figures of each sentence that has any, sorted by start */
  private readonly spans: Array<MentionSpan[] | undefined> = [];
  private readonly sentenceCodes: Array<string[] | undefined> = [];
  /** metrics of the figures so far, in document order */
  private readonly figures: Antecedent[] = [];
  /** concept nouns of the sentences scanned for anaphora, by sentence */
  private readonly nouns: Array<Antecedent[] | undefined> = [];
  /** by mention: undefined until attached, null when the figure has none */
  private readonly attachments: Array<Attachment | null | undefined> = [];

  constructor(private readonly input: ContextInput, extra: readonly ExtraMetric[]) {
    this.lex = lexiconWith(input.lang, extra);
    this.entityIndex = entityIndexFor(this.lex);
    this.words = wordTableOf(this.lex);
    const mentions = input.mentions;
    for (let index = 0; index < mentions.length; index++) {
      const { mention, sentenceIndex } = mentions[index];
      const span: MentionSpan = { aStart: mention.aStart, aEnd: mention.aEnd, index };
      const list = this.spans[sentenceIndex];
      if (list) list.push(span);
      else this.spans[sentenceIndex] = [span];
    }
    // (sorted only when out of order: Array#sort allocates a work array even for a sorted list)
    for (const list of this.spans) if (list && !inOrder(list)) list.sort((a, b) => a.aStart - b.aStart);
  }

  resolveAll(): MetricContext[] {
    const mentions = this.input.mentions;
    const order: number[] = [];
    for (let i = 0; i < mentions.length; i++) order.push(i);
    // extraction gives the mentions in document order: sorted only when they are not (see inOrder)
    if (!mentionsInOrder(mentions)) {
      order.sort((a, b) => {
        const ma = mentions[a];
        const mb = mentions[b];
        return ma.sentenceIndex - mb.sentenceIndex || ma.mention.aStart - mb.mention.aStart;
      });
    }
    const out: MetricContext[] = new Array(order.length);
    // by mention: the figure it continues as a list item, or -1
    const listed: number[] = new Array(mentions.length).fill(-1);
    let previous = -1;
    for (const i of order) {
      const prev = previous >= 0 && this.input.mentions[previous].sentenceIndex === this.input.mentions[i].sentenceIndex ? previous : -1;
      const same = prev >= 0 && this.restatementOf(prev, i) ? prev : this.comparedWith(i);
      const list = same < 0 && prev >= 0 ? this.listItemAfter(prev, i) : null;
      if (same >= 0) out[i] = this.comparedMetric(out[same], same, same === prev && this.restatementOf(prev, i), i);
      else if (prev >= 0 && this.newLevelAfterChange(out[prev], prev, i)) {
        const own = this.resolve(i);
        // (a noun further on, past the level, is another clause's: "fell 25 cents to $17.65 after the share offer was announced")
        // (unless the change's metric cannot be measured in the level's kind: "sales rose 2.3% to 80,600" are cars, not revenue)
        if (knownLevel(own, out[prev]) && (!this.nounFurtherOn(i) || !this.measurableAs(out[prev].metric.key, mentions[i].mention.kind))) {
          // "fell by 0.1 points to 5.4%": "points" named the unit, not what changed
          // a change of a level that is a change itself ("GDP growth fell by 0.3 points") keeps its key
          if (out[prev].metric.key.replace(CHANGE_KEY, '') === POINTS_KEY && !CHANGE_KEY.test(own.metric.key)) {
            out[prev] = changeOfLevel(own);
            // a percentage point before a level in percent; basis points keep their unit, index points theirs
            if (this.pointsOfPercent(prev, i) && mentions[prev].mention.unit !== 'bp') out[prev].unit = 'pp';
          }
          out[i] = own;
        } else out[i] = levelOfChange(out[prev]);
      } else if (list) {
        out[i] = metricContext(out[prev].metric.key, out[prev].metric.label, list.length ? specific(list) : out[prev].entities.slice());
        // "the claimant count fell by 11,000 to 813,200": right after a change, across "to", the new level
        // (not after an earlier level: "from 157,000 to 133,000" jobs gains, "von 17 auf 30 Prozent", one series)
        if (CHANGE_KEY.test(out[prev].metric.key) && this.changeLinked(prev) && this.levelLinked(prev, i)) out[i] = levelOfChange(out[i]);
        else listed[i] = prev;
      } else {
        out[i] = this.resolve(i);
        // "from 19% to 37% of households", "5% or 7% of GDP": the earlier figures of the list measure what the last one's noun says
        for (let k = prev; k >= 0 && same < 0 && this.sharesNounAfter(k, i); k = listed[k]) {
          out[k] = metricContext(out[i].metric.key, out[i].metric.label, out[i].entities.slice());
        }
      }
      previous = i;
    }
    for (let i = 0; i < out.length; i++) if (mentions[i].mention.unit === 'pt' && out[i].unit === null) out[i].unit = this.pointUnit(out[i].metric.key);
    return out;
  }

  /**
   * "fell by 0.1 points to 5.4%": points before a level in percent are percentage points (not
   * "the consumer price index rose by 2.1 points to 105.3": index points).
   */
  private pointsOfPercent(change: number, level: number): boolean {
    const unit = this.input.mentions[level].mention.unit;
    const own = this.input.mentions[change].mention.unit;
    return unit === '%' && (own === 'pt' || own === '' || own === 'bp' || own === 'pp');
  }

  /** Can a figure of `kind` measure the concept of `key` as it is (its longest known prefix; unknown concepts can; "sales" counted are another concept, byKind)? */
  private measurableAs(key: string, kind: ClaimKind): boolean {
    for (let end = key.length; end > 0; end = key.lastIndexOf('.', end - 1)) {
      const concept = this.lex.concepts.get(key.slice(0, end));
      if (concept) return COMPATIBLE[kind].has(concept.dim);
    }
    return true;
  }

  /**
   * "rose by 0.3 points to 9.1%", "a quarter point rise in interest rates", "um 0,3 Punkte": a
   * point of a metric measured in percent (a rate, a share, a change in percent) is a
   * percentage point; of an index or a score it stays a point.
   */
  private pointUnit(key: string): string | null {
    // a share ("market.share.change", "votes.share"): its points are percentage points
    if (SHARE_KEY.test(key)) return 'pp';
    // the concept is the longest known prefix of the key ("interest.rate" of "interest.rate.change")
    for (let end = key.length; end > 0; end = key.lastIndexOf('.', end - 1)) {
      const concept = this.lex.concepts.get(key.slice(0, end));
      // a rate ("interest.rate", "unemployment.rate"); not an index read as one ("the consumer price index rose 2.1 points")
      if (concept) return concept.dim === 'percent' && RATE_KEY.test(concept.key) ? 'pp' : null;
    }
    return null;
  }

  /**
   * "in Wien (18.478) vor Oberösterreich (4.090)", "1,6 beziehungsweise 1,5
   * Prozent": a figure separated from the one before only by punctuation,
   * coordination and names is the next item of the same list. Returns the
   * entities named between them, or null when it is no list item.
   *
   * "growth of 3.4% in 2004, easing to 2.7% next year", "bei 1,2 Prozent
   * liegen und 2026 bei 1,5 Prozent": a figure of the same dimension whose gap
   * holds only verbs of movement, periods and an earlier level continues the
   * series and measures the same, when it has no metric noun of its own. A
   * metric noun in the gap ("exports rose 5% and imports 3%"), an entity
   * adjective, or a clause break stops it.
   */
  private listItemAfter(previous: number, current: number): string[] | null {
    const a = this.input.mentions[previous];
    const b = this.input.mentions[current];
    if (a.mention.kind !== b.mention.kind && !(dimOf(a.mention) === 'percent' && dimOf(b.mention) === 'percent')) return null;
    const gap = this.gap(previous, current);
    if (!gap) return null;
    const [view, from, to] = gap;
    const g = this.lex.grammar;
    const entities: string[] = [];
    let words = 0;
    // words a plain list has not (verbs, periods): the figure then continues a series only without a noun of its own
    let series = false;
    for (let k = from; k < to; k++) {
      const t = view.tokens[k];
      if (t.boundary === 2) return null;
      if (t.kind !== 'word') continue;
      const e = view.entities[k];
      if (e && e.kind === 'name') { pushAll(entities, e.codes); continue; }
      // "German growth of 2% and French 1.5%": another entity's figure
      if (e) return null;
      if (view.isCandidate(k)) {
        if (!this.seriesWord(view, k)) return null;
        series = true;
      } else if (view.isAdjective(k) || !g.coordination.includes(t.lower) && !(t.word.flags & (STOPWORD | SKIP_BEFORE_FIGURE | NOT_METRIC))) {
        series = true;
      }
      if (++words > (series ? SERIES_WORDS : 4)) return null;
    }
    if (series ? !this.continuesSeries(previous, current) : this.ownNounAfter(current)) return null;
    if (this.ownChangeOfMetric(current)) return null;
    return uniq(entities);
  }

  /**
   * A figure that names its own change of a known metric: a change noun bound to it whose complement
   * is one ("compared with a 0.3% slide in private consumption"), or a noun of change right after it
   * and the metric after that ("Exports rose 5%, with a 2% fall in imports"). Not a metric noun alone
   * ("against a $375m profit a year before"), nor a share ("compared with 39% of people aged 18-24"):
   * those restate the figure before them.
   */
  private ownChangeOfMetric(current: number): boolean {
    const att = this.attachment(current);
    if (!att || !att.np) return false;
    if (att.bound && att.np.analysis.role === 'change' && att.np.complement?.concept) return true;
    if (att.np.head <= att.last + 1 || !att.np.analysis.concept) return false;
    const view = this.view(this.input.mentions[current].sentenceIndex)!;
    // the noun of change first, then only function words ("in") up to the metric
    for (let k = att.last + 1; k < att.np.head; k++) {
      const flags = view.tokens[k].kind === 'word' ? view.tokens[k].word.flags : 0;
      if (!(flags & (k === att.last + 1 ? CHANGE_VERB : STOPWORD))) return false;
    }
    return true;
  }

  /**
   * "raised its key rate by a quarter percentage point to 2% in light of ...", "um 0,25 Punkte
   * auf 2 Prozent", "lifted interest rates 0.25% to 5.5%": a figure right after an amount of
   * change, across only "to"/"auf", is the new level of what changed,
   * unless it has a noun of its own ("by 5% to 300 jobs"). The caller keeps a known metric the
   * level has by itself (knownLevel: "rose by 0.1 points to 5.4%" of the jobless rate).
   */
  private newLevelAfterChange(changed: MetricContext, previous: number, current: number): boolean {
    // a known metric only: a noun merely near the change ("dropped by 23% to 2.05 euros during afternoon trading") says less than the level's own words
    if (!CHANGE_KEY.test(changed.metric.key) || changed.metric.key.startsWith('change') || changed.metric.key.startsWith('noun:')) return false;
    const before = this.attachment(previous);
    if (!before || this.ownNounAfter(current)) return false;
    const gap = this.gap(previous, current);
    if (!gap) return false;
    const [view, from, to] = gap;
    if (to !== from + 1 || !(view.tokens[from].word.flags & LEVEL_LEFT)) return false;
    // an amount of change: after "by", or after a verb of change and its object ("lifted interest
    // rates 0.25%", "fell half a percentage point"); not an earlier level ("from 9.1 to 9.5")
    if (before.link === 'change') return true;
    if (before.link === 'comparison') return false;
    for (let k = before.first - 1; k >= 0 && k >= before.first - CHANGE_VERB_REACH && view.tokens[k].kind === 'word'; k--) {
      if (view.tokens[k].word.flags & CHANGE_VERB) return true;
    }
    return false;
  }

  /** Is the figure after "by"/"um" or after nothing that makes it a level ("from", "von ... auf", "up from")? */
  private changeLinked(index: number): boolean {
    const link = this.attachment(index)?.link;
    return link === 'change' || link === null;
  }

  /** Is the figure `current` linked to `previous` by "to"/"auf" alone? */
  private levelLinked(previous: number, current: number): boolean {
    const gap = this.gap(previous, current);
    if (!gap) return false;
    const [view, from, to] = gap;
    return to === from + 1 && (view.tokens[from].word.flags & LEVEL_LEFT) !== 0;
  }

  /**
   * What a figure compared with (or restating) another measures: the same. "a
   * $697m improvement from $153m", "eine Verbesserung um 697 Millionen gegenüber 153
   * Millionen": an amount compared with an amount a noun of change names is the
   * earlier level of the metric that changed, not a change (percentages stay:
   * "growth of 2% from 1.5%"; so does "up from a £6.4bn rise", whose own noun says).
   */
  private comparedMetric(other: MetricContext, previous: number, restates: boolean, current: number): MetricContext {
    // ("up from a £6.4bn rise": a figure with a noun of its own after it is what that says)
    if (!restates && CHANGE_KEY.test(other.metric.key) && dimOf(this.input.mentions[current].mention) !== 'percent' && this.changeNounOf(previous) && !this.ownNounAfter(current)) {
      return levelOfChange(other);
    }
    return metricContext(other.metric.key, other.metric.label, other.entities.slice());
  }

  /** A figure whose own noun is a noun of change ("a $697m improvement", "a £6bn rise"). */
  private changeNounOf(index: number): boolean {
    const att = index >= 0 ? this.attachment(index) : null;
    return !!att && !!att.np && att.bound && att.np.analysis.role === 'change';
  }

  /**
   * "grow from 19% to 37% of households", "von 19 auf 37 Prozent der Haushalte",
   * "3% or 4% of turnover": a figure with no noun of its own, joined to a later
   * figure of its kind that has one right after it ("of households") only by
   * "to"/"auf" after "from"/"von" (the earlier level) or by coordination when both
   * stand by the same noun, measures the same. A change ("rose by 2% to 40% of
   * turnover") does not.
   */
  private sharesNounAfter(previous: number, current: number): boolean {
    const a = this.input.mentions[previous];
    const b = this.input.mentions[current];
    if (a.sentenceIndex !== b.sentenceIndex) return false;
    if (a.mention.kind !== b.mention.kind && !(dimOf(a.mention) === 'percent' && dimOf(b.mention) === 'percent')) return false;
    if (!this.ownNounAfter(current) || this.ownNounAfter(previous)) return false;
    const before = this.attachment(previous);
    const after = this.attachment(current);
    if (!before || !after || before.link === 'change') return false;
    const gap = this.gap(previous, current);
    if (!gap) return false;
    const [view, from, to] = gap;
    const g = this.lex.grammar;
    let words = 0;
    let level = false;
    for (let k = from; k < to; k++) {
      const t = view.tokens[k];
      if (t.boundary === 2 || view.entities[k]) return false;
      if (t.kind !== 'word') continue;
      if (++words > 1) return false;
      if (t.word.flags & LEVEL_LEFT) level = true;
      else if (!g.coordination.includes(t.lower)) return false;
    }
    if (words !== 1) return false;
    // "from 19% to 37%" (German "von 19 auf 37": the first figure's link is a level then)
    if (level && (before.link === 'comparison' || before.link === 'level')) return true;
    return !!before.np && before.np.head === after.np!.head;
  }

  /** A word of a series' gap that looks like a noun: a period or a verb of movement, not a metric ("slipping", "year"). */
  private seriesWord(view: SentenceAnalysis, k: number): boolean {
    return (view.tokens[k].word.flags & (NOT_METRIC | CHANGE_VERB)) !== 0;
  }

  /**
   * A figure after verbs or periods continues the series of the one before when
   * both are attached and it has no noun of its own after it ("The fund sees growth
   * of 3.4% ..., easing to 2.7%"; a noun merely near it, "easing to 2.7% as member
   * states cut spending", is not its own).
   */
  private continuesSeries(previous: number, current: number): boolean {
    return !!this.attachment(current) && !!this.figureSpan(previous) && !this.ownNounAfter(current);
  }

  /** Is the figure's noun after it, but not its own (not bound to it, not partitive)? */
  private nounFurtherOn(current: number): boolean {
    const att = this.attachment(current);
    return !!att && !!att.np && att.np.head > att.last && !this.ownNounAfter(current);
  }

  /**
   * A noun tied to the figure after it ("3% of the staff", "3,000 jobs", "3,000 new
   * jobs"): what it measures is its own. A counted noun follows the figure with
   * nothing but modifiers between ("£11bn if Labour ...": no noun of the figure).
   */
  private ownNounAfter(current: number): boolean {
    const att = this.attachment(current);
    if (!att || !att.np || att.np.head < att.first) return false;
    // a counted noun the figure holds ("two points"), bound to it (percentage points are a unit)
    if (att.np.head <= att.last) return att.bound && dimOf(this.input.mentions[current].mention) !== 'percent';
    if (att.partitive) return true;
    if (!att.bound) return false;
    const view = this.view(this.input.mentions[current].sentenceIndex)!;
    const modifiers = this.lex.grammar.countModifiers;
    for (let k = att.last + 1; k < att.np.head; k++) {
      const t = view.tokens[k];
      if (t.kind !== 'word' || (t.word.flags & STOPWORD && !modifiers.includes(t.lower))) return false;
    }
    return true;
  }

  /** The tokens between two figures of one sentence: [view, first, end). */
  private gap(previous: number, current: number): [SentenceAnalysis, number, number] | null {
    // the figures' token spans, as their attachments have them (no need to attach them for it)
    const a = this.figureSpan(previous);
    const b = this.figureSpan(current);
    const s = this.input.mentions[current].sentenceIndex;
    if (!a || !b || this.input.mentions[previous].sentenceIndex !== s || a[1] >= b[0]) return null;
    return [this.view(s)!, a[1] + 1, b[0]];
  }

  /** First and last token of a figure (those of its attachment), or null when it has none. */
  private figureSpan(index: number): [number, number] | null {
    const view = this.view(this.input.mentions[index].sentenceIndex);
    return view ? view.figureTokens(index) : null;
  }

  private readonly kindOf = (index: number): ClaimKind => this.input.mentions[index].mention.kind;

  private attachment(index: number): Attachment | null {
    const kept = this.attachments[index];
    if (kept !== undefined) return kept;
    const { mention, sentenceIndex } = this.input.mentions[index];
    const view = this.view(sentenceIndex);
    const att = view ? attach(view, index, mention, this.kindOf) : null;
    this.attachments[index] = att;
    return att;
  }

  /**
   * "up from $639m", "gegenüber 4,5 Prozent": a figure compared with another of
   * the same sentence measures the same; the nearest earlier one of its kind.
   */
  private comparedWith(current: number): number {
    const { mention, sentenceIndex } = this.input.mentions[current];
    const att = this.attachment(current);
    if (!att || att.link !== 'comparison') return -1;
    // the nearest earlier figure of the sentence of the same kind (spans are sorted: search, then walk back a little)
    const spans = this.spans[sentenceIndex] ?? NO_SPANS;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].aStart < mention.aStart) lo = mid + 1; else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK_FIGURES; k--) {
      const m = this.input.mentions[spans[k].index].mention;
      if (m.kind === mention.kind || (dimOf(m) === 'percent' && dimOf(mention) === 'percent')) {
        // "three wins from four matches": each counts a noun of its own, two quantities
        if (this.ownNounsDiffer(spans[k].index, current)) return -1;
        // "Sales rose 8.2%, compared with a 0.3% slide in private consumption": a change of a metric the figure names itself
        return this.ownChangeOfMetric(current) ? -1 : spans[k].index;
      }
    }
    return -1;
  }

  /** Both figures have a counted noun of their own right after them, and not the same one. */
  private ownNounsDiffer(a: number, b: number): boolean {
    if (!this.ownNounAfter(a) || !this.ownNounAfter(b)) return false;
    const x = this.attachment(a)!;
    const y = this.attachment(b)!;
    const view = this.view(this.input.mentions[b].sentenceIndex)!;
    return view.tokens[x.np!.head].lower !== view.tokens[y.np!.head].lower;
  }

  /**
   * "$1.13bn (£600m)", "£5.7bn ($10.7bn; 8.2bn euros)": a figure in brackets
   * right after another restates it in another unit and measures the same.
   */
  private restatementOf(previous: number, current: number): boolean {
    if (previous === current) return false;
    const gap = this.gap(previous, current);
    if (!gap) return false;
    const [view, from, to] = gap;
    let sawBracket = false;
    for (let k = from; k < to; k++) {
      const t = view.tokens[k];
      if (t.kind !== 'punct' || !RESTATEMENT_PUNCT.has(t.text)) return false;
      if (t.text !== ',') sawBracket = true;
    }
    return sawBracket;
  }

  private sentence(s: number): Sentence | undefined {
    return this.input.sentences[s];
  }

  private view(s: number): SentenceAnalysis | null {
    let v = this.views[s];
    if (!v) {
      const sent = this.sentence(s);
      if (!sent) return null;
      const tokens = tokenize(this.input.analysis.text, sent.aStart, sent.aEnd, this.spans[s] ?? NO_SPANS, this.words);
      v = new SentenceAnalysis(tokens, this.lex, this.entityIndex);
      this.views[s] = v;
    }
    return v;
  }

  /** Countries and organisations a sentence names, in order of appearance. */
  private codes(s: number): string[] {
    let c = this.sentenceCodes[s];
    if (!c) {
      const v = this.view(s);
      const all: string[] = [];
      if (v) for (const k of v.entityAt) pushAll(all, v.entities[k]!.codes);
      c = uniq(all);
      this.sentenceCodes[s] = c;
    }
    return c;
  }

  /** The pair of countries the text is about around sentence s ("beiden Ländern"). */
  private pair(s: number): string[] | null {
    const countries = (k: number): string[] => uniq(this.codes(k).filter((c) => isCountry(c) || c === 'EU').map(countryOf));
    for (let k = s; k >= 0 && k > s - PAIR_LOOKBACK; k--) {
      const c = countries(k);
      if (c.length >= 2) return c.slice(0, 2);
    }
    // the countries the headline and lead name most
    const counts = new Map<string, number>();
    for (let k = 0; k < LEAD_SENTENCES && k <= s; k++) for (const c of countries(k)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return top.length >= 2 ? [top[0][0], top[1][0]] : null;
  }

  private resolve(index: number): MetricContext {
    const { mention, sentenceIndex } = this.input.mentions[index];
    const view = this.view(sentenceIndex);
    const att = this.attachment(index);
    const draft = emptyDraft();
    let entities: string[] = [];
    if (!view || !att) return this.finish(draft, [], mention, sentenceIndex, null, null);
    const np = att.np;
    let inherited: Antecedent | null = null;
    let roleHead: HeadAnalysis | null = null;
    let carried: string[] | null = null;
    let counting: VerbCue | null = null;

    if (np) {
      const a = np.analysis;
      if (a.concept) {
        this.applyAnalysis(draft, a, np.text);
      } else if (a.role) {
        draft.role = a.role === 'container' ? null : a.role;
        roleHead = a;
        if (a.innerUnknown) {
          draft.noun = a.innerUnknown;
          draft.nounLabel = np.text;
        } else if (np.complement && (np.complement.concept || np.complement.innerUnknown) && !this.carriesOwnChange(a)) {
          this.applyAnalysis(draft, np.complement, view.tokens[np.complementAt]?.text ?? '');
          draft.role = a.role === 'container' ? draft.role : a.role;
        } else if (a.role === 'container' && (np.complement?.role === 'change' || np.complement?.role === 'share') && (carried = this.carriedChange(view, att, np, draft))) {
          // "the level of growth in Japan": a container that carries a change is the change the complement names
          entities = carried;
          roleHead = null;
        } else if (np.complement && np.complement.facets.size === 0 && np.complement.headStem && !this.carriesOwnChange(a)) {
          draft.noun = np.complement.headStem;
        } else {
          const other = this.clauseConcept(view, att, np.head);
          const economy = other ? null : this.placeGrowth(view, np);
          const bank = other || economy ? null : this.centralBankRate(view, att, np);
          if (other) {
            this.applyAnalysis(draft, other.analysis, other.text);
            draft.role = a.role === 'container' ? null : a.role;
            entities = this.phraseEntities(other);
          } else if (economy) {
            draft.concept = economy;
          } else if (bank) {
            draft.concept = bank;
            draft.role = null;
          } else {
            inherited = this.antecedentFor(np, mention, sentenceIndex);
            // the economy of the passage: its concept only; the place is the figure's own clause's
            if (!inherited) draft.concept = this.economyOfGrowth(view, att, np, sentenceIndex);
          }
        }
        // "an annual total of $200bn" after exports: the amount of the flow, not its total over all partners
        const headIsTotal = a.role === 'container' && this.isTotalWord(a.headLast);
        for (const f of a.facets) if (!(headIsTotal && f === 'total')) addFacet(draft, f);
      }
      if (!draft.concept && !draft.noun && !inherited) {
        // a verb names the metric unless a noun is tied to the figure ("68 appearances");
        // "starben"/"killed" always ("30 Zivilisten starben")
        const verb = att.verb && (!att.bound || att.verb.override || a.role || a.facets.size > 0) && !(att.verb.notOfFirms && this.growsOtherThanEconomy(view, np)) ? att.verb : null;
        // a verb that only says money changes hands ("pay") yields to a known metric of the clause ("pay a $1m fine")
        const named = verb?.yields ? this.clauseConcept(view, att, np.head, (c) => c.dim === verb.concept.dim, dashAside(view, att)) : null;
        if (named) {
          this.applyAnalysis(draft, named.analysis, named.text);
          entities = this.phraseEntities(named);
        } else if (verb) {
          draft.concept = verb.concept;
          for (const f of a.facets) addFacet(draft, f);
        } else if (!a.role) {
          // an unknown noun merely near a money figure yields to a known money metric of the
          // clause ("Für die Flüchtlingskosten rechnet das Ministerium bei
          // der Budgetpräsentation mit einer Milliarde Euro": the costs, not the presentation)
          const dim = dimOf(mention);
          const counted = att.partitive || (np.head >= att.first && np.head <= att.last + 1);
          const other = !counted && dim === 'money'
            ? this.clauseConcept(view, att, np.head, (c) => c.dim === dim)
            : null;
          if (other) {
            this.applyAnalysis(draft, other.analysis, other.text);
            entities = this.phraseEntities(other);
          } else if ((counting = countingVerb(att, mention))) {
            // "produced 56,000 cars", "sold 300,000 copies": the verb says what is counted of the
            // noun (production of cars), where the noun alone is too vague to compare
            draft.concept = counting.concept;
            draft.unknownMods.push(a.headStem);
            draft.words.push(np.text);
          } else {
            draft.noun = a.headStem;
            draft.nounLabel = np.text;
          }
        } else if (roleHead?.role === 'container') {
          // a bare "Summe", "Zahl" with nothing to refer to
          draft.noun = roleHead.headStem;
          draft.nounLabel = np.text;
        }
      }
      // "own 29% of United through their investment vehicle": the verb whose object the figure is beats a noun not tied to it
      if (draft.concept && att.verb && att.verb.before && att.verb.override && !att.bound) draft.concept = att.verb.concept;
      if (draft.concept?.weak && att.verb?.overWeak) {
        draft.concept = att.verb.concept;
      }
      const family = draft.concept?.yieldsTo;
      if (family) {
        const other = this.clauseConcept(view, att, np.head, (c) => c.key === family || c.key.startsWith(`${family}.`));
        if (other) draft.concept = other.analysis.concept;
      }
      if (draft.concept && this.lex.grammar.contextKeys) this.shiftByContext(draft, view, att, np.head, sentenceIndex);
    } else if (att.verb) {
      draft.concept = att.verb.concept;
    }
    if (!draft.concept && !inherited && (!np || view.tokens[np.head].word.flags & HOLDER) && this.pronounBefore(view, att)) {
      // "Im März waren es 3.500": the pronoun stands for the metric of an earlier figure
      inherited = this.latestFigure(mention, sentenceIndex);
      if (inherited) draft.noun = null;
    }
    if (!draft.concept && !inherited && mention.kind === 'rank') {
      // "Platz drei", "number one": a rank of something the text does not name as a noun
      draft.concept = this.lex.concepts.get('rank') ?? null;
      draft.noun = null;
    }

    if (np && draft.concept?.flow && np.definite && !inherited) this.flowEvent(view, np, draft);
    if (inherited) {
      const d = inherited.draft;
      draft.concept = d.concept;
      draft.noun = d.noun;
      draft.nounLabel = d.nounLabel;
      for (const f of d.facets) addFacet(draft, f);
      draft.unknownMods = d.unknownMods.slice();
      draft.words = d.words.slice();
      draft.origin = d.origin.slice();
      draft.destination = d.destination.slice();
      if (!draft.role) draft.role = d.role;
      entities = inherited.entities.slice();
    }
    // A concept of another dimension than the figure's is a wrong key (it would join the figure
    // with that concept's figures): "$5m to its users", "overstating its accounts by $11bn" (an
    // amount of money is no count of people or things; a percentage concept it may be: "9 Millionen
    // Euro" of VAT), "the world's number two economy", "sold eight million copies in two years".
    const c = draft.concept;
    const kind = mention.kind;
    if (c && !inherited && !c.byKind.has(kind) && !COMPATIBLE[kind].has(c.dim) &&
      (kind === 'rank' || kind === 'duration' || (kind === 'currency' && c.dim !== 'percent'))) {
      // a money verb of the clause says what a sum beside a rank or an age is ("fell to the number two
      // spot, taking $18.1m", "From the age of 16 he was paid £50,000 a year"); beside a count or a
      // quantity the noun stays ("keeping troops in Iraq could cost £1bn" is no price)
      const verb = kind === 'currency' && (c.dim === 'rank' || c.dim === 'years') && att?.verb && att.verb.concept.dim === 'money' ? att.verb : null;
      // a rank is a rank of its own; a sum or a duration keeps its noun only (too vague to compare)
      draft.concept = verb ? verb.concept : kind === 'rank' ? this.lex.concepts.get('rank') ?? null : null;
      const keepsNoun = !verb && kind !== 'rank' && np;
      draft.noun = keepsNoun ? np.analysis.headStem : null;
      draft.nounLabel = keepsNoun ? np.text : null;
      if (kind !== 'currency') draft.role = null;
    }
    return this.finish(draft, entities, mention, sentenceIndex, np, att, inherited !== null);
  }

  /**
   * "Russland verschifft vor allem radioaktive Chemikalien in die USA – das
   * Handelsvolumen machte ... aus": a definite trade noun right after a clause
   * that tells a flow (who ships what where) measures that flow, a part of the
   * total trade.
   */
  private flowEvent(view: SentenceAnalysis, np: NounPhrase, draft: MetricDraft): void {
    const tokens = view.tokens;
    let end = np.head - 1;
    while (end >= 0 && !tokens[end].boundary) end--;
    if (end < 0) return;
    let start = end - 1;
    while (start >= 0 && !tokens[start].boundary) start--;
    const g = this.lex.grammar;
    let verb = -1;
    let concept: Concept | null = null;
    for (let k = start + 1; k < end && verb < 0; k++) {
      for (const cue of this.lex.verbs.get(tokens[k].lower) ?? []) {
        if (cue.concept.key === 'exports' || cue.concept.key === 'imports') { verb = k; concept = cue.concept; break; }
      }
    }
    if (verb < 0 || !concept) return;
    const subject: string[] = [];
    const origin: string[] = [];
    const destination: string[] = [];
    let object: NounPhrase | null = null;
    for (let k = start + 1; k < end; k++) {
      const e = view.entities[k];
      if (e && e.kind === 'name') {
        let p = k - 1;
        while (p > start && ARTICLE.test(tokens[p].lower)) p--;
        const prep = tokens[p]?.lower ?? '';
        if (g.destinationPreps.includes(prep)) pushAll(destination, e.codes);
        else if (g.originPreps.includes(prep)) pushAll(origin, e.codes);
        else if (k < verb) pushAll(subject, e.codes);
        continue;
      }
      if (k > verb && !object && view.isCandidate(k)) object = view.phrase(k);
    }
    const exporting = concept.key === 'exports';
    draft.concept = concept;
    draft.origin = exporting ? uniqOf(subject, origin) : uniq(origin);
    draft.destination = exporting ? uniq(destination) : uniqOf(subject, destination);
    if (object) {
      for (const f of object.analysis.facets) addFacet(draft, f);
      if (object.analysis.concept === null && !object.analysis.facets.size) {
        draft.unknownMods.push(object.analysis.headStem);
        draft.words.push(object.text);
      }
    }
  }

  /** `word`: the head the analysis is of, as written (labels its modifiers) */
  private applyAnalysis(draft: MetricDraft, a: HeadAnalysis, word: string): void {
    if (a.concept) draft.concept = a.concept;
    else if (a.innerUnknown) draft.noun = a.innerUnknown;
    for (const f of a.facets) addFacet(draft, f);
    pushAll(draft.unknownMods, a.unknownMods);
    if (a.unknownMods.length) draft.words.push(word);
    if (a.role && a.role !== 'container') draft.role = a.role;
  }

  /**
   * The two currencies of an exchange rate: a currency named in the figure's clause outside
   * the figure (its subject, "the dollar", or its partner, "against the euro") and the figure's
   * own currency; null unless they are two.
   */
  private currencyPair(s: number, att: Attachment, unit: string): string[] | null {
    const names = this.lex.grammar.currencyNames;
    const view = this.view(s);
    if (!names || !view) return null;
    const codes = new Set<string>([unit]);
    for (let k = att.clause[0]; k < att.clause[1]; k++) {
      const t = view.tokens[k];
      // the currency words of figures are their units ("220 Dollar (rund 198 Euro)" is a conversion)
      const code = t.kind === 'word' && t.mention < 0 ? names[t.lower] : undefined;
      if (code) codes.add(code);
    }
    return codes.size === 2 ? [...codes].sort() : null;
  }

  /**
   * "US growth", "das japanische Wachstum", "growth in Japan", and a forecast of it
   * ("Japan's growth forecasts", "die Wachstumsprognose für Japan"): the change of the
   * place's economy (grammar.placeGrowth).
   */
  private placeGrowth(view: SentenceAnalysis, np: NounPhrase): Concept | null {
    const rule = this.lex.grammar.placeGrowth;
    if (!rule || np.analysis.role !== 'change') return null;
    const tokens = view.tokens;
    const word = tokens[np.head].lower;
    // the growth word: the head, the first part of a compound head, or a noun modifier right before it
    const before = np.head > 0 ? tokens[np.head - 1] : undefined;
    const growthAt = rule.heads.some((h) => word.startsWith(h)) ? np.head : before && rule.heads.includes(before.lower) ? np.head - 1 : -1;
    if (growthAt < 0) return null;
    const isPlace = (c: string) => isCountry(c) || c === 'EU';
    // the owner, a name right before the growth word ("US growth"), or one after a preposition ("growth in
    // Japan", "ein Wachstum in Japan von 2,1 Prozent"; a firm's "Wachstum in China" reads so too: a
    // firm the clause names is not told from a forecaster here)
    const place = np.entities.owner.some(isPlace) || (view.entities[growthAt - 1]?.codes.some(isPlace) ?? false) ||
      this.placeAfter(view, np.head, rule.placePreps, isPlace);
    return place ? this.lex.concepts.get(rule.concept) ?? null : null;
  }

  /**
   * "the Fed raised rates to 2%", "the Bank of England held rates at 4.75%": a bare rate in a
   * clause that names a central bank is its policy rate (grammar.bankRates).
   */
  private centralBankRate(view: SentenceAnalysis, att: Attachment, np: NounPhrase): Concept | null {
    const rule = this.lex.grammar.bankRates;
    const tokens = view.tokens;
    // "rates" alone, no modifier ("the growth rate", "its rates"): the bank's own rate or none
    if (!rule || !rule.heads.includes(tokens[np.head].lower) || np.analysis.role !== 'share') return null;
    // right after the bank's verb ("raised rates", "held rates"): no determiner or modifier of its own
    const before = tokens[np.head - 1];
    if (!before || before.kind !== 'word' || !rule.verbs.includes(before.lower)) return null;
    // the bank as the clause's subject: before the rate, with no other name between them
    // (not "lenders raised rates to 6% after the Bank of England decision")
    let bank = false;
    for (let k = att.clause[0]; k < np.head; k++) {
      const e = view.entities[k];
      if (e?.codes.some((c) => rule.banks.includes(c))) {
        bank = true;
        k += e.span - 1;
      } else if (e?.kind === 'name') bank = false;
    }
    return bank ? this.lex.concepts.get(rule.concept) ?? null : null;
  }

  /**
   * A container head whose complement names a change ("forecasts for Japanese growth", "the
   * level of growth in Japan"): the change of what the clause or the place says, when either
   * does; `draft` gets it, and the entities it names are returned. Otherwise (null) the
   * complement is the counted noun, as for any container.
   */
  private carriedChange(view: SentenceAnalysis, att: Attachment, np: NounPhrase, draft: MetricDraft): string[] | null {
    const inner = view.phrase(np.complementAt);
    const other = this.clauseConcept(view, att, inner.head);
    const economy = other ? null : this.placeGrowth(view, inner);
    if (!other && !economy) return null;
    draft.role = np.complement!.role === 'share' ? 'share' : 'change';
    if (!other) {
      draft.concept = economy;
      return [];
    }
    this.applyAnalysis(draft, other.analysis, other.text);
    return this.phraseEntities(other);
  }

  /**
   * A compound that carries its own change ("Wachstumsprognose": a container whose modifier is
   * a change): its genitive ("der Regierung") names who forecasts, not what is measured.
   */
  private carriesOwnChange(a: HeadAnalysis): boolean {
    return a.role !== null && a.role !== 'container' && (this.lex.byLast.get(a.headLast)?.some((e) => e.role === 'container') ?? false);
  }

  /**
   * A place right after the head and one of `preps`, maybe after an article ("in Japan", "für
   * die USA"), or after a word that names no metric ("growth forecasts for Japan").
   */
  private placeAfter(view: SentenceAnalysis, head: number, preps: readonly string[], isPlace: (c: string) => boolean): boolean {
    let at = head + 1;
    if (view.tokens[at]?.word.flags & NOT_METRIC) at++;
    const prep = view.tokens[at];
    if (!prep || prep.kind !== 'word' || !preps.includes(prep.lower)) return false;
    for (let k = at + 1; k <= at + 2 && k < view.tokens.length; k++) {
      if (view.entities[k]?.codes.some(isPlace)) return true;
      if (!(view.tokens[k].word.flags & STOPWORD)) return false;
    }
    return false;
  }

  /** Is a head word (its last stem) itself the total facet ("total", not "Gesamtexporte")? */
  private isTotalWord(stem: string): boolean {
    return this.lex.byLast.get(stem)?.some((e) => e.role === 'facet' && e.facet?.name === 'total' && e.units.length === 1) ?? false;
  }

  /**
   * A bare head whose concept depends on its clause (grammar.contextKeys):
   * "the deficit" next to exports or trade is the trade deficit, unless the
   * sentence names the budget; so is "the deficit with China" (a partner), and
   * "the 10 month deficit" after a trade deficit's figure (ContextKey).
   */
  private shiftByContext(draft: MetricDraft, view: SentenceAnalysis, att: Attachment, head: number, s: number): void {
    const lower = view.tokens[head].lower;
    for (const rule of this.lex.grammar.contextKeys ?? []) {
      if (draft.concept?.key !== rule.from || !rule.heads.includes(lower)) continue;
      // a partitive ("10.8% of the workforce") is made a share only later
      if (rule.role && draft.role !== rule.role && !(rule.role === 'share' && att.partitive)) continue;
      const namesBudget = (t: Token | undefined) => t?.kind === 'word' && rule.unless.some((u) => t.lower.startsWith(u));
      // "budget deficit", "public deficit": the key stays
      if (namesBudget(view.tokens[head - 1])) continue;
      const to = this.lex.concepts.get(rule.to);
      if (!to) continue;
      // "the US's deficit with China": only trade has a partner, whatever else the sentence names
      if (rule.partnered && view.phrase(head).entities.partners.length > 0) { draft.concept = to; return; }
      // a budget named anywhere in the sentence: the key stays
      if (view.tokens.some(namesBudget)) continue;
      const shifts = this.clauseConcept(view, att, head, (c) => rule.families.some((f) => c.key === f || c.key.startsWith(`${f}.`))) !== null
        || (rule.followsEarlier && this.recentFigure(s - ANAPHORA_SENTENCES, (a) => a.draft.concept?.key === rule.from || a.draft.concept?.key === rule.to)?.draft.concept === to);
      if (shifts) draft.concept = to;
      return;
    }
  }

  /** A noun of the clause that names a concept, for a bare "Plus", "Anteil", "Zahl". */
  private clauseConcept(view: SentenceAnalysis, att: Attachment, except: number, accept?: (c: Concept) => boolean, aside: readonly [number, number] | null = null): NounPhrase | null {
    let best: NounPhrase | null = null;
    let bestDistance = Infinity;
    for (let k = att.clause[0]; k < att.clause[1]; k++) {
      if (k === except || !view.isCandidate(k) || (aside && k >= aside[0] && k <= aside[1])) continue;
      const np = view.phrase(k);
      if (!np.analysis.concept || np.analysis.role || np.analysis.concept.weak) continue;
      if (accept && !accept(np.analysis.concept)) continue;
      const d = Math.abs(k - except);
      if (d < bestDistance) { best = np; bestDistance = d; }
    }
    return best;
  }

  private phraseEntities(np: NounPhrase): string[] {
    const r = np.entities;
    return uniqOf(r.owner, r.origin, r.destination, r.partners);
  }

  /** An earlier metric that a bare container ("das Volumen", "the figure") refers back to. */
  private antecedentFor(np: NounPhrase, mention: Mention, s: number): Antecedent | null {
    const head = np.analysis.headLast;
    const matches = (a: Antecedent) => a.headLast === head || a.headStem.endsWith(head);
    // by head word: "das Volumen" <- "Handelsvolumen"; figures first, then nouns of the text
    const figure = this.recentFigure(s - ANAPHORA_SENTENCES, matches);
    if (figure) return figure;
    for (let k = s - 1; k >= 0 && k >= s - ANAPHORA_SENTENCES; k--) {
      const nouns = this.scanNouns(k);
      for (let i = nouns.length - 1; i >= 0; i--) if (matches(nouns[i])) return nouns[i];
    }
    // a definite container with no head match: the latest figure of the same dimension
    const dim = dimOf(mention);
    return np.definite ? this.recentFigure(s - 1, (a) => a.dim === dim) : null;
  }

  /**
   * Is the noun phrase something that grows other than an economy: a firm, a market or a sector
   * (grammar.placeGrowth.firmWords: "the retailer grew 5%") or, where nouns are lowercase, any
   * common noun but an economy's ("Mozilla browsers have grown by 5%": the browsers' growth, not a
   * country's) and any name inside the sentence that names no known place?
   */
  private growsOtherThanEconomy(view: SentenceAnalysis, np: NounPhrase): boolean {
    const g = this.lex.grammar;
    const rule = g.placeGrowth;
    const head = view.tokens[np.head];
    if (!rule || !head) return false;
    if (rule.firmWords.includes(head.lower)) return true;
    if (!rule.economyNouns || g.capitalisedNouns || !/^\p{L}+$/u.test(head.text) || rule.economyNouns.includes(head.lower)) return false;
    // a name no place is known by, inside the sentence ("Firefox has grown"): a product's or a firm's
    if (head.text !== head.lower) return np.head > 0 && !view.entities[np.head];
    return !g.pronouns.includes(head.lower) && !this.lex.stopwords.has(head.lower);
  }

  /**
   * "It's a sign that the economy's slowing. … Growth slowed to 0.3% in the quarter": growth
   * that names nothing, in a passage about an economy, is that economy's (grammar.placeGrowth's
   * concept named as a noun in the two sentences before or the article's opening two). Not the
   * sentence itself: "Growth at the firm slowed as the economy weakened" is the firm's.
   */
  private economyOfGrowth(view: SentenceAnalysis, att: Attachment, np: NounPhrase, s: number): Concept | null {
    const rule = this.lex.grammar.placeGrowth;
    if (!rule || np.analysis.role !== 'change' || np.complementAt >= 0) return null;
    const word = view.tokens[np.head].lower;
    if (!rule.heads.some((h) => word.startsWith(h))) return null;
    // a firm's growth: "the retailer said its growth slowed", "der Konzern rechnet mit einem Wachstum"
    for (let k = att.clause[0]; k < np.head; k++) if (rule.firmWords.includes(view.tokens[k].lower)) return null;
    if (np.head > 0 && rule.possessives.includes(view.tokens[np.head - 1].lower)) return null;
    for (const k of [s - 1, s - 2, 1, 0]) {
      if (k < 0 || k >= s) continue;
      const nouns = this.scanNouns(k);
      for (let i = nouns.length - 1; i >= 0; i--) {
        const d = nouns[i].draft;
        if (d.concept?.key === rule.concept && !d.role) return d.concept;
      }
    }
    return null;
  }

  /** The latest figure since sentence `from` that `accept`s, looking back a bounded number of figures. */
  private recentFigure(from: number, accept: (a: Antecedent) => boolean): Antecedent | null {
    for (let i = this.figures.length - 1, steps = 0; i >= 0 && steps < LOOKBACK_FIGURES; i--, steps++) {
      const a = this.figures[i];
      if (a.sentence < from) break;
      if (accept(a)) return a;
    }
    return null;
  }

  /** A standalone pronoun in the figure's clause before it ("waren es", "it stood at"). */
  private pronounBefore(view: SentenceAnalysis, att: Attachment): boolean {
    const g = this.lex.grammar;
    for (let k = att.clause[0]; k < att.first; k++) {
      const t = view.tokens[k];
      if (t.kind === 'word' && g.pronouns.includes(t.lower) && !view.isCandidate(k + 1) && !view.isAdjective(k + 1)) return true;
    }
    return false;
  }

  /** The latest figure of the same kind in this or the two sentences before. */
  private latestFigure(mention: Mention, s: number): Antecedent | null {
    const dim = dimOf(mention);
    return this.recentFigure(s - 2, (a) => a.dim === dim && (a.draft.concept !== null || a.draft.noun !== null));
  }

  /** The concept nouns of a sentence, as antecedents (scanned once). */
  private scanNouns(s: number): Antecedent[] {
    let list = this.nouns[s];
    if (list) return list;
    list = [];
    this.nouns[s] = list;
    const view = this.view(s);
    if (!view) return list;
    for (let k = 0; k < view.tokens.length; k++) {
      if (!view.isCandidate(k)) continue;
      const np = view.phrase(k);
      if (!np.analysis.concept || np.analysis.concept.weak) continue;
      const draft = emptyDraft();
      this.applyAnalysis(draft, np.analysis, np.text);
      list.push({
        sentence: s, draft, entities: this.phraseEntities(np), headLast: np.analysis.headLast, headStem: np.analysis.headStem,
        dim: draft.concept?.dim === 'money' ? 'money' : draft.concept?.dim === 'percent' ? 'percent' : 'other', figure: false,
      });
      if (list.length >= LOOKBACK_FIGURES) list.shift();
    }
    return list;
  }

  private finish(
    draft: MetricDraft, entities: string[], mention: Mention, s: number,
    np: NounPhrase | null, att: Attachment | null, inherited = false,
  ): MetricContext {
    let concept: Concept | null = draft.concept;
    if (concept) {
      const countedAfter = !concept.byKindAfter || (np !== null && att !== null && np.head > att.last);
      const alt = concept.byUnit.get(mention.unit) ?? (countedAfter ? concept.byKind.get(mention.kind) : undefined);
      if (alt) concept = this.lex.concepts.get(alt) ?? concept;
      draft.concept = concept;
      const unitFacet = this.lex.unitFacets.get(mention.unit);
      if (unitFacet && concept.dim !== 'money') addFacet(draft, unitFacet);
      if (concept.flow === null) dropFacet(draft, 'total');
    }
    let perShare = false;
    if (att && !inherited && mention.kind === 'currency') {
      this.commodityPrice(draft, s, att, np);
      perShare = this.perSharePrice(draft, s, att);
    }
    if (np && !inherited && draft.concept?.named && !draft.unknownMods.length) this.nameConcept(draft, s, np);
    if (att && !inherited) {
      this.decideRole(draft, mention, att, np, s);
      if (concept) for (const f of this.clauseFacets(s, att)) addFacet(draft, f);
    }
    // (a share's price is its firm's, not a place's or a bidder's the clause names: compare takes
    // the firm the article is about)
    if (!inherited && np && att && !perShare) entities = this.entitiesFor(draft, np, att, s);
    else if (inherited && concept?.flow) {
      entities = uniqOf(entities, draft.origin, draft.destination);
      const pair = entities.length < 2 && concept.flow === 'symmetric' ? this.pair(s) : null;
      if (pair) entities = uniqOf(entities, pair);
    }
    // "the dollar fell to $1.2974 against the euro": the rate between two currencies
    if (!draft.concept && att && mention.kind === 'currency' && Math.abs(mention.value) < MAX_EXCHANGE_RATE) {
      const pair = this.currencyPair(s, att, mention.unit);
      const rate = pair ? this.lex.concepts.get('exchange.rate') : undefined;
      if (pair && rate) {
        draft.concept = rate;
        draft.noun = null;
        draft.nounLabel = null;
        draft.unknownMods = [];
        draft.role = null;
        entities = pair;
      }
    }
    const finalEntities = specific(entities);
    const key = metricKey(draft);
    const label = metricLabel(draft);
    if (np) {
      this.figures.push({
        sentence: s, draft, entities: finalEntities, headLast: np.analysis.headLast, headStem: np.analysis.headStem,
        dim: dimOf(mention), figure: true,
      });
    }
    return metricContext(key, label, finalEntities);
  }

  /**
   * "the Ifo index", "consumer confidence index", "Ifo-Index": a generic head
   * (lexicon `named`) keeps the name that says which one, as a refinement
   * (index~ifo), or becomes the concept the name is (DAX index -> index.dax).
   */
  private nameConcept(draft: MetricDraft, s: number, np: NounPhrase): void {
    const view = this.view(s);
    const name = view?.nameOfHead(np.head);
    if (!name || !draft.concept) return;
    if (name.concept?.key.startsWith(`${draft.concept.key}.`)) {
      draft.concept = name.concept;
      return;
    }
    pushAll(draft.unknownMods, name.stems);
    draft.words.push(np.text, ...name.stems);
  }

  /**
   * A money figure of a traded good is its price: quoted per unit of a good the
   * clause names ("$51 a barrel", "1250 Dollar pro Unze"), or tied to a
   * noun that names only the good ("Brent fell $1.89", "US crude rose to $51").
   * A figure of a named metric of the good ("oil exports of $5bn") keeps its metric.
   */
  private commodityPrice(draft: MetricDraft, s: number, att: Attachment, np: NounPhrase | null): void {
    const view = this.view(s);
    if (!view) return;
    const price = this.lex.concepts.get('price');
    if (!price) return;
    // the good's price, whatever the noun ("Crude hit a record $147 a barrel")
    let goods = view.perUnitAfter(att.last) ? view.commodityFacetsIn(att.clause[0], att.clause[1]) : [];
    if (!goods.length) {
      if (draft.concept || !np || att.partitive) return;
      // the good itself is the head ("Brent", "crude"), or closes a name the head begins ("North Sea Brent"),
      // not a modifier of another head ("the oil company paid $5bn")
      const next = view.tokens[np.head + 1];
      if (next && next.kind === 'word' && next.word.flags & HOLDER) return;
      goods = view.commodityFacetsIn(np.head, np.head < att.first ? Math.min(np.head + 2, att.first) : np.head + 1);
      if (!goods.length) return;
    }
    draft.concept = price;
    draft.noun = null;
    draft.nounLabel = null;
    draft.unknownMods = [];
    draft.words = [];
    for (const g of goods) addFacet(draft, g);
    if (draft.role === 'share') draft.role = null;
  }

  /**
   * An amount per share ("pitched at 300p a share", "45 Euro je Aktie") is the share's price when
   * the clause calls it a price, an offer or a bid, or names no metric; any other metric per share
   * ("earnings of $1.62 per share", "book value of $20 per share") stays that metric, as a
   * per-share figure (lexicon price_per_share).
   */
  private perSharePrice(draft: MetricDraft, s: number, att: Attachment): boolean {
    if (!this.view(s)?.perShareAfter(att.last)) return false;
    if (draft.concept ? !this.lex.perSharePrices.has(draft.concept.key) : draft.noun !== null) {
      addFacet(draft, 'per_share');
      if (draft.role === 'share') draft.role = null;
      return false;
    }
    const price = this.lex.concepts.get('stock.price');
    if (!price) return false;
    draft.concept = price;
    draft.noun = null;
    draft.nounLabel = null;
    draft.unknownMods = [];
    draft.words = [];
    if (draft.role === 'share') draft.role = null;
    return true;
  }

  /** Facets a word anywhere in the clause adds ("... im Wert von 280 Mrd eingefroren"). */
  private clauseFacets(s: number, att: Attachment): string[] {
    const view = this.view(s)!;
    const out: string[] = [];
    const [positions, names] = view.clauseFacetList();
    for (let i = lowerBound(positions, att.clause[0]); i < positions.length && positions[i] < att.clause[1]; i++) pushAll(out, names[i]);
    return out;
  }

  /** change or share of the metric, from the link word, the head, and the figure's unit. */
  private decideRole(draft: MetricDraft, mention: Mention, att: Attachment, np: NounPhrase | null, s: number): void {
    if (draft.role) return;
    const dim = draft.concept?.dim ?? 'any';
    const percent = mention.kind === 'percent' || mention.unit === '%';
    if (att.link === 'change' && (att.changeVerb || percent)) { draft.role = 'change'; return; }
    // "lifted interest rates 0.25% to 5.5%": a rate's bare figure before its new level, with a verb of change, is the
    // change (not "von 9,1 auf 9,5 Prozent", "from 70% to 49%": an earlier level)
    if (att.link === null && att.changeVerb && percent && dim === 'percent' && this.levelFollows(s, att, mention.value)) { draft.role = 'change'; return; }
    if (mention.unit === 'pp' && dim === 'percent') { draft.role = 'change'; return; }
    // "fell 32 cents to $51.43", "jumped $2bn to $9.5bn", "fell 11,000 to 813,200": an amount right
    // after a verb of change, before "to" and another of its unit, is the change (the extractor splits them)
    if (att.link === null && !percent && this.changeThenLevel(s, att, mention)) { draft.role = 'change'; return; }
    // "slipped one place to four", "moved up two places": places a rank moves by are its change
    if (att.link === null && mention.kind === 'count' && dim === 'rank' && this.afterChangeWord(s, att)) { draft.role = 'change'; return; }
    if (!percent || dim === 'percent') return;
    const partitiveHead = np && att.partitive && np.head > att.last;
    if (partitiveHead) { draft.role = 'share'; return; }
    if (att.link === 'level') return;
    if (dim === 'money' || dim === 'quantity' || dim === 'count' || att.changeVerb) draft.role = 'change';
  }

  /**
   * Is the figure of `att` followed by "to"/"auf" and another figure at least five times it (its
   * new level, as the extractor reads "X% to Y%" after a verb: "eased 3% to 2.5%" is from level to level)?
   */
  private levelFollows(s: number, att: Attachment, value: number): boolean {
    const level = this.levelAfter(s, att);
    return !!level && Math.abs(level.value) >= 5 * Math.abs(value);
  }

  /** The figure right after the figure of `att` across "to"/"auf" alone, or null. */
  private levelAfter(s: number, att: Attachment): Mention | null {
    const tokens = this.view(s)!.tokens;
    const to = tokens[att.last + 1];
    const next = tokens[att.last + 2];
    if (!to || !next || !(to.word.flags & LEVEL_LEFT) || next.mention < 0) return null;
    return this.input.mentions[next.mention].mention;
  }

  /** Does a verb of change or a word of direction ("up", "down") stand right before the figure of `att`? */
  private afterChangeWord(s: number, att: Attachment): boolean {
    const before = this.view(s)!.tokens[att.first - 1];
    if (!before || before.kind !== 'word') return false;
    const { up, down } = this.lex.grammar.directions;
    return (before.word.flags & CHANGE_VERB) !== 0 || up.includes(before.lower) || down.includes(before.lower);
  }

  /** Is the figure of `att` right after a verb of change and followed by "to"/"auf" and a figure of its unit? */
  private changeThenLevel(s: number, att: Attachment, mention: Mention): boolean {
    const verb = this.view(s)!.tokens[att.first - 1];
    if (!verb || verb.kind !== 'word' || !(verb.word.flags & CHANGE_VERB)) return false;
    const level = this.levelAfter(s, att);
    return !!level && level.unit === mention.unit && level.kind === mention.kind;
  }

  /** Entities of the figure; for flows, origin and destination. */
  private entitiesFor(draft: MetricDraft, np: NounPhrase, att: Attachment, s: number): string[] {
    const view = this.view(s)!;
    const r = np.entities;
    const own = uniqOf(r.owner, r.origin, r.destination, r.partners);
    // the clause's entities are read only where the phrase names too few (most figures need none; no closure for it: garbage too)
    const [lo, hi] = att.clause;
    const flow = draft.concept?.flow ?? null;
    if (flow === 'directed') {
      const exporting = draft.concept!.key !== 'imports';
      let origin = exporting ? uniqOf(draft.origin, r.owner, r.origin) : uniqOf(draft.origin, r.origin);
      let destination = exporting ? uniqOf(draft.destination, r.destination) : uniqOf(draft.destination, r.owner, r.destination);
      if (!origin.length && !destination.length) {
        const c = this.clauseRoles(view, lo, hi);
        origin = c.origin.length ? c.origin : exporting ? c.bare.slice(0, 1) : [];
        destination = c.destination.length ? c.destination : exporting ? [] : c.bare.slice(0, 1);
      }
      const pair = origin.length + destination.length === 1 ? this.pair(s) : null;
      if (pair) {
        const known = origin[0] ?? destination[0];
        const other = pair.find((c) => c !== countryOf(known));
        if (other && pair.includes(countryOf(known))) {
          if (origin.length) destination = [other];
          else origin = [other];
        }
      }
      draft.origin = origin;
      draft.destination = destination;
      return uniqOf(origin, destination);
    }
    if (flow === 'symmetric') {
      let partners = own;
      if (partners.length < 2) partners = uniqOf(partners, this.clauseCodes(view, lo, hi));
      if (partners.length < 2 || r.pair || view.anyIn(view.pairAt, lo, hi)) {
        const pair = this.pair(s);
        if (pair && (partners.length === 0 || partners.some((p) => pair.includes(countryOf(p))))) partners = uniqOf(partners, pair);
      }
      return partners;
    }
    if (own.length) return own;
    const all = this.clauseCodes(view, lo, hi, att);
    if (all.length) return all as string[];
    // the rest of the sentence ("Alaska ...: Mit nachgewiesenen Ölreserven von ..."), but
    // not places that have their own figures ("in Oberösterreich (1,8 Prozent)")
    const sentence = this.codes(s);
    if (sentence.length) return this.clauseCodes(view, 0, view.tokens.length, att) as string[];
    // a sentence that names nobody continues the previous one's subject
    const last = this.recentFigure(s - 1, (a) => a.sentence === s - 1 && a.entities.length > 0);
    return last && !last.draft.concept?.flow ? last.entities.slice() : [];
  }

  /** The codes of the entities in tokens [lo, hi), distinct, in order (most clauses name none: no arrays made for them). */
  private clauseCodes(view: SentenceAnalysis, lo: number, hi: number, att: Attachment | null = null): readonly string[] {
    const at = view.entityAt;
    let i = lowerBound(at, lo);
    if (i >= at.length || at[i] >= hi) return NO_CODES;
    const all: string[] = [];
    for (; i < at.length && at[i] < hi; i++) {
      // "in Oberösterreich (1,8 Prozent)": a place with its own figure is not the subject of the others
      if (att && this.ownedByOtherFigure(view, at[i], att)) continue;
      pushAll(all, view.entities[at[i]]!.codes);
    }
    return uniq(all);
  }

  /** The entity at token k is followed by a figure of its own in brackets that is not the figure at `att`. */
  private ownedByOtherFigure(view: SentenceAnalysis, k: number, att: Attachment): boolean {
    const e = view.entities[k]!;
    const open = view.tokens[k + e.span];
    const figure = view.tokens[k + e.span + 1];
    return !!open && !!figure && open.text === '(' && figure.mention >= 0 && (k + e.span + 1 < att.first || k + e.span + 1 > att.last);
  }

  private clauseRoles(view: SentenceAnalysis, lo: number, hi: number): ClauseRoles {
    const g = this.lex.grammar;
    const origin: string[] = [];
    const destination: string[] = [];
    const bare: string[] = [];
    for (let i = lowerBound(view.entityAt, lo); i < view.entityAt.length; i++) {
      const k = view.entityAt[i];
      if (k >= hi) break;
      const e = view.entities[k]!;
      let p = k - 1;
      while (p >= lo && ARTICLE.test(view.tokens[p].lower)) p--;
      // German "in Russland" is where, "in die USA" where to
      const prep = p === k - 1 && view.tokens[p]?.lower === 'in' ? '' : view.tokens[p]?.lower ?? '';
      if (g.originPreps.includes(prep)) pushAll(origin, e.codes);
      else if (g.destinationPreps.includes(prep)) pushAll(destination, e.codes);
      else if (e.kind === 'name') pushAll(bare, e.codes);
    }
    return { origin: uniq(origin), destination: uniq(destination), bare: uniq(bare) };
  }
}

/** What each figure measures, as a cross-document, cross-language key, and the entities it concerns. */
export function resolveMetrics(input: ContextInput, extra: readonly ExtraMetric[] = []): MetricContext[] {
  return new DocumentMetrics(input, extra).resolveAll();
}

/** A metric key of a change ("interest.rate.change", "exports.change@US>CN"). */
const CHANGE_KEY = /\.change(?=@|$)/;

/**
 * A level's own metric that stands: a known one other than the changed metric with its change
 * role ("unemployment.rate" after a change read as "points.change"). A bare noun, a role
 * without a metric or the change's own key give way to the level of what changed.
 */
function knownLevel(level: MetricContext, changed: MetricContext): boolean {
  const key = level.metric.key;
  if (key === changed.metric.key || key.startsWith('noun:') || key === 'unknown' || key === 'change' || key === 'share') return false;
  return !CHANGE_KEY.test(key) || key.replace(CHANGE_KEY, '') !== changed.metric.key.replace(CHANGE_KEY, '');
}

/** A key of a share or its change ("share", "market.share.change", "votes.share@DE"). */
const SHARE_KEY = /(?:^|\.)share(?=\.|@|$)/;

/** A concept that is a rate ("interest.rate", "unemployment.rate"): its points are percentage points. */
const RATE_KEY = /(?:^|\.)rate(?:\.|$)/;

/** The key a bare "points"/"Punkte" gets (a score): before a level of a known metric it is only the change's unit. */
const POINTS_KEY = 'points';

/** The change of a level's metric: "unemployment.rate" -> "unemployment.rate.change" (before a direction "@A>B"). */
function changeOfLevel(level: MetricContext): MetricContext {
  const key = level.metric.key;
  const at = key.indexOf('@');
  const changed = at < 0 ? `${key}.change` : `${key.slice(0, at)}.change${key.slice(at)}`;
  return metricContext(changed, `change in ${level.metric.label}`, level.entities.slice());
}

/** The level whose change `changed` is: "interest.rate.change" -> "interest.rate". */
function levelOfChange(changed: MetricContext): MetricContext {
  return metricContext(changed.metric.key.replace(CHANGE_KEY, ''), changed.metric.label.replace(/^change in /, ''), changed.entities.slice());
}

/**
 * The aside a dash opens after the figure, to the dash that closes it or the clause's end
 * (token range), or null: what money changes hands for is said outside it ("agreed to pay
 * $850m to settle the suit - a figure in line with the fees it collected -", "pay $2bn -
 * about £1.1bn - in compensation"). (A noun merely near the figure is another matter:
 * "$41bn - or 40% of the total debt" names the debt in the aside.)
 */
function dashAside(view: SentenceAnalysis, att: Attachment): [number, number] | null {
  const end = att.clause[1];
  for (let k = att.last + 1; k < end; k++) {
    if (!isDash(view.tokens[k])) continue;
    for (let j = k + 1; j < end; j++) if (isDash(view.tokens[j])) return [k, j];
    return [k, end];
  }
  return null;
}

