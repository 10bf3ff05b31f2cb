import { test } from 'vitest';
import fs from 'node:fs';
import { analyse } from '../src/pipeline/analyse.js';
test('seeds', () => {
  for (const f of fs.readdirSync('/work/shared/seeds')) {
    const text = fs.readFileSync('/work/shared/seeds/' + f, 'utf8');
    const doc = analyse({ path: f, text, encoding: 'utf-8' }, {});
    console.log(`\n##### ${f} title=${JSON.stringify(doc.meta.title)} date=${doc.meta.date} pub=${doc.meta.publisher}`);
    let last = -1;
    for (const c of doc.claims) {
      if (c.section !== 'body') continue;
      if (c.sentenceIndex !== last) { console.log(`  [${c.sentenceIndex}] ${c.sentence.slice(0, 220)}`); last = c.sentenceIndex; }
      console.log(`      -> ${JSON.stringify(c.text)} ${c.kind} P=${c.period} A=${c.attribution}`);
    }
  }
});
