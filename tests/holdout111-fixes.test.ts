// What holdout111's blind run showed: "earned just $13.5 (£7m) over three days" kept "three days"
// as a duration (it is the period of the takings); "£17.m" (a stray point before the scale) gave 17.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'en' | 'de' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;
const texts = (text: string, lang: 'en' | 'de' = 'en') => claims(text, lang).map((c) => c.text);

describe('"over" a span right after a figure is the period of that figure', () => {
  it('"earned $13.5m (£7m) over three days", "over the three months"', () => {
    // holdout111, entertainment-072 (with a scale word)
    expect(texts('It earned just $13.5m (£7m) over three days at the US box office.')).toEqual(['$13.5m', '£7m']);
    expect(texts('Shares rose 5% over three years.')).toEqual(['5%']);
    expect(texts('Profits rose 20% over the three months.')).toEqual(['20%']);
    expect(texts('Der Film spielte 13,5 Millionen Dollar über drei Tage ein.', 'de')).toEqual(['13,5 Millionen Dollar']);
  });
  it('while "over" before a span alone is a hedge of it', () => {
    expect(claims('The strike lasted over three days.').map((c) => [c.text, c.qualifier])).toEqual([['three days', 'more_than']]);
    expect(claims('Der Streik dauerte über drei Tage.', 'de').map((c) => [c.text, c.qualifier])).toEqual([['drei Tage', 'more_than']]);
  });
});

describe('a stray point between the digits and a scale after a currency', () => {
  it('"£17.m" is 17 million pounds', () => {
    // holdout111, entertainment-072
    expect(claims('The film took $33.1m (£17.m), ahead of The Incredibles.').map((c) => [c.text, c.value])).toEqual([['$33.1m', 33.1e6], ['£17.m', 17e6]]);
    expect(claims('Profits were €17.bn last year.').map((c) => c.value)).toEqual([17e9]);
  });
  it('while a sentence ending after a bare number stays one', () => {
    expect(claims('The end came at 17. Many left.').map((c) => c.value)).toEqual([17]);
  });
});
