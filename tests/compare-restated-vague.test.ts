// Two articles that print one very rare measured value alike under two nouns ("17.30m" as
// Idowu's "effort" in one and his "leap" in the other, from a blind comparison set) state one
// figure. Counts and values printed with fewer digits stay apart: they recur for unrelated things.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claim, groupOf, runCompare, together } from './compare-claims.js';

const run = runCompare;

describe('one rare value under two nouns in two articles', () => {
  it('"17.30m" (four digits: the trailing zero of a decimal counts) is one figure', () => {
    const a = claim({ doc: 'a.txt', sentence: 'Idowu won with an effort of 17.30m in the final round.', text: '17.30m', value: 17.3, unit: 'm', precision: 0.005, metric: 'noun:effort' });
    const b = claim({ doc: 'b.txt', sentence: 'His leap of 17.30m was the best in Europe this year.', text: '17.30m', value: 17.3, unit: 'm', precision: 0.005, metric: 'noun:leap' });
    expect(together([a, b])).toBe(true);
  });

  it('three digits ("17.3m") or a count ("1,324" people asked) stay apart', () => {
    const a = claim({ doc: 'a.txt', sentence: 'Idowu won with an effort of 17.3m in the final round.', text: '17.3m', value: 17.3, unit: 'm', precision: 0.05, metric: 'noun:effort' });
    const b = claim({ doc: 'b.txt', sentence: 'His leap of 17.3m was the best in Europe this year.', text: '17.3m', value: 17.3, unit: 'm', precision: 0.05, metric: 'noun:leap' });
    expect(together([a, b])).toBe(false);
    const c = claim({ doc: 'a.txt', sentence: 'The survey asked 1,324 adults.', text: '1,324', value: 1324, metric: 'noun:adult' });
    const d = claim({ doc: 'b.txt', sentence: 'A poll of 1,324 voters found a lead.', text: '1,324', value: 1324, metric: 'noun:voter' });
    expect(together([c, d])).toBe(false);
  });

  it('a third article printing the value makes it one many things share: none join', () => {
    const mk = (doc: string, noun: string) => claim({ doc, sentence: `The ${noun} measured 17.30m in all.`, text: '17.30m', value: 17.3, unit: 'm', precision: 0.005, metric: `noun:${noun}` });
    const [a, b, c] = [mk('a.txt', 'effort'), mk('b.txt', 'leap'), mk('c.txt', 'wall')];
    const groups = run([a, b, c]);
    expect(new Set([a, b, c].map((x) => groupOf(groups, x))).size).toBe(3);
  });
});

describe('one noun at one value twice in one article, once with its places', () => {
  const fig = (line: number, sentence: string, text: string, value: number, entities: string[]) =>
    claim({ doc: 'a.txt', line, sentenceIndex: line, sentence, text, value, metric: 'noun:bank', entities });

  it('"45 banks" in the lead and "45 Italian banks" below are one figure', () => {
    const lead = fig(1, 'Parmalat has sued 45 banks over its collapse.', '45', 45, []);
    const body = fig(3, 'The suits name 45 Italian banks and brokers.', '45', 45, ['IT']);
    expect(together([lead, body])).toBe(true);
  });

  it('two unplaced ones may be two things ("three nominations" of a film and of its director), and other values stay apart', () => {
    const a = fig(1, 'The film has three nominations this year.', 'three', 3, []);
    const b = fig(3, 'Its director had three nominations before.', 'three', 3, []);
    expect(together([a, b])).toBe(false);
    const c = fig(1, 'Parmalat has sued 45 banks over its collapse.', '45', 45, []);
    const d = fig(3, 'The suits name 46 Italian banks and brokers.', '46', 46, ['IT']);
    expect(together([c, d])).toBe(false);
  });
});

describe('an amount\'s cents are no significant digits', () => {
  it('"£2.50" for a sandwich and a pint in two articles stays apart', () => {
    const a = claim({ doc: 'a.txt', sentence: 'A sandwich at the staff canteen now costs £2.50.', text: '£2.50', value: 2.5, unit: 'GBP', precision: 0.005, metric: 'costs', entities: ['GB'] });
    const b = claim({ doc: 'b.txt', sentence: 'A pint of bitter at the village pub now costs £2.50 too.', text: '£2.50', value: 2.5, unit: 'GBP', precision: 0.005, metric: 'costs', entities: ['GB'] });
    expect(together([a, b])).toBe(false);
  });
});
