// What holdout90's blind run showed: a relative clause's verb after an apposition ("Anglo-American,
// the international mining company, which estimates") and "It is 25 years since". Sentences written
// for these tests unless named.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';
import { texts } from './extract-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('a relative clause after an apposition', () => {
  it('speaks for the name the apposition describes', () => {
    // holdout90, business-482 (shortened)
    const text = 'The World Economic Forum said firms lack plans. One company that does have a plan is Anglo-American, the international mining company, which estimates an HIV prevalence of 24% among its workers.';
    expect(sources(text)).toEqual([['24%', 'Anglo-American']]);
  });
});

describe('"it is N years since"', () => {
  it('is a duration claim, as "it took N years before" is', () => {
    // holdout90, politics-177
    expect(texts('It is 25 years since the start of 12 years of fire-bombings.', 'en')).toEqual(['25 years', '12 years']);
    expect(texts('It has been two years since the last election.', 'en')).toEqual(['two years']);
    // a period after the figure stays one
    expect(texts('Prices have risen 5% in the two years since the crash.', 'en')).toEqual(['5%']);
  });
});
