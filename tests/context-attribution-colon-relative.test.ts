// A source phrase before a colon ("Nach Angaben der Polizei: ...") governs the figures after it,
// and a pronoun speaking inside a relative clause ("which it said could reach 9%") is a cue.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('a source phrase before a colon', () => {
  it('gives a genitive owner of "Zahlen" to the figures after the colon', () => {
    const text = 'In Zahlen des Sozialministeriums ausgedrückt: Im Vorjahr bezogen 48.310 Personen Pflegegeld, aber nur 9.204 davon in Vollzeitpflege.';
    expect(sources(text, ['48.310', '9.204'])).toEqual(['Sozialministerium', 'Sozialministerium']);
  });

  it('reads "Nach Angaben der Feuerwehr:" and "Laut Statistik Austria:" as cues', () => {
    const text = 'Nach Angaben der Feuerwehr: Rund 320 Keller standen unter Wasser.\nLaut Statistik Austria: 7,2 Prozent mehr Nächtigungen als im Vorjahr.';
    const got = sources(text, ['320', '7,2 Prozent']);
    expect(got[0]).toMatch(/Feuerwehr/);
    expect(got[1]).toMatch(/Statistik Austria/);
  });

  it('reads "According to the regulator:" in English', () => {
    const text = 'According to Ofgem: 1.2 million households switched supplier last year.';
    expect(sources(text, ['1.2 million'], 'en')[0]).toMatch(/Ofgem/);
  });

  it('does not make a plain heading before a colon a source', () => {
    const text = 'Die Bilanz des Jahres: Im Vorjahr kamen 48.310 Besucher, heuer 52.000.';
    expect(sources(text, ['48.310', '52.000'])).toEqual([null, null]);
  });
});

describe('a pronoun speaking in a relative clause', () => {
  it('gives "which it said could reach" to the company named before', () => {
    const text = 'Acme Media expects its profit margin to keep growing, which it said could reach 12.5% by 2008.';
    expect(sources(text, ['12.5%'], 'en')[0]).toMatch(/Acme Media|it/);
  });

  it('resolves "die es ... schätzt" to the organisation in the previous sentence', () => {
    const text = 'Die Wienerberger AG legte am Dienstag ihre Bilanz vor.\nDer Konzern erwartet eine höhere Rendite, die es auf 7 Prozent schätzt.';
    expect(sources(text, ['7 Prozent'])[0]).toMatch(/Wienerberger|Konzern|es/);
  });

  it('leaves a relative clause without a speech verb unattributed', () => {
    const text = 'Acme Media opened a new plant, which it built for 40 million dollars.';
    expect(sources(text, ['40 million dollars'], 'en')).toEqual([null]);
  });
});
