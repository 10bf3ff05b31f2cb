import YAML from 'yaml';
import type { Claim, ClaimSet, Sentence } from '../types.js';
import { csv, csvRow } from './csv.js';
import { markdownTable } from './markdown.js';
import { formatQuantity } from './number-format.js';
import {
  CLAIM_CSV_HEADER, claimCsvRow, claimRecord, claimSetRecord, SENTENCE_CSV_HEADER, sentenceCsvRow, sentenceRecord,
} from './records.js';
import type { Style } from './style.js';
import { textTable, type Column } from './text-table.js';

export const FORMATS = ['table', 'json', 'ndjson', 'yaml', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface TableOptions {
  style: Style;
  width: number;
  includeBoilerplate?: boolean;
}

export const location = (c: Pick<Claim, 'doc' | 'line' | 'column'>) => `${c.doc}:${c.line}:${c.column}`;

/** The period a reader sees: the calendar one, else one relative to an undated article's year ("[Y-1]"). */
export const shownPeriod = (c: Pick<Claim, 'period' | 'relativePeriod'>): string | null => c.period ?? c.relativePeriod ?? null;

const qualifierShown: Record<Claim['qualifier'], string> = {
  exact: '', about: '≈ about', at_most: '≤ at most', at_least: '≥ at least', more_than: '> more than',
  less_than: '< less than', range: 'range',
};

export function renderClaimSet(set: ClaimSet, format: Format, opts: TableOptions): string {
  switch (format) {
    case 'json':
      return JSON.stringify(claimSetRecord(set), null, 2) + '\n';
    case 'ndjson':
      return claimsNdjson(set.claims);
    case 'yaml':
      return YAML.stringify(claimSetRecord(set), { lineWidth: 0 });
    case 'csv':
      return csv(CLAIM_CSV_HEADER, set.claims.map(claimCsvRow));
    case 'markdown':
      return markdownTable(
        ['where', 'figure', 'value', 'period', 'metric', 'qualifier', 'attribution', 'section'],
        set.claims.map((c) => [location(c), c.text, formatQuantity(c.value, c.high, c.unit), shownPeriod(c) ?? '',
          c.metric.label, c.qualifier, c.attribution ?? '', c.section]),
      );
    case 'table':
      return claimsTable(set, opts);
  }
}

export function claimsNdjson(claims: Claim[]): string {
  let out = '';
  for (const c of claims) out += JSON.stringify(claimRecord(c)) + '\n';
  return out;
}

export const claimsCsvHeader = () => csvRow(CLAIM_CSV_HEADER);
export const claimsCsvRows = (claims: Claim[]) => claims.map((c) => csvRow(claimCsvRow(c))).join('');

function claimsTable(set: ClaimSet, opts: TableOptions): string {
  const shown = opts.includeBoilerplate ? set.claims : set.claims.filter((c) => c.section === 'body');
  const hidden = set.claims.length - shown.length;
  const columns: Column[] = [
    { header: 'where', min: 12 },
    { header: 'figure', min: 10, flex: true },
    { header: 'value', align: 'right', min: 6 },
    { header: 'period', min: 6 },
    { header: 'qualifier', min: 6 },
    { header: 'metric', min: 8, flex: true },
    { header: 'source', min: 6, flex: true },
    ...(opts.includeBoilerplate ? [{ header: 'section', min: 4 }] : []),
  ];
  const rows = shown.map((c) => [
    location(c), c.text, formatQuantity(c.value, c.high, c.unit), shownPeriod(c) ?? '–', qualifierShown[c.qualifier] || 'exact',
    c.metric.label, c.attribution ?? '–', ...(opts.includeBoilerplate ? [c.section] : []),
  ]);
  const s = opts.style;
  let out = textTable(columns, rows, {
    width: opts.width, style: s,
    paint: (ri, ci, cell) => (ci === 0 ? s.dim(cell) : ci === 1 ? s.cyan(cell) : shown[ri].section === 'boilerplate' ? s.dim(cell) : cell),
  });
  const docs = set.documents.length;
  out += `\n${shown.length} claim${shown.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}` +
    (hidden ? `; ${hidden} in boilerplate hidden (--include-boilerplate shows them)` : '') + '\n';
  return out;
}

export function renderSentences(sentences: Sentence[], format: Format, opts: TableOptions): string {
  const record = () => ({ schema: 'claimcheck.sentences/v1', sentences: sentences.map(sentenceRecord) });
  switch (format) {
    case 'json':
      return JSON.stringify(record(), null, 2) + '\n';
    case 'ndjson':
      return sentencesNdjson(sentences);
    case 'yaml':
      return YAML.stringify(record(), { lineWidth: 0 });
    case 'csv':
      return csv(SENTENCE_CSV_HEADER, sentences.map(sentenceCsvRow));
    case 'markdown':
      return markdownTable(['doc', '#', 'sentence'], sentences.map((x) => [x.doc, String(x.index), x.text]));
    case 'table':
      return textTable(
        [{ header: 'doc', min: 8 }, { header: '#', align: 'right' }, { header: 'sentence', flex: true, min: 20 }],
        sentences.map((x) => [x.doc, String(x.index), x.text]),
        { width: opts.width, style: opts.style },
      );
  }
}

export function sentencesNdjson(sentences: Sentence[]): string {
  let out = '';
  for (const s of sentences) out += JSON.stringify(sentenceRecord(s)) + '\n';
  return out;
}
