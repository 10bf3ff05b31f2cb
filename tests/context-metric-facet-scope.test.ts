// Words that gave a figure the wrong metric key: a "frozen" word that is not
// about the measured thing (freezing weather, blocking a takeover), a growth
// rate read as a share, a period's possessive ("the third quarter's 5.1%")
// read as a share. And the near misses that must keep their key.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/types.js';
import { metricKeys, type FigureSpec } from './context-metric-support.js';

const keyOf = (text: string, lang: Lang, figure: string | FigureSpec) => metricKeys(text, lang, [figure])[0];
const keysOf = metricKeys;

describe('frozen only refines what can be frozen', () => {
  it('does not freeze a price in freezing weather', () => {
    expect(keyOf('Icy winds and freezing weather pushed heating oil prices above $90.', 'en', '$90')).toBe('price.oil');
    expect(keyOf('Freezing conditions sent natural gas prices to $6.', 'en', '$6')).toBe('price.gas');
  });

  it('does not freeze a count of people or games near "block" or "gesperrt"', () => {
    expect(keyOf('Nine senators urged the regulator to block the merger.', 'en', { text: 'Nine', kind: 'count' })).toBe('lawmakers');
    expect(keyOf('Der Stürmer wurde für vier Spiele gesperrt.', 'de', { text: 'vier', kind: 'count' })).toBe('matches');
    expect(keyOf('The chancellor is expected to freeze fuel duty at 50p.', 'en', { text: '50p', kind: 'currency', unit: 'GBP' })).not.toContain('frozen');
  });

  it('still freezes assets, reserves and funds, in the phrase or anywhere in the clause', () => {
    expect(keyOf('The EU has frozen assets worth $210bn.', 'en', '$210bn')).toBe('assets.frozen');
    expect(keyOf('Roughly $210bn of Russian assets remain frozen.', 'en', '$210bn')).toBe('assets.frozen');
    expect(keyOf('The government is freezing Russian assets worth $210bn.', 'en', '$210bn')).toBe('assets.frozen');
    expect(keyOf('Die Schweiz hat Vermögenswerte von 7 Milliarden Euro eingefroren.', 'de', '7 Milliarden Euro')).toBe('assets.frozen');
    expect(keyOf('Die Bank hat Devisenreserven von 90 Milliarden Euro blockiert.', 'de', '90 Milliarden Euro')).toBe('reserves.fx.frozen');
  });
});

describe('a growth rate is a change, not a share', () => {
  it('reads "growth rate" as the change of the metric it names', () => {
    expect(keyOf('Like-for-like sales showed a growth rate of 1.2% in March.', 'en', '1.2%')).toBe('revenue.underlying.change');
    expect(keyOf('The fund reported an annual investment growth rate of 7%.', 'en', '7%')).toBe('investment.change');
    expect(keyOf('Exports beat the 2.5% growth rate analysts had expected.', 'en', '2.5%')).toBe('exports.change');
  });

  it('keeps a real share and a rate that is a level', () => {
    expect(keyOf('Exports make up a share of 40% of output.', 'en', '40%')).not.toMatch(/change$/);
    expect(keyOf('The unemployment rate fell to 5.1%.', 'en', '5.1%')).toBe('unemployment.rate');
    expect(keyOf('The central bank kept its key rate at 4.75%.', 'en', '4.75%')).toBe('interest.rate');
  });
});

describe("a period's possessive is a period, not a share", () => {
  it('gives "the third quarter\'s 5.1%" the key of the change it compares with', () => {
    expect(keysOf('Investment rose 2.9% in the fourth quarter, after the third quarter\'s 3.6%.', 'en', ['2.9%', '3.6%']))
      .toEqual(['investment.change', 'investment.change']);
    expect(keysOf('Household spending rose 2.9% in the fourth quarter, down from the third quarter\'s 3.6%.', 'en', ['2.9%', '3.6%']))
      .toEqual(['spending.change', 'spending.change']);
  });

  it('still reads a quarter of something as a share', () => {
    expect(keyOf('A quarter of exports, some 25%, go to China.', 'en', '25%')).not.toMatch(/\.change$/);
  });
});

describe('what a bid values a company at', () => {
  it('gives "a proposal which values the firm at" the key of the bid itself', () => {
    expect(keyOf('Directors will weigh the new proposal, which values the brewer at £950m.', 'en', '£950m')).toBe('offer');
    expect(keyOf('They rejected an approach that values the brewer at £950m.', 'en', '£950m')).toBe('offer');
    expect(keyOf('A rival bid valuing the brewer at £950m is expected.', 'en', '£950m')).toBe('offer');
    expect(keyOf('The investor\'s offer values the brewer at £950m.', 'en', '£950m')).toBe('offer');
  });

  it('leaves values that are a noun alone', () => {
    expect(keyOf('Property values rose to £210,000.', 'en', '£210,000')).not.toBe('offer');
    expect(keyOf('The shares were valued at £2 each.', 'en', '£2')).not.toBe('offer');
  });
});
