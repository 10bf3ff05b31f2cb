import fs from 'node:fs';
import path from 'node:path';
import { compare, DEFAULT_TOLERANCE, parseRate, type CurrencyRate } from '../../compare/index.js';
import { analyse } from '../../pipeline/analyse.js';
import { looksLikeClaimSet, parseClaimSet } from '../../read/claim-set.js';
import { expandInputs, InputError, readInput, TEXT_EXTENSIONS, type InputRef } from '../../read/inputs.js';
import { COMPARISON_FORMATS, renderComparison, type ComparisonFormat } from '../../render/comparison.js';
import { makeStyle } from '../../render/style.js';
import type { Claim, DocumentMeta } from '../../types.js';
import { analyseAll, reportInputError, StrictStop, type RunState } from '../documents.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';

/** Claim sets written by `extract --format json|ndjson`, picked up by a directory walk next to articles. */
const CLAIM_SET_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];
const isClaimSetPath = (p: string) => CLAIM_SET_EXTENSIONS.includes(path.extname(p).toLowerCase());
const FAIL_ON = ['conflict', 'different_period', 'any'];

export interface CompareCommandOptions extends Omit<CommonOptions, 'format' | 'settings'> {
  format: string;
  settings?: Partial<CommonOptions['settings']>;
  all?: boolean;
  failOn?: string;
  tolerance?: number;
  /** "EUR/USD=1.08@2025-01-31", repeatable (or already parsed); adds to the config file's rates */
  rate?: Array<string | CurrencyRate>;
}

/**
 * `claimcheck compare`: reads articles and claim sets (shards of one corpus
 * are unioned), groups the figures by metric and prints a verdict per group.
 * Exit 1 when --fail-on names a verdict that occurs; 2 on bad usage or input
 * (an input error wins over --fail-on: the comparison is incomplete).
 */
export async function compareCommand(paths: string[], opts: CompareCommandOptions, term: Terminal): Promise<number> {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const format = opts.format as ComparisonFormat;
  if (!(COMPARISON_FORMATS as readonly string[]).includes(format)) {
    term.error(`option '--format <format>' argument '${opts.format}' is invalid: must be one of ${COMPARISON_FORMATS.join(', ')}`);
    return 2;
  }
  if (opts.failOn !== undefined && !FAIL_ON.includes(opts.failOn)) {
    term.error(`option '--fail-on <verdict>' argument '${opts.failOn}' is invalid: must be one of ${FAIL_ON.join(', ')}`);
    return 2;
  }
  const rates: CurrencyRate[] = (opts.settings?.rates ?? []).map((r) => ({ ...r, source: 'config' }));
  for (const r of opts.rate ?? []) {
    try {
      rates.push(typeof r === 'string' ? parseRate(r) : r);
    } catch (err) {
      term.error((err as Error).message);
      return 2;
    }
  }

  let read: { documents: DocumentMeta[]; claims: Claim[] };
  try {
    read = await readAll(paths, opts, term, state);
  } catch (err) {
    if (err instanceof StrictStop) return 2;
    throw err;
  }

  const groups = compare(read.claims, {
    tolerance: opts.tolerance ?? opts.settings?.tolerance ?? DEFAULT_TOLERANCE,
    rates,
    includeBoilerplate: Boolean(opts.includeBoilerplate),
  });
  term.write(renderComparison({ documents: read.documents, claims: read.claims, groups }, format, {
    style: makeStyle({ color: opts.color, isTTY: term.isTTY }),
    width: term.width,
    includeBoilerplate: opts.includeBoilerplate,
    all: opts.all,
    version: toolVersion(),
  }));

  if (state.failed) return 2;
  const failing = (v: string) => (opts.failOn === 'any' ? v === 'conflict' || v === 'different_period' : v === opts.failOn);
  return opts.failOn && groups.some((g) => failing(g.verdict)) ? 1 : 0;
}

