// One value printed twice in one article under two wordings (two counted nouns, or one metric
// whose sentences name different places) is one figure: found through blind comparison sets
// ("18,7 Sekunden" / "18,7 Sek." keyed by two nouns; "2,500" jobs in a lead naming Ryanair and in
// a sentence naming the EU). Values many things share stay apart.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claim, groupOf, runCompare, together, type ClaimSpec } from './compare-claims.js';

const run = runCompare;
type Spec = Partial<ClaimSpec> & Pick<ClaimSpec, 'sentence' | 'text' | 'value' | 'metric'>;
const fig = (s: Spec, line: number) => claim({ doc: 'a.txt', line, sentenceIndex: line, ...s });

describe('one article, one value, two wordings', () => {
  it('two counted nouns for one distinctive figure are one figure', () => {
    const a = fig({ sentence: 'Frenzel gewann mit 18,7 Sekunden Vorsprung im Schneetreiben.', text: '18,7 Sekunden', value: 18.7, unit: 's', kind: 'duration', precision: 0.05, metric: 'noun:schneetreib' }, 1);
    const b = fig({ sentence: 'Watabe (JPN) lag 18,7 Sek. zurück.', text: '18,7 Sek.', value: 18.7, unit: 's', kind: 'duration', precision: 0.05, metric: 'noun:jpn' }, 2);
    expect(together([a, b])).toBe(true);
    expect(groupOf(run([a, b]), a).verdict).toBe('consistent');
  });

  it('one metric whose sentences name different places: one figure', () => {
    const a = fig({ sentence: 'Ryanair added 2,500 jobs last year.', text: '2,500', value: 2500, kind: 'count', metric: 'jobs', entities: ['Ryanair'] }, 1);
    const b = fig({ sentence: 'About 2,500 jobs were added across the EU.', text: '2,500', value: 2500, kind: 'count', metric: 'jobs', entities: ['EU'], qualifier: 'about', hedge: 'About' }, 2);
    expect(together([a, b])).toBe(true);
  });

  it('a noun-only figure joins the one known figure of its article that prints the value', () => {
    const a = fig({ sentence: 'The union is balloting 45,000 members.', text: '45,000', value: 45000, kind: 'count', metric: 'noun:member' }, 1);
    const b = fig({ sentence: 'The strike would involve 45,000 workers.', text: '45,000', value: 45000, kind: 'count', metric: 'workers' }, 2);
    expect(together([a, b])).toBe(true);
  });

  it('never across articles on this evidence alone', () => {
    const a = fig({ sentence: 'Frenzel gewann mit 18,7 Sekunden Vorsprung.', text: '18,7 Sekunden', value: 18.7, unit: 's', kind: 'duration', precision: 0.05, metric: 'noun:vorsprung' }, 1);
    const b = { ...fig({ sentence: 'Watabe lag 18,7 Sek. zurück.', text: '18,7 Sek.', value: 18.7, unit: 's', kind: 'duration', precision: 0.05, metric: 'noun:jpn' }, 2), doc: 'b.txt' };
    expect(together([a, b])).toBe(false);
  });
});

