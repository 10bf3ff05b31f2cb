// What holdout110's blind run showed: "a 802.11b wireless network" gave a count of 802.11bn; "said
// Spacey, who, as Darin, sings all 18 songs" gave the 18 to Spacey (the aside after "who" hid the
// relative clause, which is narration). And holdout44's counting rhyme "Eins, zwei, drei, vier" gave
// three counts. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'en' | 'de' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;

describe("a scale's letter glued to a standard's number is part of its name", () => {
  it('"802.11b" is no count of billions', () => {
    // holdout110, tech-107
    expect(claims('It includes a 802.11b wireless network and five cameras.').map((c) => c.text)).toEqual(['five']);
  });
  it('while amounts with a scale stay figures, currency before or after', () => {
    expect(claims('The population is 1.4b.').map((c) => c.value)).toEqual([1.4e9]);
    expect(claims('It cost £802.11m.').map((c) => c.value)).toEqual([802.11e6]);
    expect(claims('Illva will pay 481.42m yuan.').map((c) => [c.value, c.unit])).toEqual([[481.42e6, 'CNY']]);
    expect(claims('Shares closed at 270.25p on Friday.').map((c) => c.unit)).toEqual(['GBP']);
  });
});

describe('a relative clause after the speaker is narration, an aside inside it too', () => {
  it('"said Spacey, who, as Darin, sings all 18 songs"', () => {
    // holdout110, entertainment-071
    const [c] = claims('"This is my tribute to someone I think was a remarkable talent," said Spacey, who, as Darin, sings all 18 songs on the film soundtrack.');
    expect(c.attribution).toBeNull();
    const [d] = claims('"Das ist ein schöner Tag", sagte Vettel, der, wie erwartet, heuer drei Rennen gewann.', 'de');
    expect(d.attribution).toBeNull();
  });
  it('what the speaker says before it stays his', () => {
    expect(claims('"We sold 5 million," said Smith, who, as chief executive, earns $2m.').map((c) => c.attribution)).toEqual(['Smith', null]);
  });
});

describe('counting aloud states no figure', () => {
  it('"Eins, zwei, drei, vier" (holdout44, test-690)', () => {
    expect(claims('Eins, zwei, drei, vier, mit dem Kopf durch die Tür.', 'de')).toEqual([]);
    expect(claims('One, two, three, go!')).toEqual([]);
  });
  it('while a list joined by "und" and a range of two stay figures', () => {
    expect(claims('Die Teams erzielten 1, 2 und 3 Tore.', 'de').map((c) => c.value)).toEqual([1, 2, 3]);
    expect(claims('Es gab zwei, drei Fälle.', 'de').map((c) => [c.value, c.high])).toEqual([[2, 3]]);
  });
});
