// The extract pipeline in-process, timed per stage: read (file + decode), normalise,
// segment, extract, context (via analyse()'s StageTimer), assemble (the rest of
// analyse(): language detection, offsets, line/column, claim ids), render (claims
// to ndjson with claimRecord, as `extract --format ndjson` does), and optionally
// compare over all claims at the end.
//
// As a child process (so each scale gets its own peak RSS and a fresh heap):
//   node scripts/bench-pipeline.mjs <root> <reps> <max-runs> <budget-ms> [--compare]
//   node scripts/bench-pipeline.mjs --cold-sample <n>   (one cold pass over the rival's sample)
// reads <root>/rep-00 .. rep-<reps-1> (files written by bench-lib writeCorpusFiles),
// warms up with three untimed passes over rep-00, runs the pipeline up to <max-runs>
// times (no new run once the next would pass <budget-ms>), and prints one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeRoot, importDist, loadCorpus, repDir, spreadSample, warmPageCache } from './bench-lib.mjs';

export const STAGES = ['read', 'normalise', 'segment', 'extract', 'context', 'assemble', 'render'];
/**
 * Untimed passes over the 1x corpus before the timed ones (the first is reported as the cold pass).
 * BENCH_WARMUP=n changes it, for studying the JIT's warm-up; the README's numbers use three. After
 * three, TurboFan still compiles some 40 lukewarm functions a pass; after twelve (session 40, one run
 * each, same build): 9.00 instead of 8.19 MB per CPU-second at 1x, 8.88 instead of 8.38 at 30x.
 */
export const WARMUP_PASSES = Number(process.env.BENCH_WARMUP ?? 3);

export async function loadPipeline() {
  // the V8 settings the CLI runs with (src/cli/v8-tuning.ts), when this build has them
  if (fs.existsSync(path.join(codeRoot(), 'dist', 'cli', 'v8-tuning.js'))) (await importDist('cli/v8-tuning.js')).tuneV8();
  const [{ decode }, { analyse, analyseBatch }, { claimRecord }] = await Promise.all([
    importDist('read/decode.js'),
    importDist('pipeline/analyse.js'),
    importDist('render/records.js'),
  ]);
  let compare = null;
  try {
    ({ compare } = await importDist('compare/index.js'));
  } catch {
    compare = null;
  }
  // builds before batching (session 10) analyse one document at a time
  return { decode, analyse, analyseBatch: analyseBatch ?? ((sources, options, timer) => sources.map((s) => analyse(s, options, timer))), claimRecord, compare };
}

function newTimes() {
  return Object.fromEntries([...STAGES, 'compare'].map((s) => [s, 0]));
}

/** As the CLI batches documents (src/cli/documents.ts); builds before batching take one at a time. */
const { BATCH_DOCUMENTS = 1, BATCH_CHARS = Infinity } = fs.existsSync(path.join(codeRoot(), 'dist', 'cli', 'documents.js'))
  ? await importDist('cli/documents.js')
  : {};

/**
 * One pass of the pipeline over `inputs` ({ path, bytes } or { path, file }), in
 * batches of documents as the CLI analyses them (analyseBatch: each stage over the
 * batch in a row). Returns stage times (ms), counts, and the claims when `keepClaims`.
 */
export function runPipeline(p, inputs, { keepClaims = false } = {}) {
  const times = newTimes();
  const timer = {
    time(stage, fn) {
      const t = performance.now();
      try {
        return fn();
      } finally {
        times[stage] += performance.now() - t;
      }
    },
  };
  let bytes = 0;
  let docs = 0;
  let claims = 0;
  let outChars = 0;
  let failed = 0;
  let firstError = null;
  const kept = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let batch = [];
  let chars = 0;
  const flush = () => {
    if (!batch.length) return;
    const t = performance.now();
    const before = times.normalise + times.segment + times.extract + times.context;
    let analysed;
    try {
      analysed = p.analyseBatch(batch, {}, timer);
    } catch {
      // The CLI analyses a failing batch again document by document, reports the one that fails and goes on; so does the bench
      analysed = batch.map((source) => {
        try {
          return p.analyseBatch([source], {}, timer)[0];
        } catch (err) {
          failed++;
          firstError ??= `${source.path}: ${String(err?.message ?? err).split('\n')[0]}`;
          return null;
        }
      });
    }
    const after = times.normalise + times.segment + times.extract + times.context;
    times.assemble += performance.now() - t - (after - before);
    const r = performance.now();
    for (const doc of analysed) {
      if (!doc) continue;
      let out = '';
      for (const c of doc.claims) out += JSON.stringify(p.claimRecord(c)) + '\n';
      outChars += out.length;
      docs++;
      claims += doc.claims.length;
      if (keepClaims) for (const c of doc.claims) kept.push(c);
    }
    times.render += performance.now() - r;
    batch = [];
    chars = 0;
  };
  for (const input of inputs) {
    const t = performance.now();
    const raw = input.bytes ?? fs.readFileSync(input.file);
    const source = p.decode(input.path, raw);
    times.read += performance.now() - t;
    bytes += raw.length;
    if (source.text.trim() === '') continue; // the CLI skips empty files too
    batch.push(source);
    chars += source.text.length;
    if (batch.length >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) flush();
  }
  flush();
  const pipeline = performance.now() - t0;
  const cpuDelta = process.cpuUsage(cpu0);
  // CPU time of the whole process (GC helper threads included): steadier than wall time on a busy machine.
  const cpu = (cpuDelta.user + cpuDelta.system) / 1000;
  let groups = null;
  if (keepClaims && p.compare) {
    const t = performance.now();
    groups = p.compare(kept, { tolerance: 0.02, rates: [] }).length;
    times.compare = performance.now() - t;
  }
  return { times, pipeline, cpu, bytes, docs, claims, outChars, groups, failed, firstError };
}

