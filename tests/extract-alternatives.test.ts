// Whole alternatives before what they count are one range ("two or three warning letters",
// "fünf, sechs Stunden", "drei, vier, fünf Kleinkinder"); distant options, a list that names no
// noun, and a change's start stay apart. A duration held "for" a time before an event is a
// claim ("for about eight hours before needing a recharge"); a house number before a street is an
// address ("10 Downing Street"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';

describe('alternatives as a range', () => {
  it('reads "two or three warning letters" and "sieben oder acht Torchancen" as ranges', () => {
    const en = only('After two or three warning letters the regulator acts.', 'en');
    expect([en.text, en.value, en.high, en.qualifier]).toEqual(['two or three', 2, 3, 'range']);
    const de = only('Der Schnitt liegt bei sieben oder acht Torchancen.');
    expect([de.text, de.value, de.high]).toEqual(['sieben oder acht', 7, 8]);
  });

  it('reads neighbours after a comma, and a list running on with "or" or commas', () => {
    const hours = only('Man kann keine Pause von fünf, sechs Stunden akzeptieren.');
    expect([hours.text, hours.value, hours.high, hours.unit]).toEqual(['fünf, sechs Stunden', 5, 6, 'hour']);
    const sides = only('There are four, five or six sides all competing.', 'en');
    expect([sides.text, sides.value, sides.high]).toEqual(['four, five or six', 4, 6]);
    const kids = only('Mütter mit drei, vier, fünf Kleinkindern warten.');
    expect([kids.value, kids.high]).toEqual([3, 5]);
  });

  it('keeps distant options, bare alternatives and a change\'s start apart', () => {
    expect(texts('Videos mit wahlweise 120 oder 240 Bildern pro Sekunde.')).toEqual(['120', '240']);
    expect(texts('He scored four or five so I do not know.', 'en')).toEqual(['four', 'five']);
    expect(texts('Die Quote sank von 4 oder 5 auf 3 Prozent.')).toEqual(['4', '5', '3 Prozent']);
    expect(found('Es gab 5, 7 und 9 Punkte.').every((m) => m.qualifier !== 'range')).toBe(true);
  });
});

describe('a duration held before an event', () => {
  it('is a claim after "for" or "lasted", a time distance otherwise', () => {
    expect(texts('The laptop runs for about eight hours before needing a recharge.', 'en')).toEqual(['eight hours']);
    expect(texts('The strike lasted ten days before talks resumed.', 'en')).toEqual(['ten days']);
    expect(texts('He left four years before the election.', 'en')).toEqual([]);
  });
});

describe('house numbers', () => {
  it('reads "10 Downing Street", "221 Baker Street" as addresses, not counts', () => {
    expect(texts('The ultimate prize of 10 Downing Street may elude him.', 'en')).toEqual([]);
    expect(texts('He lives at 221 Baker Street in London.', 'en')).toEqual([]);
  });

  it('keeps a count of things a street name qualifies ("20 Wall Street firms")', () => {
    expect(texts('He sold 20 Wall Street firms.', 'en')).toEqual(['20']);
  });
});

describe('names joined by a slash', () => {
  it('reads "Five/Six Nations" and "Tri-Nations/Six Nations" as names, a slash after a figure as a break', () => {
    expect(texts('They won their first Five/Six Nations title since 1985.', 'en')).toEqual([]);
    expect(texts('They won the Tri-Nations/Six Nations double.', 'en')).toEqual([]);
    expect(texts('Zahl der Toten: 20/Drei Verletzte')).toEqual(['20', 'Drei']);
  });
});

describe('times of day told by minutes and an hour', () => {
  it('reads "um 10 vor 11", "zehn nach acht", "at ten to eleven", "quarter past ten" as times, no figures', () => {
    expect(texts('Um 10 vor 11 kommt der Zug.')).toEqual([]);
    expect(texts('Es ist zehn nach acht.')).toEqual([]);
    expect(texts('Der Zug kommt um Viertel nach acht.')).toEqual([]);
    expect(texts('The train leaves at ten to eleven.', 'en')).toEqual([]);
    expect(texts('He arrived at quarter past ten on Monday.', 'en')).toEqual([]);
  });

  it('keeps votes, changes, ranges with a unit and counted nouns', () => {
    expect(texts('The jury voted 10 to 2 in favour.', 'en')).toEqual(['10', '2']);
    expect(texts('Sales rose from ten to eleven per cent.', 'en')).toEqual(['ten', 'eleven per cent']);
    expect(texts('Die Partei kam auf 10 vor 11 Prozent.')).toEqual(['10', '11 Prozent']);
    expect(texts('Er siegte mit 10 vor 11 Konkurrenten.')).toEqual(['10', '11']);
  });
});

describe('bare alternatives that are one estimate', () => {
  // Sentences written for this test.
  it('reads "perhaps 150 or 200" and "about 40 or 50" as a range, without a unit or noun', () => {
    const r = found('The plant would need perhaps just 150 or 200, the manager said.', 'en');
    expect(r.map((m) => [m.text, m.value, m.high, m.qualifier])).toEqual([['150 or 200', 150, 200, 'range']]);
    expect(found('Wir brauchen vielleicht 20 oder 30.').map((m) => m.qualifier)).toEqual(['range']);
    expect(found('They expect about 40 or 50.', 'en').map((m) => [m.value, m.high])).toEqual([[40, 50]]);
    // without an estimate word two bare figures stay two
    expect(texts('The plant would need 150 or 200.', 'en')).toEqual(['150', '200']);
  });

  it('joins alternatives with thousands separators before a noun, not four plain digits (years)', () => {
    expect(found('The plant would need 1,500 or 2,000 workers.', 'en').map((m) => [m.value, m.high])).toEqual([[1500, 2000]]);
    expect(found('Es kamen 1.500 oder 2.000 Menschen.').map((m) => [m.value, m.high])).toEqual([[1500, 2000]]);
    expect(texts('The plant would need 1500 or 2000 workers.', 'en')).toEqual(['1500', '2000']);
  });
});
