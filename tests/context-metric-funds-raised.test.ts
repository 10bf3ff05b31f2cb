// The money a body raises: "plans to raise $N" is funds raised whatever noun the subject holds
// ("Zeta Stock Market"), a "$N share sale" is the same money, and "raised to $N" changes a level
// (a bid raised to a new price), which keeps the noun's metric. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { metricKeys as keys } from './context-metric-support.js';

describe('funds raised', () => {
  it('"raise $N" beats a concept word in the subject', () => {
    expect(keys('Zeta Stock Market plans to raise $80m (£41m) from the sale.', 'en', ['$80m', '£41m'])).toEqual(['funds', 'funds']);
    expect(keys('Shares in the group fell after it said it would raise $60m.', 'en', ['$60m'])).toEqual(['funds']);
  });

  it('beats a clause noun too: "a charity match that raised £2m for victims"', () => {
    expect(keys('A charity match that raised £2m for victims of the floods.', 'en', ['£2m'])).toEqual(['funds']);
  });

  it('"a $N share sale" is the money raised', () => {
    expect(keys('Zeta plans $80m share sale', 'en', ['$80m'])).toEqual(['funds']);
  });

  it('"raised to $N" is a new level of what was raised, not funds', () => {
    expect(keys('It rejected an offer from Omega, which Omega raised to $9.2bn last week.', 'en', ['$9.2bn'])).toEqual(['offer']);
    expect(keys('A takeover bid for the group will be raised to £1.5bn.', 'en', ['£1.5bn'])).toEqual(['offer']);
  });
});
