// What holdout99's blind run showed: "at least $20bn (£10.6bn)" gave the conversion no bound, and
// "fell last year from 36 to just 21 days" left the start level without its days. Sentences written
// for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'en' | 'de' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;

describe('a conversion into another currency in brackets', () => {
  it('says the bound written before the amount, with its words', () => {
    // holdout99, business-019 (shortened)
    const [amount, conversion] = claims('We need at least $20bn (£10.6bn) in investment.');
    expect([amount.qualifier, conversion.text, conversion.qualifier]).toEqual(['at_least', '£10.6bn', 'at_least']);
    const [, pounds] = claims('The studio took almost $1.6bn (£857m) worldwide.');
    expect([pounds.qualifier, pounds.hedge]).toEqual(['at_most', 'almost']);
    expect(claims('SanDisk ist an der Börse rund 14,6 Mrd. Dollar (12,9 Mrd. Euro) wert.', 'de').map((c) => c.qualifier)).toEqual(['about', 'about']);
  });

  it('and the bound written once after the bracket', () => {
    const figures = claims('Those judged to earn $75,000 (£39,000) or more will pay.');
    expect(figures.map((c) => [c.text, c.qualifier])).toEqual([['$75,000', 'at_least'], ['£39,000', 'at_least']]);
  });

  it('but not a figure in brackets that says something else', () => {
    // (a share of a group, not a conversion)
    expect(claims('More than half (55%) of the firms said so.').map((c) => c.qualifier).at(-1)).toBe('exact');
    expect(claims('It paid $5m (£2.7m) for the site.').map((c) => c.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('the start level of a change in a unit of time', () => {
  it('takes the unit of the new level', () => {
    // holdout99, business-020 (shortened)
    const [from, to] = claims('The average induction time fell last year from 36 to just 21 days.');
    expect([from.text, from.unit, from.kind, to.unit]).toEqual(['36', 'day', 'duration', 'day']);
  });

  it('takes the unit of the new level in German too ("von ... auf")', () => {
    const [from, to] = claims('Die Wartezeit sank von 36 auf 21 Tage.', 'de');
    expect([from.text, from.unit, from.kind, to.unit]).toEqual(['36', 'day', 'duration', 'day']);
    expect(claims('Die Frist wurde von drei auf sechs Monate verlängert.', 'de').map((c) => [c.value, c.unit])).toEqual([[3, 'month'], [6, 'month']]);
  });

  it('but a span of days stays one range', () => {
    expect(claims('Stays lasted from 36 to 41 days.').map((c) => [c.text, c.qualifier])).toEqual([['36 to 41 days', 'range']]);
    expect(claims('Der Aufenthalt dauerte 36 bis 41 Tage.', 'de').map((c) => [c.text, c.qualifier])).toEqual([['36 bis 41 Tage', 'range']]);
    // (a figure compared with a duration is no start level: "36 statt 21 Monaten")
    expect(claims('Er erhielt 36 statt 21 Monaten.', 'de')[0].unit).toBe('');
  });
});
