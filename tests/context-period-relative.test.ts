// Found through blind comparison sets on undated articles: "Österreich habe im Vorjahr
// 90.000 Asylwerber aufgenommen, heuer seien 37.500 geplant" gave both figures no period, so
// the two years of one series were never compared. Without a document date such periods are
// now given relative to the article's own year ("[Y-1]", "[Y]"), outside the contract's
// `period`, and compare orders them within their article only.
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/index.js';
import { splitRelative } from '../src/context/relative-period.js';
import { claim } from './compare-claims.js';
import { periods, relativePeriods } from './period-helpers.js';

describe('periods relative to an undated article\'s year', () => {
  it('German "im Vorjahr", "heuer", English "last year", "next year", "October last year"', () => {
    const text = 'Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen, heuer seien 37.500 geplant.';
    expect(relativePeriods(text, ['90.000', '37.500'])).toEqual(['[Y-1]', '[Y]']);
    expect(periods(text, ['90.000', '37.500'])).toEqual([null, null]);
    expect(relativePeriods('Growth will slow to 3.3% next year.', ['3.3%'], 'en')).toEqual(['[Y+1]']);
    expect(relativePeriods('The index stood at 108.0 in October last year.', ['108.0'], 'en')).toEqual(['[Y-1]-10']);
  });

  it('are calendar periods where the article is dated, and none where a year is stated', () => {
    expect(periods('Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen.', ['90.000'], '2016-02-01')).toEqual(['2015']);
    expect(relativePeriods('Im Jahr 2014 lagen die Kosten bei 442 Millionen Euro.', ['442 Millionen Euro'])).toEqual([null]);
  });

  it('a period mixing a calendar year with a relative one is dropped', () => {
    expect(splitRelative('2004..9000')).toEqual({ period: null, relativePeriod: null });
    expect(splitRelative('8999..9000')).toEqual({ period: null, relativePeriod: '[Y-1]..[Y]' });
    expect(splitRelative('2015-Q1')).toEqual({ period: '2015-Q1', relativePeriod: null });
  });
});

describe('compare orders relative periods within their article only', () => {
  const asylum = (doc: string, text: string, value: number, relativePeriod: string) =>
    ({ ...claim({ doc, sentence: `Österreich habe ${text} Asylwerber aufgenommen.`, text, value, metric: 'refugees', entities: ['AT'], line: value }), relativePeriod });

  it('the year before and this year of one article are two periods of one series', () => {
    const groups = compare([asylum('a.txt', '90.000', 90000, '[Y-1]'), asylum('a.txt', '37.500', 37500, '[Y]')], { tolerance: 0.02, rates: [] });
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('different_period');
    expect(groups[0].reason).toContain('[Y-1]');
  });

  it('two articles\' "this year" are not one year: no conflict between them', () => {
    const groups = compare([asylum('a.txt', '90.000', 90000, '[Y]'), asylum('b.txt', '37.500', 37500, '[Y]')], { tolerance: 0.02, rates: [] });
    expect(groups.some((g) => g.verdict === 'conflict')).toBe(false);
  });

  it('a relative figure with the same value as a dated one of its article is that figure', () => {
    const loss = (text: string, period: string | null, relativePeriod: string | null, line: number) =>
      ({ ...claim({ doc: 'a.txt', sentence: `Die Bank schrieb ${text} Verlust.`, text, value: 7.9e9, unit: 'EUR', precision: 0.05e9, metric: 'loss', entities: ['AT'], period, line }), relativePeriod });
    const groups = compare([loss('7,9 Milliarden', '2014', null, 1), loss('7,9 Milliarden Euro', null, '[Y-1]', 2)], { tolerance: 0.02, rates: [] });
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('consistent');
  });
});

describe('a clock time is no year', () => {
  it('"at 1800 GMT", "um 1430 Uhr"', () => {
    expect(periods('The dollar traded at $1.364 per euro at 1800 GMT on Monday.', ['$1.364'], null, 'en')).toEqual([null]);
    expect(periods('Der Kurs lag um 1430 Uhr bei 1,12 Dollar.', ['1,12 Dollar'], null, 'de')).toEqual([null]);
    expect(periods('Sales rose 5% in 2004, the firm said at 1800 GMT.', ['5%'], null, 'en')).toEqual(['2004']);
  });
});

describe('an undated article whose "[Y]" figure matches a dated one has told its year', () => {
  it('its other relative periods become calendar ones, in time order', () => {
    const revenue = (doc: string, text: string, value: number, period: string | null, relativePeriod: string | null, line: number) =>
      ({ ...claim({ doc, sentence: `Siemens revenue was ${text}.`, text, value, unit: 'EUR', precision: 0.5e9, metric: 'revenue', entities: ['Siemens'], period, line }), relativePeriod });
    const groups = compare([
      revenue('a.txt', '75bn euros', 75e9, '2004', null, 1),
      revenue('b.txt', '75bn euros', 75e9, null, '[Y]', 1),
      revenue('b.txt', '60bn euros', 60e9, null, '[Y-1]', 2),
    ], { tolerance: 0.02, rates: [] });
    expect(groups).toHaveLength(1);
    expect(groups[0].reason).toMatch(/^60 bn EUR \(2003\) -> 75 bn EUR \(2004\)/);
  });
});

describe('a "since 2009, when …" clause is about 2009 itself', () => {
  it('the figure in the clause gets the year, one after it does not', () => {
    expect(periods('Das ist die schwerste Krise seit 2009, als das BIP um 7,9 Prozent einbrach.', ['7,9 Prozent'], '2015-12-01')).toEqual(['2009']);
    expect(periods('It was the worst slump since 2009, when output fell 7.9%.', ['7.9%'], null, 'en')).toEqual(['2009']);
    expect(periods('Since 2009, when the crisis began, sales rose 7.9% in total.', ['7.9%'], null, 'en')).toEqual([null]);
    expect(periods('Seit 2009 stieg der Umsatz um 7,9 Prozent.', ['7,9 Prozent'], '2015-12-01')).toEqual(['2009..2015']);
  });
});
