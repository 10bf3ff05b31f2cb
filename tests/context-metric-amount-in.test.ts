// "£4bn in tax cuts" measured "tax" while "£4bn tax cuts" measured a change in tax, so the two
// reports of one Conservative plan (compare-holdout13) could not meet. After "in", an English noun
// compound ends in its head, a plural, as it does right after the figure. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const metrics = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key ?? null]);

describe('an amount "in" a noun compound measures the compound\'s head', () => {
  it('as it does with the compound right after the figure', () => {
    expect(metrics('The party promised £4bn in tax cuts.')).toEqual(metrics('The party promised £4bn tax cuts.'));
    expect(metrics('The party promised £4bn in tax cuts.')).toEqual([['£4bn', 'tax.change']]);
    expect(metrics('The plan would see some £50bn in spending cuts.')).toEqual([['£50bn', 'spending.change']]);
    expect(metrics('Japan has $850bn in foreign exchange reserves.')).toEqual([['$850bn', 'reserves.fx']]);
    expect(metrics('He won £150,000 in libel damages.')).toEqual([['£150,000', 'damages']]);
  });

  it('but a single noun, an adjective before it, or a singular at the end keep their reading', () => {
    expect(metrics('He would cut £35bn in wasteful spending.')).toEqual([['£35bn', 'spending']]);
    expect(metrics('The firm made £5m in profits.')).toEqual([['£5m', 'profit']]);
  });

  it('and "of" is no such link ("two-thirds of all jobs depend on tourism")', () => {
    expect(metrics('In the Maldives, two-thirds of all jobs depend on tourism.')).toEqual([['two-thirds', 'jobs.share']]);
  });
});
