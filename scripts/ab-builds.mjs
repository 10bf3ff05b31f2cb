#!/usr/bin/env node
// Two builds of claimcheck against each other, for speed work that must not
// change results (check those with scripts/snapshot.mjs):
//   node scripts/ab-builds.mjs <repo-A> <repo-B> [rounds=6] [--lang de|en]
// Each round runs one child process per build, in alternating order; a child
// imports its build's dist/, warms up with three passes over the corpus and
// times five more (analyse(), or analyseBatch() in the CLI's batches where the build has
// them, + one ndjson line per claim, as `extract` does).
// Prints each build's CPU per pass (median and best over all rounds) and B/A.
//
// Separate processes, not both builds in one: in one process whichever build
// is imported second measured up to 10 % slower (shared inline caches and
// builtins), and the order decided the verdict. Alternating rounds spread the
// machine's changing load over both sides.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, REPO } from './bench-lib.mjs';

const WARMUP = 3;
const TIMED = 5;

async function child(root, lang) {
  const dist = (m) => pathToFileURL(path.join(root, 'dist', m)).href;
  if (fs.existsSync(path.join(root, 'dist', 'cli', 'v8-tuning.js'))) (await import(dist('cli/v8-tuning.js'))).tuneV8();
  const [{ decode }, { analyse, analyseBatch }, { claimRecord }] = await Promise.all(
    ['read/decode.js', 'pipeline/analyse.js', 'render/records.js'].map((m) => import(dist(m))),
  );
  const corpus = path.join(REPO, '..', 'shared', 'corpus', `${lang}-news.jsonl`);
  const texts = fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => Buffer.from(JSON.parse(l).text, 'utf8'));
  // as the CLI analyses them: in its batches where the build has them (session 10 on)
  const cli = path.join(root, 'dist', 'cli', 'documents.js');
  const batchSize = analyseBatch && fs.existsSync(cli) ? (await import(pathToFileURL(cli).href)).BATCH_DOCUMENTS ?? 1 : 1;
  const analyseAll = analyseBatch ?? ((sources) => sources.map((s) => analyse(s)));
  const pass = () => {
    for (let i = 0; i < texts.length; i += batchSize) {
      const sources = texts.slice(i, i + batchSize).map((t, k) => decode(`doc-${i + k}.txt`, t));
      for (const doc of analyseAll(sources)) {
        let out = '';
        for (const c of doc.claims) out += JSON.stringify(claimRecord(c)) + '\n';
      }
    }
  };
  for (let i = 0; i < WARMUP; i++) pass();
  const cpu = [];
  for (let i = 0; i < TIMED; i++) {
    const c = process.cpuUsage();
    pass();
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ cpu }) + '\n');
}

function parent(args) {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args.splice(langAt, 2)[1] : 'de';
  const [a, b, roundsArg] = args;
  if (!a || !b) {
    process.stderr.write('usage: node scripts/ab-builds.mjs <repo-A> <repo-B> [rounds=6] [--lang de|en]\n');
    process.exit(2);
  }
  const roots = [path.resolve(a), path.resolve(b)];
  const rounds = Number(roundsArg ?? 6);
  const runs = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', roots[k], lang], { encoding: 'utf8' });
      if (res.status !== 0) {
        process.stderr.write(`ab-builds: ${roots[k]} failed: ${(res.stderr || '').split('\n')[0]}\n`);
        process.exit(1);
      }
      runs[k].push(...JSON.parse(res.stdout.trim().split('\n').pop()).cpu);
    }
  }
  for (let k = 0; k < 2; k++) {
    process.stdout.write(`${'AB'[k]} ${roots[k]}: CPU ms per ${lang} pass: median ${median(runs[k]).toFixed(0)}, best ${Math.min(...runs[k]).toFixed(0)} (${runs[k].length} passes)\n`);
  }
  process.stdout.write(`B/A: median ${(median(runs[1]) / median(runs[0])).toFixed(3)}, best ${(Math.min(...runs[1]) / Math.min(...runs[0])).toFixed(3)}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], argv[2]);
else parent(argv);
