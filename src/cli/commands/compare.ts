// Interim compare command (the compare helper owns this file and replaces it).
// NOTE for the compare helper: inputs are loaded with the async `loadClaims`
// from ../claim-sources.js (claim-set json/ndjson shards and articles, with
// --jobs worker threads); keep using it.
import { compare } from '../../compare/index.js';
import { claimRecord, documentRecord } from '../../render/records.js';
import { loadClaims } from '../claim-sources.js';
import type { RunState } from '../documents.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';
import { analyseOptions } from './extract.js';

export async function compareCommand(paths: string[], opts: CommonOptions & { all?: boolean; failOn?: string; tolerance?: number }, term: Terminal): Promise<number> {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const { documents, claims } = await loadClaims(paths.length ? paths : ['-'], analyseOptions(opts), term, state);
  const groups = compare(claims, { tolerance: opts.tolerance ?? 0, rates: opts.settings.rates });
  term.write(JSON.stringify({ schema: 'claimcheck.comparison/v1', documents: documents.map(documentRecord), claims: claims.map(claimRecord), groups }, null, 2) + '\n');
  return state.failed ? 2 : 0;
}
