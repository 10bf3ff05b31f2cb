import type { AnalysedDocument, AnalysisText, Claim, Lang, Mention, Sentence, SourceText } from '../types.js';
import { detectLanguage, leaningLanguage } from '../lang/detect.js';
import { normalise } from '../normalise/index.js';
import { LineIndex, SpanMap } from '../normalise/offset-map.js';
import { segment } from '../segment/index.js';
import { dropNumberedNames, findMentionsIn, lendElidedUnits, lendResultTimes, rankParallels } from '../extract/index.js';
import { numberLanguageHint } from '../extract/lang-hint.js';
import { contextualiseAll, type ClaimContext, type ExtraMetric } from '../context/index.js';
import { figureId, OccurrenceCounter, sentenceKey } from './claim-id.js';

/** Words the config file adds to the built-in language data. */
export interface Vocabulary {
  /** unit and currency words per language: word -> unit symbol or ISO 4217 code */
  units?: Partial<Record<Lang, Record<string, string>>>;
  /** metric synonyms per language */
  metrics?: Partial<Record<Lang, ExtraMetric[]>>;
  /** boilerplate phrases per language */
  boilerplate?: Partial<Record<Lang, string[]>>;
}

export interface AnalyseOptions {
  vocabulary?: Vocabulary;
  /** force the language instead of detecting it */
  lang?: Lang;
  /** document date (YYYY-MM-DD) for relative periods, instead of one found in the text */
  date?: string;
}

export interface StageTimer {
  time<T>(stage: StageName, fn: () => T): T;
}
export type StageName = 'normalise' | 'segment' | 'extract' | 'context';

const untimed: StageTimer = { time: (_stage, fn) => fn() };

/** One document through normalise -> segment -> extract -> context. Pure: text in, values out. */
export function analyse(source: SourceText, options: AnalyseOptions = {}, timer: StageTimer = untimed): AnalysedDocument {
  return analyseBatch([source], options, timer)[0];
}

/**
 * Several documents through the pipeline, one stage at a time over all of them, each
 * document's result the same as analyse() gives it. Running a stage's code over many
 * documents in a row keeps it and its tables hot in the CPU's caches: over the German
 * corpus in batches of 32 to 64, a fifth less CPU than document by document
 * (scripts/batch-order.mjs). A document that makes a stage throw throws here; callers
 * that must keep the others analyse the batch's documents one by one then.
 */
export function analyseBatch(sources: readonly SourceText[], options: AnalyseOptions = {}, timer: StageTimer = untimed): AnalysedDocument[] {
  // Function words decide; for texts too short for them, number and unit words
  // ("twenty percent", "75 Millionen"); German, the tool's first language, last.
  const langs = sources.map((source) => options.lang ?? detectLanguage(source.text) ?? numberLanguageHint(source.text) ?? leaningLanguage(source.text) ?? 'de');
  const normalised = timer.time('normalise', () => sources.map((source, k) => normalise(source, langs[k])));
  const sentences = timer.time('segment', () => sources.map((source, k) => segment(source.path, normalised[k].analysis, normalised[k].blocks, langs[k])));
  const found = timer.time('extract', () => sources.map((_, k) => findAll(normalised[k].analysis, sentences[k], langs[k], options.vocabulary?.units?.[langs[k]])));
  const contexts = timer.time('context', () =>
    contextualiseAll(
      sources.map((_, k) => ({ lang: langs[k], analysis: normalised[k].analysis, blocks: normalised[k].blocks, sentences: sentences[k], mentions: found[k] })),
      langs.map((lang) => ({ date: options.date, metrics: options.vocabulary?.metrics?.[lang], boilerplate: options.vocabulary?.boilerplate?.[lang] })),
    ),
  );
  return sources.map((source, k) => ({
    meta: { id: source.path, path: source.path, lang: langs[k], ...contexts[k].meta, encoding: source.encoding },
    source,
    analysis: normalised[k].analysis,
    blocks: normalised[k].blocks,
    sentences: sentences[k],
    claims: assembleClaims(source, normalised[k].analysis, sentences[k], found[k], contexts[k].claims),
  }));
}

/** The figures of one document's sentences, with the units (and ranks) a figure leaves out lent from the one before. */
function findAll(analysis: AnalysisText, sentences: Sentence[], lang: Lang, extraUnits: Record<string, string> | undefined) {
  const out: Array<{ mention: Mention; sentenceIndex: number }> = [];
  for (const s of sentences) {
    // offsets come back in analysis.text; most sentences are never sliced
    for (const m of findMentionsIn(analysis.text, s.aStart, s.aEnd, lang, extraUnits)) {
      out.push({ mention: m, sentenceIndex: s.index });
    }
  }
  dropNumberedNames(analysis.text, out, lang, extraUnits);
  lendElidedUnits(analysis.text, sentences, out, lang, extraUnits);
  rankParallels(analysis.text, out, lang, extraUnits);
  lendResultTimes(analysis.text, out, lang, extraUnits);
  return out;
}

/**
 * The claims of one document from its mentions and their context: original
 * offsets, line and column, the sentence, and the stable id.
 */
export function assembleClaims(
  source: SourceText,
  analysis: AnalysisText,
  sentences: Sentence[],
  found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>,
  context: ClaimContext[],
): Claim[] {
  const lines = new LineIndex(source.text);
  const occurrences = new OccurrenceCounter();
  const toOriginal = new SpanMap(analysis);
  // one digest per sentence with figures, not one pass over the sentence per figure
  let keyIndex = -1;
  let key = '';
  const claims: Claim[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i].mention;
    const sentenceIndex = found[i].sentenceIndex;
    const start = toOriginal.start(m.aStart);
    const end = toOriginal.end(m.aStart, m.aEnd);
    const text = source.text.slice(start, end);
    const sentence = sentences[sentenceIndex].text;
    if (keyIndex !== sentenceIndex) {
      keyIndex = sentenceIndex;
      key = sentenceKey(source.path, sentence);
    }
    const line = lines.line(start);
    const ctx = context[i];
    claims.push({
      id: figureId(key, text, occurrences.next(`${key}\u0000${text}`)),
      doc: source.path,
      text,
      start,
      end,
      line,
      column: lines.column(start, line),
      sentence,
      value: m.value,
      high: m.high,
      unit: ctx.unit ?? m.unit,
      // a point the metric reads as a percentage point is a percent figure ("fell by 0.1 points to 5.4%")
      kind: ctx.unit === 'pp' ? 'percent' : m.kind,
      qualifier: m.qualifier,
      period: ctx.period,
      metric: ctx.metric,
      attribution: ctx.attribution,
      section: ctx.section,
      sentenceIndex,
      hedge: m.hedge,
      precision: m.precision,
      entities: ctx.entities,
      relativePeriod: ctx.relativePeriod,
      organisation: ctx.organisation,
      direction: ctx.direction,
    });
  }
  return claims;
}
