#!/usr/bin/env node
// How the cost of a document falls as the process warms up: CPU ms per chunk of
// documents over the German corpus, pass after pass, then over the English corpus
// (text the process has not seen). For work on JIT warm-up and memo tables:
//   node scripts/warmup-curve.mjs [chunk] [passes]
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './bench-lib.mjs';
import { loadPipeline } from './bench-pipeline.mjs';

const chunk = Number(process.argv[2] ?? 128);
const passes = Number(process.argv[3] ?? 3);
const t0 = process.cpuUsage();
const p = await loadPipeline();
const loadMs = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
const read = (lang) =>
  fs.readFileSync(path.join(REPO, '..', 'shared', 'corpus', `${lang}-news.jsonl`), 'utf8')
    .split('\n').filter((l) => l.trim())
    .map((l, i) => ({ path: `${lang}/doc-${i}.txt`, bytes: Buffer.from(JSON.parse(l).text, 'utf8') }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function pass(label, docs) {
  const row = [];
  let total = 0;
  for (let i = 0; i < docs.length; i += chunk) {
    const c = cpu();
    for (const d of docs.slice(i, i + chunk)) {
      const doc = p.analyse(p.decode(d.path, d.bytes), {});
      for (const claim of doc.claims) JSON.stringify(p.claimRecord(claim));
    }
    const ms = cpu() - c;
    total += ms;
    row.push(ms.toFixed(0));
  }
  const mb = docs.reduce((a, d) => a + d.bytes.length, 0) / 1e6;
  console.log(`${label.padEnd(8)} ${total.toFixed(0).padStart(6)} ms CPU  ${(mb / (total / 1000)).toFixed(2)} MB/CPU-s | per ${chunk} docs: ${row.join(' ')}`);
}
console.log(`pipeline load ${loadMs.toFixed(0)} ms CPU`);
const de = read('de');
const en = read('en');
for (let k = 0; k < passes; k++) pass(`de #${k + 1}`, de);
for (let k = 0; k < 2; k++) pass(`en #${k + 1}`, en);
