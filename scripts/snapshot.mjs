#!/usr/bin/env node
// Output snapshot for refactors that must not change results (speed work):
// runs the built pipeline (dist/) over both corpora, the seeds and every .txt
// fixture, and writes one JSON line per document with everything `extract`
// reports (claims with all fields, and the document's metadata).
//   node scripts/snapshot.mjs <out.jsonl>            write a snapshot
//   node scripts/snapshot.mjs <out.jsonl> <old.jsonl> write one and name the first documents that differ
// Exit 0 when identical (or no second file), 1 when they differ.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, importDist } from './bench-lib.mjs';

const [outFile, baseFile] = process.argv.slice(2);
if (!outFile) {
  process.stderr.write('usage: node scripts/snapshot.mjs <out.jsonl> [<baseline.jsonl>]\n');
  process.exit(2);
}
const { decode } = await importDist('read/decode.js');
const { analyse } = await importDist('pipeline/analyse.js');

function* inputs() {
  for (const name of ['de-news.jsonl', 'en-news.jsonl']) {
    const file = path.join(REPO, '..', 'shared', 'corpus', name);
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line);
      yield { path: `${name}/${id}.txt`, bytes: Buffer.from(text, 'utf8') };
    }
  }
  const walk = (dir) => {
    const out = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) out.push(...walk(p));
      else if (/\.(txt|md)$/.test(e.name) && !/GUIDELINES|README/.test(e.name)) out.push(p);
    }
    return out;
  };
  for (const file of [...walk(path.join(REPO, 'seeds')), ...walk(path.join(REPO, 'fixtures'))]) {
    yield { path: path.relative(REPO, file), bytes: fs.readFileSync(file) };
  }
}

const lines = [];
const t0 = performance.now();
for (const input of inputs()) {
  let line;
  try {
    const source = decode(input.path, input.bytes);
    const doc = analyse(source);
    line = JSON.stringify({ doc: input.path, meta: doc.meta, claims: doc.claims });
  } catch (err) {
    line = JSON.stringify({ doc: input.path, error: String(err?.message ?? err) });
  }
  lines.push(line);
}
fs.writeFileSync(outFile, lines.join('\n') + '\n');
process.stderr.write(`snapshot: ${lines.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${outFile}\n`);
if (baseFile) {
  const base = fs.readFileSync(baseFile, 'utf8').split('\n');
  let differ = 0;
  for (let i = 0; i < Math.max(base.length - 1, lines.length); i++) {
    if (base[i] === lines[i]) continue;
    if (differ++ < 5) {
      const a = base[i] ?? '', b = lines[i] ?? '';
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      const doc = (b.match(/^\{"doc":"([^"]*)"/) ?? a.match(/^\{"doc":"([^"]*)"/) ?? [])[1];
      process.stderr.write(`differs: ${doc}\n  was: ...${a.slice(Math.max(0, k - 80), k + 120)}\n  now: ...${b.slice(Math.max(0, k - 80), k + 120)}\n`);
    }
  }
  process.stderr.write(differ ? `snapshot: ${differ} document(s) differ from ${baseFile}\n` : `snapshot: identical to ${baseFile}\n`);
  process.exit(differ ? 1 : 0);
}
