#!/usr/bin/env node
// Why documents go through the pipeline in batches (src/pipeline/analyse.ts: analyseBatch):
// the same work, one document at a time through every stage, or one stage at a time over
// batches of n documents. Prints the CPU ms per pass over a corpus for each batch size
// (median and best of the timed passes, all in one warm process, sizes taken in turn):
//   node scripts/batch-order.mjs [de|en] [rounds=6] [sizes=1,16,64,256]
import fs from 'node:fs';
import path from 'node:path';
import { REPO, importDist } from './bench-lib.mjs';

const lang = process.argv[2] ?? 'de';
const rounds = Number(process.argv[3] ?? 6);
const sizes = (process.argv[4] ?? '1,16,64,256').split(',').map(Number);
(await importDist('cli/v8-tuning.js')).tuneV8();
const [{ decode }, { analyseBatch }] = await Promise.all([importDist('read/decode.js'), importDist('pipeline/analyse.js')]);
const sources = fs
  .readFileSync(path.join(REPO, '..', 'shared', 'corpus', `${lang}-news.jsonl`), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => decode(`doc-${i}.txt`, Buffer.from(JSON.parse(l).text, 'utf8')));

const pass = (size) => {
  const c = process.cpuUsage();
  for (let i = 0; i < sources.length; i += size) analyseBatch(sources.slice(i, i + size));
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
for (let r = 0; r < 2; r++) for (const n of sizes) pass(n);
const times = new Map(sizes.map((n) => [n, []]));
for (let r = 0; r < rounds; r++) for (const n of sizes) times.get(n).push(pass(n));
process.stdout.write(`${sources.length} ${lang} articles; CPU ms per pass (median, best of ${rounds})\n`);
for (const [n, t] of times) {
  t.sort((a, b) => a - b);
  process.stdout.write(`batch ${String(n).padStart(4)}: ${t[Math.floor(t.length / 2)].toFixed(0).padStart(5)} ${t[0].toFixed(0).padStart(5)}\n`);
}
