// An author's or desk's trailer at the end of a German article dates it:
// "(red, 16. 5. 2016)", "(Anna Berger aus Brüssel, 30.12.2015)", "(7.9.2015)".
import { describe, expect, it } from 'vitest';
import { makeInput } from '../fixtures/context-period/input.js';
import { findMetadata } from '../src/context/metadata.js';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const body = 'Die Stadtwerke haben im Herbst neue Busse bestellt. Der Gemeinderat stimmte dem Kauf mit großer Mehrheit zu.';
const date = (text: string) => findMetadata(makeInput(text, 'de')).date;

describe('German article trailers as the document date', () => {
  it.each([
    ['(red, 16. 5. 2016)', '2016-05-16'],
    ['(Anna Berger aus Brüssel, 30.12.2015)', '2015-12-30'],
    ['(Karl Huber; 01.11.2015)', '2015-11-01'],
    ['(ste, kub, 2.11.2015)', '2015-11-02'],
    ['(Text: Eva Roth, Video: Jan Moser, 1.10.2015)', '2015-10-01'],
    ['(APA/red – 8.8. 2015)', '2015-08-08'],
    ['(7.9.2015)', '2015-09-07'],
  ])('reads %s after the last sentence', (trailer, expected) => {
    expect(date(`${body}  ${trailer}`)).toBe(expected);
  });

  it('reads a trailer followed by a results box or a teaser', () => {
    expect(date(`${body} (red, 23.8.2015) ERGEBNISSE vom Sonntag: 100 m: 1. Meier 10,12 Sekunden`)).toBe('2015-08-23');
  });

  it('gives "heuer", "im Vorjahr" and "im kommenden Jahr" their years from the trailer', () => {
    const text = 'Russlands Wirtschaft in der Krise\n\nDie Wirtschaft ist heuer um 3,7 Prozent geschrumpft. Im Vorjahr war sie noch um 0,6 Prozent gewachsen. Im kommenden Jahr erwartet die Regierung ein Minus von 1,2 Prozent. (Anna Berger aus Moskau, 30.12.2015)';
    const doc = analyse(decode('x.de.txt', Buffer.from(text)));
    expect(doc.meta.date).toBe('2015-12-30');
    expect(doc.claims.map((c) => [c.text, c.period])).toEqual([
      ['3,7 Prozent', '2015'],
      ['0,6 Prozent', '2014'],
      ['1,2 Prozent', '2016'],
    ]);
  });
});

describe('dates in parentheses that are not the article\'s', () => {
  it.each([
    ['a date inside a sentence', 'Die Wahl (am 11.10.2015) brachte der Partei 12 Prozent. Danach wurde verhandelt.'],
    ['a bare date mid-text', 'Die Wahl (11.10.2015) brachte der Partei 12 Prozent. Danach wurde verhandelt.'],
    ['a file number before the date', 'Das Gericht entschied (Az. 4 Ob 12/15, 12.3.2015) gegen den Kläger.'],
    ['a decision named before the date', 'Der Vertrag (Beschluss vom 12.3.2015) gilt weiter.'],
  ])('finds no date in %s', (_what, text) => {
    // inside a paragraph of running text (a short line alone may be a dateline by other rules)
    expect(date(`${body} ${text} ${body}`)).toBeNull();
  });
});

describe('a trailer of many short names', () => {
  it('is read in linear time (a run of " ," once took seconds for 80 characters)', () => {
    const names = `(${'ab ,'.repeat(12)}x, 30.12.2015)`;
    const t = performance.now();
    expect(date(`${body}  ${names}`)).toBe('2015-12-30');
    // the text the trailer test reads before the date: 80 characters of " ," runs
    expect(date(`${body}  (${'a ,'.repeat(26)}x, 30.12.2015)`)).toBeNull();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
