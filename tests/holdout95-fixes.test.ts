// What holdout95's blind run showed: "in less than three years" after "looks set to" reported as a
// duration, "the 200-plus banks" as exactly 200, "China's net users number 100m" as the rank "number 100",
// and "the firm - China's biggest jet fuel supplier - said" left without its speaker. Sentences written
// for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'de' | 'en' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;
const texts = (text: string) => claims(text).map((c) => c.text);

describe('a duration after "in" in a prospect', () => {
  it('is a point ahead, no claim', () => {
    // holdout95, tech-074
    expect(texts('The Chinese net-using population looks set to exceed that of the US in less than three years, says a report.')).toEqual([]);
    expect(texts('Sales will double in three years.')).toEqual([]);
  });

  it('stays a claim as a time taken, a record\'s span or a range', () => {
    expect(texts('The work was finished in less than three years.')).toEqual(['three years']);
    expect(texts('It will be the first annual fall in nine years.')).toEqual(['nine years']);
    expect(texts('The pipeline is expected to be ready in three or four years.')).toEqual(['three or four years']);
    // ("the will" is a noun, no prospect)
    expect(texts('Politicians must have the will to act in five years.')).toEqual(['five years']);
  });
});

describe('"-plus" after a figure', () => {
  it('is a lower bound', () => {
    // holdout95, business-500
    const [banks] = claims('The company is kept afloat by the 200-plus banks to whom it owes the money.');
    expect([banks.value, banks.qualifier]).toEqual([200, 'at_least']);
    const [bid] = claims('Chelsea will test Liverpool with a £30m-plus bid in the summer.');
    expect([bid.value, bid.qualifier]).toEqual([30e6, 'at_least']);
  });
});

describe('"number" as a verb', () => {
  it('counts the noun before it: the figure with a scale is an amount, no rank', () => {
    // holdout95, tech-074
    const [users] = claims("China's net users number 100m but this is less than 8% of its people.");
    expect([users.text, users.value, users.kind]).toEqual(['100m', 100e6, 'count']);
    expect(claims('He is number 3 in the world.').map((c) => c.kind)).toEqual(['rank']);
    // ("100m" after no counted noun stays metres)
    expect(claims('Its length totals 100m.').map((c) => c.unit)).toEqual(['m']);
  });
});

describe('an aside between dashes before the reporting verb', () => {
  it('leaves the subject before it the speaker, the aside\'s own figures the narrator\'s', () => {
    // holdout95, business-499 (shortened)
    const text = 'China Aviation Oil agrees debt deal\n\nChina Aviation Oil has agreed to pay back creditors. Of the payment, the firm - China\'s biggest jet fuel supplier - said it would be paying $30m.';
    expect(claims(text).map((c) => [c.text, c.attribution])).toEqual([['$30m', 'China Aviation Oil']]);
    expect(claims('The minister - who earns £100,000 a year - said the plan would cost £5m.').map((c) => [c.text, c.attribution])).toEqual([
      ['£100,000', null],
      ['£5m', 'minister'],
    ]);
  });
});
