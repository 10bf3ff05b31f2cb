// Speaker labels of interviews ("STANDARD: ...? Fraser: ..."), and qualifiers that start a name ("General Motors").
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

const interview =
  'Wien – Andrea Fraser ist Künstlerin. STANDARD: Wie kam es dazu? Fraser: Erst ein Aufsatz dreier Ökonomen brachte das zusammen. ' +
  'Es gab 30 Ausstellungen. STANDARD: Waren es nicht 40 Ausstellungen? Fraser: Nein.';

describe('speaker labels', () => {
  it('an answer and the sentences after it until the next label are the interviewee\'s', () => {
    expect(sources(interview, ['dreier', '30', '40'])).toEqual(['Andrea Fraser', 'Andrea Fraser', null]);
  });

  it('a label with given name and surname names the person', () => {
    const text = 'STANDARD: Wie viele? Peter Kaiser: Wir haben 40 Jahre gewartet. STANDARD: Und dann? Kaiser: Dann kamen 3 Anträge.';
    expect(sources(text, ['40 Jahre', '3'])).toEqual(['Peter Kaiser', 'Peter Kaiser']);
  });

  it('a lone label speaks for its own sentence only', () => {
    const text = 'Bürgermeister Kurt Fischer ist dafür. Der Grund: Ikea kommt. Fischer: Die anderen 10.000 Quadratmeter geben wir zurück. Das Land prüft 20 Anträge.';
    expect(sources(text, ['10.000 Quadratmeter', '20'])).toEqual(['Kurt Fischer', null]);
  });

  it('a doubled colon still ends the interviewee\'s turn ("STANDARD:: ...")', () => {
    const text = interview + ' STANDARD:: Und die Kosten? Im Katalog stehen 12 Leihgaben. Fraser: Ja.';
    expect(sources(text, ['12'])).toEqual([null]);
  });

  it('labels that are no person name nobody', () => {
    expect(sources('Fazit: Es gab 30 Ausstellungen. Ergebnis: Es kamen 5 Besucher.', ['30', '5'])).toEqual([null, null]);
  });
});

describe('qualifiers before a name', () => {
  it('"General Motors", "Vice Media" are names, "Vice President Dick Cheney" a role and a name', () => {
    expect(sources('Sales rose 5%, General Motors said.', ['5%'], 'en')).toEqual(['General Motors']);
    expect(sources('Revenue rose 5%, Vice Media said.', ['5%'], 'en')).toEqual(['Vice Media']);
    expect(sources('Sales rose 5%, Vice President Dick Cheney said.', ['5%'], 'en')).toEqual(['Dick Cheney']);
    expect(sources('Sales rose 5%, Deputy Prime Minister John Prescott said.', ['5%'], 'en')).toEqual(['John Prescott']);
  });
});

describe('estimates and describing nouns', () => {
  it('"X geht von ... aus" names X; "ging ... aus" (an outcome) and "ging von ... zurück" do not', () => {
    expect(sources('Analysten gehen von 20 bis 30 Mrd. Euro aus.', ['20 bis 30 Mrd. Euro'])).toEqual(['Analysten']);
    expect(sources('Das Votum ging aber 58 zu 42 aus.', ['58'])).toEqual([null]);
    expect(sources('Die Zahl ging von 20 auf 15 zurück.', ['20'])).toEqual([null]);
  });

  it('"the brewery", "the carmaker" describe a firm that speaks', () => {
    expect(sources('The Leuven-based brewery said it would own 97.3% of the shares.', ['97.3%'], 'en')).toEqual(['brewery']);
  });
});
