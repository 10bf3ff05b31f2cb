#!/usr/bin/env node
// Where the memory goes, for speed and memory work (load-independent, unlike timings):
//   node scripts/memory-profile.mjs alloc [lang] [top]   garbage: sampled allocation of one warm
//                                                         pass of analyse() over a corpus, by function
//   node --expose-gc scripts/memory-profile.mjs retained  live heap one analysing thread keeps after
//                                                         warm passes over both corpora, by space
// Set CLAIMCHECK_BENCH_ROOT to measure another checkout's dist/ (a frozen build to compare with).
import inspector from 'node:inspector/promises';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { REPO, codeRoot, die, importDist } from './bench-lib.mjs';

const [mode = 'alloc', lang = 'de', topArg = '30'] = process.argv.slice(2);
if (fs.existsSync(path.join(codeRoot(), 'dist', 'cli', 'v8-tuning.js'))) (await importDist('cli/v8-tuning.js')).tuneV8();
const [{ decode }, { analyse }] = await Promise.all([importDist('read/decode.js'), importDist('pipeline/analyse.js')]);
const corpus = (name) =>
  fs
    .readFileSync(path.join(REPO, '..', 'shared', 'corpus', `${name}-news.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => decode(`doc-${i}.txt`, Buffer.from(JSON.parse(l).text, 'utf8')));
const MB = 2 ** 20;

if (mode === 'alloc') {
  const docs = corpus(lang);
  for (let r = 0; r < 3; r++) docs.forEach((d) => analyse(d)); // warm: what a long run allocates
  const session = new inspector.Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  docs.forEach((d) => analyse(d));
  const { profile } = await session.post('HeapProfiler.stopSampling');
  // bytes by allocating function; built-ins (no url) are charged to "name <- caller"
  const bytes = new Map();
  const where = (cf) => `${cf.functionName || '(anon)'} ${cf.url.replace(/.*\/dist\//, '')}:${cf.lineNumber + 1}`;
  const walk = (node, caller) => {
    const cf = node.callFrame;
    const key = cf.url ? where(cf) : `${cf.functionName} <- ${caller}`;
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, cf.url ? where(cf) : caller);
  };
  walk(profile.head, '');
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled allocation: ${(total / MB).toFixed(1)} MB per warm pass over the ${lang} corpus`);
  for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) console.log(`${(v / MB).toFixed(2).padStart(7)} MB  ${k}`);
} else if (mode === 'retained') {
  if (typeof globalThis.gc !== 'function') die('retained needs node --expose-gc');
  // in a function of its own: at top level the last corpus stayed reachable from the module's frame (~5 MB)
  const passes = () => {
    for (let r = 0; r < 3; r++) for (const name of ['de', 'en']) corpus(name).forEach((d) => analyse(d));
  };
  passes();
  for (let i = 0; i < 3; i++) globalThis.gc();
  const h = v8.getHeapStatistics();
  const spaces = v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_used_size > 0)
    .map((s) => `${s.space_name} ${(s.space_used_size / MB).toFixed(2)}`)
    .join(', ');
  console.log(`live heap after warm passes over both corpora: ${(h.used_heap_size / MB).toFixed(2)} MB (${spaces}); external ${(h.external_memory / MB).toFixed(2)} MB`);
} else die(`unknown mode "${mode}" (alloc or retained)`);
