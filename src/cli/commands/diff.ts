import { diffClaims, isEmptyDiff } from '../../diff/index.js';
import { renderDiff } from '../../render/diff.js';
import { loadClaims, pairDocuments } from '../claim-sources.js';
import type { RunState } from '../documents.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';
import { analyseOptions, tableOptions } from './extract.js';

/**
 * `claimcheck diff OLD NEW`: like diff(1), exit 0 when the claim sets are
 * equal, 1 when they differ, 2 when an input could not be read.
 */
export async function diffCommand(oldPath: string, newPath: string, opts: CommonOptions & { ignore?: string[] }, term: Terminal): Promise<number> {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const before = await loadClaims([oldPath], analyseOptions(opts), term, state);
  const after = await loadClaims([newPath], analyseOptions(opts), term, state);
  if (state.failed) return 2;
  const docPairs = pairDocuments(oldPath, before.documents.map((d) => d.id), newPath, after.documents.map((d) => d.id));
  const diff = diffClaims(before.claims, after.claims, { docPairs, ignoreMoved: opts.ignore?.includes('moved') });
  term.write(renderDiff(diff, opts.format, tableOptions(opts, term)));
  return isEmptyDiff(diff) ? 0 : 1;
}
