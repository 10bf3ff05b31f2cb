// Numbers that are part of a name, a code, a grade or a score, not claims: model numbers
// ("the 747 jumbo", "767-300"), a space-grouped number that is really two tokens, a currency
// sign that belongs to the figure after it, star grades, tennis set scores and match-play results. And the near
// misses that must stay claims.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';

const pairs = (sentence: string, lang: 'de' | 'en') => found(sentence, lang).map((m) => [m.text, m.value, m.unit]);

describe('a space before a three-digit group that goes on as a code does not join the numbers', () => {
  it('reads a count before a hyphenated model code, not one number', () => {
    expect(pairs('The carrier signed for 12 767-300 freighters worth $1.1bn.', 'en')).toEqual([['12', 12, ''], ['$1.1bn', 1.1e9, 'USD']]);
  });

  it('still groups thousands with a space', () => {
    expect(pairs('Die Stadt zählte 12 500 Besucher und nahm 40 000 Euro ein.', 'de')).toEqual([['12 500', 12500, ''], ['40 000 Euro', 40000, 'EUR']]);
    expect(pairs('The fund holds 25 000 shares.', 'en')).toEqual([['25 000', 25000, '']]);
  });
});

describe('a currency sign glued to the digits after it belongs to that figure', () => {
  it('leaves the year before it a year', () => {
    expect(pairs('The council vowed to invest by 2010 £45m more in roads.', 'en')).toEqual([['£45m', 45e6, 'GBP']]);
    expect(pairs('Bis 2012 €30 Mio. mehr für Schulen.', 'de')).toEqual([['€30 Mio.', 30e6, 'EUR']]);
  });

  it('keeps a sign written after its own figure', () => {
    expect(pairs('Das Ticket kostet 25 € pro Person.', 'de')).toEqual([['25 €', 25, 'EUR']]);
  });
});

describe('model numbers are names, not counts', () => {
  it('drops a number before a singular product noun', () => {
    expect(texts('An engineer still keeps a 486 PC and the old 747 jumbo model on his desk.', 'en')).toEqual([]);
    expect(texts("Motorola's 680 processor was used in the machine.", 'en')).toEqual([]);
  });

  it('drops a number between a determiner and a capitalised singular name', () => {
    expect(texts('The airline will start flying its 350 Skyliner next spring.', 'en')).toEqual([]);
  });

  it('drops a hyphenated model code', () => {
    expect(texts('A 767-300 landed safely after the engine fault.', 'en')).toEqual([]);
  });

  it('keeps counts: plurals, counted nouns, compounds with a plural head, no determiner', () => {
    expect(texts('It sold 350 jet engines last year.', 'en')).toEqual(['350']);
    expect(texts('The airline ordered 150 Airbus planes.', 'en')).toEqual(['150']);
    expect(texts('the 300 BBC journalists went on strike', 'en')).toEqual(['300']);
    expect(texts('The 250 Labour MPs met on Monday.', 'en')).toEqual(['250']);
  });

  it('keeps real ranges', () => {
    expect(texts('Between 300-400 people were evacuated.', 'en')).toEqual(['300-400']);
    expect(texts('The tickets cost 125-150 dollars.', 'en')).toEqual(['125-150 dollars']);
  });
});

describe('star grades inside a compound adjective are not claims', () => {
  it('drops "four star petrol", "a five-star hotel", "ein Fünf-Sterne-Hotel"', () => {
    expect(texts('The old van ran on four star petrol.', 'en')).toEqual([]);
    expect(texts('They stayed in a five-star hotel.', 'en')).toEqual([]);
    expect(texts('Das Lager ist kein Fünf-Sterne-Hotel.', 'de')).toEqual([]);
    expect(texts('The city has 12 five-star hotels.', 'en')).toEqual(['12']);
  });

  it('keeps counts of stars and star players', () => {
    expect(texts('Critics gave the play four stars.', 'en')).toEqual(['four']);
    expect(texts('The club signed two star players.', 'en')).toEqual(['two']);
    expect(texts('Das Hotel hat fünf Sterne bekommen.', 'de')).toEqual(['fünf']);
  });
});

describe('tennis set scores and formations are not ranges', () => {
  it('drops a run of set scores with or without tie-breaks', () => {
    expect(texts('Kuznetsova, 3-6 6-4 7-5, will meet the top seed.', 'en')).toEqual([]);
    expect(texts('He came through 6-7 (5-7) 7-6 (10-8) 6-2 in Miami.', 'en')).toEqual([]);
    expect(texts('They played a 3-5-2 formation all season.', 'en')).toEqual([]);
  });

  it('keeps ranges and lists of ranges', () => {
    expect(texts('3-4 people were hurt.', 'en')).toEqual(['3-4']);
    expect(texts('Voters aged 18-24, 25-34 and 35-44 were asked.', 'en')).toEqual(['18-24', '25-34', '35-44']);
  });
});

describe('review round: near misses of the score and model rules', () => {
  it('pairs with no set won (six or seven games) are ranges, not set scores', () => {
    expect(texts('Kids aged 3-5, 6-7 and older came along.', 'en')).toEqual(['3-5', '6-7']);
    expect(texts('Federer won 6-4 6-3 7-5 in the final.', 'en')).toEqual([]);
  });

  it('a counted noun in title case keeps the number a count', () => {
    expect(texts('The company axed its 300 Staff after the merger.', 'en')).toEqual(['300']);
    expect(texts('Boeing delivered its 787 Dreamliner aircraft.', 'en')).toEqual([]);
  });
});

describe('match-play results ("3 and 2") are scores, not counts', () => {
  it('drops two small numbers joined by "und"/"and" after a score word of the same clause', () => {
    expect(texts('Der 30-jährige Golfer unterlag dem Schotten Paul Lawrie mit 4 und 3.')).toEqual(['30-jährige']);
    expect(texts('Westwood beat Garcia 3 and 2.', 'en')).toEqual([]);
    expect(texts('Sie siegte im Finale 5 & 4.')).toEqual([]);
  });

  it('keeps counted pairs, pairs outside a score clause and years', () => {
    expect(texts('Er gewann 2 und 3 Rennen.')).toEqual(['2', '3']);
    expect(texts('Die Mannschaft gewann 2 und verlor 3 Spiele.')).toEqual(['2', '3']);
    expect(texts('Nach dem Sieg kamen, so die Polizei, 4 und 3 Verletzte.')).toEqual(['4', '3']);
  });
});
