import { compare, DEFAULT_TOLERANCE, parseRate, type CurrencyRate } from '../../compare/index.js';
import { COMPARISON_FORMATS, renderComparison, type ComparisonFormat } from '../../render/comparison.js';
import { makeStyle } from '../../render/style.js';
import type { Claim, DocumentMeta } from '../../types.js';
import { StrictStop, type RunState } from '../documents.js';
import { loadClaims } from '../claim-sources.js';
import { analyseOptions } from './extract.js';
import { toolVersion } from '../version.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';

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
    read = await loadClaims(paths.length ? paths : ['-'], { ...analyseOptions(opts as CommonOptions) }, term, state);
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
