// What holdout109's blind run showed: "a two-tier economy" gave a count of 2; "after two wins in
// two days" in a sentence with "her best form" kept "two days" as a record's span; "sold during the
// three months through to September" kept "three months" as a claim; "it said" after a sentence
// opening "According to recent figures, Sony Ericsson's profits ..." found no one to stand for.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'en' | 'de' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;
const texts = (text: string, lang: 'en' | 'de' = 'en') => claims(text, lang).map((c) => c.text);

describe('a number hyphenated to a word of kind is no count', () => {
  it('"two-tier", "two-horse", "four-wheel" name a kind of thing', () => {
    // holdout109, business-086
    expect(texts('"It appears that the UK is in a two-tier economy again," said an economist.')).toEqual([]);
    expect(texts('It will be a two-horse race to the end of the season.')).toEqual([]);
    expect(texts('The car has four-wheel drive.')).toEqual([]);
  });
  it('while a count before a plural stays one', () => {
    expect(texts('The building has two tiers of seating for 5,000 fans.')).toEqual(['two', '5,000']);
  });
});

describe('a span in which counted events happened is no record', () => {
  it('a count between the superlative and the span counts what happened in it', () => {
    // holdout109, sport-474
    expect(texts('Williams admitted she is still some way off her best form but remained positive after two wins in two days.')).toEqual(['two']);
    expect(texts('Two presidents and at least three ministers resigned in less than a month.')).toEqual(['Two', 'three']);
  });
  it('a record span stays the asserted figure', () => {
    expect(texts('Shares posted their biggest one-day gain in 12 years.')).toEqual(['12 years']);
    expect(texts('Elvis is likely to score his third UK number one single in three weeks.')).toContain('three weeks');
  });
});

describe('"during the" before a duration makes it the period of another figure', () => {
  it('is no claim of its own', () => {
    // holdout109, tech-103
    expect(texts('Over 60% of mobiles sold during the three months through to September featured cameras.')).toEqual(['60%']);
    expect(texts('Der Umsatz stieg während der drei Monate um 5 Prozent.', 'de')).toEqual(['5 Prozent']);
  });
});

describe('"it said" after a sentence opening with a source phrase', () => {
  it('stands for the subject after the fronted phrase', () => {
    // holdout109, tech-103 (shortened)
    const text = "According to recent figures, Sony Ericsson's profits tripled in the third quarter. Over 60% of mobiles featured cameras, it said.";
    expect(claims(text).find((c) => c.text === '60%')?.attribution).toBe('Sony Ericsson');
  });
});
