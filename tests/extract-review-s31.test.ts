// Fixes from a review of session 30's rules, each on the sentence shape it broke.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';

const brief = (sentence: string) => found(sentence, 'en').map((m) => [m.text, m.value, m.unit]);

describe('a range after a verb of change', () => {
  it('stays a range before an attribute and its counted noun ("150,000 to 200,000 new jobs")', () => {
    expect(texts('The economy is expected to add 150,000 to 200,000 new jobs this year.', 'en')).toEqual(['150,000 to 200,000']);
    expect(texts('The airline will cut 2,000 to 3,000 full-time staff.', 'en')).toEqual(['2,000 to 3,000']);
    // the change and the new level without a counted noun, as before
    expect(texts('Unemployment fell 11,000 to 813,200 last month.', 'en')).toEqual(['11,000', '813,200']);
    // past an attribute only where the two could be a range's ends (second review)
    expect(texts('Membership rose 2,000 to 30,000 registered users last year.', 'en')).toEqual(['2,000', '30,000']);
  });
});

describe('"m" before a partitive', () => {
  it('is a million with a counted noun after the partitive ("2m of its customers")', () => {
    expect(brief('The bank said 2m of its customers had been affected.')).toEqual([['2m', 2_000_000, '']]);
    expect(brief("They resurfaced 500m of the town's streets.")).toEqual([['500m', 500, 'm']]);
    // the counted noun is the head, not an owner or a noun further on (second review)
    expect(brief("She led for the first 800m of the women's race before fading.")).toEqual([['800m', 800, 'm']]);
    expect(brief('The final 400m of the pipeline to homes in the village was laid last week.')).toEqual([['400m', 400, 'm']]);
  });

  it('is metres before an event named in the plural after a possessive', () => {
    expect(brief("Kelly Holmes is Britain's 1500m Olympics champion.")).toEqual([['1500m', 1500, 'm']]);
    expect(brief("She holds the world's 100m Games record.")).toEqual([['100m', 100, 'm']]);
    expect(brief("Some of the UK's 1.6m Muslims voted.")).toEqual([['1.6m', 1_600_000, '']]);
  });
});

describe('capitalised unit words', () => {
  it('keeps a currency word in a title-case headline a name ("50 Cent")', () => {
    expect(texts('Rapper 50 Cent Tops US Charts Again', 'en')).toEqual([]);
    expect(texts('Fraudster Jailed For 10 Years After Scam', 'en')).toEqual(['10 Years']);
  });
});

describe('"one point" after a verb of change', () => {
  it('is a step of one point, like "two points", beside the new level too', () => {
    expect(texts('Confidence is forecast to drop one point in the March survey.', 'en')).toEqual(['one point']);
    expect(texts('Labour gained one point to 38%.', 'en')).toEqual(['one point', '38%']);
    expect(texts('At one point the index fell 5%.', 'en')).toEqual(['5%']);
  });
});
