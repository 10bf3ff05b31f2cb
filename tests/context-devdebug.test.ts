import { test } from 'vitest';
import { loadGold } from '../fixtures/context-period/gold-input.js';
import { AttributionResolver } from '../src/context/attribution.js';
test('debug', () => {
  const want = (process.env.DBG ?? '').split('|');
  for (const d of loadGold()) {
    if (d.name !== want[0]) continue;
    const r = new AttributionResolver(d.input);
    d.input.sentences.forEach((s, i) => {
      if (!s.text.includes(want[1])) return;
      const info = r.sentence(i);
      console.log(i, s.text.slice(0, 120), JSON.stringify(info.cues.map((c) => [d.text.slice(c.start, c.end), c.phrase])), 'SRC', info.source);
    });
  }
});
