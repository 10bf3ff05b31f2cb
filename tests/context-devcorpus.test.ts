import { test } from 'vitest';
import fs from 'node:fs';
import { analyse } from '../src/pipeline/analyse.js';
test('corpus', () => {
  const file = process.env.CORP ?? '/work/shared/corpus/de-news.jsonl';
  const ids = (process.env.IDS ?? '').split(',');
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of rows.filter((x) => ids.includes(x.id))) {
    const doc = analyse({ path: r.id, text: r.text, encoding: 'utf-8' }, { date: process.env.DOCDATE });
    console.log(`\n##### ${r.id} title=${JSON.stringify(doc.meta.title)} date=${doc.meta.date} pub=${doc.meta.publisher}`);
    let last = -1;
    for (const c of doc.claims) {
      if (c.sentenceIndex !== last) { console.log(`  [${c.sentenceIndex}] ${c.sentence}`); last = c.sentenceIndex; }
      console.log(`      -> ${JSON.stringify(c.text)} P=${c.period} A=${c.attribution}`);
    }
  }
});
