import type { Claim, ClaimSet, DocumentMeta, Sentence } from '../types.js';

// Plain records in the contract's field order. Every JSON-like format (json,
// ndjson, yaml) is printed from these, so the formats cannot drift apart.

export function claimRecord(c: Claim): Record<string, unknown> {
  return {
    id: c.id,
    doc: c.doc,
    text: c.text,
    start: c.start,
    end: c.end,
    line: c.line,
    column: c.column,
    sentence: c.sentence,
    value: c.value,
    high: c.high,
    unit: c.unit,
    kind: c.kind,
    qualifier: c.qualifier,
    period: c.period,
    metric: { key: c.metric.key, label: c.metric.label },
    attribution: c.attribution,
    section: c.section,
    hedge: c.hedge,
    precision: c.precision,
    entities: c.entities,
    sentenceIndex: c.sentenceIndex,
    relativePeriod: c.relativePeriod ?? null,
    organisation: c.organisation ?? null,
    direction: c.direction ?? null,
  };
}

export function documentRecord(d: DocumentMeta): Record<string, unknown> {
  return {
    id: d.id,
    path: d.path,
    lang: d.lang,
    title: d.title,
    date: d.date,
    publisher: d.publisher,
    ...(d.encoding ? { encoding: d.encoding } : {}),
  };
}

export function sentenceRecord(s: Sentence): Record<string, unknown> {
  return { doc: s.doc, index: s.index, text: s.text, start: s.start, end: s.end };
}

export function claimSetRecord(set: Pick<ClaimSet, 'documents' | 'claims'>): Record<string, unknown> {
  return {
    schema: 'claimcheck.claims/v1',
    documents: set.documents.map(documentRecord),
    claims: set.claims.map(claimRecord),
  };
}

export const CLAIM_CSV_HEADER = [
  'id', 'doc', 'text', 'start', 'end', 'line', 'column', 'value', 'high', 'unit', 'kind', 'qualifier',
  'period', 'metric_key', 'metric_label', 'attribution', 'section', 'sentence',
];

export function claimCsvRow(c: Claim): unknown[] {
  return [c.id, c.doc, c.text, c.start, c.end, c.line, c.column, c.value, c.high, c.unit, c.kind, c.qualifier,
    c.period, c.metric.key, c.metric.label, c.attribution, c.section, c.sentence];
}

export const SENTENCE_CSV_HEADER = ['doc', 'index', 'start', 'end', 'text'];
export function sentenceCsvRow(s: Sentence): unknown[] {
  return [s.doc, s.index, s.start, s.end, s.text];
}
