#!/usr/bin/env node
// claimcheck benchmark ("Speed and scale"). Run with `npm run bench` (builds first),
// or `node scripts/bench.mjs` after `npx tsc -p .`. It measures the built pipeline
// in dist/ and the CLI in bin/:
//   1. pipeline   the extract pipeline over ../shared/corpus/de-news.jsonl at 1x, 10x, 30x
//   2. rival      @microsoft/recognizers-text-suite vs ours: throughput (whole articles, and
//                 sentence by sentence) and value recall
//   3. floor      reading the same bytes plus one trivial regex
//   4. jobs       `extract --jobs 1` vs `--jobs 2` as subprocesses
//   5. memory     peak RSS of `extract --format ndjson` over the 30x corpus
//   6. adversarial  inputs that punish backtracking regexes and quadratic loops
// and a summary of the targets. Options:
//   --only a,b    run only these sections (names above); the rest show as SKIP
//   --quick       fewer repetitions, no 30x (for a quick look, not for the record)
//   --full        ignore the time budget (by default a slow pipeline gets smaller
//                 multiples and fewer repetitions, so the bench stays near 5 minutes)
//   --strict      exit 1 when a target fails (default: always exit 0)
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS, REPO, die, fmt, loadCorpus, machine, median, MB, repDir, spreadSample, table, warmPageCache, writeCorpusFiles } from './bench-lib.mjs';
import { fileInputs, loadPipeline, runPipeline, STAGES, WARMUP_PASSES } from './bench-pipeline.mjs';
import { germanCultureReport, loadRecognizers, makeRival, roughSentences } from './bench-rival.mjs';
import { loadFixture, ourValues, recall } from './bench-recall.mjs';
import { CASE_NAMES } from './bench-adversarial.mjs';

const SECTIONS = ['pipeline', 'rival', 'floor', 'jobs', 'memory', 'adversarial'];
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const full = argv.includes('--full');
/** Largest estimated time (ms) one step may take before the bench scales it down. */
const budget = (ms) => (full ? Infinity : ms);
const strict = argv.includes('--strict');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
if (only) for (const s of only) if (!SECTIONS.includes(s)) die(`--only: unknown section "${s}" (one of ${SECTIONS.join(', ')})`);
const wanted = (s) => !only || only.has(s);

const TARGET = { mbps: 10, jobs: 1.7, growth30: 33, rivalRatio: 1000, rssMB: 200, advRatio: 20 };
const SAMPLE_DOCS = 100;
const SCRIPTS = path.join(REPO, 'scripts');
const out = (s = '') => process.stdout.write(s + '\n');
const section = (n, title) => out(`\n== ${n}. ${title} ${'='.repeat(Math.max(0, 74 - title.length))}`);
const summary = {};
const benchStart = performance.now();

