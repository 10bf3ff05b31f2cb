import type { AnalysedDocument, AnalysisText, Claim, Lang, Mention, Sentence, SourceText } from '../types.js';
import { detectLanguage } from '../lang/detect.js';
import { normalise } from '../normalise/index.js';
import { LineIndex, SpanMap } from '../normalise/offset-map.js';
import { segment } from '../segment/index.js';
import { findMentionsIn, lendElidedUnits } from '../extract/index.js';
import { numberLanguageHint } from '../extract/lang-hint.js';
import { contextualise, type ClaimContext, type ExtraMetric } from '../context/index.js';
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
  // Function words decide; for texts too short for them, number and unit words
  // ("twenty percent", "75 Millionen"); German, the tool's first language, last.
  const lang = options.lang ?? detectLanguage(source.text) ?? numberLanguageHint(source.text) ?? 'de';
  const { analysis, blocks } = timer.time('normalise', () => normalise(source, lang));
  const sentences = timer.time('segment', () => segment(source.path, analysis, blocks, lang));

  const extraUnits = options.vocabulary?.units?.[lang];
  const found = timer.time('extract', () => {
    const out: Array<{ mention: Mention; sentenceIndex: number }> = [];
    for (const s of sentences) {
      // offsets come back in analysis.text; most sentences are never sliced
      for (const m of findMentionsIn(analysis.text, s.aStart, s.aEnd, lang, extraUnits)) {
        out.push({ mention: m, sentenceIndex: s.index });
      }
    }
    lendElidedUnits(analysis.text, sentences, out, lang, extraUnits);
    return out;
  });

  const context = timer.time('context', () =>
    contextualise(
      { lang, analysis, blocks, sentences, mentions: found },
      { date: options.date, metrics: options.vocabulary?.metrics?.[lang], boilerplate: options.vocabulary?.boilerplate?.[lang] },
    ),
  );

  const claims = assembleClaims(source, analysis, sentences, found, context.claims);

  return {
    meta: { id: source.path, path: source.path, lang, ...context.meta, encoding: source.encoding },
    source,
    analysis,
    blocks,
    sentences,
    claims,
  };
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
      unit: m.unit,
      kind: m.kind,
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
    });
  }
  return claims;
}
