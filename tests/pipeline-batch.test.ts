// Documents are analysed in batches, one stage over all of them in a row (a quarter less CPU
// than one by one); each document must come out exactly as it does alone, whatever its
// neighbours: language, dates, figures and their ids.
import { describe, expect, it } from 'vitest';
import { analyse, analyseBatch } from '../src/pipeline/analyse.js';

const sources = [
  { path: 'a.txt', text: 'Der Handel zwischen Russland und den USA lag 2024 bei rund 3,5 Milliarden US-Dollar.\n', encoding: 'utf-8' },
  { path: 'b.txt', text: 'Parmalat said on Monday that its debt was close to 12bn euros. Parmalat shares rose 5%.\n', encoding: 'utf-8' },
  { path: 'c.txt', text: 'Wien, 3. März 2015 – Im Vorjahr stieg die Arbeitslosigkeit auf 9,1 Prozent.\n', encoding: 'utf-8' },
  { path: 'd.txt', text: 'Keine Zahlen hier.\n', encoding: 'utf-8' },
];

describe('a batch of documents', () => {
  it('gives each document what it gives alone, in the order given', () => {
    const alone = sources.map((s) => analyse(s));
    const together = analyseBatch(sources);
    expect(together.map((d) => d.meta.path)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
    expect(together[2].claims[0].period).toBe('2014');
    expect(together[1].claims.every((c) => c.organisation === 'Parmalat')).toBe(true);
  });

  it('in any order', () => {
    const reversed = analyseBatch([...sources].reverse()).reverse();
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(analyseBatch(sources)));
  });
});