/**
 * Every input to documents and claims, in input order: claim sets are parsed,
 * articles analysed (over worker threads when there are many). A folder may
 * hold both; a JSON file met on a walk that is not a claim set is skipped.
 */
async function readAll(paths: string[], opts: CompareCommandOptions, term: Terminal, state: RunState): Promise<{ documents: DocumentMeta[]; claims: Claim[] }> {
  const args = paths.length ? paths : ['-'];
  const { inputs, errors } = expandInputs(args, [...TEXT_EXTENSIONS, ...CLAIM_SET_EXTENSIONS]);
  for (const e of errors) reportInputError(term, state, e);
  const explicit = new Set(args);
  const analyseOptions = { lang: opts.lang, date: opts.date };

  // one slot per input keeps the documents in input order whichever way they were read
  const slots: Array<{ documents: DocumentMeta[]; claims: Claim[]; article: boolean }> = inputs.map(() => ({ documents: [], claims: [], article: false }));
  const articles: Array<{ ref: InputRef; slot: number }> = [];
  inputs.forEach((ref, i) => {
    if (!ref.stdin && !isClaimSetPath(ref.path)) {
      articles.push({ ref, slot: i });
      return;
    }
    try {
      const source = readInput(ref);
      if (source.text.trim() === '') throw new InputError(ref.path, 'empty file, nothing to read');
      if (ref.stdin && !looksLikeClaimSetText(source.text)) {
        const doc = analyse(source, analyseOptions);
        slots[i] = { documents: [doc.meta], claims: doc.claims, article: true };
        return;
      }
      if (!explicit.has(ref.path) && !/"schema"\s*:\s*"claimcheck\.|^\s*\{\s*"id"\s*:/.test(source.text.slice(0, 400))) {
        if (!opts.quiet) term.note(`claimcheck: ${ref.path}: not a claim set, skipped\n`);
        return;
      }
      const set = parseClaimSet(ref.path, source.text);
      slots[i] = { documents: set.documents, claims: set.claims, article: false };
    } catch (err) {
      if (err instanceof StrictStop) throw err;
      reportInputError(term, state, err);
    }
  });
  if (articles.length) {
    const slotOf = new Map(articles.map((a) => [a.ref.path, a.slot]));
    for await (const doc of analyseAll(articles.map((a) => a.ref), { ...analyseOptions, jobs: opts.jobs, quiet: opts.quiet }, term, state)) {
      const i = slotOf.get(doc.meta.id);
      if (i !== undefined) slots[i] = { documents: [doc.meta], claims: doc.claims, article: true };
    }
  }

  // A document given both as an article and inside a claim set is read from the article:
  // its fresh analysis, not an older extraction, and never both (that would double its figures).
  const analysed = new Set(slots.filter((s) => s.article).flatMap((s) => s.documents.map((d) => d.id)));
  const documents = new Map<string, DocumentMeta>();
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let stale = 0;
  for (const s of slots) {
    for (const d of s.documents) if (!documents.has(d.id) && (s.article || !analysed.has(d.id))) documents.set(d.id, d);
    for (const c of s.claims) {
      if (!s.article && analysed.has(c.doc)) {
        stale++;
        continue;
      }
      // shards that overlap (one document extracted twice) must not double its figures
      const k = `${c.doc}\u0000${c.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      claims.push(c);
    }
  }
  if (stale && !opts.quiet) term.note('claimcheck: documents given both as article and in a claim set are read from the article\n');
  return { documents: [...documents.values()], claims };
}

/** stdin holds a claim set when it starts like one: a claimcheck JSON document or ndjson claim lines. */
function looksLikeClaimSetText(text: string): boolean {
  return looksLikeClaimSet('-', text) || /^\s*\{\s*"id"\s*:\s*"[^"]*"\s*,\s*"doc"\s*:/.test(text.slice(0, 400));
}

let version: string | null = null;
function toolVersion(): string {
  if (version === null) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
      version = pkg.version ?? '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
