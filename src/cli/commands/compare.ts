// Interim compare command (the compare helper will own the full one).
import fs from 'node:fs';
import type { Claim, DocumentMeta } from '../../types.js';
import { compare } from '../../compare/index.js';
import { claimRecord, documentRecord } from '../../render/records.js';
import { looksLikeClaimSet, parseClaimSet } from '../../read/claim-set.js';
import { decode } from '../../read/decode.js';
import { analyseAll, reportInputError, resolveInputs, type RunState } from '../documents.js';
import type { Terminal } from '../io.js';
import type { CommonOptions } from '../options.js';

export function compareCommand(paths: string[], opts: CommonOptions & { all?: boolean; failOn?: string; tolerance?: number }, term: Terminal): number {
  const state: RunState = { failed: false, strict: Boolean(opts.strict) };
  const documents: DocumentMeta[] = [];
  const claims: Claim[] = [];
  const articles: string[] = [];
  for (const p of paths) {
    if (/\.(json|ndjson|jsonl)$/i.test(p) && fs.existsSync(p) && fs.statSync(p).isFile()) {
      try {
        const src = decode(p, fs.readFileSync(p));
        if (!looksLikeClaimSet(p, src.text)) { articles.push(p); continue; }
        const set = parseClaimSet(p, src.text);
        documents.push(...set.documents);
        claims.push(...set.claims);
      } catch (err) {
        reportInputError(term, state, err);
      }
    } else articles.push(p);
  }
  if (articles.length || paths.length === 0) {
    for (const doc of analyseAll(resolveInputs(articles, term, state), { lang: opts.lang, date: opts.date }, term, state)) {
      documents.push(doc.meta);
      claims.push(...doc.claims);
    }
  }
  const groups = compare(claims, { tolerance: opts.tolerance ?? 0, rates: [] });
  term.write(JSON.stringify({ schema: 'claimcheck.comparison/v1', documents: documents.map(documentRecord), claims: claims.map(claimRecord), groups }, null, 2) + '\n');
  return state.failed ? 2 : 0;
}
