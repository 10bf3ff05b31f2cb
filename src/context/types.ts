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

export interface ContextOptions {
  /** document date given with --date (YYYY-MM-DD); wins over one found in the text */
  date?: string;
}

export type DocumentMetadata = Pick<DocumentMeta, 'title' | 'date' | 'publisher'>;

export interface MetricContext {
  metric: Metric;
  entities: string[];
}

export interface ClaimContext extends MetricContext {
  period: string | null;
  attribution: string | null;
  section: Section;
}
