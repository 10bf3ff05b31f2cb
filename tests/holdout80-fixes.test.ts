// What holdout80's blind run showed: "nine times out of ten", "around an 80% rate", a count after
// a German date. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { found, texts } from './extract-helpers.js';
import { periods } from './period-helpers.js';

describe('"nine times out of ten"', () => {
  it('is one share, not a count of times and a count of ten', () => {
    // holdout80, politics-115
    const [share] = found('If you are going at 40mph, nine times out of ten they will die.', 'en').filter((f) => f.unit === '%');
    expect([share.text, share.value]).toEqual(['nine times out of ten', 90]);
    expect(texts('If you are going at 40mph, nine times out of ten they will die.', 'en')).toEqual(['40mph', 'nine times out of ten']);
    // events counted stay counts
    expect(texts('He won three times out of 10 attempts.', 'en')).toEqual(['three times', '10']);
  });
});

describe('a one-word hedge before the article of a percentage', () => {
  it('qualifies it ("around an 80% success rate"), not an age or a preposition\'s object', () => {
    // holdout80, sport-415
    expect(found('He kicked with around an 80% success rate.', 'en').map((f) => f.qualifier)).toEqual(['about']);
    expect(found('He took over a 25% stake.', 'en').map((f) => f.qualifier)).toEqual(['exact']);
    expect(found('He met about an 18-year-old girl.', 'en').map((f) => f.qualifier)).toEqual(['exact']);
  });
});

describe('a count right after a German date', () => {
  it('is no day of the month before it: "bis zum 30. Dezember 19 neue Fälle"', () => {
    // holdout80, test-898
    expect(texts('In Afghanistan gab es bis zum 30. Dezember 19 neue Fälle.')).toEqual(['19']);
    expect(texts('In Brüssel rissen drei Selbstmordattentäter am 22. März 28 Menschen mit in den Tod.')).toEqual(['drei', '28']);
    expect(texts('On May 4 the company said sales rose 5%.', 'en')).toEqual(['5%']);
  });
});

describe('German sources and years', () => {
  it('reads "laut" before an adjective without article ("laut nationaler Anti-Polio-Initiative")', () => {
    // holdout80, test-898
    expect(sources('In Pakistan waren im Jahr 2015 laut nationaler Anti-Polio-Initiative nur noch 51 neue Fälle gemeldet worden.', ['51']))
      .toEqual(['Anti-Polio-Initiative']);
    expect(sources('Laut deutschem Innenministerium befinden sich 18 Asylwerber darunter.', ['18'])).toEqual(['Innenministerium']);
  });

  it('dates a figure by "in 2014" after it, not by the year of the next clause', () => {
    // holdout80, test-898
    expect(periods('Nach einem Rekord von mehr als 300 Neuinfizierungen in 2014 waren in Pakistan im Jahr 2015 nur noch 51 neue Fälle gemeldet worden.', ['300', '51']))
      .toEqual(['2014', '2015']);
    // a noun after the number: it is counted ("in 2000 Metern Höhe")
    expect(texts('Er sprang in 2000 Metern Höhe ab.')).toEqual(['2000 Metern']);
  });
});

describe('"a year later"', () => {
  it('is the year after the one just named', () => {
    // holdout80, business-450
    expect(periods('During that time, sales grew a lacklustre 2.9% in 2001 and 2.5% a year later.', ['2.9%', '2.5%'], null, 'en'))
      .toEqual(['2001', '2002']);
  });
});
