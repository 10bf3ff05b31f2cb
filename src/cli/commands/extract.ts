import type { ClaimSet, DocumentMeta, Claim, Sentence } from '../../types.js';
import { claimsCsvHeader, renderClaimSet, renderSentences } from '../../render/claims.js';
import { csvRow } from '../../render/csv.js';
import { SENTENCE_CSV_HEADER } from '../../render/records.js';
import { makeStyle } from '../../render/style.js';
import { analyseAll, resolveInputs, type RunState } from '../documents.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';
import type { Config } from '../../config/types.js';
import type { Vocabulary } from '../../pipeline/analyse.js';
import { LANGS } from '../../types.js';

/**
 * `claimcheck extract`: every numeric claim. ndjson and csv stream a document at
 * a time (memory stays flat over archives); json, yaml and tables are written
 * whole at the end, so a failed run never leaves half a JSON document.
 */
export async function extractCommand(paths: string[], opts: CommonOptions, term: Terminal): Promise<number> {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const inputs = resolveInputs(paths, term, state);
  const documents: DocumentMeta[] = [];
  const claims: Claim[] = [];
  if (opts.format === 'csv') term.write(claimsCsvHeader());
  const stream = opts.format === 'ndjson' ? 'claims-ndjson' : opts.format === 'csv' ? 'claims-csv' : undefined;
  for await (const doc of analyseAll(inputs, { ...analyseOptions(opts), sentences: false, stream }, term, state)) {
    if (stream) term.write(doc.rendered);
    else {
      documents.push(doc.meta);
      claims.push(...doc.claims);
    }
  }
  if (opts.format !== 'ndjson' && opts.format !== 'csv') {
    const set: ClaimSet = { schema: 'claimcheck.claims/v1', documents, claims };
    term.write(renderClaimSet(set, opts.format, tableOptions(opts, term)));
  }
  return state.failed ? 2 : 0;
}

/** `claimcheck sentences`: the sentences the extractor works on. */
export async function sentencesCommand(paths: string[], opts: CommonOptions, term: Terminal): Promise<number> {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const inputs = resolveInputs(paths, term, state);
  const sentences: Sentence[] = [];
  if (opts.format === 'csv') term.write(csvRow(SENTENCE_CSV_HEADER));
  const stream = opts.format === 'ndjson' ? 'sentences-ndjson' : opts.format === 'csv' ? 'sentences-csv' : undefined;
  for await (const doc of analyseAll(inputs, { ...analyseOptions(opts), stream }, term, state)) {
    if (stream) term.write(doc.rendered);
    else sentences.push(...doc.sentences);
  }
  if (opts.format !== 'ndjson' && opts.format !== 'csv') {
    term.write(renderSentences(sentences, opts.format, tableOptions(opts, term)));
  }
  return state.failed ? 2 : 0;
}

export function analyseOptions(opts: CommonOptions) {
  return { lang: opts.lang, date: opts.date, jobs: opts.jobs, quiet: opts.quiet, vocabulary: vocabularyOf(opts.settings) };
}

/** The config file's extra words, in the shape the pipeline takes (units and currencies share one table). */
function vocabularyOf(settings: Config | undefined): Vocabulary | undefined {
  if (!settings) return undefined;
  const vocabulary: Required<Vocabulary> = { units: {}, metrics: {}, boilerplate: {} };
  for (const lang of LANGS) {
    const words = { ...settings.units[lang], ...settings.currencies[lang] };
    if (Object.keys(words).length) vocabulary.units[lang] = words;
    const metrics = settings.metrics
      .map((m) => ({ key: m.key, label: m.label, terms: m.synonyms[lang] ?? [] }))
      .filter((m) => m.terms.length);
    if (metrics.length) vocabulary.metrics[lang] = metrics;
    if (settings.boilerplate[lang]?.length) vocabulary.boilerplate[lang] = settings.boilerplate[lang];
  }
  const used = Object.values(vocabulary).some((table) => Object.keys(table).length);
  return used ? vocabulary : undefined;
}

export function tableOptions(opts: CommonOptions, term: Terminal) {
  return { style: makeStyle({ color: opts.color, isTTY: term.isTTY }), width: term.width, includeBoilerplate: opts.includeBoilerplate };
}
