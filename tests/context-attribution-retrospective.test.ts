// A sentence that opens by pointing back ("Das sagte X.", "Dies geht aus einem Bericht der X
// hervor.", "That's according to X.") names the source of the figures just before it; and
// the phrase reader's cases these sentences showed: a preposition's object inside attributive
// words, an apposition after an abbreviation in brackets, an answer to a request.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('a source named by the next sentence, pointing back', () => {
  it('reads "Das sagte X." for the figures of the sentence before', () => {
    const text = 'Der Umsatz des Konzerns stieg um 5 Prozent auf 3,2 Milliarden Euro. Das sagte Finanzvorstand Peter Müller am Montag in Frankfurt.';
    expect(sources(text, ['5 Prozent', '3,2 Milliarden Euro'])).toEqual(['Peter Müller', 'Peter Müller']);
  });

  it('reads "Dies teilte X mit." and "Das geht aus einem Bericht der X hervor."', () => {
    const text = 'Die Zahl der Arbeitslosen sank um 20.000. Dies teilte die Bundesagentur für Arbeit mit.\n\n'
      + 'Der Schaden beträgt 40 Millionen Euro. Das geht aus einem Bericht der EU-Kommission hervor.';
    expect(sources(text, ['20.000', '40 Millionen Euro'])).toEqual(['Bundesagentur für Arbeit', 'EU-Kommission']);
  });

  it('reads "Das zeigt eine Studie des X.", the document after the verb', () => {
    const text = 'Die Mieten stiegen um 4 Prozent. Das zeigt eine Studie des Wohnforschungsinstituts Empirica.';
    expect(sources(text, ['4 Prozent'])[0]).toMatch(/Empirica/);
  });

  it('reads "That\'s according to X." in English', () => {
    const text = 'Unemployment fell to 4.2% in March. That\'s according to the Office for National Statistics.';
    expect(sources(text, ['4.2%'], 'en')).toEqual(['Office for National Statistics']);
  });

  it('keeps a source the sentence names itself', () => {
    const text = 'Die Inflation lag laut Wifo bei 2,4 Prozent. Das sagte Finanzminister Hans Berger am Montag.';
    expect(sources(text, ['2,4 Prozent'])).toEqual(['Wifo']);
  });

  it('does not take a cue that comes later in a sentence opening with an article', () => {
    const text = 'Der Absatz sank um 7 Prozent. Das Unternehmen teilte mit, es rechne mit einer Erholung.';
    expect(sources(text, ['7 Prozent'])).toEqual([null]);
  });

  it('names nobody new for a pronoun ("Das sagte er.") or across a paragraph gap', () => {
    const pronoun = 'Die Zahl der Besucher stieg auf 500. Das sagte er am Montag.';
    expect(sources(pronoun, ['500'])).toEqual([null]);
    const apart = 'Die Zahl der Besucher stieg auf 500.\n\nEin Absatz dazwischen.\n\nDas sagte Bürgermeister Hans Huber am Montag.';
    expect(sources(apart, ['500'])).toEqual([null]);
  });

  it('gives the next sentence\'s source to the sentence before only, not further back', () => {
    const text = 'Im Vorjahr kamen 300 Besucher. Heuer waren es 450. Das sagte Bürgermeister Hans Huber.';
    expect(sources(text, ['300', '450'])).toEqual([null, 'Hans Huber']);
  });

  it('answers the same whichever sentence is asked first (the one before has figures too)', () => {
    const text = 'Ein Drittel der Jugendlichen in Niederösterreich raucht. Das Einstiegsalter liegt bei durchschnittlich zwölf Jahren. Das ergab eine IFES-Studie im Auftrag des Landes.';
    expect(sources(text, ['Ein Drittel', 'zwölf Jahren'])).toEqual([null, 'IFES']);
  });

  it('stays shallow over a long run of sentences opening with "Das"', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Das waren ${i + 1} Fälle.`).join(' ');
    const got = sources(text, ['1 Fälle', '20000 Fälle']);
    expect(got).toEqual([null, null]);
  });
});

describe('the phrase reader', () => {
  it('skips a preposition\'s object inside attributive words ("der im X angesiedelten Y")', () => {
    const text = 'Laut einem Gutachten der im Sozialministerium angesiedelten Pensionskommission steigen die Kosten um 3 Prozent.';
    expect(sources(text, ['3 Prozent'])).toEqual(['Pensionskommission']);
  });

  it('reads an apposition after an abbreviation in brackets', () => {
    const text = 'Mindestens 50 Dissidenten wurden festgenommen, sagte der Sprecher der Kommission für Menschenrechte (CCDHRN), Elizardo Sanchez, am Montag.';
    expect(sources(text, ['50'])).toEqual(['Elizardo Sanchez']);
  });

  it('gives an answer its owner, but not the one who asked ("Beantwortung einer X-Anfrage")', () => {
    const owner = 'Wie aus der Antwort der Bundesregierung hervorgeht, stiegen die Kosten um 4 Prozent.';
    expect(sources(owner, ['4 Prozent'])).toEqual(['Bundesregierung']);
    const asked = 'Das Ministerium gab 300.000 Euro für Werbung aus. Das geht aus der Beantwortung einer Team Stronach-Anfrage hervor.';
    expect(sources(asked, ['300.000 Euro'])).toEqual([null]);
  });
});
