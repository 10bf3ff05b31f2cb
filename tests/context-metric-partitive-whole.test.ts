// "87% of the 1,000 adults quizzed said ..." measured a change in adults, and "40 der 96 Gemeinden"
// the noun of the clause: the partitive's search for its noun stopped at the whole's own count.
// After "of"/"der" that count stands between the share and its noun; "half those pupils" is "half
// of those pupils". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const metrics = (text: string, lang: 'en' | 'de') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.metric?.key ?? null]);

describe('a share of a counted whole measures the whole\'s noun', () => {
  it('past the count of the whole, with or without an article', () => {
    expect(metrics('Some 65% of the 1,000 people polled said they would vote.', 'en')[0]).toEqual(['65%', 'people.share']);
    expect(metrics('More than half of 2,000 people surveyed said they were worried.', 'en')[0]).toEqual(['half', 'people.share']);
    expect(metrics('Rund 40 Prozent der 2,5 Millionen Einwohner sind arm.', 'de')[0]).toEqual(['40 Prozent', 'population.share']);
  });

  it('and a count of a counted whole measures its noun, the head of an English compound', () => {
    expect(metrics('Aber 40 der 96 Gemeinden stellen keine Unterkünfte zur Verfügung.', 'de')[0]).toEqual(['40', 'noun:gemeind']);
    expect(metrics('A third of the 2,000 broadband users interviewed wanted a new provider.', 'en')[0]).toEqual(['A third', 'users.share']);
    expect(metrics('The side lost five of their eight post-World Cup Tests.', 'en')[0]).toEqual(['five', 'noun:test']);
  });

  it('"half" before a determiner is a partitive without "of"', () => {
    expect(metrics('Nearly half those pupils polled said they had been bullied.', 'en')[0]).toEqual(['half', 'students.share']);
    expect(metrics('Half the staff will lose their jobs.', 'en')[0]).toEqual(['Half', 'employees.share']);
    expect(metrics('Half its 300 shops will close.', 'en')).toEqual(metrics('Half of its 300 shops will close.', 'en'));
  });

  it('a fraction and the percentage set off beside it are one share of what follows the aside', () => {
    const claims = (text: string, lang: 'en' | 'de') =>
      analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, Math.round(c.value), c.unit, c.metric?.key ?? null]);
    expect(claims('Nearly two thirds - 65% - of the 1,000 people polled said no.', 'en').slice(0, 2)).toEqual([
      ['two thirds', 67, '%', 'people.share'], ['65%', 65, '%', 'people.share']]);
    expect(claims('More than half (55%) of the respondents said they were worried.', 'en')).toEqual([
      ['half', 50, '%', 'noun:respond.share'], ['55%', 55, '%', 'noun:respond.share']]);
    expect(claims('Zwei Drittel (65 Prozent) der Befragten sagten nein.', 'de')).toEqual([
      ['Zwei Drittel', 67, '%', 'noun:befragt.share'], ['65 Prozent', 65, '%', 'noun:befragt.share']]);
    // a conversion in brackets is no aside before a share: "in" after it keeps its own reading
    expect(metrics('India could spend up to $35bn (£18.8bn) in the aviation market.', 'en')[0][1]).not.toMatch(/aviat/);
  });

  it('but not past a sum: the noun after it is no part of the whole', () => {
    expect(metrics('The union said the cuts would deliver less than 6% of the £22bn ministers hope to save.', 'en')[0][1]).not.toMatch(/minist/);
    expect(metrics('The firm sold 5% in 300 stores.', 'en')[0][1]).not.toMatch(/store/);
  });
});
