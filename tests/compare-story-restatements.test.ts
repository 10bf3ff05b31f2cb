// Two reports of one story, tied by a rare figure both print alike (not a share) or by two phrases
// kept word for word, that print the same round value under one metric state one figure, even
// where the metric reader gave the two different firms (compare-holdout6: "Mr Glazer's offer values
// the club at £800m" and "the £800m offer for Manchester United"). Untied articles, one shared stock
// line, a third article printing the value, two countries apart, or people in general keep them apart.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claim, together } from './compare-claims.js';

/** A rare value both articles print alike: it ties the two reports as one story. */
const tie = (doc: string) =>
  claim({ doc, line: 9, sentence: 'The shares closed at 341.5p on Friday after the bid.', text: '341.5p', value: 3.415, unit: 'GBP', precision: 0.0005, metric: 'stock.price', entities: ['Manchester United'] });

const offer = (doc: string, entities: string[], tied = true, extra: Partial<Parameters<typeof claim>[0]> = {}): Claim[] => [
  claim({ doc, line: 2, sentence: 'The offer values the club at £800m in all.', text: '£800m', value: 800e6, unit: 'GBP', precision: 5e7, metric: 'offer', entities, ...extra }),
  ...(tied ? [tie(doc)] : []),
];

describe('one round value under one metric in two reports of one story', () => {
  it('joins where another figure ties the two articles, whatever firm each names', () => {
    const [a, ta] = offer('a.txt', ['Manchester United']);
    const [b, tb] = offer('b.txt', ['Glazer']);
    expect(together([a, ta, b, tb], [a, b])).toBe(true);
  });

  it('keeps them apart without a tie, with a third article printing the value, or two countries apart', () => {
    const [a] = offer('a.txt', ['Manchester United'], false);
    const [b] = offer('b.txt', ['Glazer'], false);
    expect(together([a, b])).toBe(false);
    const [c, tc] = offer('c.txt', ['DE']);
    const [d, td] = offer('d.txt', ['FR', 'GB']);
    expect(together([c, tc, d, td], [c, d])).toBe(false);
    const [e, te] = offer('e.txt', ['Manchester United']);
    const [f, tf] = offer('f.txt', ['Glazer']);
    const [g] = offer('g.txt', ['Chelsea'], false, { metric: 'offer' });
    expect(together([e, te, f, tf, g], [e, f])).toBe(false);
  });
});

describe('a figure known only by its noun, in two reports of one story', () => {
  it('"about 150 programmes" and "150 programmes" join where another figure ties the articles', () => {
    const a = claim({ doc: 'a.txt', line: 2, sentence: 'The budget would cut or axe about 150 federal programmes.', text: '150', value: 150, qualifier: 'about', metric: 'noun:program', entities: ['US'] });
    const b = claim({ doc: 'b.txt', line: 2, sentence: 'Some 150 programmes would be cut under the plan.', text: '150', value: 150, metric: 'noun:program' });
    expect(together([a, tie('a.txt'), b, tie('b.txt')], [a, b])).toBe(true);
    expect(together([a, b])).toBe(false);
  });
});

describe('one stock line two reports share is no tie (review of session 28)', () => {
  it('keeps two firms\' "profits rose 10%" apart beside a shared "rates at 4.75%" sentence', () => {
    const rate = (doc: string) => claim({ doc, line: 2, sentence: 'The Bank of England kept interest rates at 4.75% last week.', text: '4.75%', value: 4.75, unit: '%', precision: 0.005, metric: 'interest.rate', entities: ['BOE'] });
    const a = claim({ doc: 'a.txt', line: 1, sentence: 'Tesco said its profits rose 10% in the year to February.', text: '10%', value: 10, unit: '%', metric: 'profit.change' });
    const b = claim({ doc: 'b.txt', line: 1, sentence: 'Marks and Spencer said its profits rose 10% in the year to March.', text: '10%', value: 10, unit: '%', metric: 'profit.change' });
    expect(together([a, rate('a.txt'), b, rate('b.txt')], [a, b])).toBe(false);
  });
});
