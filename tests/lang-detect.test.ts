import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEANING_MARKERS, MARKERS, detectLanguage, leaningLanguage } from '../src/lang/detect.js';

/**
 * The definition the hand-written scan must agree with: marker words among the runs of
 * [a-zäöüß] in the lower-cased sample, two points each, and a point for German for each run
 * with ä, ö, ü or ß (leaning markers decide only in leaningLanguage).
 */
function referenceLanguage(text: string): 'de' | 'en' | null {
  let de = 0;
  let en = 0;
  for (const word of text.slice(0, 20000).toLowerCase().match(/[a-zäöüß]+/g) ?? []) {
    if (MARKERS.de.has(word)) de += 2;
    if (MARKERS.en.has(word)) en += 2;
    if (/[äöüß]/.test(word)) de++;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}

describe('detectLanguage', () => {
  const words = [...MARKERS.de, ...MARKERS.en, ...LEANING_MARKERS.en];
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w + 'x'),
    fc.constantFrom(...words).map((w) => w.slice(1)),
    fc.constantFrom(' ', ', ', '.\n', '-', '2024', '\u2013', 'İ', 'İn', 'dİe', '\u212a', '\u1e9e', 'Ä', 'ÜBER', 'verwaltungsgerichte', 'é', '\ud83d\ude00'),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  it('counts the same marker words as lower-casing and splitting the sample', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(0, 19970, 19995), (parts, pad) => {
        const text = 'x'.repeat(pad) + ' ' + parts.join('');
        expect(detectLanguage(text)).toBe(referenceLanguage(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('one sentence', () => {
  // a fact-checker pipes one sentence in: few function words decide it, and "in" is as German as English
  it('is German by its umlauts and German-only words', () => {
    expect(detectLanguage('In Österreich leben 8,4 Millionen Menschen laut Zensus 2011.')).toBe('de');
    expect(detectLanguage('In Kärnten kommen demnächst weitere 280 Plätze in Althofen hinzu.')).toBe('de');
  });

  it('is English with a German name in it', () => {
    expect(detectLanguage('Chancellor Gerhard Schröder said the economy would grow by 1.5% this year.')).toBe('en');
    expect(detectLanguage('More than 16 million viewers watched his return in 2003.')).toBe('en');
    // a headline with "in" alone leans English, after the number formats (reviews)
    expect(detectLanguage('Ryanair in $4bn Boeing plane deal')).toBe(null);
    expect(leaningLanguage('Ryanair in $4bn Boeing plane deal')).toBe('en');
    expect(leaningLanguage('Cobain committed suicide in 1994.')).toBe('en');
  });
});

describe('a scraped page that opens in the other language', () => {
  // Web scrapes open with cookie banners and English navigation: the article after them
  // decides, so the count must not stop while the banner leads.
  const banner =
    'We use cookies and similar technologies on this website to give you the best possible experience. ' +
    'Some of them are essential for the operation of the site, while others help us to improve this site and the user experience. ' +
    'You can decide for yourself whether you want to allow cookies or not. Please note that if you reject them, you may not be able ' +
    'to use all the functionalities of the site. By clicking on accept you agree that we and our partners may store and access ' +
    'information on your device and process your personal data for the purposes of analytics and advertising.\n\n';
  const article =
    'Die Bundesregierung rechnet für das laufende Jahr mit einem Wachstum der Wirtschaft von 0,3 Prozent. Das geht aus der ' +
    'Projektion hervor, die der Minister am Mittwoch in Berlin vorstellte. Im Herbst war die Regierung noch von 1,3 Prozent ' +
    'ausgegangen. Die Inflation werde sich im Lauf des Jahres auf 2,8 Prozent abschwächen, hieß es. Die Zahl der Arbeitslosen ' +
    'soll um 60.000 auf 2,7 Millionen steigen. Für das nächste Jahr erwartet die Regierung ein Plus von 1,0 Prozent. ';
  it('is German when the German article after an English banner is longer', () => {
    expect(detectLanguage(banner + article.repeat(3))).toBe('de');
  });
});
