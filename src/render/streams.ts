import type { Claim, Sentence } from '../types.js';
import { claimsCsvRows, claimsNdjson, sentencesNdjson } from './claims.js';
import { csvRow } from './csv.js';
import { sentenceCsvRow } from './records.js';

/**
 * The formats a command writes one document at a time. The thread that
 * analysed a document renders it too: a worker then hands the main thread one
 * string instead of every claim as an object graph to copy and rebuild, and
 * the main thread only writes.
 */
export const STREAM_FORMATS = ['claims-ndjson', 'claims-csv', 'sentences-ndjson', 'sentences-csv'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];

export function renderStream(format: StreamFormat, doc: { claims: Claim[]; sentences: Sentence[] }): string {
  switch (format) {
    case 'claims-ndjson':
      return claimsNdjson(doc.claims);
    case 'claims-csv':
      return claimsCsvRows(doc.claims);
    case 'sentences-ndjson':
      return sentencesNdjson(doc.sentences);
    case 'sentences-csv':
      return doc.sentences.map((s) => csvRow(sentenceCsvRow(s))).join('');
  }
}
