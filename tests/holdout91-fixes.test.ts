// What holdout91's blind run showed: "22 euro cents" read as 22 euros, "300m blog entries" read as
// metres, "between the ages of 10 and 17" read as two counts, a German speaker lost past a sentence
// adverb, and the agent inside a German attribute taken for the speaker. Sentences written for these
// tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { only, texts } from './extract-helpers.js';

const money = (sentence: string, lang: 'de' | 'en') => {
  const f = only(sentence, lang);
  return [f.text, f.value, f.unit];
};

describe('a euro cent', () => {
  it('is a hundredth of a euro in English, misprinted plural too', () => {
    // holdout91, business-483
    expect(money('The stock tumbled in Paris to 22 euro cents.', 'en')).toEqual(['22 euro cents', 0.22, 'EUR']);
    expect(money('EuroDisney will sell the new shares priced at 9 euros cents each.', 'en')).toEqual(['9 euros cents', 0.09, 'EUR']);
    expect(money('The dividend rose to 40 eurocents a share.', 'en')).toEqual(['40 eurocents', 0.4, 'EUR']);
  });

  it('is a hundredth of a euro in German, written together, hyphenated or apart', () => {
    expect(money('Die Aktie fiel auf 22 Euro-Cent.', 'de')).toEqual(['22 Euro-Cent', 0.22, 'EUR']);
    expect(money('Die Aktie fiel auf 22 Eurocent.', 'de')).toEqual(['22 Eurocent', 0.22, 'EUR']);
    expect(money('Die Aktie fiel auf 22 Euro Cent.', 'de')).toEqual(['22 Euro Cent', 0.22, 'EUR']);
  });
});

describe('"m" before a noun and a counted noun', () => {
  it('is million: nothing counted is measured in metres', () => {
    // holdout91, tech-062
    const f = only('Ask Jeeves would organise the database of 300m blog entries Bloglines holds.', 'en');
    expect([f.value, f.unit, f.kind]).toEqual([300_000_000, '', 'count']);
    expect(only('The software runs many of the 1.4m cash machines around the world.', 'en').value).toBe(1_400_000);
  });

  it('stays metres before a race or an event', () => {
    expect(only('He won the 100m relay heats.', 'en').unit).toBe('m');
  });
});

describe('"between the ages of X and Y"', () => {
  it('is one range, as "aged between X and Y" is', () => {
    // holdout91, business-484
    expect(texts('Children in the UK between the ages of 10 and 17 had an annual income of £775.', 'en')).toEqual(['10 and 17', '£775']);
    expect(texts('The policy is aimed at children between the ages of six and 11.', 'en')).toEqual(['six and 11']);
  });

  it('needs the "between": "the ages of 10 and 17" alone are two figures', () => {
    expect(texts('The ages of 10 and 17 are key.', 'en')).toEqual(['10', '17']);
  });
});

describe('German speakers', () => {
  const sources = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'de' }).claims.map((c) => [c.text, c.attribution]);

  it('reach their verb past a sentence adverb at the end of a subordinate clause', () => {
    // holdout91, test-7 (shortened)
    expect(sources('Wobei eine der Zeuginnen überraschenderweise sagt, S. sei fünf Meter entfernt gestanden.')).toEqual([['fünf Meter', 'Zeuginnen']]);
    expect(sources('Wobei die Zeugin erstaunlicherweise sagt, S. sei fünf Meter entfernt gestanden.')).toEqual([['fünf Meter', 'Zeugin']]);
  });

  it('are not the agent inside an attribute ("der von X verteidigte 31-Jährige"), an aside between dashes too', () => {
    // holdout91, test-7 (shortened): the lawyer who defends him is not the one who speaks
    for (const text of [
      'Er habe 5 Meter gesehen, sagt der von Matthias Prückler verteidigte 31-Jährige.',
      'Er habe 5 Meter gesehen, sagt der von Matthias Prückler – der auch im Rechtsbüro tätig ist – verteidigte 31-Jährige.',
    ]) expect(sources(text)[0][1]).not.toBe('Matthias Prückler');
    // the head after the attribute still speaks
    expect(sources('Es seien 5 Prozent, sagte die von Donald Trump ernannte Richterin Amy Barrett.')).toEqual([['5 Prozent', 'Amy Barrett']]);
  });
});
