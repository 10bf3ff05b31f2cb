#!/usr/bin/env node
// Where the time goes, finer than the bench: the pipeline's stages with the
// context stage split into its steps (metadata, period, attribution, metric,
// section), each timed on its own over a corpus held in memory. For speed work:
//   node scripts/profile-stages.mjs [de|en] [rounds]
// Prints per round the milliseconds of each step; the last rounds are the warm ones.
// Add --cpu-prof (node --cpu-prof scripts/profile-stages.mjs) for a V8 profile.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, importDist } from './bench-lib.mjs';

const lang = process.argv[2] ?? 'de';
const rounds = Number(process.argv[3] ?? 6);
const [{ decode }, { normalise }, { segment }, { findMentions }, { detectLanguage }, ctx] = await Promise.all([
  importDist('read/decode.js'),
  importDist('normalise/index.js'),
  importDist('segment/index.js'),
  importDist('extract/index.js'),
  importDist('lang/detect.js'),
  Promise.all(['metadata', 'period', 'attribution', 'metric', 'section'].map((m) => importDist(`context/${m}.js`))),
]);
const [{ findMetadata }, { resolvePeriods }, { resolveAttributions }, { resolveMetrics }, { classifySections }] = ctx;

const corpus = path.join(REPO, '..', 'shared', 'corpus', `${lang}-news.jsonl`);
const sources = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => decode(`doc-${i}.txt`, Buffer.from(JSON.parse(l).text, 'utf8')));
const megabytes = sources.reduce((a, s) => a + Buffer.byteLength(s.text), 0) / 2 ** 20;

const prepare = (source) => {
  const language = detectLanguage(source.text) ?? lang;
  const { analysis, blocks } = normalise(source, language);
  const sentences = segment(source.path, analysis, blocks, language);
  const mentions = [];
  for (const s of sentences) {
    for (const m of findMentions(analysis.text.slice(s.aStart, s.aEnd), language)) {
      mentions.push({ mention: { ...m, aStart: m.aStart + s.aStart, aEnd: m.aEnd + s.aStart }, sentenceIndex: s.index });
    }
  }
  return { lang: language, analysis, blocks, sentences, mentions };
};
const inputs = sources.map(prepare);
const dates = inputs.map((i) => findMetadata(i).date);

const steps = {
  detect: () => sources.forEach((s) => detectLanguage(s.text)),
  normalise: () => sources.forEach((s, i) => normalise(s, inputs[i].lang)),
  segment: () => inputs.forEach((i, k) => segment(sources[k].path, i.analysis, i.blocks, i.lang)),
  extract: () => inputs.forEach((i) => i.sentences.forEach((s) => findMentions(i.analysis.text.slice(s.aStart, s.aEnd), i.lang))),
  metadata: () => inputs.forEach((i) => findMetadata(i)),
  period: () => inputs.forEach((i, k) => resolvePeriods(i, dates[k])),
  attribution: () => inputs.forEach((i) => resolveAttributions(i)),
  metric: () => inputs.forEach((i) => resolveMetrics(i, [])),
  section: () => inputs.forEach((i) => classifySections(i, [])),
};
process.stdout.write(`${sources.length} ${lang} articles, ${megabytes.toFixed(1)} MB; ms per step (CPU time of this thread's process)\n`);
process.stdout.write(['round', ...Object.keys(steps), 'total', 'MB/s'].map((s) => s.padStart(11)).join('') + '\n');
for (let r = 0; r < rounds; r++) {
  const row = [];
  let total = 0;
  for (const fn of Object.values(steps)) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    const ms = (d.user + d.system) / 1000;
    total += ms;
    row.push(ms.toFixed(0));
  }
  process.stdout.write([String(r), ...row, total.toFixed(0), (megabytes / (total / 1000)).toFixed(2)].map((s) => s.padStart(11)).join('') + '\n');
}