describe('values many things share stay apart', () => {
  it('one sentence listing one value twice lists two things', () => {
    const s = 'Der Wahlkampf wird zu 25,5 Prozent mit Drogengeldern und zu weiteren 25,5 Prozent mit Spenden finanziert.';
    const a = fig({ sentence: s, text: '25,5 Prozent', value: 25.5, unit: '%', kind: 'percent', precision: 0.05, metric: 'noun:drogengeld', entities: ['GT'] }, 1);
    const b = { ...fig({ sentence: s, text: 'weiteren 25,5 Prozent', value: 25.5, unit: '%', kind: 'percent', precision: 0.05, metric: 'noun:drogengeld' }, 1), start: a.start + 50, end: a.end + 50 };
    expect(together([a, b])).toBe(false);
  });

  it('round figures: "$6bn" of a loan and of credits, "five million" viewers and boxes, "25%" of two shares', () => {
    const loan = fig({ sentence: 'China lent $6bn for the purchase.', text: '$6bn', value: 6e9, unit: 'USD', kind: 'currency', metric: 'noun:purchas' }, 1);
    const credits = fig({ sentence: 'CNPC has offered credits of $6bn.', text: '$6bn', value: 6e9, unit: 'USD', kind: 'currency', metric: 'debt' }, 2);
    expect(together([loan, credits])).toBe(false);
    const viewers = fig({ sentence: 'The show drew five million viewers.', text: 'five million', value: 5e6, kind: 'count', metric: 'viewers', entities: ['US'] }, 3);
    const boxes = fig({ sentence: 'The BBC reported Freeview box ownership of five million.', text: 'five million', value: 5e6, kind: 'count', metric: 'viewers', entities: ['GB'] }, 4);
    expect(together([viewers, boxes])).toBe(false);
    const drugs = fig({ sentence: 'A quarter, 25%, came from drug money.', text: '25%', value: 25, unit: '%', kind: 'percent', metric: 'noun:drug' }, 5);
    const gifts = fig({ sentence: 'Donors gave 25%.', text: '25%', value: 25, unit: '%', kind: 'percent', metric: 'noun:donor' }, 6);
    expect(together([drugs, gifts])).toBe(false);
  });

  it('one metric under two places with nothing in common: two things ("US light crude fell 32 cents", "Brent crude fell 32 cents" in London)', () => {
    const us = fig({ sentence: 'US light crude fell 32 cents to $51.15 a barrel.', text: '32 cents', value: 0.32, unit: 'USD', kind: 'currency', metric: 'price.oil', entities: ['US'] }, 1);
    const uk = fig({ sentence: 'In London, Brent crude fell 32 cents to $49.10.', text: '32 cents', value: 0.32, unit: 'USD', kind: 'currency', metric: 'price.oil', entities: ['GB'] }, 2);
    expect(together([us, uk])).toBe(false);
    // a place and no place, or a firm and a region, may be one figure
    expect(together([us, { ...uk, entities: [] }])).toBe(true);
  });

  it('a figure naming no place joins neither of two places that print its value, in any order', () => {
    const none = fig({ sentence: 'Oil prices fell 32 cents on Tuesday.', text: '32 cents', value: 0.32, unit: 'USD', kind: 'currency', metric: 'price.oil' }, 1);
    const us = fig({ sentence: 'US light crude fell 32 cents to $51.15 a barrel.', text: '32 cents', value: 0.32, unit: 'USD', kind: 'currency', metric: 'price.oil', entities: ['US'] }, 2);
    const uk = fig({ sentence: 'In London, Brent crude fell 32 cents to $49.10.', text: '32 cents', value: 0.32, unit: 'USD', kind: 'currency', metric: 'price.oil', entities: ['GB'] }, 3);
    for (const order of [[none, us, uk], [none, uk, us], [uk, us, none]]) {
      const groups = run(order);
      expect(groupOf(groups, none).claims).toHaveLength(1);
    }
  });

  it('two figures of one item in one sentence are a list too ("zu 25,5 Prozent ... zu weiteren 25,5 Prozent")', () => {
    const s = 'Der Wahlkampf wird zu 25,5 Prozent mit Drogengeldern und zu weiteren 25,5 Prozent mit Spenden finanziert.';
    const a = fig({ sentence: s, text: '25,5 Prozent', value: 25.5, unit: '%', kind: 'percent', precision: 0.05, metric: 'noun:drogengeld' }, 1);
    const b = { ...fig({ sentence: s, text: 'weiteren 25,5 Prozent', value: 25.5, unit: '%', kind: 'percent', precision: 0.05, metric: 'noun:drogengeld' }, 1), start: a.start + 50, end: a.end + 50 };
    const vote = fig({ sentence: 'Die Partei erhielt 25,5 Prozent der Stimmen.', text: '25,5 Prozent', value: 25.5, unit: '%', kind: 'percent', precision: 0.05, metric: 'votes.share' }, 2);
    expect(groupOf(run([a, b, vote]), vote).claims).toHaveLength(1);
  });

  it('a count between 1,800 and 2,100 printed with a separator is no year ("1,950 jobs")', () => {
    const a = fig({ sentence: 'The bank will cut 1,950 jobs.', text: '1,950', value: 1950, kind: 'count', metric: 'jobs', entities: ['HSBC'] }, 1);
    const b = fig({ sentence: 'The 1,950 jobs are mostly in Europe.', text: '1,950', value: 1950, kind: 'count', metric: 'jobs', entities: ['EU'] }, 2);
    expect(together([a, b])).toBe(true);
  });

  it('a number lending its unit from the next one is a list item ("mit 123 und 121 m")', () => {
    const jump = fig({ sentence: 'Prevc sprang nur 123,5 m weit.', text: '123,5 m', value: 123.5, unit: 'm', kind: 'quantity', precision: 0.05, metric: 'noun:sprung' }, 1);
    const list = fig({ sentence: 'Kraft landete mit 123,5 und 121 m auf Rang elf.', text: '123,5', value: 123.5, unit: 'm', kind: 'quantity', precision: 0.05, metric: 'noun:kraft' }, 2);
    expect(together([jump, list])).toBe(false);
  });

  it('a value printed for two known metrics names two things', () => {
    const noun = fig({ sentence: 'The 120,000 figure was confirmed.', text: '120,000', value: 120000, kind: 'count', metric: 'noun:figur' }, 1);
    const jobs = fig({ sentence: 'The plan cuts 120,000 jobs.', text: '120,000', value: 120000, kind: 'count', metric: 'jobs' }, 2);
    const homes = fig({ sentence: 'It builds 120,000 homes.', text: '120,000', value: 120000, kind: 'count', metric: 'homes' }, 3);
    const groups = run([noun, jobs, homes]);
    expect(groupOf(groups, jobs)).not.toBe(groupOf(groups, homes));
    expect(groupOf(groups, noun).claims).toHaveLength(1);
  });

  it('a value stated for two different periods is two figures', () => {
    const now = fig({ sentence: 'Members will share £42.5m this year.', text: '£42.5m', value: 42.5e6, unit: 'GBP', kind: 'currency', metric: 'noun:member', period: '2005' }, 1);
    const before = fig({ sentence: 'In 2004 the windfall was also £42.5m.', text: '£42.5m', value: 42.5e6, unit: 'GBP', kind: 'currency', metric: 'noun:windfal', period: '2004' }, 2);
    expect(together([now, before])).toBe(false);
  });
});

describe('one report under two headlines', () => {
  it('a sentence printed word for word in two articles states its figure once, named place or not', () => {
    const s = 'It launched its DS handheld in Japan and the US last year and has sold 2.8 million units.';
    const a = claim({ doc: 'a.txt', sentence: s, text: '2.8 million', value: 2.8e6, kind: 'count', precision: 0.05e6, metric: 'sales.units~unit', entities: ['JP', 'US'] });
    const b = { ...a, doc: 'b.txt', id: 'other' };
    expect(together([a, b])).toBe(true);
    // the same value in other words is no evidence across articles
    const c = claim({ doc: 'c.txt', sentence: 'Nintendo says 2.8 million units have gone to Japan and the US.', text: '2.8 million', value: 2.8e6, kind: 'count', precision: 0.05e6, metric: 'sales.units~unit', entities: ['JP', 'US'] });
    expect(together([a, c])).toBe(false);
  });
});
