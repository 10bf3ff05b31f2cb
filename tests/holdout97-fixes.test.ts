// What holdout97's blind run showed: "In January 25 people ... were jailed" read as a date, "a $2.7bn fraud
// at the company he co-founded in Alabama in 1984" dated by the founding, and "A small number, 17%, said
// they ..." given a speaker two sentences back. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims;

describe('a number after a month, before a plural it counts', () => {
  it('is a count, no day', () => {
    // holdout97, politics-215 (shortened)
    expect(claims('In January 25 people who took part in a sham marriage network were jailed.').map((c) => c.text)).toEqual(['25']);
    expect(claims('In May 19 people died.').map((c) => c.value)).toEqual([19]);
  });

  it('stays a day before other words and in a date named with an article', () => {
    expect(claims('On May 19 the firm said it lost $5m.').map((c) => c.text)).toEqual(['$5m']);
    expect(claims('He sang at the first Super Bowl after the September 11 attacks.')).toEqual([]);
  });
});

describe('a clause of an event after the figure, without commas', () => {
  it('holds its own time ("the company he co-founded in 1984")', () => {
    // holdout97, business-508 (shortened)
    const [fraud] = claims('He is accused of directing a $2.7bn accounting fraud at the company he co-founded in Alabama in 1984.');
    expect(fraud.period).toBeNull();
    expect(claims('He is accused of a $2.7bn fraud at the company which he founded in 1984.')[0].period).toBeNull();
  });

  it('but a time clause after "when" still dates the figure', () => {
    expect(claims('Some 12% of voters disappeared from the roll when it was introduced in 2002.')[0].period).toBe('2002');
  });
});

describe('a share in apposition to the subject of "said"', () => {
  it('is its own people speaking, no earlier speaker', () => {
    // holdout97, tech-081 (shortened)
    const text = 'Tony Macklin said search was vital. Most people trust it. A small number, 17%, said they would not miss search engines.';
    expect(claims(text).map((c) => [c.text, c.attribution])).toEqual([['17%', null]]);
    // (a figure before ", said the firm" is the firm's)
    expect(claims('Sales rose 17%, said the firm.').map((c) => c.attribution)).toEqual(['firm']);
  });
});
