// Period accuracy on the hand-annotated articles in fixtures/gold, with the gold
// figure spans as mentions (so the number lexer's recall does not count here).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGold, periodOk } from '../fixtures/context-period/gold-input.js';
import { resolvePeriods } from '../src/context/period.js';

describe.runIf(fs.existsSync('fixtures/gold'))('periods on the gold articles', () => {
  it('matches at least 90% of the annotated body figures', () => {
    let total = 0;
    let ok = 0;
    const misses: string[] = [];
    for (const doc of loadGold()) {
      const got = resolvePeriods(doc.input, doc.date);
      doc.claims.forEach((c, i) => {
        if (c.section !== 'body' || c.optional) return;
        total++;
        if (periodOk(c, got[i])) ok++;
        else misses.push(`${doc.name} ${c.text}: ${got[i]} (gold ${c.period})`);
      });
    }
    expect(total).toBeGreaterThan(50);
    expect(ok / total, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
