import type { AnalysisText, Block, DocumentMeta, Lang, Mention, Metric, Section, Sentence } from '../types.js';

/** What every context resolver sees: one document after extraction. */
export interface ContextInput {
  lang: Lang;
  analysis: AnalysisText;
  blocks: Block[];
  sentences: Sentence[];
  /** mentions with absolute analysis offsets and the index of their sentence */
  mentions: Array<{ mention: Mention; sentenceIndex: number }>;
}

/** Extra metric synonyms from the config file: each term (any language) names the metric `key`. */
export interface ExtraMetric {
  key: string;
  label?: string;
  terms: string[];
}

export interface ContextOptions {
  /** document date given with --date (YYYY-MM-DD); wins over one found in the text */
  date?: string;
  /** metric synonyms the config file adds, for the document's language */
  metrics?: ExtraMetric[];
  /** phrases the config file adds that mark a block as boilerplate, for the document's language */
  boilerplate?: string[];
}

export type DocumentMetadata = Pick<DocumentMeta, 'title' | 'date' | 'publisher'>;

export interface MetricContext {
  metric: Metric;
  entities: string[];
  /** the figure's unit as its metric reads it, when that differs: a point of a rate is a percentage point ("pp") */
  unit: string | null;
}

export interface ClaimContext extends MetricContext {
  period: string | null;
  /** an undated article's period relative to its own year ("[Y-1]" for "im Vorjahr"), when `period` is null */
  relativePeriod: string | null;
  attribution: string | null;
  section: Section;
  /** the organisation the article is about (organisations.ts), the same for all its claims */
  organisation: string | null;
  /** which way a change went (direction.ts), for figures whose metric is a change */
  direction: 'up' | 'down' | null;
}