/** Inputs for `reps` copies of the corpus written under `root`, in a fixed order. */
export function fileInputs(root, ids, reps) {
  const out = [];
  for (let r = 0; r < reps; r++) {
    const dir = repDir(root, r);
    for (const id of ids) out.push({ path: path.join(dir, `${id}.txt`), file: path.join(dir, `${id}.txt`) });
  }
  return out;
}

/**
 * `--cold-sample <n>`: one pass over the n-article bench sample in this fresh
 * process (JIT warm-up included), for the rival section's cold line.
 */
async function coldSample(n) {
  const p = await loadPipeline();
  const sample = spreadSample(loadCorpus(), n).map((d) => ({ path: `sample/${d.id}.txt`, bytes: d.bytes }));
  const r = runPipeline(p, sample);
  process.stdout.write(JSON.stringify({ cpu: r.cpu, wall: r.pipeline, docs: r.docs }) + '\n');
}

async function child() {
  if (process.argv[2] === '--cold-sample') return coldSample(Number(process.argv[3]));
  const [root, repsArg, runsArg, budgetArg, ...flags] = process.argv.slice(2);
  const reps = Number(repsArg);
  const runs = Number(runsArg);
  const budget = Number(budgetArg);
  const withCompare = flags.includes('--compare');
  const p = await loadPipeline();
  const ids = loadCorpus().map((d) => d.id);
  const inputs = fileInputs(root, ids, reps);
  // Untimed passes over the 1x corpus first, so the timed passes measure the warm
  // pipeline at every scale alike (the JIT's warm-up is a fixed cost, shown apart):
  // V8 keeps optimising over the first three passes (about 2.6 s, 1.1 s, 0.65 s,
  // then 0.5 s CPU), so one pass left the 1x runs half warm.
  const warmup = runPipeline(p, fileInputs(root, ids, 1));
  for (let k = 1; k < WARMUP_PASSES; k++) runPipeline(p, fileInputs(root, ids, 1));
  // every scale reads from the page cache, as the 1x files do after the warm-up (see warmPageCache)
  warmPageCache(Array.from({ length: reps }, (_, r) => repDir(root, r)));
  const results = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    results.push(runPipeline(p, inputs));
    const elapsed = performance.now() - start;
    if (elapsed + elapsed / results.length > budget) break;
  }
  // maxRSS is in kilobytes on Linux and macOS. Taken before the compare pass,
  // which has to hold every claim of the run at once (extract streams instead).
  const peakRss = peakRssNow();
  let compare = null;
  if (withCompare && p.compare) {
    const r = runPipeline(p, inputs, { keepClaims: true });
    compare = { ms: r.times.compare, claims: r.claims, groups: r.groups, peakRss: peakRssNow() };
  }
  process.stdout.write(JSON.stringify({ reps, runs: results, warmup: { pipeline: warmup.pipeline, cpu: warmup.cpu }, peakRss, compare, hasCompare: Boolean(p.compare) }) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  child().catch((err) => {
    process.stderr.write(`bench-pipeline: ${String(err?.message ?? err).split('\n')[0]}\n`);
    process.exit(2);
  });
}

/**
 * Peak RSS of this process so far. On Linux from VmHWM: getrusage's maxRSS
 * carries the high-water mark over exec, so a child of the (large) bench
 * process would report the bench's own peak.
 */
function peakRssNow() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS * 1024;
}
