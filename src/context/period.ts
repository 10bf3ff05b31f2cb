import type { Lang, Mention } from '../types.js';
import type { ContextInput } from './types.js';
import type { TimeLexicon } from './period-lexicon.js';
import { compileTime, type CompiledTime, type RuleMatch } from './period-scan.js';
import { fiscalQuarterShift, isBareQuarter, shiftQuarterPeriod } from './period-fiscal.js';
import { endsYear, formatMatch, pad2, parseDocDate, shiftQuarters, shiftYears, statedYear, type Anchor, type DocDate } from './period-format.js';
import { compileTriggers, scanTimes, type ChronoMatch, type CompiledTriggers } from './period-chrono.js';
import { clauseBreakPositions, dashAsidesIn, isHeadingLike, parenthesesIn, relativeClausesIn, type Range, type RelativeClauses } from './period-blocks.js';
import { FigureIndex, PositionIndex } from './period-figures.js';
import { nextTo, PRESENT_REACH, SentencePicker, shiftsToPresent, startsDeadline, timeSpan, type TimeSpan } from './period-pick.js';
import { anyOf, continuesAsPastPoint, continuesTime, Cue, statementVerbs } from './period-cues.js';
import { forgetView } from './period-view.js';
import { isRelativeToArticle } from './relative-period.js';
import { definiteReferences, fitsLength, isWindow, isWindowOf, windowReference, windowReferenceSources, type WindowReference } from './period-window.js';
import { isAsciiDigit, isAsciiSpace } from '../lang/unicode.js';
import { time as de } from '../lang/de/time.js';
import { time as en } from '../lang/en/time.js';

const TIME: Record<Lang, TimeLexicon> = { de, en };

/** How far back (in sentences) a figure without a time expression borrows one. */
const LOOKBACK_SENTENCES = 2;
/** How far back "in the quarter", "im Halbjahr" look for the window they mean. */
const DEFINITE_LOOKBACK = 8;
/** How far back "in der Berichtsperiode" looks for the period it means. */
const REFERENCE_LOOKBACK = 8;
/** A participle before a capitalised noun: "losgebrochenen Bürgerkrieg", "eröffnete Werk" (German, after an article). */
const PARTICIPLE_BEFORE_NOUN = /^\s+\p{Ll}+(?:t|en)(?:e|en|er|es|em)(?=\s+\p{Lu})/u;

/** A figure right before the article: "7.850 der 2015 eingeleiteten Verfahren". */
const FIGURE_THEN_ARTICLE = /\d\s+\p{L}+\s+$/u;

/** Characters before an expression searched for a comparison cue ("mehr als im"). */
const COMPARISON_WINDOW = 40;
/** How many words a comparison base's possessive may name before a when-clause about it ("2004's Super Bowl weekend when"). */
const WHEN_NAME_WORDS = 4;
/** Characters around a day expression searched for a reporting verb ("teilte am Mittwoch mit"). */
const STATEMENT_WINDOW = 30;

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

/** Whether one of `spans` overlaps [start, end) and is longer (with `orEqual`: at least as long). */
function outweighed(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number, orEqual: boolean): boolean {
  for (const x of spans) {
    if (!overlaps(x, start, end)) continue;
    const longer = x.end - x.start - (end - start);
    if (longer > 0 || (orEqual && longer === 0)) return true;
  }
  return false;
}

// a press-agency trailer such as "(APA, dpa, 20.5.2016)" dates the article, not a figure
const SOURCE_PARENS = /^\(\s*\p{Lu}[\p{L}.]*(?:\s*[,/]\s*[\p{L}.]+)*\s*[,–-]\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*\)$/u;

/** What a language's time vocabulary compiles to, built once per language. */
interface LanguageTime {
  compiled: CompiledTime;
  triggers: CompiledTriggers;
  comparisonCue: RegExp;
  recordBeforeSince: RegExp | null;
  comparisonBeforePeriod: RegExp | null;
  ownPeriodAfterComparison: RegExp | null;
  titleBefore: RegExp | null;
  titleAfter: RegExp | null;
  titleAfterLead: RegExp | null;
  eventBefore: RegExp | null;
  periodReference: Cue;
  /** matches wherever a window reference, a continuation or a period reference may be (null: no such pre-check) */
  sentenceCues: RegExp | null;
  clauseOpeners: ReadonlySet<string>;
  targetLead: RegExp | null;
  targetVerb: RegExp | null;
  bareClauseOpener: RegExp | null;
  relatives: RelativeClauses | null;
  earlierEvent: RegExp | null;
  participles: RelativeClauses | null;
  attributive: RegExp | null;
  /** "he co-founded in Alabama in" at the end of the text before a year: the event's clause, from its subject */
  eventClause: RegExp | null;
  articleBefore: RegExp | null;
  articleJustBefore: RegExp | null;
  /** ", als" / ", when" after "seit 2009": sticky, the opener's word in group 1 */
  whenOpener: RegExp | null;
  /** the same after a comparison base's possessive and the words it names ("2004's Super Bowl weekend when"): sticky, group 1 */
  namedWhenOpener: RegExp | null;
  coordinator: RegExp;
  /** a coordinating word anywhere in a stretch (SentencePicker.attachedReaches) */
  coordinatorWord: RegExp;
  changeToLevel: { link: RegExp; from: RegExp } | null;
  newPredicate: RegExp | null;
  gappedConjunct: RegExp | null;
  sharedConjunct: RegExp | null;
  worthApposition: RegExp | null;
  partOfWhole: RegExp | null;
  respectiveLink: RegExp;
  respectiveCue: RegExp;
  respectiveWords: readonly string[];
  /** a word that brings a clause back to the present ("jetzt", "now"), or null */
  presentShift: RegExp | null;
  /** a present word right after a figure (sticky: tested at the figure's end), or null */
  presentAfter: RegExp | null;
}

const languageCache = new Map<Lang, LanguageTime>();

