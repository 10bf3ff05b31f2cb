#!/usr/bin/env node
// Runs normalise + segment (from dist/, after `npx tsc -p .`) over the
// pragmatic_segmenter peer suites with the language given, and scores them
// the way ../shared/eval/score-sentences.mjs does, without the CLI.
//   node scripts/segment-harness.mjs [--lang de|en] [--verbose] [--all] [--id en-12]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// CLAIMCHECK_DIST: a build elsewhere (`npx tsc -p . --outDir /tmp/x`), so testing never touches dist/
const dist = path.resolve(process.env.CLAIMCHECK_DIST ?? path.join(import.meta.dirname, '../dist'));
const { normalise } = await import(pathToFileURL(path.join(dist, 'normalise/index.js')).href);
const { segment } = await import(pathToFileURL(path.join(dist, 'segment/index.js')).href);

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const value = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : null);
const langs = value('--lang') ? [value('--lang')] : ['de', 'en'];
const only = value('--id');
const suiteDir = path.resolve(import.meta.dirname, '../../shared/peer-suites/segmenter');
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

for (const lang of langs) {
  const cases = fs.readFileSync(path.join(suiteDir, `${lang}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let scored = 0;
  let right = 0;
  for (const c of cases) {
    if (only && c.id !== only) continue;
    if (('doc_type' in c || 'clean' in c) && !flag('--all') && !only) continue;
    scored++;
    const { analysis, blocks } = normalise({ path: c.id, text: c.input, encoding: 'utf-8' }, lang);
    const got = segment(c.id, analysis, blocks, lang).map((s) => norm(s.text)).filter(Boolean);
    const want = c.expected.map(norm).filter(Boolean);
    const ok = got.length === want.length && got.every((g, i) => g === want[i]);
    if (ok) right++;
    else if (flag('--verbose') || only) {
      console.log(`\n${c.id} (${c.name})${c.pending ? ' [pending]' : ''}`);
      const diff = [...Array(Math.max(want.length, got.length)).keys()].filter((i) => want[i] !== got[i]);
      for (const i of diff.slice(0, only ? 50 : 3)) {
        console.log(`  [${i}] want: ${JSON.stringify(want[i]?.slice(0, 240))}`);
        console.log(`  [${i}] got:  ${JSON.stringify(got[i]?.slice(0, 240))}`);
      }
    }
  }
  console.log(`${lang}: ${right}/${scored} (${((100 * right) / scored).toFixed(1)}%)`);
}
