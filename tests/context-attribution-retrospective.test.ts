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

  it('stays shallow over a long run of sentences pointing back at a report', () => {
    // each sentence's report is the one before's: no chain through the document
    const text = 'Es waren 7 Fälle. ' + 'Das geht aus dem Bericht hervor. '.repeat(20_000);
    expect(sources(text, ['7 Fälle'])).toEqual(['Bericht']);
  });

  it('gives a figure the same source whichever figures are asked', () => {
    const text = 'Der Umsatz stieg um 5 Prozent. Das geht aus einem Bericht des Ifo-Instituts hervor, der 300 Seiten umfasst. Das sagte Konzernchef Peter Müller.';
    const both = sources(text, ['5 Prozent', '300 Seiten']);
    expect(sources(text, ['300 Seiten'])).toEqual([both[1]]);
    expect(both[0]).toMatch(/Ifo/);
  });
});

describe('sentences that open with a demonstrative and do not point back at a source', () => {
  it('leaves out verbs whose subject the demonstrative is, denials and other verbs\' particles', () => {
    const text = 'Die Preise stiegen um 6 Prozent. Das erklärt die hohe Inflation.\n\n'
      + 'Der Gewinn sank auf 44 Millionen Euro. Das bestätigte Konzernchef Peter Müller auf Anfrage nicht.\n\n'
      + 'Die Frist beträgt 31 Tage. Das schreibt das Gesetz vor.';
    expect(sources(text, ['6 Prozent', '44 Millionen Euro', '31 Tage'])).toEqual([null, null, null]);
  });

  it('takes a source after "Das zeigt" only when a document follows', () => {
    const text = 'Der Umsatz stieg auf 41 Millionen Euro. Das zeigt Wirkung.\n\nDas ergab ein Minus von 3 Prozent gegenüber dem Vorjahr.';
    expect(sources(text, ['41 Millionen Euro', '3 Prozent'])).toEqual([null, null]);
    const en = 'Inflation rose to 3.1% in May. This suggests the Bank of England will raise rates to 5.5% in June. That shows Britain grew by 3% last year.';
    expect(sources(en, ['3.1%', '5.5%', '3%'], 'en')).toEqual([null, null, null]);
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