// ---------------------------------------------------------------- setup ----
const m = machine();
out(`claimcheck benchmark  ${new Date().toISOString().slice(0, 19)}Z`);
out(`machine: ${m.cpu}, ${m.cores} cores, ${(m.memory / 2 ** 30).toFixed(1)} GiB RAM, Node ${m.node}, ${m.platform}`);
out(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes on the machine skew every number below)`);
const docs = loadCorpus();
const corpusBytes = docs.reduce((a, d) => a + d.bytes.length, 0);
out(`corpus: ${path.relative(REPO, CORPUS)}: ${fmt.int(docs.length)} articles, ${fmt.mbytes(corpusBytes)} of text`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-'));
const cleanup = () => {
  // Unlink the snapshot's node_modules link first, so the removal can never reach the real one.
  try {
    fs.unlinkSync(path.join(tmp, 'code', 'node_modules'));
  } catch {
    /* not created yet */
  }
  fs.rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const distStamp = () => fs.statSync(path.join(REPO, 'dist', 'pipeline', 'analyse.js')).mtimeMs;
if (!fs.existsSync(path.join(REPO, 'dist', 'pipeline', 'analyse.js'))) die('dist/ is missing: run `npx tsc -p .` (or `npm run bench`) first');
const distAtStart = distStamp();
const SNAP = await snapshotCode();
process.env.CLAIMCHECK_BENCH_ROOT = SNAP; // children import the snapshot too
const CLI = path.join(SNAP, 'bin', 'claimcheck.js');
const p = await loadPipeline();
out(`pipeline: dist/ built ${new Date(distAtStart).toISOString().slice(0, 19)}Z${gitState()}; measured from a snapshot copy`);

const REPS = quick ? 10 : 30;
// The corpus as files (rep-00 .. rep-29, 1,028 .txt files each) is cached between runs in the
// system temp dir, keyed by the corpus hash: creating and deleting 30,840 files costs more
// than some sections on a slow disk. Safe to delete at any time.
const corpusRoot = path.join(os.tmpdir(), `claimcheck-bench-corpus-${crypto.createHash('sha256').update(fs.readFileSync(CORPUS)).digest('hex').slice(0, 12)}`);
let written = 0;
/** Makes sure corpus copies 0..k-1 exist on disk (each marked complete once fully written). */
const ensureReps = (k) => {
  if (k <= written) return;
  const t = performance.now();
  let made = 0;
  for (let r = written; r < k; r++) {
    const marker = path.join(repDir(corpusRoot, r), '.complete');
    if (fs.existsSync(marker)) continue;
    writeCorpusFiles(corpusRoot, docs, r + 1, r);
    fs.writeFileSync(marker, `${docs.length}\n`);
    made++;
  }
  if (made) out(`(wrote ${made} corpus copies as .txt files under ${corpusRoot} in ${fmt.ms(performance.now() - t)}; kept for the next run)`);
  written = k;
};
ensureReps(1);

// ------------------------------------------------------------ 1. pipeline ----
let oneX = null; // the 1x result, used by the floor section
if (wanted('pipeline')) {
  section(1, 'Extract pipeline over the corpus (one core, in-process)');
  out('read = readFileSync + decode(); normalise/segment/extract/context = analyse() stages via StageTimer;');
  out('assemble = rest of analyse() (language, offsets, line/column, claim ids); render = claimRecord + JSON.stringify per claim (ndjson).');
  out('Each scale runs in its own child process (own heap, own peak RSS), warmed up by three untimed passes over the 1x corpus;');
  out('times are medians over the timed runs shown (the cold first pass is shown below the table).');
  const results = [];
  const runScale = async (scale, maxRuns, budgetMs) => {
    const est = oneX ? oneX.total * scale : 0; // ms for one pass
    const withCompare = p.compare && (scale === 1 || est < budget(20_000));
    ensureReps(scale);
    const args = ['bench-pipeline.mjs', corpusRoot, String(scale), String(maxRuns), String(budgetMs), ...(withCompare ? ['--compare'] : [])];
    const child = await runChild(args, Math.max(600_000, est * 3));
    if (!child.ok) {
      out(`${scale}x: FAILED (${child.error})`);
      return;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    const stage = Object.fromEntries(STAGES.map((s) => [s, median(r.runs.map((x) => x.times[s]))]));
    const total = median(r.runs.map((x) => x.pipeline));
    const cpu = median(r.runs.map((x) => x.cpu));
    const res = { scale, runs: r.runs.length, total, cpu, stage, bytes: r.runs[0].bytes, docs: r.runs[0].docs, claims: r.runs[0].claims, peakRss: r.peakRss, compare: r.compare, outChars: r.runs[0].outChars, warmup: r.warmup };
    if (r.runs[0].failed) out(`${scale}x: ${fmt.int(r.runs[0].failed)} documents threw in analyse() and were skipped (as the CLI does); first: ${r.runs[0].firstError}`);
    results.push(res);
    if (scale === 1) oneX = res;
  };
  await runScale(1, quick ? 3 : 5, budget(30_000));
  if (oneX) {
    // Bigger multiples only where they fit the budget; a slow pipeline is itself the finding.
    const plan = quick ? [10] : [10, 30];
    for (const scale of plan) {
      const est = oneX.total * scale;
      if (scale > REPS) continue;
      if (est > budget(60_000)) {
        out(`${scale}x skipped: one pass would take about ${fmt.ms(est)} at the 1x speed (use --full to run it anyway).`);
        continue;
      }
      await runScale(scale, 3, budget(40_000));
    }
    if (!results.some((r) => r.scale > 1) && oneX.total * 3 <= budget(60_000)) {
      out('running 3x instead, to see how cost grows:');
      await runScale(3, 1, 0);
    }
  }
  if (results.length) {
    out('');
    out(table(
      ['scale', 'runs', 'docs', 'input', 'time', 'MB/s', 'MB/s CPU', 'docs/s', 'claims', 'claims/s', 'ndjson out', 'peak RSS'],
      results.map((r) => [
        `${r.scale}x`, r.runs, fmt.int(r.docs), fmt.mbytes(r.bytes), fmt.ms(r.total), fmt.rate(r.bytes / MB / (r.total / 1000)), fmt.rate(r.bytes / MB / (r.cpu / 1000)),
        fmt.int(r.docs / (r.total / 1000)), fmt.int(r.claims), fmt.int(r.claims / (r.total / 1000)), fmt.mbytes(r.outChars), fmt.mbytes(r.peakRss),
      ]),
    ));
    out('');
    const head = ['stage', ...results.flatMap((r) => [`${r.scale}x ms`, `${r.scale}x %`])];
    const rows = STAGES.map((s) => [s, ...results.flatMap((r) => [fmt.int(r.stage[s]), fmt.pct(r.stage[s] / r.total)])]);
    rows.push(['total', ...results.flatMap((r) => [fmt.int(r.total), '100 %'])]);
    rows.push([
      'compare*',
      ...results.flatMap((r) => (r.compare ? [fmt.int(r.compare.ms), `${fmt.int(r.compare.groups)} grp`] : ['-', p.compare ? 'skipped' : 'absent'])),
    ]);
    out(table(head, rows));
    if (oneX?.warmup) out(`cold first pass over the 1x corpus (JIT warm-up included): ${fmt.ms(oneX.warmup.pipeline)} wall, ${fmt.ms(oneX.warmup.cpu)} CPU = ${fmt.rate(oneX.bytes / MB / (oneX.warmup.cpu / 1000))} MB per CPU-second`);
    out('MB/s CPU = input / CPU time of the process (user + system, GC threads included): unlike wall time it does not');
    out('count time spent waiting for a core, so it is what the targets are judged on when the machine is busy.');
    out('* compare(claims, {tolerance: 0.02, rates: []}) over all claims of the run, in an extra pass that holds them');
    out('  (not part of extract, not in the totals); peak RSS in the table is from the passes that stream.');
    const slowest = STAGES.map((s) => [s, oneX?.stage[s] ?? 0]).sort((a, b) => b[1] - a[1])[0];
    if (oneX) {
      const mbps = oneX.bytes / MB / (oneX.total / 1000);
      const cpuMbps = oneX.bytes / MB / (oneX.cpu / 1000);
      summary.mbps = { value: cpuMbps, pass: cpuMbps >= TARGET.mbps, note: `${fmt.rate(cpuMbps)} MB per CPU-second (${fmt.rate(mbps)} MB/s wall) at 1x; slowest: ${slowest[0]} ${fmt.pct(slowest[1] / oneX.total)}` };
      out(`\nslowest stage at 1x: ${slowest[0]} (${fmt.int(slowest[1])} ms, ${fmt.pct(slowest[1] / oneX.total)} of the time)`);
    }
    for (const r of results.filter((x) => x.scale > 1 && oneX)) {
      const g = r.total / oneX.total;
      const gc = r.cpu / oneX.cpu;
      out(`growth: ${r.scale}x / 1x = ${fmt.x(gc)} in CPU time, ${fmt.x(g)} in wall time (linear: ${r.scale}${r.scale === 30 ? `, target <= ${TARGET.growth30}` : ''})`);
      for (const s of STAGES) {
        const gs = r.stage[s] / Math.max(oneX.stage[s], 1e-9);
        if (oneX.stage[s] > 0.05 * oneX.total && gs > r.scale * 1.1) out(`  stage ${s}: ${r.scale}x / 1x = ${fmt.x(gs)}`);
      }
      if (oneX.compare && r.compare) out(`  compare: ${r.scale}x / 1x = ${fmt.x(r.compare.ms / Math.max(oneX.compare.ms, 1e-9))} for ${r.scale}x the claims`);
    }
    const r30 = results.find((r) => r.scale === 30);
    const rBig = results.filter((r) => r.scale > 1).pop();
    if (oneX && r30) {
      const gc = r30.cpu / oneX.cpu;
      summary.growth = { value: gc, pass: gc <= TARGET.growth30, note: `30x/1x = ${fmt.x(gc)} CPU time (${fmt.x(r30.total / oneX.total)} wall)` };
    } else if (oneX && rBig) {
      const gc = rBig.cpu / oneX.cpu;
      summary.growth = { skip: true, note: `30x not run (too slow); ${rBig.scale}x/1x = ${fmt.x(gc)} CPU time (linear ${rBig.scale})` };
    }
  }
}

// --------------------------------------------------------------- 2. rival ----
if (wanted('rival')) {
  section(2, `Microsoft Recognizers-Text vs claimcheck (same ${SAMPLE_DOCS}-article sample)`);
  const sample = spreadSample(docs, SAMPLE_DOCS);
  const sampleBytes = sample.reduce((a, d) => a + d.bytes.length, 0);
  // Ours on the sample: in memory, warm as in the pipeline section (the same untimed
  // passes over the whole corpus first; Recognizers is measured over a minute of
  // steady work, so both sides are compared warm), median of 5; before Recognizers is
  // loaded, whose large heap would slow this process's garbage collector by half.
  // The cold cost (a fresh process, JIT warm-up included) is measured apart and shown too.
  const inputs = sample.map((d) => ({ path: `sample/${d.id}.txt`, bytes: d.bytes }));
  const cold = await runChild(['bench-pipeline.mjs', '--cold-sample', String(SAMPLE_DOCS)], 120_000);
  const coldMs = cold.ok ? JSON.parse(cold.stdout.trim().split('\n').pop()).cpu : null;
  for (let k = 0; k < WARMUP_PASSES; k++) runPipeline(p, docs.map((d) => ({ path: `warmup/${d.id}.txt`, bytes: d.bytes })));
  runPipeline(p, inputs);
  const ourRuns = Array.from({ length: quick ? 3 : 5 }, () => runPipeline(p, inputs));
  const ourMs = median(ourRuns.map((r) => r.cpu));
  if (ourRuns[0].failed) out(`note: ${ourRuns[0].failed} sample documents threw in analyse(); first: ${ourRuns[0].firstError}`);

  const R = loadRecognizers();
  const fixture = loadFixture();
  const culture = germanCultureReport(R, fixture.map((c) => c.sentence));
  out(`@microsoft/recognizers-text-suite ${R.version}: Culture.German = "${culture.culture}".`);
  out(
    culture.missing.length === 4
      ? `  The npm build has NO German models: asking for them without fallback throws ("${culture.error}") for ${culture.missing.join(', ')}.`
      : `  German models missing without fallback: ${culture.missing.join(', ') || 'none'}.`,
  );
  out(`  recognizeX(text, Culture.German) silently falls back to English: identical results to Culture.English on ${culture.same}/${culture.total} fixture sentences.`);
  out(`  e.g. recognizeNumber("1.500 Menschen und zwölf Kinder", Culture.German): ${culture.probe.join(', ') || 'nothing'}`);
  out('  So the rival below is the English models (number, percentage, currency, dimension), built once.');
  out('  Headline, as the issue measured it: whole articles into the four models. Second line: fed sentence by sentence');
  out('  (faster for it: its currency model is superlinear in the length of one input). Times are CPU time of this process.');


  // Rival: build the models once, then parse every article (or sentence) once: it is slow.
  let t = performance.now();
  const rival = makeRival(R);
  const buildMs = performance.now() - t;
  // Whole articles take about half a second each: within the budget, the rest is extrapolated per byte.
  const wholeBudget = quick ? 15_000 : budget(90_000);
  const whole = rival.timeEach(sample.map((d) => d.text), wholeBudget);
  const wholeBytes = sample.slice(0, whole.count).reduce((a, d) => a + d.bytes.length, 0);
  const wholeMs = Object.values(whole.ms).reduce((a, b) => a + b, 0);
  const c0 = process.cpuUsage();
  const sentences = sample.flatMap((d) => roughSentences(d.text));
  const split = process.cpuUsage(c0);
  const bySentence = rival.timeEach(sentences);
  const sentenceMs = (split.user + split.system) / 1000 + Object.values(bySentence.ms).reduce((a, b) => a + b, 0);

  const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
  const ourRate = mbps(sampleBytes, ourMs);
  const wholeRate = mbps(wholeBytes, wholeMs);
  const sentenceRate = mbps(sampleBytes, sentenceMs);
  out('');
  out(table(
    ['tool', 'input', 'CPU time', 'MB/s', 'ms/article', 'found'],
    [
      ['claimcheck (full pipeline, warm)', fmt.mbytes(sampleBytes), fmt.ms(ourMs), fmt.rate(ourRate), fmt.rate(ourMs / sample.length), `${fmt.int(ourRuns[0].claims)} claims`],
      ...(coldMs === null ? [] : [['claimcheck, cold process', fmt.mbytes(sampleBytes), fmt.ms(coldMs), fmt.rate(mbps(sampleBytes, coldMs)), fmt.rate(coldMs / sample.length), 'JIT warm-up included']]),
      [`Recognizers, whole articles${whole.count < sample.length ? ` (${whole.count} of ${sample.length})` : ''}`, fmt.mbytes(wholeBytes), fmt.ms(wholeMs), fmt.rate(wholeRate), fmt.rate(wholeMs / whole.count), `${fmt.int(whole.results)} results`],
      ['Recognizers, sentence by sentence', fmt.mbytes(sampleBytes), fmt.ms(sentenceMs), fmt.rate(sentenceRate), fmt.rate(sentenceMs / sample.length), `${fmt.int(bySentence.results)} results`],
    ],
  ));
  const perModel = (x) => Object.entries(x.ms).map(([k, v]) => `${k} ${fmt.ms(v)}`).join(', ');
  out(`Recognizers per model, whole articles: ${perModel(whole)}; sentence by sentence (${fmt.int(sentences.length)} sentences): ${perModel(bySentence)}; model build ${fmt.ms(buildMs)} (not counted)`);
  const ratio = ourRate / wholeRate;
  out(`throughput ratio: claimcheck is ${fmt.x(ratio)} the speed of Recognizers on whole articles (target >= ${TARGET.rivalRatio}x); ${fmt.x(ourRate / sentenceRate)} when Recognizers is fed sentences`);
  if (coldMs !== null) out(`  cold (a fresh process's first pass over the sample, against Recognizers' steady rate): ${fmt.x(mbps(sampleBytes, coldMs) / wholeRate)}`);

  // Value recall on the hand-labelled fixture.
  const ours = recall(fixture, (s) => ourValues(p.analyse, s));
  const theirs = recall(fixture, (s) => rival.values(s));
  out('');
  out(`value recall on ${path.relative(REPO, path.join(REPO, 'fixtures/bench/de-values.jsonl'))} (${fixture.length} hand-labelled German sentences, ${ours.expected} values; value match, sign ignored):`);
  out(table(
    ['tool', 'found', 'expected', 'recall'],
    [
      ['claimcheck', ours.hit, ours.expected, fmt.pct(ours.recall)],
      ['Recognizers (Culture.German -> English)', theirs.hit, theirs.expected, fmt.pct(theirs.recall)],
    ],
  ));
  const showMisses = (label, r) => {
    if (!r.misses.length) return;
    const shown = r.misses.slice(0, 12).map((x) => `${x.id} "${x.text}"`);
    out(`${label} misses (${r.misses.length}): ${shown.join('; ')}${r.misses.length > shown.length ? '; ...' : ''}`);
  };
  showMisses('claimcheck', ours);
  const pass = ratio >= TARGET.rivalRatio && ours.recall >= theirs.recall;
  summary.rival = { value: ratio, pass, note: `${fmt.x(ratio)} faster on whole articles (${fmt.x(ourRate / sentenceRate)} vs sentences); recall ${fmt.pct(ours.recall)} vs ${fmt.pct(theirs.recall)}` };
}

// --------------------------------------------------------------- 3. floor ----
if (wanted('floor')) {
  section(3, 'Floor: read the same bytes + one trivial regex');
  const files = fileInputs(corpusRoot, docs.map((d) => d.id), 1).map((x) => x.file);
  const floorRun = () => {
    const t = performance.now();
    let count = 0;
    let bytes = 0;
    for (const f of files) {
      const b = fs.readFileSync(f);
      bytes += b.length;
      for (const _ of b.toString('utf8').matchAll(/\d+/g)) count++;
    }
    return { ms: performance.now() - t, count, bytes };
  };
  floorRun();
  const runs = Array.from({ length: 5 }, floorRun);
  const floorMs = median(runs.map((r) => r.ms));
  out(`readFileSync + toString + /\\d+/g over ${fmt.int(files.length)} files (${fmt.mbytes(runs[0].bytes)}): ${fmt.ms(floorMs)} = ${fmt.rate(runs[0].bytes / MB / (floorMs / 1000))} MB/s (${fmt.int(runs[0].count)} digit runs)`);
  let ourMs = oneX?.total;
  if (!ourMs) {
    const inputs = fileInputs(corpusRoot, docs.map((d) => d.id), 1);
    runPipeline(p, inputs);
    ourMs = median([0, 1, 2].map(() => runPipeline(p, inputs).pipeline));
  }
  out(`claimcheck extract pipeline over the same files: ${fmt.ms(ourMs)} = ${fmt.x(ourMs / floorMs)} the floor`);
}

// ---------------------------------------------------------------- 4. jobs ----
if (wanted('jobs')) {
  // Over the 30x corpus, an archive, which is what --jobs is for: every analysing thread
  // pays Node start-up, the pipeline load and its own JIT warm-up (about 2 s of CPU),
  // which over 1x is as long as the second thread's share of the work and over 10x still
  // a third of it. One round over 10x is printed too, for what smaller runs get.
  const jobReps = quick ? 1 : REPS;
  ensureReps(jobReps);
  const jobDirs = Array.from({ length: jobReps }, (_, k) => repDir(corpusRoot, k));
  const jobBytes = corpusBytes * jobReps;
  section(4, `extract --jobs 1 vs --jobs 2 (subprocesses, ${jobReps}x corpus = ${fmt.int(docs.length * jobReps)} files)`);
  const help = spawnSync(process.execPath, [CLI, 'extract', '--help'], { encoding: 'utf8' });
  if (!/--jobs\b/.test(help.stdout ?? '')) {
    out('skipped: `claimcheck extract --help` has no --jobs option yet.');
    summary.jobs = { skip: true, note: 'no --jobs option' };
  } else {
    const usesThreads = grepDist('worker_threads');
    if (!usesThreads) out('note: --jobs is accepted but nothing in dist/ imports worker_threads: it may be ignored.');
    const load = os.loadavg()[0];
    if (load > m.cores) out(`note: load average ${load.toFixed(1)} on ${m.cores} cores: other processes hold the cores, so --jobs 2 cannot show its speedup now.`);
    const gnuTime = hasGnuTime();
    const runCli = (jobs, outFile, from = jobDirs) => {
      const fd = fs.openSync(outFile, 'w');
      const args = [CLI, 'extract', ...[from].flat(), '--format', 'ndjson', '--jobs', String(jobs), '-q'];
      const t = performance.now();
      // Through /usr/bin/time when present: CPU seconds show the threads' overhead whatever the machine's load.
      const r = gnuTime
        ? spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %U %S %M', process.execPath, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 300_000 })
        : spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 300_000 });
      const ms = performance.now() - t;
      fs.closeSync(fd);
      const tm = /BENCH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
      const rest = (r.stderr ?? '').replace(/BENCH_TIME.*\n?/, '').trim();
      return { ms, cpu: tm ? (Number(tm[1]) + Number(tm[2])) * 1000 : NaN, rss: tm ? Number(tm[3]) * 1024 : NaN, status: r.status, stderr: rest.split('\n')[0] };
    };
    warmPageCache(jobDirs); // --jobs 1 runs first: it must not be the one that pays for the disk
    const times = { 1: [], 2: [] };
    const cpus = { 1: [], 2: [] };
    const rss = { 1: [], 2: [] };
    const rounds = quick ? 1 : 2;
    let failed = null;
    const inputErrors = new Set();
    for (let i = 0; i < rounds && !failed; i++) {
      if (i === 1 && times[1][0] + times[2][0] > budget(60_000)) break; // slow: one round is all the budget allows
      for (const j of [1, 2]) {
        const r = runCli(j, path.join(tmp, `jobs${j}.ndjson`));
        // Exit 2 with output = some inputs were reported and skipped: still a timing, but say so.
        if (r.status === 2 && r.stderr) inputErrors.add(`--jobs ${j}: ${r.stderr}`);
        else if (r.status !== 0) failed = `--jobs ${j} exited ${r.status}: ${r.stderr}`;
        times[j].push(r.ms);
        cpus[j].push(r.cpu);
        rss[j].push(r.rss);
      }
    }
    if (failed) {
      out(`FAILED: ${failed}`);
      summary.jobs = { pass: false, note: failed };
    } else {
      const [a, b] = [median(times[1]), median(times[2])];
      const same = sha(path.join(tmp, 'jobs1.ndjson')) === sha(path.join(tmp, 'jobs2.ndjson'));
      const lines = fs.readFileSync(path.join(tmp, 'jobs1.ndjson'), 'utf8').split('\n').length - 1;
      const cpuOf = (j) => (gnuTime ? fmt.ms(median(cpus[j])) : 'n/a');
      const rssOf = (j) => (gnuTime ? fmt.mbytes(median(rss[j])) : 'n/a');
      out(table(['command', 'wall time (median)', 'MB/s', 'CPU time', 'peak RSS'], [
        ['extract --format ndjson --jobs 1', fmt.ms(a), fmt.rate(jobBytes / MB / (a / 1000)), cpuOf(1), rssOf(1)],
        ['extract --format ndjson --jobs 2', fmt.ms(b), fmt.rate(jobBytes / MB / (b / 1000)), cpuOf(2), rssOf(2)],
      ]));
      if (gnuTime) {
        out(`CPU time --jobs 2 / --jobs 1 = ${fmt.x(median(cpus[2]) / median(cpus[1]))} (the cost of the threads: 1.00x would be free)`);
        // What every run pays before its first document: Node start-up and loading the pipeline,
        // once per thread that analyses (JIT warm-up over the first documents comes on top).
        const small = path.join(tmp, 'jobs-small');
        fs.mkdirSync(small, { recursive: true });
        for (let k = 0; k < 4; k++) fs.writeFileSync(path.join(small, `doc-${k}.txt`), docs[k].bytes);
        const fixed = [1, 2].map((j) => median([0, 1, 2].map(() => runCli(j, path.join(tmp, 'jobs-small.ndjson'), small).cpu)));
        out(`start-up cost (4 short files): ${fmt.ms(fixed[0])} CPU with --jobs 1, ${fmt.ms(fixed[1])} with --jobs 2 (Node start-up and pipeline load per analysing thread)`);
      }
      out(`speedup: ${fmt.x(a / b)} (target >= ${TARGET.jobs}x; ${times[1].length} round(s) each, wall time includes Node start-up)`);
      if (jobReps > 10) {
        const ten = jobDirs.slice(0, 10);
        const [one, two] = [1, 2].map((j) => runCli(j, path.join(tmp, `jobs${j}-10x.ndjson`), ten));
        out(`over the 10x corpus (one round): --jobs 1 ${fmt.ms(one.ms)}, --jobs 2 ${fmt.ms(two.ms)} = ${fmt.x(one.ms / two.ms)}`);
      }
      // What the machine allows at all: the same warm in-process pipeline as section 1,
      // in one process alone and then in two at once. Alone, V8's concurrent and
      // parallel GC already keeps part of the second core busy; two at once share
      // the cores, caches and memory bandwidth. Threads cannot beat this ratio.
      const ceilingRun = () => runChild(['bench-pipeline.mjs', corpusRoot, '1', '3', '60000'], 600_000);
      const rateOf = (child) => (child.ok ? corpusBytes / MB / (median(JSON.parse(child.stdout.trim().split('\n').pop()).runs.map((x) => x.pipeline)) / 1000) : NaN);
      const alone = rateOf(await ceilingRun());
      const pair = await Promise.all([ceilingRun(), ceilingRun()]);
      const together = pair.map(rateOf).reduce((x, y) => x + y, 0);
      if (Number.isFinite(alone) && Number.isFinite(together)) {
        summary.jobsCeiling = together / alone;
        out(`machine ceiling: the warm pipeline in two processes at once does ${fmt.x(together / alone)} the work of one alone (${fmt.rate(together)} vs ${fmt.rate(alone)} MB/s): the most --jobs 2 can reach here`);
      }
      out(`output: ${fmt.int(lines)} claims; --jobs 1 and --jobs 2 outputs are ${same ? 'byte-identical' : 'DIFFERENT (order or content)'}`);
      if (!same) out(`  ${describeDifference(path.join(tmp, 'jobs1.ndjson'), path.join(tmp, 'jobs2.ndjson'))}`);
      for (const e of inputErrors) out(`exit 2 (inputs reported on stderr) with ${e}`);
      const ceilingNote = summary.jobsCeiling ? ` (machine ceiling ${fmt.x(summary.jobsCeiling)})` : '';
      summary.jobs = { value: a / b, pass: a / b >= TARGET.jobs && same, note: `${fmt.x(a / b)}${ceilingNote}${same ? '' : ', outputs differ'}` };
    }
  }
}

// -------------------------------------------------------------- 5. memory ----
if (wanted('memory')) {
  // If the pipeline is slow, a smaller multiple keeps the bench inside its budget;
  // extract streams, so peak RSS should not depend on the number of files anyway.
  const perPass = oneX?.total ?? 0;
  const memReps = perPass ? [REPS, 10, 3, 1].find((k) => k <= REPS && (perPass * k * 1.2) / Math.max(1, Math.min(2, m.cores)) < budget(45_000)) ?? 1 : REPS;
  ensureReps(memReps);
  section(5, `Memory: extract --format ndjson over the ${memReps}x corpus (subprocess)`);
  if (memReps < REPS) out(`(${memReps}x instead of ${REPS}x: at the measured ${fmt.ms(perPass)} per corpus pass, ${REPS}x would not fit the time budget)`);
  // Exactly memReps copies, given as one directory argument each.
  const memDirs = Array.from({ length: memReps }, (_, k) => repDir(corpusRoot, k));
  const args = [CLI, 'extract', ...memDirs, '--format', 'ndjson', '-q'];
  warmPageCache(memDirs);
  const r = await peakRssOf(args, 600_000);
  if (!r.ok) {
    out(`FAILED: ${r.error}`);
    summary.rss = { pass: false, note: r.error };
  } else {
    const files = docs.length * memReps;
    out(`${fmt.int(files)} files (${fmt.mbytes(corpusBytes * memReps)}) in ${memReps} directories, default --jobs, stdout to /dev/null`);
    out(`wall time ${fmt.ms(r.ms)} = ${fmt.rate((corpusBytes * memReps) / MB / (r.ms / 1000))} MB/s; peak RSS ${fmt.mbytes(r.peakRss)} (measured with ${r.how}; target < ${TARGET.rssMB} MB)`);
    if (r.stderr) out(`stderr: ${r.stderr}`);
    summary.rss = { value: r.peakRss / MB, pass: r.peakRss / MB < TARGET.rssMB, note: `${fmt.mbytes(r.peakRss)} over ${memReps}x (default --jobs)` };
    // Where the memory goes: Node itself, the loaded pipeline (every analysing thread loads its own), and one thread.
    // Current RSS, not maxRSS: Linux carries a process's high-water mark over exec, so a
    // child spawned by this (large) bench process would start with the bench's own peak.
    const base = spawnSync(process.execPath, ['--input-type=module', '-e', `const a = process.memoryUsage().rss; await import(${JSON.stringify(path.join(SNAP, 'dist', 'cli', 'main.js'))}); await import(${JSON.stringify(path.join(SNAP, 'dist', 'pipeline', 'analyse.js'))}); console.log(a, process.memoryUsage().rss);`], { encoding: 'utf8' });
    const [nodeAlone, loaded] = (base.stdout ?? '').trim().split(' ').map(Number);
    if (nodeAlone) out(`for scale: Node alone ${fmt.mbytes(nodeAlone)}; after importing the CLI and pipeline ${fmt.mbytes(loaded)} (each analysing thread loads its own copy of the pipeline)`);
    if ((perPass * memReps * 1.2) < budget(30_000)) {
      const one = await peakRssOf([CLI, 'extract', ...memDirs, '--format', 'ndjson', '-q', '--jobs', '1'], 600_000);
      if (one.ok) out(`with --jobs 1: wall time ${fmt.ms(one.ms)}, peak RSS ${fmt.mbytes(one.peakRss)}`);
    }
  }
}

// --------------------------------------------------------- 6. adversarial ----
if (wanted('adversarial')) {
  section(6, 'Adversarial inputs: analyse() at 100 KB and 1 MB');
  out('time(1 MB) / time(100 KB) should stay near 10; > 20 is flagged. Sizes that would blow the budget are not run;');
  out('a case that hangs is killed. Best of 3 below 1 s a run, of 2 up to 5 s. (10 KB shown to tell noise from growth.)');
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const rows = [];
  const flagged = [];
  for (const name of CASE_NAMES) {
    const r = await runChild(['bench-adversarial.mjs', name, ...sizes.map(String), '--budget-ms', String(budget(5_000))], full ? 600_000 : 15_000, true);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const crashed = lines.find((x) => x.error);
    const at = (n) => lines.find((x) => x.ms !== undefined && Math.abs(x.size - n) <= 10);
    const [s10, s100, s1m] = [at(10_000), at(100_000), at(1_000_000)];
    const skipped = lines.find((x) => x.skipped);
    let ratio = null;
    let basis = '';
    let large = 0;
    if (s100 && s1m) {
      ratio = s1m.ms / Math.max(s100.ms, 0.01);
      large = s1m.ms;
    } else if (s10 && s100) {
      ratio = s100.ms / Math.max(s10.ms, 0.01);
      large = s100.ms * 10; // what 1 MB would take at best
      basis = ' (100K/10K)';
    }
    let status = 'ok';
    if (crashed) status = `CRASH: ${crashed.error.slice(0, 60)}`;
    else if (!r.ok) status = r.timedOut ? `KILLED after ${fmt.ms(r.ms)} at the next size` : `ERROR ${r.error.slice(0, 60)}`;
    else if (skipped) status = `next size skipped (would take >= ${fmt.ms(skipped.projectedMs)})`;
    // A 1 MB run under 100 ms (10 MB/s) is fast whatever its ratio: GC noise, not growth.
    if (ratio !== null && ratio > TARGET.advRatio && large >= 100) status = `FLAG ratio ${fmt.x(ratio)}; ${status}`;
    else if (skipped && (!s100 || s100.ms > 1_000)) status = `FLAG slow; ${status}`;
    if (status.startsWith('FLAG') || status.startsWith('CRASH') || status.startsWith('KILLED') || status.startsWith('ERROR')) flagged.push(name);
    rows.push([name, s10 ? fmt.ms(s10.ms) : '-', s100 ? fmt.ms(s100.ms) : '-', s1m ? fmt.ms(s1m.ms) : '-', ratio === null ? '-' : fmt.x(ratio) + basis, fmt.int((s1m ?? s100 ?? s10)?.claims ?? 0), status]);
  }
  out(table(['input', '10 KB', '100 KB', '1 MB', 'ratio', 'claims', 'status'], rows, ['status']));
  // One 5 MB line of ordinary prose: absolute time.
  const big = await runChild(['bench-adversarial.mjs', 'single-line', '5000000'], full ? 600_000 : 60_000, true);
  const bigLine = big.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))[0];
  if (bigLine) out(`one 5 MB line of prose (no line breaks): ${fmt.ms(bigLine.ms)} = ${fmt.rate(5 / (bigLine.ms / 1000))} MB/s, ${fmt.int(bigLine.claims)} claims`);
  else out(`one 5 MB line of prose: ${big.timedOut ? 'KILLED after 60 s' : `failed (${big.error})`}`);
  summary.adversarial = { pass: flagged.length === 0 && Boolean(bigLine), note: flagged.length ? `flagged: ${flagged.join(', ')}` : 'all near-linear' };
}

// ------------------------------------------------------------- summary ----
section(7, 'Summary');
const line = (label, key, target) => {
  const s = summary[key];
  const verdict = !s ? 'SKIP' : s.skip ? 'SKIP' : s.pass ? 'PASS' : 'FAIL';
  const note = s?.note ?? 'not run';
  return [label, target, verdict, note.length > 90 ? note.slice(0, 87) + '...' : note];
};
const rows = [
  line('extract throughput, one core', 'mbps', `>= ${TARGET.mbps} MB/s`),
  line('--jobs 2 speedup', 'jobs', `>= ${TARGET.jobs}x`),
  line('linear growth 30x vs 1x', 'growth', `<= ${TARGET.growth30}x`),
  line('vs Recognizers-Text', 'rival', `>= ${TARGET.rivalRatio}x, recall >=`),
  line('peak RSS, extract ndjson 30x', 'rss', `< ${TARGET.rssMB} MB`),
  line('adversarial inputs', 'adversarial', `ratio <= ${TARGET.advRatio}`),
];
out(table(['target', 'goal', 'result', 'measured'], rows, ['goal', 'measured']));
if (distStamp() !== distAtStart) out('note: dist/ was rebuilt while the bench ran; the bench measured the snapshot taken at its start.');
out(`\nbench took ${fmt.ms(performance.now() - benchStart)}`);
if (strict && rows.some((r) => r[2] === 'FAIL')) process.exitCode = 1;

// ------------------------------------------------------------- helpers ----

/** Runs scripts/<file> in a child Node; resolves with its stdout. Kills it after `timeoutMs`. */
function runChild(args, timeoutMs, keepPartial = false) {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, [path.join(SCRIPTS, args[0]), ...args.slice(1)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - t;
      const ok = code === 0 && !timedOut;
      const error = timedOut ? `timed out after ${fmt.ms(ms)}` : `exit ${code}: ${stderr.trim().split('\n')[0]}`;
      resolve({ ok, ms, stdout: ok || keepPartial ? stdout : '', error, timedOut });
    });
  });
}

/** Peak RSS of a command: /usr/bin/time -f %M when present, else polling /proc/<pid>/status VmHWM. */
function peakRssOf(args, timeoutMs) {
  const devnull = fs.openSync('/dev/null', 'w');
  const gnuTime = hasGnuTime();
  return new Promise((resolve) => {
    const t = performance.now();
    const cmd = gnuTime ? '/usr/bin/time' : process.execPath;
    const cmdArgs = gnuTime ? ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, ...args] : args;
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', devnull, 'pipe'] });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = gnuTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
          } catch {
            /* process gone */
          }
        }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      fs.closeSync(devnull);
      const ms = performance.now() - t;
      const m = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
      const peakRss = gnuTime ? (m ? Number(m[1]) * 1024 : 0) : hwm;
      if (code !== 0 && code !== 2) resolve({ ok: false, error: `exit ${code}: ${stderr.replace(/BENCH_MAXRSS_KB=\d+/, '').trim().split('\n')[0]}` });
      else {
        const rest = stderr.replace(/BENCH_MAXRSS_KB=\d+\n?/, '').trim();
        resolve({ ok: true, ms, peakRss, how: gnuTime ? '/usr/bin/time -f %M' : 'polling /proc/<pid>/status VmHWM', stderr: code === 2 ? `exit 2: ${rest.split('\n')[0]}` : '' });
      }
    });
  });
}

/**
 * Copies dist/, bin/, lexicon/, schema/ and package.json into the temp dir (with a
 * link to node_modules), and checks the copy loads; retried if it was taken while
 * another process was half-way through writing dist/.
 */
async function snapshotCode() {
  const snap = path.join(tmp, 'code');
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(snap, { recursive: true, force: true });
    fs.mkdirSync(snap);
    for (const entry of ['dist', 'bin', 'lexicon', 'schema', 'package.json']) {
      const from = path.join(REPO, entry);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(snap, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(snap, 'node_modules'), 'dir');
    const check = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(path.join(snap, 'dist', 'cli', 'main.js'))}); await import(${JSON.stringify(path.join(snap, 'dist', 'pipeline', 'analyse.js'))});`], { encoding: 'utf8' });
    if (check.status === 0) return snap;
    if (attempt === 3) die(`the built code does not load: ${(check.stderr || '').trim().split('\n').find((l) => /Error/.test(l)) ?? 'unknown error'}`);
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/** Whether two ndjson outputs differ in order only or in content, and where first. */
function describeDifference(a, b) {
  const la = fs.readFileSync(a, 'utf8').split('\n');
  const lb = fs.readFileSync(b, 'utf8').split('\n');
  const i = la.findIndex((l, k) => l !== lb[k]);
  const sameSet = la.length === lb.length && [...la].sort().join('\n') === [...lb].sort().join('\n');
  const first = (l) => (l ?? '<end>').slice(0, 120);
  return `${sameSet ? 'same lines, different order' : 'different content'}; first difference at line ${i + 1}: ${first(la[i])} | ${first(lb[i])}`;
}

function hasGnuTime() {
  return fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
}

function sha(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function grepDist(needle) {
  // The snapshot's dist/, which is what the CLI runs here.
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.js') && fs.readFileSync(path.join(dir, e.name), 'utf8').includes(needle),
    );
  return walk(path.join(SNAP, 'dist'));
}

function gitState() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  if (head.status !== 0) return '';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();
  return `, git ${head.stdout.trim()}${dirty ? ' + uncommitted changes in src/' : ''}`;
}


