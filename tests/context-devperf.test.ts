import { test } from 'vitest';
import fs from 'node:fs';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';
import { findMentions } from '../src/extract/index.js';
import { findMetadata } from '../src/context/metadata.js';
import { resolvePeriods } from '../src/context/period.js';
import { resolveAttributions } from '../src/context/attribution.js';
import type { ContextInput } from '../src/context/types.js';
import type { Lang } from '../src/types.js';
test('perf', () => {
  for (const [file, lang] of [['/work/shared/corpus/de-news.jsonl', 'de'], ['/work/shared/corpus/en-news.jsonl', 'en']] as [string, Lang][]) {
    const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
    const inputs: ContextInput[] = [];
    let chars = 0;
    for (const text of rows) {
      chars += text.length;
      const { analysis, blocks } = normalise({ path: 'x', text, encoding: 'utf-8' }, lang);
      const sentences = segment('x', analysis, blocks, lang);
      const mentions = sentences.flatMap((s) => findMentions(analysis.text.slice(s.aStart, s.aEnd), lang).map((m) => ({ mention: { ...m, aStart: m.aStart + s.aStart, aEnd: m.aEnd + s.aStart }, sentenceIndex: s.index })));
      inputs.push({ lang, analysis, blocks, sentences, mentions });
    }
    const time = (name: string, fn: (i: ContextInput) => unknown) => {
      const t0 = performance.now();
      for (const i of inputs) fn(i);
      const ms = performance.now() - t0;
      console.log(`${lang} ${name}: ${ms.toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} MB = ${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
    };
    time('metadata', findMetadata);
    time('periods', (i) => resolvePeriods(i, null));
    time('periods+date', (i) => resolvePeriods(i, '2016-05-20'));
    time('attributions', resolveAttributions);
    console.log('mentions', inputs.reduce((a, i) => a + i.mentions.length, 0));
  }
}, 120000);
