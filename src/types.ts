// The typed values that flow through the pipeline:
//   read -> normalise -> segment -> extract -> context -> compare -> render
// Every offset a user sees (start/end/line/column) indexes the decoded original
// text. Stages that work on normalised text carry analysis offsets ("a"-prefixed)
// and translate them through the document's OffsetMap before anything leaves.

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A decoded input, exactly as the user's file holds it (after decoding bytes). */
export interface SourceText {
  /** The path as given on the command line or found by the directory walk; `-` for stdin. */
  path: string;
  /** Decoded text. All reported offsets index this string. */
  text: string;
  /** How the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252. */
  encoding: string;
}

/**
 * Normalised text for analysis plus a map back to the original.
 * `toOriginal[i]` is the original index of analysis character i;
 * `toOriginal[text.length]` is the original end. Read-only: the map of a text
 * normalisation left unchanged is a view of one table shared by every such text.
 */
export interface AnalysisText {
  text: string;
  toOriginal: OffsetTable;
}

/**
 * The read side of an Int32Array and nothing else (`Readonly<Int32Array>` still lets
 * `fill`, `set` and `sort` write): an offset map may be a view of a shared table.
 */
export interface OffsetTable {
  readonly [index: number]: number;
  readonly length: number;
  subarray(begin?: number, end?: number): OffsetTable;
}

/** A paragraph-like block of the analysis text (a line, a wrapped paragraph, a list item). */
export interface Block {
  index: number;
  /** analysis offsets */
  aStart: number;
  aEnd: number;
}

export interface Sentence {
  doc: string;
  index: number;
  /** Sentence text: analysis text with whitespace collapsed (hyphenation already joined). */
  text: string;
  /** original offsets */
  start: number;
  end: number;
  /** analysis offsets */
  aStart: number;
  aEnd: number;
  /** index of the Block the sentence belongs to */
  block: number;
}

export type ClaimKind = 'currency' | 'percent' | 'quantity' | 'count' | 'duration' | 'rank' | 'date';
export type Qualifier = 'exact' | 'about' | 'at_most' | 'at_least' | 'more_than' | 'less_than' | 'range';
export type Section = 'body' | 'boilerplate';

export interface Metric {
  key: string;
  label: string;
}

/**
 * What the number lexer finds in one sentence: a figure with its unit and hedge,
 * in analysis offsets. The claim builder turns it into a Claim.
 */
export interface Mention {
  /** analysis offsets of the figure as printed, hedge word excluded ("2,8 Milliarden Dollar") */
  aStart: number;
  aEnd: number;
  value: number;
  high: number | null;
  unit: string;
  kind: ClaimKind;
  qualifier: Qualifier;
  /** the hedge word(s) as written ("rund", "knapp", "more than"), or null */
  hedge: string | null;
  /**
   * Half the step of the last stated digit, in base units: "2,8 Milliarden" -> 0.05e9.
   * Used for interval comparison. 0 for exact integers without scale words.
   */
  precision: number;
}

export interface Claim {
  id: string;
  doc: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
  value: number;
  high: number | null;
  unit: string;
  kind: ClaimKind;
  qualifier: Qualifier;
  period: string | null;
  metric: Metric;
  attribution: string | null;
  section: Section;
  // Fields beyond the contract (allowed: "add fields freely").
  /** index of the sentence in the document's sentence list */
  sentenceIndex: number;
  hedge: string | null;
  precision: number;
  /** entities the figure concerns (ISO-like country codes, organisations), sorted */
  entities: string[];
  /**
   * an undated article's period relative to its own year, when `period` is null:
   * "[Y-1]" for "im Vorjahr"/"last year", "[Y]" for "heuer", "[Y-1]-10" for "October last year"
   */
  relativePeriod?: string | null;
  /**
   * the organisation the article is about ("Parmalat"; English articles only): compare takes it
   * as the firm of a firm's figure that names none ("the firm collapsed with debts of 14bn euros")
   */
  organisation?: string | null;
  /**
   * which way a change went, as its words say ("fell 3%", "a 3% rise", "sanken um 16,8 Prozent"),
   * for figures whose metric is a change; `value` stays as printed, compare signs it
   */
  direction?: 'up' | 'down' | null;
}

export interface DocumentMeta {
  id: string;
  path: string;
  lang: Lang;
  title: string | null;
  date: string | null;
  publisher: string | null;
  encoding?: string;
}

/** Everything the pipeline knows about one document. */
export interface AnalysedDocument {
  meta: DocumentMeta;
  source: SourceText;
  analysis: AnalysisText;
  blocks: Block[];
  sentences: Sentence[];
  claims: Claim[];
}

export type Verdict = 'conflict' | 'consistent' | 'different_period' | 'single';

export interface Group {
  id: string;
  metric: Metric;
  /** claim ids */
  claims: string[];
  verdict: Verdict;
  reason: string;
  related?: string[];
  /** unit all figures were normalised to */
  unit?: string;
}

export interface ClaimSet {
  schema: 'claimcheck.claims/v1';
  documents: DocumentMeta[];
  claims: Claim[];
}

export interface Comparison {
  schema: 'claimcheck.comparison/v1';
  documents?: DocumentMeta[];
  claims: Claim[];
  groups: Group[];
}
