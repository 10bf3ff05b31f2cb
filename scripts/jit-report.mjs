#!/usr/bin/env node
// What V8's optimising compiler does while claimcheck runs: how many functions
// TurboFan compiles (and compiles again after a deoptimisation), how long that
// takes, and where and why optimised code is thrown away. Each analysing thread
// pays this on its own (the JIT warm-up), so fewer deoptimisations mean a faster
// first run and a better `--jobs` speedup. For speed work:
//   node scripts/jit-report.mjs [reps=2] [--lang de|en|both] [--top 25] [--filter text]
// Runs `extract --jobs 1` over the corpus written `reps` times (cached under
// /tmp/claimcheck-jit) with --trace-opt --trace-deopt-verbose and summarises.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './bench-lib.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const reps = Number(args.find((a) => /^\d+$/.test(a)) ?? 2);
const langs = opt('lang', 'both') === 'both' ? ['de', 'en'] : [opt('lang')];
const top = Number(opt('top', 25));
const filter = opt('filter', '');

const root = '/tmp/claimcheck-jit';
const dirs = [];
for (const lang of langs) {
  const lines = fs.readFileSync(path.join(REPO, '..', 'shared', 'corpus', `${lang}-news.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
  for (let r = 0; r < reps; r++) {
    const dir = path.join(root, `${lang}-${r}`);
    dirs.push(dir);
    if (fs.existsSync(path.join(dir, '.done'))) continue;
    fs.mkdirSync(dir, { recursive: true });
    lines.forEach((l, i) => fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`), JSON.parse(l).text));
    fs.writeFileSync(path.join(dir, '.done'), '');
  }
}
const run = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt-verbose', path.join(REPO, 'bin', 'claimcheck.js'), 'extract', ...dirs, '--format', 'ndjson', '-q', '--jobs', '1'], { maxBuffer: 2 ** 31, encoding: 'utf8' });
const lines = run.stdout.split('\n').filter((l) => !l.startsWith('{'));

const fn = new Map(); // sfi -> { name, compiles, ms, deopts: Map<where+reason, n>, file }
const get = (sfi, name) => { let f = fn.get(sfi); if (!f) fn.set(sfi, (f = { name, compiles: 0, ms: 0, deopts: new Map(), file: '' })); return f; };
let compiles = 0;
let ms = 0;
let deopts = 0;
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  let m = l.match(/completed compiling .*<JSFunction (\S*) ?\(sfi = (0x[0-9a-f]+)\).*took [\d.]+, ([\d.]+),/);
  if (m) { const f = get(m[2], m[1] || '(anonymous)'); f.compiles++; f.ms += Number(m[3]); compiles++; ms += Number(m[3]); continue; }
  m = l.match(/bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*) ?\(sfi = (0x[0-9a-f]+)\)/);
  if (m) {
    deopts++;
    const where = (lines[i + 1]?.match(/deoptimize at <(.*)>/)?.[1] ?? '?').replace(/file:\/\/\/.*?\/dist\//g, '').replace(/<[^<]*$/, '');
    const f = get(m[4], m[3] || '(anonymous)');
    const key = `${m[1].replace('deopt-', '')} ${m[2]} @ ${where}`;
    f.deopts.set(key, (f.deopts.get(key) ?? 0) + 1);
    if (!f.file) f.file = where.split(':')[0];
  }
}
const rows = [...fn.values()].filter((f) => !filter || `${f.name} ${f.file}`.includes(filter)).sort((a, b) => b.ms - a.ms);
const recompiles = [...fn.values()].reduce((a, f) => a + Math.max(0, f.compiles - 1), 0);
const recompileMs = [...fn.values()].reduce((a, f) => a + (f.compiles > 1 ? f.ms * (1 - 1 / f.compiles) : 0), 0);
console.log(`extract over ${dirs.length} corpus copies (${langs.join('+')}), exit ${run.status}`);
console.log(`TurboFan: ${compiles} compiles of ${fn.size} functions, ${ms.toFixed(0)} ms compiling (${recompiles} recompiles, ~${recompileMs.toFixed(0)} ms); ${deopts} deoptimisations`);
for (const f of rows.slice(0, top)) {
  console.log(`${f.ms.toFixed(0).padStart(6)} ms ${String(f.compiles).padStart(2)}x ${f.name} ${f.file}`);
  for (const [k, n] of [...f.deopts].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`           ${n}x ${k}`);
}
