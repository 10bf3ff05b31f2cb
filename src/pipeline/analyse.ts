import type { AnalysedDocument, Claim, Lang, Mention, SourceText } from '../types.js';
import { detectLanguage } from '../lang/detect.js';
import { normalise } from '../normalise/index.js';
import { LineIndex, spanMapper } from '../normalise/offset-map.js';
import { segment } from '../segment/index.js';
import { findMentions } from '../extract/index.js';
import { numberLanguageHint } from '../extract/lang-hint.js';
import { contextualise, type ExtraMetric } from '../context/index.js';
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
      for (const m of findMentions(analysis.text.slice(s.aStart, s.aEnd), lang, extraUnits)) {
        out.push({ mention: { ...m, aStart: m.aStart + s.aStart, aEnd: m.aEnd + s.aStart }, sentenceIndex: s.index });
      }
    }
    return out;
  });

  const context = timer.time('context', () =>
    contextualise(
      { lang, analysis, blocks, sentences, mentions: found },
      { date: options.date, metrics: options.vocabulary?.metrics?.[lang], boilerplate: options.vocabulary?.boilerplate?.[lang] },
    ),
  );

  const lines = new LineIndex(source.text);
  const occurrences = new OccurrenceCounter();
  const toOriginal = spanMapper(analysis);
  // one digest per sentence with figures, not one pass over the sentence per figure
  let keyOf: { index: number; key: string } = { index: -1, key: '' };
  const claims: Claim[] = found.map(({ mention: m, sentenceIndex }, i) => {
    const [start, end] = toOriginal(m.aStart, m.aEnd);
    const text = source.text.slice(start, end);
    const sentence = sentences[sentenceIndex].text;
    if (keyOf.index !== sentenceIndex) keyOf = { index: sentenceIndex, key: sentenceKey(source.path, sentence) };
    const { line, column } = lines.locate(start);
    const ctx = context.claims[i];
    return {
      id: figureId(keyOf.key, text, occurrences.next(`${keyOf.key}\u0000${text}`)),
      doc: source.path,
      text,
      start,
      end,
      line,
      column,
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
    };
  });

  return {
    meta: { id: source.path, path: source.path, lang, ...context.meta, encoding: source.encoding },
    source,
    analysis,
    blocks,
    sentences,
    claims,
  };
}