/** The whole stretch of a conjunct sharing its subject and time (TimeLexicon.sharedConjunct), as one regex. */
function sharedConjunctPattern(rule: NonNullable<TimeLexicon['sharedConjunct']>): RegExp {
  const word = `(?:(?!(?:${rule.notWords.join('|')})\\s)[\\p{L}’'-]+\\s+)`;
  const links = rule.links.map((l) => l.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^\\s+${rule.coordinator}\\s+${word}?(?:(?:${rule.determiners.join('|')})\\s+)?${word}{1,2}(?:${links})\\s+$`, 'u');
}

function languageTime(lang: Lang): LanguageTime {
  let hit = languageCache.get(lang);
  if (!hit) {
    const lex = TIME[lang];
    hit = {
      compiled: compileTime(lex),
      triggers: compileTriggers(lex),
      comparisonCue: new RegExp(lex.comparisonCue, 'u'),
      recordBeforeSince: lex.recordBeforeSince ? new RegExp(lex.recordBeforeSince, 'u') : null,
      comparisonBeforePeriod: lex.comparisonBeforePeriod ? new RegExp(lex.comparisonBeforePeriod, 'u') : null,
      ownPeriodAfterComparison: lex.ownPeriodAfterComparison ? new RegExp(lex.ownPeriodAfterComparison, 'u') : null,
      // (link and time noun may stand inside the expression or before it: "der MVP der Saison |2010/11|")
      titleBefore: lex.titleNouns?.length
        ? new RegExp(`(?<![\\p{L}])(?:${lex.titleNouns.join('|')})(?:\\s+(?:${(lex.titleLinks ?? []).join('|')}))?` +
          `(?:\\s+(?:${(lex.titleTimeNouns ?? []).join('|')}))?\\s+$`, 'iu') : null,
      eventBefore: lex.eventBefore ? new RegExp(lex.eventBefore, 'u') : null,
      titleAfter: lex.titleAfter ? new RegExp(lex.titleAfter, 'uy') : null,
      titleAfterLead: lex.titleAfterLead ? new RegExp(lex.titleAfterLead, 'u') : null,
      periodReference: new Cue(lex.periodReference),
      sentenceCues: anyOf([...windowReferenceSources(lang), lex.continuation, lex.periodReference]),
      clauseOpeners: new Set(lex.clauseOpeners),
      // (the lead before the year's digits, maybe with a part of the year: "by 2009", "by early 2006", "bis Mitte 2015")
      targetLead: lex.targetLeads?.length
        ? new RegExp(`(?<![\\p{L}])(?:${lex.targetLeads.join('|')})\\s+${lex.targetYearParts?.length ? `(?:(?:${lex.targetYearParts.join('|')})[\\s-]+)?` : ''}\\d`, 'giu')
        : null,
      targetVerb: lex.targetVerbs?.length ? new RegExp(`(?<![\\p{L}])(?:${lex.targetVerbs.join('|')})(?![\\p{L}])`, 'iu') : null,
      bareClauseOpener: lex.bareClauseOpener ? new RegExp(lex.bareClauseOpener, 'g') : null,
      relatives: lex.relativeOpeners.length ? { openers: new Set(lex.relativeOpeners), verbFinal: lex.relativeVerbFinal } : null,
      earlierEvent: lex.earlierEventOpeners?.length ? new RegExp(`^(?:${lex.earlierEventOpeners.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null,
      // ", founded in 1998,": a phrase between commas like a relative clause (it ends where the next comma is)
      participles: lex.eventParticiples.length ? { openers: new Set(lex.eventParticiples), verbFinal: false } : null,
      // "die 1998 gegründete Firma" (German): the attributive participle after a year, no figure after it
      attributive: lex.relativeVerbFinal && lex.eventParticiples.length
        ? new RegExp(`^\\s+(?:${lex.eventParticiples.join('|')})(?:e|en|er|es|em)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{Ll}+\\s+)?[\\d.,]*\\d)`, 'u')
        : null,
      // "the company he co-founded in Alabama in 1984": a subject, the participle (active) and up to five words
      // before the time; not after a subordinator ("12% disappeared when it was introduced in 2002" dates the figure)
      eventClause: lex.eventSubjects?.length && lex.eventParticiples.length
        ? new RegExp(`(?<![\\p{L}])(?<!(?:${(lex.eventSubjectsNotAfter ?? ['when']).join('|')})\\s+)(?:${lex.eventSubjects.join('|')})\\s+(?:co-)?(?:${lex.eventParticiples.join('|')})(?:\\s+[\\p{L}'’-]+){0,5}\\s+$`, 'iu')
        : null,
      // "in dem 2011 losgebrochenen Bürgerkrieg": after an article, any participle before a noun
      articleBefore: lex.attributiveArticles?.length ? new RegExp(`(?:^|\\s)(?:${lex.attributivePrepositions!.join('|')})\\s+(?:${lex.attributiveArticles.join('|')})\\s+$`, 'iu') : null,
      // "die im Mai 2014 eröffnete Fabrik": an article right before the month's own preposition
      articleJustBefore: lex.attributiveArticles?.length ? new RegExp(`(?:^|\\s)(?:${lex.attributiveArticles.join('|')})\\s+$`, 'iu') : null,
      // (the comma may be left out: "falling since April 2004 when it reached a peak of 13.1%")
      whenOpener: lex.whenOpeners?.length ? new RegExp(`(?:\\s*,\\s*|\\s+)(${lex.whenOpeners.join('|')})(?![\\p{L}\\p{N}])`, 'yu') : null,
      // "compared to 2004's Super Bowl weekend when": the same after a comparison base, or after the words its possessive names
      namedWhenOpener: lex.whenOpeners?.length
        ? new RegExp(`(?:['’]s(?:\\s+[\\p{L}'’-]+){1,${WHEN_NAME_WORDS}}?)?(?:\\s*,\\s*|\\s+)(${lex.whenOpeners.join('|')})(?![\\p{L}\\p{N}])`, 'yu')
        : null,
      respectiveLink: new RegExp(lex.respectively.link, 'u'),
      presentShift: lex.presentShift?.length ? new RegExp(`(?:${lex.presentShift.join('|')})(?![\\p{L}])`, 'gu') : null,
      presentAfter: lex.presentAfter?.length ? new RegExp(`\\s+(?:${lex.presentAfter.join('|')})(?![\\p{L}])`, 'yu') : null,
      respectiveCue: new RegExp(lex.respectively.cue, 'u'),
      respectiveWords: lex.respectively.word,
      newPredicate: lex.newPredicate ? new RegExp(lex.newPredicate, 'u') : null,
      gappedConjunct: lex.gappedConjunct ? new RegExp(lex.gappedConjunct, 'u') : null,
      sharedConjunct: lex.sharedConjunct ? sharedConjunctPattern(lex.sharedConjunct) : null,
      worthApposition: lex.worthApposition ? new RegExp(lex.worthApposition, 'u') : null,
      partOfWhole: lex.partOfWhole ? new RegExp(lex.partOfWhole, 'u') : null,
      changeToLevel: lex.changeToLevel
        ? { link: new RegExp(`^\\s+(?:${lex.changeToLevel.links.join('|')})\\s+$`, 'u'), from: new RegExp(`(?:^|[^\\p{L}])(?:${lex.changeToLevel.from.join('|')})(?![\\p{L}])`, 'iu') }
        : null,
      coordinatorWord: new RegExp(`(?:^|[^\\p{L}])(?:${[...new Set(lex.coordinators.map((c) => c.split(' ')[0]))].join('|')})(?![\\p{L}])`, 'iu'),
      coordinator: new RegExp(`^\\s*(?:${lex.coordinators.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'u'),
    };
    languageCache.set(lang, hit);
  }
  return hit;
}

const NO_POSITIONS = new PositionIndex([]);
/**
 * spans()' scratch lists for scanTimes, and the empty answers most sentences share:
 * four new arrays per sentence were most of its garbage.
 */
const FOUND_RULES: RuleMatch[] = [];
const FOUND_DATES: ChronoMatch[] = [];
const NO_RULES: RuleMatch[] = [];
const NO_DATES: ChronoMatch[] = [];
const NO_BREAKS = { all: NO_POSITIONS, hard: NO_POSITIONS };

/** A sentence's time expressions and what they are read against, each worked out when first asked. */
interface SentenceFacts {
  spans: TimeSpan[] | undefined;
  breaks: Breaks | undefined;
  figures: FigureIndex | undefined;
  commas: number[] | undefined;
  referencesPeriod: boolean | undefined;
  continuesTime: boolean | undefined;
  window: WindowReference | null | undefined;
  /** whether sentenceCues matches: where not, none of the three cues above needs reading */
  mayCue: boolean | undefined;
  text: string | undefined;
  /** relative clauses and participle phrases between commas (set with `spans`) */
  asides: Range[];
}

/** A sentence's clause breaks (period-blocks.ts): all, and the hard ones. */
interface Breaks {
  all: PositionIndex;
  hard: PositionIndex;
}

class PeriodResolver {
  private readonly compiled: CompiledTime;
  private readonly triggers: CompiledTriggers;
  private readonly comparisonCue: RegExp;
  private readonly recordBeforeSince: RegExp | null;
  private readonly comparisonBeforePeriod: RegExp | null;
  private readonly ownPeriodAfterComparison: RegExp | null;
  private readonly titleBefore: RegExp | null;
  private readonly titleAfter: RegExp | null;
  private readonly titleAfterLead: RegExp | null;
  private readonly eventBefore: RegExp | null;
  private readonly periodReference: Cue;
  private readonly sentenceCues: RegExp | null;
  private readonly clauseOpeners: ReadonlySet<string>;
  /** words opening a deadline ("by 2009"), as a pattern on the text from a time's start; null for none */
  readonly targetLead: RegExp | null;
  private readonly targetVerb: RegExp | null;
  private readonly bareClauseOpener: RegExp | null;
  private readonly relatives: RelativeClauses | null;
  private readonly earlierEvent: RegExp | null;
  private readonly participles: RelativeClauses | null;
  private readonly attributive: RegExp | null;
  private readonly eventClause: RegExp | null;
  private readonly articleBefore: RegExp | null;
  private readonly articleJustBefore: RegExp | null;
  private readonly whenOpener: RegExp | null;
  private readonly namedWhenOpener: RegExp | null;
  readonly coordinator: RegExp;
  readonly coordinatorWord: RegExp;
  readonly changeToLevel: { link: RegExp; from: RegExp } | null;
  readonly newPredicate: RegExp | null;
  readonly gappedConjunct: RegExp | null;
  readonly sharedConjunct: RegExp | null;
  readonly worthApposition: RegExp | null;
  readonly partOfWhole: RegExp | null;
  readonly respectiveLink: RegExp;
  readonly respectiveCue: RegExp;
  readonly respectiveWords: readonly string[];
  readonly presentShift: RegExp | null;
  readonly presentAfter: RegExp | null;
  private readonly statementVerbs: Set<string>;
  private readonly doc: DocDate | null;
  private readonly text: string;
  /** what has been worked out per sentence: one Map of records, not one Map per kind (six per document were garbage) */
  private readonly known: Array<SentenceFacts | undefined>;
  readonly figuresBySentence = new Map<number, Mention[]>();

  constructor(private readonly input: ContextInput, documentDate: string | null) {
    const compiled = languageTime(input.lang);
    this.compiled = compiled.compiled;
    this.triggers = compiled.triggers;
    this.comparisonCue = compiled.comparisonCue;
    this.recordBeforeSince = compiled.recordBeforeSince;
    this.comparisonBeforePeriod = compiled.comparisonBeforePeriod;
    this.ownPeriodAfterComparison = compiled.ownPeriodAfterComparison;
    this.titleBefore = compiled.titleBefore;
    this.titleAfter = compiled.titleAfter;
    this.titleAfterLead = compiled.titleAfterLead;
    this.eventBefore = compiled.eventBefore;
    this.periodReference = compiled.periodReference;
    this.sentenceCues = compiled.sentenceCues;
    this.clauseOpeners = compiled.clauseOpeners;
    this.targetLead = compiled.targetLead;
    this.targetVerb = compiled.targetVerb;
    this.bareClauseOpener = compiled.bareClauseOpener;
    this.relatives = compiled.relatives;
    this.earlierEvent = compiled.earlierEvent;
    this.participles = compiled.participles;
    this.attributive = compiled.attributive;
    this.eventClause = compiled.eventClause;
    this.articleBefore = compiled.articleBefore;
    this.articleJustBefore = compiled.articleJustBefore;
    this.whenOpener = compiled.whenOpener;
    this.namedWhenOpener = compiled.namedWhenOpener;
    this.coordinator = compiled.coordinator;
    this.coordinatorWord = compiled.coordinatorWord;
    this.changeToLevel = compiled.changeToLevel;
    this.newPredicate = compiled.newPredicate;
    this.gappedConjunct = compiled.gappedConjunct;
    this.sharedConjunct = compiled.sharedConjunct;
    this.worthApposition = compiled.worthApposition;
    this.partOfWhole = compiled.partOfWhole;
    this.respectiveLink = compiled.respectiveLink;
    this.respectiveCue = compiled.respectiveCue;
    this.respectiveWords = compiled.respectiveWords;
    this.presentShift = compiled.presentShift;
    this.presentAfter = compiled.presentAfter;
    this.statementVerbs = statementVerbs(input.lang);
    this.doc = parseDocDate(documentDate);
    this.text = input.analysis.text;
    // by sentence index (a Map cost more per look-up): allocated at full length, so no index makes it sparse
    this.known = new Array<SentenceFacts | undefined>(input.sentences.length);
    for (const { mention, sentenceIndex } of input.mentions) {
      if (mention.kind === 'date') continue;
      const list = this.figuresBySentence.get(sentenceIndex);
      if (list) list.push(mention);
      else this.figuresBySentence.set(sentenceIndex, [mention]);
    }
  }

  private facts(si: number): SentenceFacts {
    let facts = this.known[si];
    if (!facts) {
      facts = { spans: undefined, breaks: undefined, figures: undefined, commas: undefined, referencesPeriod: undefined, continuesTime: undefined, window: undefined, mayCue: undefined, text: undefined, asides: NO_ASIDES };
      this.known[si] = facts;
    }
    return facts;
  }

  /** Dashes, colons, semicolons and clause-opening commas: periods do not reach across them. */
  breaks(si: number): Breaks {
    const facts = this.facts(si);
    let hit = facts.breaks;
    if (!hit) {
      const s = this.input.sentences[si];
      // built by push: arrays from Array#map change element kind once the caller is optimised
      const all: number[] = [];
      const hard: number[] = [];
      clauseBreakPositions(this.text, s.aStart, s.aEnd, this.clauseOpeners, all, hard);
      if (this.bareClauseOpener) this.bareClauseBreaks(s.aStart, s.aEnd, all, hard);
      // most sentences have no break: they share one answer
      hit = all.length === 0 ? NO_BREAKS : { all: new PositionIndex(all), hard: hard.length === 0 ? NO_POSITIONS : new PositionIndex(hard) };
      facts.breaks = hit;
    }
    return hit;
  }

  /**
   * A preposition and an article before the year at `at` that make a participle after it
   * attributive ("in dem 2011 losgebrochenen Bürgerkrieg": the year dates the war, not the deaths
   * the sentence counts; "Der 2015 erzielte Gewinn lag bei ..." is the subject, whose year it is),
   * unless a figure counts that noun ("7.850 der 2015 eingeleiteten Verfahren").
   */
  private attributiveAfterArticle(sentenceStart: number, at: number): boolean {
    if (!this.articleBefore) return false;
    const before = this.text.slice(Math.max(sentenceStart, at - 24), at);
    return this.articleBefore.test(before) && !FIGURE_THEN_ARTICLE.test(before);
  }

  /** An article right before the time at `at` ("die im Mai 2014 eröffnete", "dem im Juli 2013 begonnenen"). */
  private articleRightBefore(sentenceStart: number, at: number): boolean {
    return !!this.articleJustBefore && this.articleJustBefore.test(this.text.slice(Math.max(sentenceStart, at - 12), at));
  }

  /** Is the figure after `end` a conjunct that shares its subject and the time ending at `end` (TimeLexicon.sharedConjunct)? */
  private sharesTimeWithNext(figures: FigureIndex, end: number): boolean {
    const next = figures.figures[figures.firstStartingAt(end)];
    return this.sharedConjunct !== null && next !== undefined && this.sharedConjunct.test(this.text.slice(end, next.aStart));
  }

  /** "... from 2007 but the deal will cost it $1bn": hard breaks where no comma stands before the conjunction. */
  private bareClauseBreaks(from: number, to: number, all: number[], hard: number[]): void {
    const re = this.bareClauseOpener!;
    const part = this.text.slice(from, to);
    re.lastIndex = 0;
    let added = false;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      all.push(from + m.index);
      hard.push(from + m.index);
      added = true;
    }
    if (added) {
      all.sort((a, b) => a - b);
      hard.sort((a, b) => a - b);
    }
  }

  /** The sentence's figures (dates aside), for binary search. */
  figures(si: number): FigureIndex {
    const facts = this.facts(si);
    let hit = facts.figures;
    if (!hit) {
      hit = new FigureIndex(this.figuresBySentence.get(si) ?? []);
      facts.figures = hit;
    }
    return hit;
  }

  private commas(si: number): number[] {
    const facts = this.facts(si);
    let hit = facts.commas;
    if (!hit) {
      const sentence = this.input.sentences[si];
      hit = [sentence.aStart - 1];
      for (let i = this.text.indexOf(',', sentence.aStart); i >= 0 && i < sentence.aEnd; i = this.text.indexOf(',', i + 1)) hit.push(i);
      hit.push(sentence.aEnd);
      facts.commas = hit;
    }
    return hit;
  }

  /**
   * A day or month that dates a statement, not the figure: next to a reporting
   * verb ("sagte am Montag", "said on Friday", "am Mittwoch mitteilte"), or in a
   * stretch of the sentence without figures that holds one ("Das Ministerium hatte
   * im Juni mitgeteilt, es sollten 90 Panzer ...").
   */
  private isStatementTime(si: number, start: number, end: number): boolean {
    const words = (a: number, b: number) => this.text.slice(a, b).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const verbs = this.statementVerbs;
    const left = words(Math.max(0, start - 16), start).slice(-2);
    const figures = this.figures(si);
    const hasFigure = (a: number, b: number) => figures.overlaps(a, b);
    // (a time closing a figure's phrase reads on the right only up to its comma: "to 68% by
    // December 2004, Inbev reported" dates the figure; "In July 2004, Bat announced" the statement)
    // (both searches kept inside the window and the sentence: a text without commas stays linear)
    const comma = this.text.slice(end, end + 16).indexOf(',');
    const sentenceStart = this.sentenceStart(si);
    const closesFigure = comma >= 0 && hasFigure(sentenceStart + this.text.slice(sentenceStart, start).lastIndexOf(',') + 1, start);
    const right = words(end, closesFigure ? end + comma : end + 16).slice(0, 2);
    if (left.some((w) => verbs.has(w)) || right.some((w) => verbs.has(w))) return true;
    const commas = this.commas(si);
    // the comma segment holding the expression (binary search: long lists of commas happen)
    let lo = 0;
    let hi = commas.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (commas[mid] < start) lo = mid;
      else hi = mid - 1;
    }
    let k = Math.min(lo, commas.length - 2);
    // widen over neighbouring comma segments as long as they hold no figure
    let a = k;
    let b = k + 1;
    // the commas of the expression itself ("in den Jahren 2001, 2002 und 2003") end no segment
    while (b + 1 < commas.length && commas[b] < end) b++;
    if (hasFigure(commas[a] + 1, commas[b])) return false;
    while (a > 0 && !hasFigure(commas[a - 1] + 1, commas[a])) a--;
    while (b + 1 < commas.length && !hasFigure(commas[b] + 1, commas[b + 1])) b++;
    return words(commas[a] + 1, commas[b]).some((w) => verbs.has(w));
  }

  /** A sentence-opening clause of an earlier event, up to its comma ("Nachdem ..., "), else null. */
  private earlierEventClause(from: number, to: number): Range | null {
    const opener = this.earlierEvent;
    if (!opener || !opener.test(this.text.slice(from, Math.min(to, from + 16)))) return null;
    for (let i = this.text.indexOf(',', from); i >= 0 && i < to; i = this.text.indexOf(',', i + 1)) {
      // "1,5 Millionen": a comma inside a number closes nothing
      if (/\d/.test(this.text.charAt(i - 1)) && /\d/.test(this.text.charAt(i + 1))) continue;
      return { start: from, end: i + 1 };
    }
    return null;
  }

  /** The relative clauses and participle phrases of sentence `si` (found with its spans). */
  asides(si: number): Range[] {
    this.spans(si);
    return this.facts(si).asides;
  }

  /** Does sentence `si` look ahead (a targetVerbs word)? */
  private looksAhead(si: number): boolean {
    const s = this.input.sentences[si];
    return this.targetVerb !== null && this.targetVerb.test(this.text.slice(s.aStart, s.aEnd));
  }

  /** The months the document's quarters lie after the calendar's (period-fiscal.ts), once asked. */
  private fiscalShift: number | undefined;
  private fiscalQuarterShift(): number {
    return (this.fiscalShift ??= fiscalQuarterShift((si) => this.timeRulesOf(si), this.input.sentences.length));
  }

  /** The time rules sentence `si` matches, as read (none of spans()'s filtering or resolving). */
  private timeRulesOf(si: number): RuleMatch[] {
    const s = this.input.sentences[si];
    const rules: RuleMatch[] = [];
    scanTimes(this.compiled, this.triggers, this.text, s.aStart, s.aEnd, this.doc, rules, []);
    return rules;
  }

  /** Where sentence `si` starts in the text. */
  sentenceStart(si: number): number {
    return this.input.sentences[si].aStart;
  }

  /** The time expressions of sentence `si`, resolved against context and document date. */
  spans(si: number): TimeSpan[] {
    const facts = this.facts(si);
    const hit = facts.spans;
    if (hit) return hit;
    const sentence = this.input.sentences[si];
    const figures = this.figures(si);
    // scanTimes fills the two scratch lists (emptied first); what is kept is copied out
    // below, before anything could scan another sentence
    const found = FOUND_RULES;
    const read = FOUND_DATES;
    found.length = 0;
    read.length = 0;
    scanTimes(this.compiled, this.triggers, this.text, sentence.aStart, sentence.aEnd, this.doc, found, read);
    // the shared empty lists only when nothing was found, so the loops below never push into them
    const rules: RuleMatch[] = found.length === 0 ? NO_RULES : [];
    for (const r of found) {
      // a bare "year" inside a figure ("2000 Menschen") is the figure's number
      if (!(r.rule.weak && figures.overlaps(r.start, r.end))) rules.push(r);
    }
    // where a rule and chrono read the same words, the longer reading wins (the rule on a tie)
    const dates: ChronoMatch[] = read.length === 0 ? NO_DATES : [];
    for (const c of read) {
      if (!outweighed(rules, c.start, c.end, true)) dates.push(c);
    }
    const kept = dates.length === 0 ? rules : rules.filter((r) => !outweighed(dates, r.start, r.end, false));
    // "In the quarter, it made $186m": the window of that length named before
    const definite = this.definiteSpans(si, kept, dates);
    // most sentences name no time: nothing more to work out
    if (kept.length === 0 && dates.length === 0 && definite === null) return (facts.spans = NO_SPANS);
    const parens = parenthesesIn(this.text, sentence.aStart, sentence.aEnd);
    // a relative clause between commas holds its times like parentheses: "Mr Nogar, who died
    // in 1994 aged 72, always made two tapes" (1994 is not the time of "two"); so does a
    // phrase opened by a participle of another event (", founded in 1998,")
    const asides: Range[] = [];
    if (this.relatives) for (const r of relativeClausesIn(this.text, sentence.aStart, sentence.aEnd, this.relatives)) asides.push(r);
    if (this.participles) for (const r of relativeClausesIn(this.text, sentence.aStart, sentence.aEnd, this.participles)) asides.push(r);
    // "Nachdem 1999 neun Bären befreit wurden, sind bisher 77 Tiere ...": a fronted clause of an earlier event
    const fronted = this.earlierEventClause(sentence.aStart, sentence.aEnd);
    if (fronted) asides.push(fronted);
    // so does an aside between two dashes: "homes - graded by their value in 1991 - because seven million ..."
    // (not one that is the time itself: "In the space of one year - between 2002 and 2003 - sales fell by 13.8%")
    for (const r of dashAsidesIn(this.text, sentence.aStart, sentence.aEnd)) {
      const head = r.start + 2;
      if (!kept.some((t) => t.start === head) && !dates.some((d) => d.start === head)) asides.push(r);
    }
    for (const r of asides) parens.push(r);
    if (asides.length > 0) facts.asides = asides;
    // "die 1998 gegründete Firma", "die im Mai 2014 eröffnete Fabrik": the time and its participle, held like parentheses
    if (this.attributive) {
      for (const r of kept) {
        if (r.rule.kind !== 'year' && r.rule.kind !== 'month') continue;
        const after = this.text.slice(r.end, Math.min(sentence.aEnd, r.end + 60));
        const m = this.attributive.exec(after) ?? (this.attributiveAfterArticle(sentence.aStart, r.start) ? PARTICIPLE_BEFORE_NOUN.exec(after) : null);
        // (a month's participle only after an article: "Im Mai 2014 eröffnete Siemens ein Werk" is the finite verb)
        if (m && (r.rule.kind === 'year' || this.articleRightBefore(sentence.aStart, r.start))) parens.push({ start: r.start, end: r.end + m[0].length });
      }
    }
    // "a $2.7bn fraud at the company he co-founded in Alabama in 1984": the event's clause holds its time
    // (only after a figure: "The firm he founded in 1984 made $5m" would need the clause's end)
    if (this.eventClause) {
      const figures = this.figures(si);
      for (const r of kept) {
        if (r.rule.kind !== 'year' && r.rule.kind !== 'month') continue;
        const from = Math.max(sentence.aStart, r.start - 80);
        const m = this.eventClause.exec(this.text.slice(from, r.start));
        if (m && figures.size > 0 && figures.figures[0].aEnd <= from + m.index) parens.push({ start: from + m.index, end: r.end });
      }
    }
    const parenOf = (start: number, end: number) => parens.find((p) => p.start <= start && end <= p.end) ?? null;

    // Explicit years anchor yearless expressions ("im Mai"): the nearest one before
    // it in the sentence, else the latest one in the sentences just before.
    // built with push, not spread from two mapped arrays: arrays of different element
    // kinds there made V8 throw away the optimised code of this function
    const stated: Array<{ start: number; year: number; ends: boolean }> = [];
    for (const r of kept) {
      const year = statedYear(r);
      if (year !== null) stated.push({ start: r.start, year, ends: r.rule.yearEnd === true || endsYear(formatMatch(r, NO_ANCHOR) ?? '') });
    }
    for (const c of dates) if (c.year !== null) stated.push({ start: c.start, year: c.year, ends: c.period !== null && endsYear(c.period) });
    let carried: { year: number; ends: boolean } | null | undefined;
    const contextYearAt = (pos: number): { year: number; ends: boolean } | null => {
      let best: { start: number; year: number; ends: boolean } | null = null;
      for (const s of stated) if (s.start < pos && (!best || s.start > best.start)) best = s;
      if (best) return best;
      if (carried === undefined) carried = this.previousYear(si);
      return carried;
    };
    // "this year (2004)" stated earlier in the sentence, else in the text before
    const currentYearAt = (pos: number): number | null => {
      let best: RuleMatch | null = null;
      for (const r of kept) if (r.rule.current && r.start < pos) best = r;
      return best !== null ? best.slots.year : this.currentYearBefore(si);
    };

    const spans: TimeSpan[] = [];
    let relative = false;
    // starts of the relative spans counted from the time of writing ("a year ago": TimeRule.anchor)
    let fromNow: number[] | null = null;
    for (const r of kept) {
      const isRelative = r.rule.kind === 'relPeriod';
      if (isRelative && r.rule.anchor === 'document') (fromNow ??= []).push(r.start);
      const calendar = formatMatch(r, lazyAnchor(() => contextYearAt(r.start), () => currentYearAt(r.start), this.doc));
      const period = calendar !== null && isBareQuarter(r) ? shiftQuarterPeriod(calendar, this.fiscalQuarterShift()) : calendar;
      // the shift in months: offset counts years, or quarters where the rule says so ("the previous quarter")
      const shift = isRelative ? (r.rule.offset ?? -1) * (r.rule.months === 3 ? 3 : 12) : 0;
      // "the same period in 2003": its own year (the part of the year comes from the period before it)
      const ownYear = isRelative && r.slots.year !== null ? r.slots.year : null;
      const span = timeSpan(r.start, r.end, period, ownYear ?? statedYear(r), parenOf(r.start, r.end), r.rule.weak === true, isRelative, shift);
      span.yearEnd = r.rule.yearEnd === true;
      span.current = r.rule.current === true;
      span.lookBack = (r.rule.offset ?? 0) < 0 && (isRelative || r.rule.anchor === 'context');
      // "den ersten Erfolg seit 1995": the record's span, compared against like a comparison base
      span.comparison = r.rule.kind === 'since' && this.recordBeforeSince !== null
        && this.recordBeforeSince.test(this.text.slice(Math.max(sentence.aStart, r.start - COMPARISON_WINDOW), r.start));
      if (r.rule.kind === 'since' && r.slots.year !== null) span.since = r.slots.month !== null ? `${r.slots.year}-${pad2(r.slots.month)}` : String(r.slots.year);
      spans.push(span);
      relative ||= isRelative;
      // "seit 2009, als das BIP um 7,9 Prozent einbrach": the clause is about 2009 itself
      const when = r.rule.kind === 'since' && r.slots.year !== null ? this.whenClauseAfter(this.whenOpener, r.end, sentence.aEnd) : null;
      if (when) {
        const point = r.slots.month !== null ? `${r.slots.year}-${pad2(r.slots.month)}` : String(r.slots.year);
        spans.push(this.whenClauseSpan(when, point, r.slots.year, sentence.aEnd));
      }
    }
    for (const c of dates) spans.push(timeSpan(c.start, c.end, c.period, c.year, parenOf(c.start, c.end), false, false, 0));
    if (definite !== null) for (const d of definite) spans.push(timeSpan(d.start, d.end, d.period, null, parenOf(d.start, d.end), false, false, 0));
    for (const s of spans) if (!s.yearEnd && s.period !== null && s.year !== null && endsYear(s.period)) s.yearEnd = true;
    // rules and dates each come in text order: sorted already unless both found some (or a reference)
    if (!sortedByStart(spans)) spans.sort((a, b) => a.start - b.start);
    for (const s of spans) {
      const previous = figures.lastEndingBy(s.start);
      s.attached = previous !== null && nextTo(this.text, previous.aEnd, s.start);
      s.determiner = POSSESSIVE_MARK.test(this.text.slice(s.end, s.end + 3));
      // "von 45 Prozent im April 2015 auf 60 Prozent": the start level's time, not the end's
      s.startLevel = s.attached && this.changeToLevel !== null &&
        this.changeToLevel.from.test(this.text.slice(Math.max(sentence.aStart, previous!.aStart - 6), previous!.aStart)) &&
        // ("einen Umsatz von 3 Milliarden Euro im Jahr 2024 und einen Gewinn von ...": "von" of a noun, its conjunct next)
        !this.sharesTimeWithNext(figures, s.end);
      // only days and months date statements; a year next to "sagte" is still the figure's
      if (s.period !== null && DAY_OR_MONTH.test(s.period)) s.statement = this.isStatementTime(si, s.start, s.end);
      const before = this.text.slice(Math.max(sentence.aStart, s.start - COMPARISON_WINDOW), s.start);
      s.comparison ||= this.comparisonCue.test(before) || this.comparedOn(s, before) || this.comparedWithLead(s, before);
      // "der MVP der Saison 2010/11": a title's time, held like a comparison base (no figure's)
      if (this.titleBefore !== null && this.titleBefore.test(before)) s.comparison = true;
      // "the 2003 French Open champion": the same, the title after the time
      if (this.titleAfter !== null && this.titleAfterLead !== null && this.titleAfterLead.test(before)) {
        this.titleAfter.lastIndex = s.end;
        if (this.titleAfter.test(this.text)) s.comparison = true;
      }
      // "on trial following his arrest in October 2003": the arrest's time, held the same way
      if (this.eventBefore !== null && this.eventBefore.test(before)) s.comparison = true;
      if (s.paren && s.paren.end - s.paren.start < 60 && SOURCE_PARENS.test(this.text.slice(s.paren.start, s.paren.end))) s.statement = true;
    }
    this.comparedWhenClauses(spans, sentence.aEnd);
    // ("A year earlier, the figure was 949 million.": a sentence that opens with it goes on from the period before)
    if (relative) {
      shiftRelativePeriods(spans, (span) =>
        !fromNow?.includes(span.start) && ONLY_OPENING_MARKS.test(this.text.slice(sentence.aStart, span.start)) ? this.borrowed(si) : null);
    }
    facts.spans = spans;
    return spans;
  }

  /**
   * "up 4% on the previous year", "10% on 2003": a period after such an "on" is the comparison
   * base, unless it is a day ("rose 2% on Tuesday") or a span ending then ("on the year to March").
   */
  private comparedOn(s: TimeSpan, before: string): boolean {
    if (this.comparisonBeforePeriod === null || (s.period !== null && DAY.test(s.period))) return false;
    if (!this.comparisonBeforePeriod.test(before)) return false;
    // (with the characters after it: a possessive makes the period the next figure's, "the third quarter's 5.1%",
    // not "down 26.5% on 2003's figures")
    return this.ownPeriodAfterComparison === null || !this.ownPeriodAfterComparison.test(this.text.slice(s.start, s.end + 4));
  }

  /**
   * "compared to 2004's Super Bowl weekend when the total box office was $73.4m": a comparison base
   * dates no figure around it, but a when-clause after it (and the words that name it) is about that
   * time: a span at the opener, held like a relative clause, dates the clause's figures.
   */
  private comparedWhenClauses(spans: TimeSpan[], limit: number): void {
    if (this.namedWhenOpener === null) return;
    const count = spans.length;
    for (let i = 0; i < count; i++) {
      const s = spans[i];
      if (!s.comparison || s.relative || s.period === null) continue;
      const when = this.whenClauseAfter(this.namedWhenOpener, s.end, limit);
      if (when) spans.push(this.whenClauseSpan(when, s.period, s.year, limit));
    }
    if (spans.length > count && !sortedByStart(spans)) spans.sort((a, b) => a.start - b.start);
  }

  /** ", als" / ", when" right after a time expression ending at `end` (`opener`: whenOpener or namedWhenOpener): the opener's range. */
  private whenClauseAfter(opener: RegExp | null, end: number, limit: number): { start: number; end: number } | null {
    if (opener === null) return null;
    opener.lastIndex = end;
    const m = opener.exec(this.text);
    return m && end + m[0].length <= limit ? { start: end + m[0].length - m[1].length, end: end + m[0].length } : null;
  }

  /** A span at a when-clause's opener, held like a relative clause: only the figures of the clause (up to its comma) are dated by it. */
  private whenClauseSpan(when: { start: number; end: number }, period: string, year: number | null, limit: number): TimeSpan {
    const comma = this.text.slice(when.end, limit).search(/;|,(?!\d)/);
    const clause = { start: when.start, end: comma < 0 ? limit : when.end + comma };
    return timeSpan(when.start, when.end, period, year, clause, false, false, 0);
  }

  /**
   * The bare definite references of sentence `si` ("in the quarter", "im Halbjahr") that
   * name a window of the text before, with that window; null where there is none. A
   * reference overlapping an expression found otherwise is that expression's.
   */
  private definiteSpans(si: number, rules: RuleMatch[], dates: ChronoMatch[]): Array<{ start: number; end: number; period: string }> | null {
    const sentence = this.input.sentences[si];
    const refs = definiteReferences(this.input.lang, this.sentenceText(si));
    if (refs.length === 0) return null;
    let out: Array<{ start: number; end: number; period: string }> | null = null;
    for (const ref of refs) {
      const start = sentence.aStart + ref.start;
      const end = sentence.aStart + ref.end;
      if (rules.some((r) => overlaps(r, start, end)) || dates.some((c) => overlaps(c, start, end))) continue;
      const period = this.lastWindow(si, ref.months);
      if (period !== null) (out ??= []).push({ start, end, period });
    }
    return out;
  }

  /**
   * The window of `months` months (any, where null) the few sentences before `si` name last,
   * not across a heading: of each sentence its first (a results sentence names its own period
   * before the comparison base: "$630m in the October-to-December period, down from $1bn in
   * the fourth quarter of 2003"). One whose year is written ("the
   * three months to 31 December 2004") comes before one read against the year around it
   * ("in a third quarter" of a financial year): the text's own definition of its quarter.
   */
  private lastWindow(si: number, months: number | null): string | null {
    let guessed: string | null = null;
    for (let j = si - 1; j >= 0 && j >= si - DEFINITE_LOOKBACK; j--) {
      if (isHeadingLike(this.input, this.input.sentences[j].block)) break;
      let named = false;
      let guess: string | null = null;
      for (const s of this.spans(j)) {
        if (s.period === null || s.comparison || s.statement || s.relative || s.paren !== null) continue;
        named = true;
        if (!isWindowOf(s.period, months)) continue;
        if (s.year !== null) return s.period;
        guess = s.period;
        break;
      }
      guessed ??= guess;
      // "in the period" means the period named last: none where that is no window
      if (months === null && named) return guessed;
    }
    return guessed;
  }

  /** Sentences before `si` a figure may borrow a period from: same paragraph-ish context. */
  private previousSentences(si: number): number[] {
    const sentences = this.input.sentences;
    const out: number[] = [];
    const own = sentences[si];
    if (isHeadingLike(this.input, own.block)) return out;
    let blocksCrossed = 0;
    let block = own.block;
    for (let j = si - 1; j >= 0 && out.length < LOOKBACK_SENTENCES; j--) {
      const prev = sentences[j];
      if (prev.block !== block) {
        // one step into the paragraph just before, never across a heading
        if (++blocksCrossed > 1 || prev.block !== block - 1 || isHeadingLike(this.input, prev.block)) break;
        block = prev.block;
      }
      out.push(j);
    }
    return out;
  }

  /** The year stated last in the sentences just before, and whether that statement is about the year's end. */
  private previousYear(si: number): { year: number; ends: boolean } | null {
    for (const j of this.previousSentences(si)) {
      const spans = this.spans(j);
      for (let k = spans.length - 1; k >= 0; k--) {
        const s = spans[k];
        // (a comparison base and the level a change started from are no year the text goes on in:
        // "were £2bn, down from £2.6bn in January 2004. ... rose by £4bn in January" is not that January)
        if (s.year === null || s.comparison || s.startLevel) continue;
        // ("über dem Schnitt (2013/15: +0,1 Prozent). ... im ersten Quartal": a span of years in
        // parentheses is a comparison's base, not the year the text goes on in)
        if (s.paren !== null && s.period !== null && s.period.includes('..')) continue;
        // (a deadline is no year the text goes on in: "expects 51 million users by 2009. It launches
        // in May"; "By 1998 the firm employed 500 people. In March ..." tells a past on)
        if (startsDeadline(this.text, s.start, this.targetLead) && this.looksAhead(j)) return null;
        return { year: s.year, ends: s.yearEnd };
      }
    }
    return null;
  }

  /** By sentence j: the latest year sentences 0..j call the current one; filled forward, once per sentence. */
  private readonly currentThrough: (number | null)[] = [];

  /**
   * The year the text before sentence `si` calls the current one ("this year (2004)"), the latest
   * such: memoised so that every "next year" of a long undated text does not walk back to its start.
   */
  private currentYearBefore(si: number): number | null {
    const through = this.currentThrough;
    while (through.length < si) {
      const j = through.length;
      const spans = this.spans(j);
      let year = j > 0 ? through[j - 1]! : null;
      for (const s of spans) if (s.current) year = s.year;
      // spans(j) may have filled this entry meanwhile (through its own figures' look back)
      if (through.length === j) through.push(year);
    }
    return si > 0 ? through[si - 1]! : null;
  }

  /** The period of a figure whose sentence has none: the last one stated just before. */
  borrowed(si: number, depth = 0): string | null {
    // "seit Juni 2013 auf der Flucht. Damals ...": the moment the span opened
    const pastPoint = depth === 0 && continuesAsPastPoint(this.input.lang, this.sentenceText(si));
    for (const j of this.previousSentences(si)) {
      const spans = this.spans(j);
      for (let k = spans.length - 1; k >= 0; k--) {
        const s = spans[k];
        if (pastPoint && s.since !== null && !s.comparison && !s.statement) return s.since;
        // ("310 in 2004 from 287 the previous year. ... for the year": a look back from a period the
        // sentence stated first is a base; the text goes on in that period)
        if (s.lookBack && spans.some((t, n) => n < k && t.period !== null && !t.lookBack && !t.comparison && !t.statement)) continue;
        if (s.period !== null && !s.comparison && !s.statement) return s.period;
      }
      if (spans.some((s) => !s.statement && !s.comparison)) return null;
      // "Dabei ..." after "In der Berichtsperiode ...": follow the chain back
      if (depth < 3 && this.windowReference(j)?.length) return this.windowed(j);
      if (depth < 3 && this.continuesTime(j)) return this.borrowed(j, depth + 1) ?? this.referenced(j) ?? this.windowed(j);
      if (depth < 3 && this.referencesPeriod(j)) return this.referenced(j);
    }
    return null;
  }

  /**
   * The earliest period of the sentence borrowed() takes its last one from ("2008 noch 47,4
   * Prozent ..., 2014 schon 51,8 Prozent. ... stieg im gleichen Zeitraum von 37,6 auf 43,7
   * Prozent": 2008), or null when that sentence states one period only.
   */
  borrowedStart(si: number): string | null {
    const last = this.borrowed(si);
    if (last === null) return null;
    for (const j of this.previousSentences(si)) {
      const own = this.spans(j).filter((s) => s.period !== null && !s.comparison && !s.statement);
      if (!own.length) continue;
      if (own[own.length - 1].period !== last) return null;
      return own[0].period !== last ? own[0].period : null;
    }
    return null;
  }

  /**
   * "in der Berichtsperiode": the first period stated in the sentences before; one an
   * undated article gives only relative to its year ("im Vorjahr") where no calendar one is.
   */
  referenced(si: number): string | null {
    let found: string | null = null;
    let relative: string | null = null;
    for (let j = si - 1; j >= 0 && j >= si - REFERENCE_LOOKBACK; j--) {
      if (isHeadingLike(this.input, this.input.sentences[j].block)) break;
      for (const s of this.spans(j)) {
        if (s.period === null || s.comparison || s.statement) continue;
        if (isRelativeToArticle(s.period)) relative = s.period;
        else found = s.period;
        break;
      }
    }
    return found ?? relative;
  }

  /** "in den drei Monaten", "in dem Zeitraum": the reference to a window named earlier, if any. */
  windowReference(si: number): WindowReference | null {
    const facts = this.facts(si);
    if (facts.window === undefined) facts.window = this.mayCue(si) ? windowReference(this.input.lang, this.sentenceText(si)) : null;
    return facts.window;
  }

  /**
   * The window a reference in sentence `si` means: the most recent one (a span, quarter
   * or half-year) stated in the sentences before, not across a heading; null where there
   * is none, or where the reference names a length the window does not have.
   */
  windowed(si: number): string | null {
    const ref = this.windowReference(si);
    if (!ref) return null;
    for (let j = si - 1; j >= 0 && j >= si - REFERENCE_LOOKBACK; j--) {
      if (isHeadingLike(this.input, this.input.sentences[j].block)) break;
      const spans = this.spans(j);
      for (let k = spans.length - 1; k >= 0; k--) {
        const s = spans[k];
        // a period relative to another ("im Vergleichszeitraum 2014") is a comparison base, not the window meant
        if (s.period === null || s.comparison || s.statement || s.relative || !isWindow(s.period)) continue;
        return ref.length === null || fitsLength(s.period, ref.length) ? s.period : null;
      }
    }
    return null;
  }

  referencesPeriod(si: number): boolean {
    const facts = this.facts(si);
    if (facts.referencesPeriod === undefined) facts.referencesPeriod = this.mayCue(si) && this.periodReference.test(this.sentenceText(si));
    return facts.referencesPeriod;
  }

  /**
   * Whether a word before offset `at` in sentence si brings its clause back to the present:
   * "Damals lagen die Beiträge bei 10 Prozent, jetzt bei 22 Prozent" (22 is not of "Damals").
   */
  presentBefore(si: number, at: number): boolean {
    if (!this.presentShift) return false;
    const s = this.input.sentences[si];
    return shiftsToPresent(this.text.slice(Math.max(s.aStart, at - PRESENT_REACH), Math.max(s.aStart, at)), this.presentShift);
  }

  /**
   * "wie schon 2012": a comparison cue before a time whose own words open with an adverb ("schon
   * 2012" is the time expression): the cue read with the words before the time's first digit.
   */
  private comparedWithLead(s: TimeSpan, before: string): boolean {
    let k = s.start;
    while (k < s.end && k - s.start < 12 && !isAsciiDigit(this.text.charCodeAt(k))) k++;
    return k > s.start && k < s.end && this.comparisonCue.test(before + this.text.slice(s.start, k));
  }

  /** Whether the sentence opens by referring back to a time already stated ("Dabei", "Damals"). */
  continuesTime(si: number): boolean {
    const facts = this.facts(si);
    if (facts.continuesTime === undefined) facts.continuesTime = this.mayCue(si) && continuesTime(this.input.lang, this.sentenceText(si));
    return facts.continuesTime;
  }

  /** Whether the sentence may make a window reference, a continuation or a period reference: one scan for the three. */
  private mayCue(si: number): boolean {
    const facts = this.facts(si);
    if (facts.mayCue === undefined) facts.mayCue = this.sentenceCues === null || this.sentenceCues.test(this.sentenceText(si));
    return facts.mayCue;
  }

  /** The sentence's text, cut once for the cue readers that each take the whole of it. */
  sentenceText(si: number): string {
    const facts = this.facts(si);
    if (facts.text === undefined) {
      const s = this.input.sentences[si];
      facts.text = this.text.slice(s.aStart, s.aEnd);
    }
    return facts.text;
  }
}

/** The spans of every sentence without a time expression (an array of objects by kind, like the others; never changed). */
const NO_SPANS: TimeSpan[] = [timeSpan(0, 0, null, null, null, false, false, 0)].slice(0, 0);
/** The asides of a sentence without any (never changed). */
const NO_ASIDES: Range[] = [];

/** What a rule that states its own year is read against: nothing (its period is its own). */
const NO_ANCHOR: Anchor = { contextYear: null, contextYearEnds: false, currentYear: null, doc: null };

const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
/** The possessive right after a time ("2003's", "last year’s"): the time determines the noun after it (English; a German text never has it after a time). */
const POSSESSIVE_MARK = /^['’]s(?![\p{L}])/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function sortedByStart(spans: TimeSpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1].start > spans[k].start) return false;
  return true;
}

/** Nothing but space, quote marks or a bracket: what may stand before a span that opens its sentence. */
const ONLY_OPENING_MARKS = /^[\s"'„“”»«‚‘’(]*$/;

/** A part of one year: a quarter, half, month or span of months within it ("2004-Q4", "2004-01..2004-09"). */
const PART_OF_YEAR = /^(\d{4})-(?:[QH][1-4]|\d{2}(?:-\d{2})?(?:\.\.\1-\d{2}(?:-\d{2})?)?)$/;

/**
 * "£125m a year earlier": the period stated before it in the sentence, a year back. `opening`
 * gives the base of a span that opens its sentence and has none before it there, or null.
 */
function shiftRelativePeriods(spans: TimeSpan[], opening: (span: TimeSpan) => string | null): void {
  for (const span of spans) {
    if (!span.relative) continue;
    let base: string | null = null;
    // only a period stated in the same sentence: one further back is too often another story,
    // unless the sentence opens with the span ("A year earlier, ...", "Im Vorquartal waren es ...")
    for (const s of spans) if (s.end <= span.start && s.period !== null && !s.relative) base = s.period;
    if (base === null && span.year === null) base = opening(span);
    if (span.year !== null) {
      // "in the fourth quarter ... the same period of 2003" with that quarter's year unknown: which part is unknown too
      if (spans.some((s) => s.end <= span.start && s.period === null && !s.relative)) { span.period = null; continue; }
      // "the same period in 2003": the part of its year the period before names ("2004-Q4" -> "2003-Q4"), else the year
      const part = base === null ? null : PART_OF_YEAR.exec(base);
      span.period = part ? shiftYears(base!, span.year - Number(part[1])) : String(span.year);
      continue;
    }
    span.period = base === null ? null : span.offset % 12 === 0 ? shiftYears(base, span.offset / 12) : shiftQuarters(base, span.offset / 3);
  }
}

/**
 * An anchor whose context year is looked up only when a rule needs it: most
 * expressions state their own year, and the lookup may resolve the sentences before.
 */
function lazyAnchor(contextYear: () => { year: number; ends: boolean } | null, currentYear: () => number | null, doc: DocDate | null): Anchor {
  let context: { year: number; ends: boolean } | null | undefined;
  let current: number | null | undefined;
  const read = () => {
    if (context === undefined) context = contextYear();
    return context;
  };
  return {
    get contextYear() {
      return read()?.year ?? null;
    },
    get contextYearEnds() {
      return read()?.ends === true;
    },
    get currentYear() {
      if (current === undefined) current = currentYear();
      return current;
    },
    doc,
  };
}

/** The date a 'date' figure asserts ("Höhepunkt 2013") is its own period. */
function ownDate(mention: Mention, spans: TimeSpan[]): string | null {
  let best: TimeSpan | null = null;
  for (const s of spans) {
    if (s.period === null || !overlaps(s, mention.aStart, mention.aEnd)) continue;
    if (!best || s.end - s.start > best.end - best.start) best = s;
  }
  if (best) return best.period;
  const v = mention.value;
  return Number.isInteger(v) && v >= 1000 && v <= 2999 ? String(v) : null;
}

const OPENS_CONVERSION = /^\s*\(\s*(?:(?:ca|rund|etwa|about|around|approx)\.?\s*)?$/;
const LISTS_CONVERSION = /^\s*[;,/]\s*$/;

/**
 * "surged 70% to 2.39bn rupees ... in the last three months of 2004": a figure without a time
 * takes the time of the new level right after it (LanguageTime.changeToLevel).
 */
function shareNewLevelTime(text: string, input: ContextInput, out: (string | null)[], rule: { link: RegExp; from: RegExp }): void {
  const mentions = input.mentions;
  for (let i = 0; i + 1 < mentions.length; i++) {
    if (out[i] !== null || out[i + 1] === null || mentions[i].sentenceIndex !== mentions[i + 1].sentenceIndex) continue;
    const a = mentions[i].mention;
    const b = mentions[i + 1].mention;
    if (a.kind === 'date' || b.kind === 'date' || b.aStart - a.aEnd > 8 || !rule.link.test(text.slice(a.aEnd, b.aStart))) continue;
    // ("fell from a peak of 5% to 3%": an earlier level, however far "from" stands before it in its clause)
    const sentenceStart = input.sentences[mentions[i].sentenceIndex].aStart;
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(',', a.aStart) + 1);
    if (rule.from.test(text.slice(clauseStart, a.aStart))) continue;
    out[i] = out[i + 1];
  }
}

/**
 * A change written "von X auf Y" whose two ends borrow their time from a sentence before that
 * states a span's two ends ("2008 noch 47,4 Prozent, 2014 schon 51,8 Prozent. ... stieg im
 * gleichen Zeitraum von 37,6 auf 43,7 Prozent"): the earlier level is of the span's start (2008),
 * the new one of its end (2014), not both of the end.
 */
function startBorrowedChange(text: string, input: ContextInput, out: (string | null)[], resolver: PeriodResolver, borrowed: ReadonlySet<number>): void {
  const rule = resolver.changeToLevel!;
  const mentions = input.mentions;
  for (const i of borrowed) {
    const next = mentions[i + 1];
    if (!next || !borrowed.has(i + 1) || next.sentenceIndex !== mentions[i].sentenceIndex || out[i] !== out[i + 1]) continue;
    const a = mentions[i].mention;
    if (next.mention.aStart - a.aEnd > 8 || !rule.link.test(text.slice(a.aEnd, next.mention.aStart))) continue;
    const sentenceStart = input.sentences[mentions[i].sentenceIndex].aStart;
    if (!rule.from.test(text.slice(Math.max(sentenceStart, a.aStart - 6), a.aStart))) continue;
    const start = resolver.borrowedStart(mentions[i].sentenceIndex);
    if (start !== null) out[i] = start;
  }
}

/**
 * A figure in parentheses right after another one is its conversion: "£75m ($141m)",
 * "1.33bn Australian dollars ($1bn; £550m)". For each mention, the index of the
 * figure it converts, or null; one pass, so a long list of conversions is not
 * walked again for every item.
 */
export function conversionsOf(text: string, mentions: ContextInput['mentions']): (number | null)[] {
  const out: (number | null)[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const cur = mentions[i];
    const prev = mentions[i - 1];
    out[i] = null;
    if (!prev || prev.sentenceIndex !== cur.sentenceIndex) continue;
    if (!mayOpenConversion(text, prev.mention.aEnd, cur.mention.aStart)) continue;
    const between = text.slice(prev.mention.aEnd, cur.mention.aStart);
    if (OPENS_CONVERSION.test(between)) out[i] = i - 1;
    else if (LISTS_CONVERSION.test(between)) out[i] = out[i - 1];
  }
  return out;
}


/**
 * Whether text[from, to) may match OPENS_CONVERSION or LISTS_CONVERSION: both
 * start with optional whitespace and then "(" or one of ";,/". Most gaps
 * between two figures open with a word, and are turned away here without a
 * slice and two regex runs (two steps ask this for every pair of figures).
 * A non-ASCII first character is left to the regexes.
 */
function mayOpenConversion(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isAsciiSpace(text.charCodeAt(k))) k++;
  if (k >= to) return false;
  const c = text.charCodeAt(k);
  return c >= 128 || c === 0x28 || c === 0x3b || c === 0x2c || c === 0x2f;
}

const endOf = (m: Mention): number => m.aEnd;

/** The period each mention refers to (contract format), resolved against the document date. */
export function resolvePeriods(input: ContextInput, documentDate: string | null): (string | null)[] {
  if (input.mentions.length === 0) {
    forgetView();
    return [];
  }
  const resolver = new PeriodResolver(input, documentDate);
  const text = input.analysis.text;
  const out: (string | null)[] = [];
  // the figures that took their time from a sentence before (startBorrowedChange)
  const borrowedAt = new Set<number>();
  // conversions in parentheses ("£75m ($141m)") and where their figure ends with them;
  // the set and the map are made for the few documents that have any
  let conversions: Set<Mention> | null = null;
  let extents: Map<Mention, number> | null = null;
  const conversionBase = conversionsOf(text, input.mentions);
  for (let i = 0; i < input.mentions.length; i++) {
    const base = conversionBase[i];
    if (base === null) continue;
    const m = input.mentions[i];
    (conversions ??= new Set()).add(m.mention);
    const close = text.indexOf(')', m.mention.aEnd);
    if (close >= 0 && close - m.mention.aEnd < 80) (extents ??= new Map()).set(input.mentions[base].mention, close + 1);
  }
  const extended = extents;
  const extentOf = extended === null ? endOf : (m: Mention) => extended.get(m) ?? m.aEnd;
  const converted = conversions;
  // one picker per sentence: conversions do not compete for time expressions
  // the figures come sentence by sentence: the last sentence's picker is the one asked for again
  // (a Map of them cost more; a sentence asked for out of turn only gets an equal picker anew)
  let pickerSentence = -1;
  let lastPicker: { picker: SentencePicker; named: boolean } | null = null;
  const pickerOf = (si: number) => {
    let hit = si === pickerSentence ? lastPicker : null;
    if (!hit) {
      const spans = resolver.spans(si);
      const all = resolver.figures(si);
      const competing = converted === null ? all : new FigureIndex(all.figures.filter((m) => !converted.has(m)));
      // a sentence without time expressions has no span for its breaks to keep from a figure
      const breaks = spans.length === 0 ? NO_BREAKS : resolver.breaks(si);
      hit = {
        picker: new SentencePicker(text, spans, competing, extentOf, breaks.all, breaks.hard, resolver.coordinator, resolver.newPredicate, resolver.asides(si), resolver.coordinatorWord, resolver.changeToLevel?.from ?? null, resolver.presentShift, resolver.presentAfter, resolver.gappedConjunct, resolver.sentenceStart(si), resolver.targetLead, resolver.worthApposition, resolver.partOfWhole, resolver.sharedConjunct),
        // a time named in the sentence (even one we cannot resolve) is not the one before;
        // a comparison base ("gegenüber dem Jahr 2013") leaves the sentence's own time open
        named: spans.some((s) => !s.statement && !s.comparison),
      };
      pickerSentence = si;
      lastPicker = hit;
    }
    return hit;
  };
  input.mentions.forEach(({ mention, sentenceIndex }, i) => {
    if (mention.kind === 'date') { out.push(ownDate(mention, resolver.spans(sentenceIndex))); return; }
    const conv = conversionBase[i];
    if (conv !== null) { out.push(out[conv]); return; }
    const { picker, named } = pickerOf(sentenceIndex);
    const chosen = picker.pick(mention);
    if (chosen === 'unknown') { out.push(null); return; }
    if (chosen) { out.push(chosen.period); return; }
    if (named) { out.push(null); return; }
    // "in den drei Monaten": the window named earlier with that length, or none
    const window = resolver.windowReference(sentenceIndex);
    if (window?.length) { out.push(resolver.windowed(sentenceIndex)); return; }
    let period: string | null = null;
    if (resolver.continuesTime(sentenceIndex)) {
      period = resolver.presentBefore(sentenceIndex, mention.aStart) ? null : resolver.borrowed(sentenceIndex);
      if (period !== null) borrowedAt.add(i);
    }
    else if (resolver.referencesPeriod(sentenceIndex)) period = resolver.referenced(sentenceIndex);
    // "in dem Zeitraum", "during the period": the window named earlier, where the sentence before names no time
    if (period === null && window) period = resolver.windowed(sentenceIndex);
    out.push(period);
  });
  pairRespectively(resolver, input, out, converted);
  if (resolver.changeToLevel) {
    shareNewLevelTime(text, input, out, resolver.changeToLevel);
    startBorrowedChange(text, input, out, resolver, borrowedAt);
  }
  // the one-byte copy of the text the time regexes read is not kept past the document
  forgetView();
  return out;
}

/**
 * The k years of a year list read as one span ("in 2001, 2002 and 2003": 2001..2003) one by
 * one, for figures listed as respective ("£5m, £6m and £7m in 2001, 2002 and 2003
 * respectively"); null unless the span prints exactly k years, the years of its period.
 */
function yearsListed(text: string, span: TimeSpan, k: number): { period: string }[] | null {
  const range = /^(\d{4})\.\.(\d{4})$/.exec(span.period ?? '');
  if (!range) return null;
  const years = text.slice(span.start, span.end).match(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/g) ?? [];
  if (years.length !== k || years[0] !== range[1] || years[k - 1] !== range[2]) return null;
  return years.map((y) => ({ period: y }));
}

/** Characters after the last figure of a list searched for "respectively". */
const RESPECTIVE_REACH = 40;

/**
 * "in Tokio 2009 und 2010 sowie in Moskau 2013 und 2014 ... um 60 beziehungsweise 46 Prozent":
 * a list of k figures marked as respective takes, in order, the k times stated before it
 * in the sentence (after any figure before the list). Any other count leaves the periods as
 * they are: one shared time ("im Jahr 2015 um 3 bzw. 4 Prozent") is every figure's.
 */
function pairRespectively(resolver: PeriodResolver, input: ContextInput, out: (string | null)[], converted: Set<Mention> | null): void {
  const text = input.analysis.text;
  let indexOf: Map<Mention, number> | null = null;
  for (const [si, list] of resolver.figuresBySentence) {
    if (list.length < 2 || !resolver.respectiveWords.some((w) => resolver.sentenceText(si).includes(w))) continue;
    const figures = resolver.figures(si).figures.filter((m) => converted === null || !converted.has(m));
    let start = 0;
    while (start < figures.length) {
      let end = start;
      let cued = false;
      while (end + 1 < figures.length) {
        const between = text.slice(figures[end].aEnd, figures[end + 1].aStart);
        if (!resolver.respectiveLink.test(between)) break;
        cued ||= resolver.respectiveCue.test(between);
        end++;
      }
      const k = end - start + 1;
      if (k >= 2 && !cued) {
        const next = end + 1 < figures.length ? figures[end + 1].aStart : text.length;
        const after = text.slice(figures[end].aEnd, Math.min(next, figures[end].aEnd + RESPECTIVE_REACH));
        cued = resolver.respectiveCue.test(after);
      }
      if (k >= 2 && cued) {
        const from = start > 0 ? figures[start - 1].aEnd : input.sentences[si].aStart;
        const usable = (s: TimeSpan) => s.period !== null && !s.comparison && !s.statement;
        const listed = (spans: TimeSpan[]) => (spans.length === 1 ? yearsListed(text, spans[0], k) ?? spans : spans);
        let times: { period: string | null }[] = listed(resolver.spans(si).filter((s) => s.start >= from && s.end <= figures[start].aStart && usable(s)));
        // "£5m, £6m and £7m in 2001, 2002 and 2003 respectively": the times right after the list
        if (times.length !== k) {
          const after = figures[end].aEnd;
          const until = end + 1 < figures.length ? figures[end + 1].aStart : after + RESPECTIVE_REACH;
          const later = listed(resolver.spans(si).filter((s) => s.start >= after && s.end <= until && s.start - after <= RESPECTIVE_REACH && usable(s)));
          if (later.length === k) times = later;
        }
        if (times.length === k) {
          if (indexOf === null) {
            indexOf = new Map();
            for (let i = 0; i < input.mentions.length; i++) indexOf.set(input.mentions[i].mention, i);
          }
          for (let j = 0; j < k; j++) {
            const i = indexOf.get(figures[start + j]);
            if (i !== undefined) out[i] = times[j].period;
          }
        }
      }
      start = end + 1;
    }
  }
}
