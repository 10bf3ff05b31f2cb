import path from 'node:path';
import { looksLikeClaimSet, parseClaimSet } from '../read/claim-set.js';
import { expandInputs, InputError, readInput, TEXT_EXTENSIONS, type InputRef } from '../read/inputs.js';
import type { Claim, DocumentMeta } from '../types.js';
import { analyseAll, loadPipeline, reportInputError, StrictStop, type AnalyseAllOptions, type RunState } from './documents.js';
import type { Terminal } from './io.js';

export interface LoadedClaims {
  documents: DocumentMeta[];
  claims: Claim[];
}

/** Claim sets written by `extract --format json|ndjson`, picked up by a directory walk next to articles. */
const CLAIM_SET_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];
const isClaimSetPath = (p: string) => CLAIM_SET_EXTENSIONS.includes(path.extname(p).toLowerCase());

/**
 * Every input to documents and claims, in input order: claim sets are parsed,
 * articles analysed (over worker threads when there are many). A folder may
 * hold both; a JSON file met on a walk that is not a claim set is skipped.
 */
export async function loadClaims(args: string[], opts: AnalyseAllOptions, term: Terminal, state: RunState): Promise<LoadedClaims> {
  const { inputs, errors } = expandInputs(args, [...TEXT_EXTENSIONS, ...CLAIM_SET_EXTENSIONS]);
  for (const e of errors) reportInputError(term, state, e);
  const explicit = new Set(args);
  const analyseOptions = { lang: opts.lang, date: opts.date, vocabulary: opts.vocabulary };

  // one slot per input keeps the documents in input order whichever way they were read
  const slots: Array<{ documents: DocumentMeta[]; claims: Claim[]; article: boolean }> = inputs.map(() => ({ documents: [], claims: [], article: false }));
  const articles: Array<{ ref: InputRef; slot: number }> = [];
  // the pipeline is loaded here only for an article on stdin; files go to the worker threads
  const analyseBatch = inputs.some((ref) => ref.stdin) ? await loadPipeline() : null;
  inputs.forEach((ref, i) => {
    if (!ref.stdin && !isClaimSetPath(ref.path)) {
      articles.push({ ref, slot: i });
      return;
    }
    try {
      const source = readInput(ref);
      // an ndjson shard of documents without figures is empty, and that is fine
      if (source.text.trim() === '' && !/\.(ndjson|jsonl)$/i.test(ref.path)) throw new InputError(ref.path, 'empty file, nothing to read');
      if (ref.stdin && !looksLikeClaimSetText(source.text)) {
        const [doc] = analyseBatch!([source], analyseOptions);
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
    for await (const doc of analyseAll(articles.map((a) => a.ref), { ...opts, sentences: false }, term, state)) {
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
