// Attribution accuracy on the hand-annotated articles in fixtures/gold, scored
// with the gold scorer's lenient name match, the gold spans as mentions.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionOk, loadGold } from '../fixtures/context-period/gold-input.js';
import { resolveAttributions } from '../src/context/attribution.js';
import { mainOrganisation } from '../src/context/organisations.js';

describe.runIf(fs.existsSync('fixtures/gold'))('attributions on the gold articles', () => {
  it('matches at least 90% of the annotated body figures', () => {
    let total = 0;
    let ok = 0;
    const misses: string[] = [];
    for (const doc of loadGold()) {
      const got = resolveAttributions(doc.input, mainOrganisation(doc.input));
      doc.claims.forEach((c, i) => {
        if (c.section !== 'body' || c.optional) return;
        total++;
        if (attributionOk(c, got[i])) ok++;
        else misses.push(`${doc.name} ${c.text}: ${got[i]} (gold ${c.attribution})`);
      });
    }
    expect(total).toBeGreaterThan(50);
    expect(ok / total, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
