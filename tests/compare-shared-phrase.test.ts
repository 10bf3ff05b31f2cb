// Two reports of one fact reworded around one phrase kept word for word: the phrase ties the
// figure in both articles however small or common its value, and whatever metric each wording
// let the resolver find. Found through blind comparison sets (BBC reports under two headlines:
// "its first hike in nine years", "World number one Roger Federer", "a chain of 90 duty free
// stores in the US"). A stock phrase, a reworded one, or a figure of one article stays apart.
import { describe, expect, it } from 'vitest';
import { findPhraseTwins, phraseKeys, sharePhrase } from '../src/compare/shared-phrase.js';
import type { Claim } from '../src/types.js';
import { claim, groupOf, runCompare, together, type ClaimSpec } from './compare-claims.js';

const tied = (a: Claim, b: Claim) => sharePhrase(findPhraseTwins([a, b]), a, b);
const run = runCompare;
type Spec = Partial<ClaimSpec> & Pick<ClaimSpec, 'sentence' | 'text' | 'value' | 'metric'>;
const fig = (doc: string, s: Spec) => claim({ doc, line: 3, sentenceIndex: 3, ...s });

const hike = (doc: string, sentence: string) =>
  fig(doc, { sentence, text: 'nine years', value: 9, unit: 'a', kind: 'duration', metric: 'change' });

describe('one phrase kept word for word ties a figure across articles', () => {
  it('a small duration of no known metric: one figure, consistent', () => {
    const a = hike('a.txt', 'China raised rates to 5.58% in October, its first hike in nine years, the bank said.');
    const b = hike('b.txt', 'The rise to 5.58% in October, its first hike in nine years, surprised analysts.');
    const groups = run([a, b]);
    expect(groupOf(groups, a)).toBe(groupOf(groups, b));
    expect(groupOf(groups, a).verdict).toBe('consistent');
  });

  it('a small count of one known metric and place, undated in both', () => {
    const s1 = 'The Florida company also owns a chain of 90 duty free stores in the US.';
    const s2 = 'The Falic group, which also runs a chain of 90 duty free stores in the US, plans more.';
    const a = fig('a.txt', { sentence: s1, text: '90', value: 90, kind: 'count', metric: 'stores', entities: ['US'] });
    const b = fig('b.txt', { sentence: s2, text: '90', value: 90, kind: 'count', metric: 'stores', entities: ['US'] });
    expect(together([a, b])).toBe(true);
  });

  it('ranks, which stand alone otherwise', () => {
    const s1 = 'World number one Roger Federer added the Dubai trophy to his list of successes.';
    const s2 = 'World number one Roger Federer added the Dubai title only after a stern test.';
    const a = fig('a.txt', { sentence: s1, text: 'number one', value: 1, kind: 'rank', metric: 'rank' });
    const b = fig('b.txt', { sentence: s2, text: 'number one', value: 1, kind: 'rank', metric: 'rank' });
    expect(together([a, b])).toBe(true);
  });

  it('two readings of one figure: the article that found a metric names the group', () => {
    const s1 = 'Nasdaq hopes to raise $100m from the flotation of shares to the public.';
    const s2 = 'The exchange said it hopes to raise $100m from the flotation of shares next month.';
    const a = fig('a.txt', { sentence: s1, text: '$100m', value: 1e8, unit: 'USD', kind: 'currency', metric: 'noun:sale' });
    const b = fig('b.txt', { sentence: s2, text: '$100m', value: 1e8, unit: 'USD', kind: 'currency', metric: 'proceeds', entities: ['Nasdaq'] });
    const groups = run([a, b]);
    expect(groupOf(groups, a)).toBe(groupOf(groups, b));
    expect(groupOf(groups, a).metric.key).toBe('proceeds');
  });
});

describe('what stays apart', () => {
  it('a stock phrase: too few letters around the figure', () => {
    const a = fig('a.txt', { sentence: 'Output rose by 2% in the year to May.', text: '2%', value: 2, unit: '%', kind: 'percent', metric: 'change' });
    const b = fig('b.txt', { sentence: 'Sales rose by 2% in the year to May.', text: '2%', value: 2, unit: '%', kind: 'percent', metric: 'change' });
    expect(tied(a, b)).toBe(false);
    expect(together([a, b])).toBe(false);
  });

  it('a stock phrase without a name, a number or a long word ("for the first time in more than a decade")', () => {
    const a = fig('a.txt', { sentence: 'Real incomes have fallen by 2% for the first time in more than a decade.', text: '2%', value: 2, unit: '%', kind: 'percent', metric: 'wages.change' });
    const b = fig('b.txt', { sentence: 'Attendance dropped 2% for the first time in more than a decade, the club said.', text: '2%', value: 2, unit: '%', kind: 'percent', metric: 'visitors.change' });
    expect(tied(a, b)).toBe(false);
    expect(together([a, b])).toBe(false);
  });

  it('one article printing two figures in one phrase: the other article ties one of them, not both', () => {
    const s1 = 'Some 30% of broadband users own MP3 players, compared to 9% of those who have dial-up.';
    const s2 = 'Some 25% of broadband users own digital players compared to 9% of those who have not.';
    const x = fig('a.txt', { sentence: s1, text: '9%', value: 9, unit: '%', kind: 'percent', metric: 'noun:access.share' });
    const y = { ...fig('a.txt', { sentence: s2, text: '9%', value: 9, unit: '%', kind: 'percent', metric: 'noun:parent.share' }), line: 7, sentenceIndex: 7, start: 7020, end: 7022 };
    const z = fig('b.txt', { sentence: s1, text: '9%', value: 9, unit: '%', kind: 'percent', metric: 'noun:access.share' });
    const twins = findPhraseTwins([x, y, z]);
    expect(sharePhrase(twins, x, z)).toBe(true);
    expect(sharePhrase(twins, y, z)).toBe(false);
  });

  it('the same value reworded around it', () => {
    const a = hike('a.txt', 'It was the bank\'s first rise in interest rates for nine years.');
    const b = hike('b.txt', 'Analysts said its first hike in nine years would cool the economy.');
    expect(together([a, b])).toBe(false);
  });

  it('another value in the same phrase is another figure', () => {
    const a = hike('a.txt', 'The move was its first hike in nine years, the central bank said on Friday.');
    const b = fig('b.txt', { sentence: 'The move was its first hike in ten years, the central bank said on Friday.', text: 'ten years', value: 10, unit: 'a', kind: 'duration', metric: 'change' });
    expect(together([a, b])).toBe(false);
  });

  it('one article printing the phrase twice ties nothing by it, and a sentence printing the figure twice has no phrase', () => {
    const a = hike('a.txt', 'The move was its first hike in nine years, the central bank said on Friday.');
    const b = { ...hike('a.txt', 'Analysts said the move was its first hike in nine years and would cool the economy.'), line: 5, sentenceIndex: 5, start: 400, end: 410 };
    expect(tied(a, b)).toBe(false);
    const twice = hike('c.txt', 'After nine years of talks and nine years of waiting, the first hike in nine years came.');
    expect(phraseKeys(twice)).toEqual([]);
  });
});
