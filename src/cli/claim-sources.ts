import fs from 'node:fs';
import path from 'node:path';
import { looksLikeClaimSet, parseClaimSet } from '../read/claim-set.js';
import { decode, InputError } from '../read/decode.js';
import type { Claim, DocumentMeta } from '../types.js';
import { analyseAll, reportInputError, resolveInputs, type AnalyseAllOptions, type RunState } from './documents.js';
import type { Terminal } from './io.js';

export interface LoadedClaims {
  documents: DocumentMeta[];
  claims: Claim[];
}

const CLAIM_SET_FILE = /\.(json|ndjson|jsonl)$/i;

/**
 * Claims from any mix of claim-set files (json, ndjson: e.g. the shards of a
 * parallel extraction) and articles or directories, which are extracted first.
 */
export async function loadClaims(paths: string[], options: AnalyseAllOptions, term: Terminal, state: RunState): Promise<LoadedClaims> {
  const documents: DocumentMeta[] = [];
  const claims: Claim[] = [];
  const articles: string[] = [];
  for (const p of paths) {
    if (p !== '-' && CLAIM_SET_FILE.test(p) && isFile(p)) {
      try {
        const src = decode(p, fs.readFileSync(p));
        if (!looksLikeClaimSet(p, src.text)) {
          articles.push(p);
          continue;
        }
        const set = parseClaimSet(p, src.text);
        documents.push(...set.documents);
        claims.push(...set.claims);
      } catch (err) {
        reportInputError(term, state, err instanceof InputError ? err : new InputError(p, (err as Error).message));
      }
    } else articles.push(p);
  }
  if (articles.length) {
    for await (const doc of analyseAll(resolveInputs(articles, term, state), options, term, state)) {
      documents.push(doc.meta);
      claims.push(...doc.claims);
    }
  }
  return { documents: dedupeDocuments(documents), claims };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function dedupeDocuments(docs: DocumentMeta[]): DocumentMeta[] {
  const seen = new Set<string>();
  return docs.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}

/**
 * Which OLD document is which NEW one: one against one is paired whatever the
 * names; otherwise by path relative to the argument directory, then by file name.
 */
export function pairDocuments(oldRoot: string, oldDocs: string[], newRoot: string, newDocs: string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  if (oldDocs.length === 1 && newDocs.length === 1) {
    pairs.set(oldDocs[0], newDocs[0]);
    return pairs;
  }
  const rel = (root: string, doc: string) => {
    const r = path.relative(root, doc);
    return r && !r.startsWith('..') ? r : doc;
  };
  const newByRel = new Map(newDocs.map((d) => [rel(newRoot, d), d]));
  const newByBase = new Map(newDocs.map((d) => [path.basename(d), d]));
  for (const d of oldDocs) {
    const match = newByRel.get(rel(oldRoot, d)) ?? newByBase.get(path.basename(d));
    if (match) pairs.set(d, match);
  }
  return pairs;
}
