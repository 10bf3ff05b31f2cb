// Shared helpers for scripts/bench*.mjs: where things are, the corpus, small stats and formatting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'de-news.jsonl');

/** Stops with one clear line (the bench is a script: no stack traces for expected problems). */
export function die(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/**
 * Where dist/ and bin/ are taken from: the repo, or the snapshot scripts/bench.mjs
 * copies at start (CLAIMCHECK_BENCH_ROOT), so a `tsc` run by someone else midway
 * cannot mix two versions of the pipeline into one report.
 */
export const codeRoot = () => process.env.CLAIMCHECK_BENCH_ROOT || REPO;

/** Imports a module of the built pipeline, or stops saying how to build it. */
export async function importDist(rel) {
  const file = path.join(codeRoot(), 'dist', rel);
  if (!fs.existsSync(file)) die(`${path.relative(REPO, file)} is missing: run \`npx tsc -p .\` (or \`npm run bench\`) first`);
  return import(pathToFileURL(file).href);
}

/** The 1,028 German articles as { id, text, bytes } in corpus order. */
export function loadCorpus() {
  if (!fs.existsSync(CORPUS)) die(`corpus not found at ${CORPUS} (expected ../shared/corpus/de-news.jsonl next to the repo)`);
  return fs
    .readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { id, text } = JSON.parse(l);
      return { id, text, bytes: Buffer.from(text, 'utf8') };
    });
}

/** Directory of copy `rep` of the corpus inside a bench temp dir: rep-00, rep-01, ... */
export const repDir = (root, rep) => path.join(root, `rep-${String(rep).padStart(2, '0')}`);

/**
 * Writes the corpus as one .txt file per article, copies `from`..`to - 1`, into
 * rep-NN subdirectories (so "10x" is rep-00..rep-09 and every path stays distinct).
 */
export function writeCorpusFiles(root, docs, to, from = 0) {
  for (let r = from; r < to; r++) {
    const dir = repDir(root, r);
    fs.mkdirSync(dir, { recursive: true });
    for (const d of docs) fs.writeFileSync(path.join(dir, `${d.id}.txt`), d.bytes);
  }
}

/**
 * Reads every file of `dirs` once, untimed, so that a timed run finds them in the
 * operating system's page cache. The 1x files always are (the warm-up passes read
 * them), but on this VM files not read for a while are evicted, and a first read of
 * the 30x copies cost ~1.5 s of kernel CPU more: the growth 30x/1x measured the disk
 * (34x in one run, 24-26x in others). Returns the bytes read.
 */
export function warmPageCache(dirs) {
  let bytes = 0;
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir)) if (name.endsWith('.txt')) bytes += fs.readFileSync(path.join(dir, name)).length;
  }
  return bytes;
}

/** Every n-th article, spread over the whole corpus (it is ordered by nothing in particular, but be safe). */
export function spreadSample(docs, n) {
  return Array.from({ length: Math.min(n, docs.length) }, (_, i) => docs[Math.floor((i * docs.length) / n)]);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const MB = 1e6;
export const fmt = {
  ms: (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`),
  rate: (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2)),
  int: (n) => Math.round(n).toLocaleString('en-US'),
  mbytes: (b) => `${(b / MB).toFixed(1)} MB`,
  pct: (x) => `${(100 * x).toFixed(1)} %`,
  x: (r) => (Number.isFinite(r) ? `${r >= 100 ? r.toFixed(0) : r.toFixed(2)}x` : 'n/a'),
};

/** A fixed-width text table: numbers right-aligned; the first column and those in `left` left-aligned. */
export function table(head, rows, left = []) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const isLeft = (i) => i === 0 || left.includes(i) || left.includes(head[i]);
  const line = (r) => r.map((c, i) => (isLeft(i) ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ').trimEnd();
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memory: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
