// Found through a blind held-out comparison set: "$19.6bn in November, down from $19.7bn the
// month before" came out as two figures that "agree" (consistent), because neither had a
// resolvable period and their values touch. A figure and the earlier level its sentence gives
// for it are two periods, however close.
import { describe, expect, it } from 'vitest';
import { compare, type ComparisonGroup } from '../src/compare/index.js';
import { previousLevelIds } from '../src/compare/previous-level.js';
import type { Claim } from '../src/types.js';
import { claim } from './compare-claims.js';

const run = (claims: Claim[]) => compare(claims, { tolerance: 0.02, rates: [] });
const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;
const pct = (doc: string, sentence: string, text: string, value: number, extra: Partial<Parameters<typeof claim>[0]> = {}) =>
  claim({ doc, sentence, text, value, unit: '%', precision: 0.05, metric: 'unemployment.rate', entities: ['GB'], ...extra });

describe('a figure and its earlier level', () => {
  const s = "The UK's jobless rate rose to 4.7% from 4.6% in the previous quarter.";
  const now = pct('a.txt', s, '4.7%', 4.7);
  const before = pct('a.txt', s, '4.6%', 4.6);

  it('are found after "from", "down from about", "von", "gegenüber"', () => {
    expect([...previousLevelIds([now, before])]).toEqual([before.id]);
    const hedged = 'Sales fell to $630m, down from about $1bn a year earlier.';
    const a = claim({ doc: 'b.txt', sentence: hedged, text: '$630m', value: 630e6, unit: 'USD', metric: 'revenue' });
    const b = claim({ doc: 'b.txt', sentence: hedged, text: '$1bn', value: 1e9, unit: 'USD', metric: 'revenue', hedge: 'about', qualifier: 'about' });
    expect([...previousLevelIds([a, b])]).toEqual([b.id]);
    const de = 'Die Quote sank von 11,2 auf 11,1 Prozent, gegenüber 11,3 Prozent im Jahr davor.';
    const c1 = pct('c.txt', de, '11,2', 11.2);
    const c2 = pct('c.txt', de, '11,1 Prozent', 11.1);
    const c3 = pct('c.txt', de, '11,3 Prozent', 11.3);
    expect([...previousLevelIds([c1, c2, c3])].sort()).toEqual([c1.id, c3.id].sort());
  });

  it('are not one item that agrees with itself, without periods', () => {
    const groups = run([now, before]);
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.verdict === 'single')).toBe(true);
  });

  it('nor when the sentence gave both the same period', () => {
    const groups = run([{ ...now, period: '2004' }, { ...before, period: '2004' }]);
    expect(groups).toHaveLength(2);
  });

  it('still form a series when their periods differ', () => {
    const groups = run([{ ...now, period: '2004-Q4' }, { ...before, period: '2004-Q3' }]);
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('different_period');
  });

  it('the same figure repeated in another sentence still agrees', () => {
    const again = pct('a.txt', 'The rate of 4.7% is among the lowest.', '4.7%', 4.7, { sentenceIndex: 9 });
    expect(groupOf(run([now, before, again]), again).claims).toEqual(expect.arrayContaining([now.id, again.id]));
  });
});
