import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';

function sentences(text: string): string[] {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, 'de');
  return segment('t.txt', analysis, blocks, 'de').map((s) => s.text);
}

const one = (text: string) => expect(sentences(text)).toEqual([text]);

describe('German sentence boundaries', () => {
  it('does not split inside an abbreviation written with periods and no spaces ("v.Chr.")', () => {
    expect(sentences('Rom wurde 753 v.Chr. gegründet. Das ist lange her.')).toEqual(['Rom wurde 753 v.Chr. gegründet.', 'Das ist lange her.']);
  });

  it('does not split at abbreviations', () => {
    one('Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es sehr empfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.');
    one('Wir trafen Prof. Dr. S. Bhakdi und Dr. med. Meyer in der Stadt.');
    one('Die Gespräche sollen in den kommenden Wochen fortgesetzt bzw. sogar beschleunigt werden.');
    one('Das Ergebnis 2015 wurde durch eine Wertberichtigung in Höhe von 195 Mio. Euro belastet, der Umsatz lag bei 2,8 Mrd. Dollar.');
    one('Laut Art. 5 Abs. 2 GG gilt das für Nr. 3 ebenso, vgl. S. 225 u. a. zum Thema.');
    one('Wir brauchen Getränke, z.B. Wasser, Saft, Bier usw.');
    one('FSV Mainz 05 verliert gegen Bor. Mönchengladbach.');
  });

  it('reads a lower-case abbreviation only lower-case or opening a sentence', () => {
    one('Anna Schmidt, geb. Müller, wohnt in Berlin.');
    expect(sentences('Sie wohnt in Geb. Müller kam später.')).toEqual(['Sie wohnt in Geb.', 'Müller kam später.']);
    expect(sentences('Geb. Müller ist hier. Bes. Gäste kamen.')).toEqual(['Geb. Müller ist hier.', 'Bes. Gäste kamen.']);
  });

  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(sentences('Der Verlust betrug 3 Mio. Das Unternehmen will nun sparen.')).toEqual([
      'Der Verlust betrug 3 Mio.',
      'Das Unternehmen will nun sparen.',
    ]);
    expect(sentences('Das ist in der Schweiz. Große Interviews folgten.')).toHaveLength(2);
  });

  it('keeps ordinal dates and ordinals inside the sentence', () => {
    one('Die EU hat erst am 20. Mai neue Sanktionen gegen Russland verkündet, die USA schließen sich dem nicht an.');
    one('Mit Inkrafttreten des Mindestlohngesetzes (MiLoG) zum 01. Januar 2015 werden Leistungen neu geregelt.');
    one('Physiker Stephen Hawking hat die Komplexitätsforschung als die Wissenschaft des 21. Jahrhunderts bezeichnet.');
    one('Hannovers Ursprünge reichen bis zu Tongefäßen aus dem 1. -3. Jahrhundert nach Christus zurück.');
    one('Amazon verkauft die Verkleidung Flüchtling – 1./2. Weltkrieg für Mädchen.');
    one('NBA-Finale (best of seven)/2. Spiel: Golden State Warriors – Cleveland Cavaliers 93:95.');
    one('Laut @GOettingerEU wird die Kommission in der Sitzung am 9.Dez entscheiden.');
  });

  it('splits after a number after a slash when no ordinal noun follows ("Durchwahl/12. Trainer")', () => {
    expect(sentences('Die Hotline ist unter Durchwahl/12. Trainer Müller lobte die Fans.')).toEqual([
      'Die Hotline ist unter Durchwahl/12.',
      'Trainer Müller lobte die Fans.',
    ]);
  });

  it('splits after a number that ends a sentence', () => {
    expect(sentences('Die Information steht auf Seite 12. Dort kannst du nachlesen.')).toEqual([
      'Die Information steht auf Seite 12.',
      'Dort kannst du nachlesen.',
    ]);
    expect(sentences('Die Zahl der Brandstiftungen stieg demnach von sechs auf 92. Der Anteil der Straftaten wuchs.')).toHaveLength(2);
    expect(sentences('Lebedew kaufte die Zeitung im Jahr 2010. Zu seiner Hochblüte hatte sie viele Leser.')).toHaveLength(2);
  });

  it('keeps numeric dates, times and decimals together', () => {
    one('[InvestmentWeek] · 21.01.2025 · 18:00 Uhr');
    one('21. Januar 2025, 18:00 Uhr · Quelle: InvestmentWeek');
    one('Bitte überweisen Sie 5.300,25 Euro bis 12.3.2025 um 18.00 Uhr.');
  });

  it('keeps quotations with their attribution', () => {
    one('„Trumps Geschäftssinn zerbricht Bidens Narrative. Der Versuch, Russland zu besiegen, ist gescheitert“, kommentierte Dmitriev auf X.');
    one('Kurz vor seinem 75. Geburtstag sagte er, der Zeitpunkt sei gekommen, «wo man sagen sollte, man nimmt sich selber raus».');
    expect(sentences('„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.')).toEqual([
      '„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“',
      'Wir haben 1.000.000 Euro.',
    ]);
    expect(sentences('Thomas sagte: ,,Wann kommst du?” ,,Das weiß ich noch nicht“, antwortete Susi. Wir gehen.')).toHaveLength(2);
  });

  it('makes headings, list lines and bullets sentences of their own', () => {
    const text = 'Handel auf historischem Tiefstand\n• 1. Planen Sie frühzeitig!\n• 2. Essen Sie gesund!\n- Themen:\nKeine Kreditkarte erforderlich • Keine versteckten Kosten';
    expect(sentences(text)).toEqual([
      'Handel auf historischem Tiefstand',
      '• 1. Planen Sie frühzeitig!',
      '• 2. Essen Sie gesund!',
      '- Themen:',
      'Keine Kreditkarte erforderlich • Keine versteckten Kosten',
    ]);
    one('1. Dies ist eine Punkteliste.');
  });

  it('splits ordinary sentences of a real article', () => {
    const seed = readFileSync(new URL('../seeds/001_bc6d95fe6cdf14b2.txt', import.meta.url), 'utf8');
    const got = sentences(seed);
    expect(got).toContain('Trump möchte „in großem Stil“ mit Russland handeln.');
    expect(got).toContain('Dafür gibt es allerdings Voraussetzungen.');
    expect(got).toContain('Wie sehr würden die USA profitieren?');
    expect(got).toContain('Im Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar.');
    expect(got).toContain('„Sein Potenzial ist UNBEGRENZT“, erklärte Trump.');
  });
});
