// What the blind set holdout39 showed, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';

describe('data rates written out', () => {
  it('reads "megabits a second", "kilobits per second" as rates', () => {
    expect(found('They offer 0.5 megabits a second on average.', 'en').map((m) => [m.text, m.unit])).toEqual([['0.5 megabits a second', 'Mbit/s']]);
    expect(found('It offers less than 384 kilobits per second on 3G networks.', 'en').map((m) => [m.value, m.unit])).toEqual([[384, 'kbit/s']]);
    expect(found('Das Netz schafft 50 Kilobit pro Sekunde.').map((m) => m.unit)).toEqual(['kbit/s']);
    // the symbol as printed, in English text too
    expect(found('The basic line runs at 256 kbit/s.', 'en').map((m) => [m.text, m.unit])).toEqual([['256 kbit/s', 'kbit/s']]);
  });
});

describe('"einen Fuß" in German', () => {
  it('is the idiom, not a foot of length; "300 Fuß" stays one', () => {
    expect(texts('Noch bevor ein Gast einen Fuß ins Hotel gesetzt hat, sank die Zahl.')).toEqual([]);
    expect(found('Der Turm ist 300 Fuß hoch.').map((m) => m.unit)).toEqual(['ft']);
  });
});

describe('a name before an apposition that holds a role', () => {
  it('speaks through the verb after it: "Richard Cassidy, technischer Chef der Firma X, rät dazu, dass ..."', () => {
    const text = 'Richard Cassidy, technischer Chef der Sicherheitsfirma Alert Logic, rät dazu, dass das Passwort mindestens 12 Zeichen hat.';
    expect(sources(text, ['12'])).toEqual(['Richard Cassidy']);
    expect(sources('Richard Cassidy, technical chief of security firm Alert Logic, said passwords need 12 characters.', ['12'], 'en')).toEqual(['Richard Cassidy']);
  });

  it('gives advice verbs ("rät", "empfiehlt") a source only with what is advised', () => {
    expect(sources('Der Arzt Hans Maier empfiehlt die Impfung, die 30 Euro kostet.', ['30 Euro'])).toEqual([null]);
  });
});

describe('an English number word capitalised after a lower-case word', () => {
  it('is a name: "on Five television", "Ocean\'s Twelve", "the Group of Eight"; a number in lower case stays one', () => {
    expect(texts('Mr Blair faced questions on Five television throughout Wednesday.', 'en')).toEqual([]);
    expect(texts("Ocean's Twelve took $5.4m at the weekend.", 'en')).toEqual(['$5.4m']);
    expect(texts('The Group of Eight met in July.', 'en')).toEqual([]);
    expect(texts('He said five people died.', 'en')).toEqual(['five']);
  });
});

describe('"according to official data" (holdout40)', () => {
  it('names the official data as the source; bare "figures" stay nobody', () => {
    expect(sources('According to official data, exports are expected to reach more than $60bn.', ['$60bn'], 'en')).toEqual(['official data']);
    expect(sources('About 80% of UK adults own a mobile, according to official figures.', ['80%'], 'en')).toEqual(['official figures']);
    expect(sources('According to figures, exports rose 5%.', ['5%'], 'en')).toEqual([null]);
  });
});

describe('English "in" before days or longer beside another figure (holdout41)', () => {
  it('is that figure\'s period: "took £7.2m in three days", "lost $4 in five days"', () => {
    expect(texts('The film took £7.2m in three days.', 'en')).toEqual(['£7.2m']);
    expect(texts('Oil futures have now lost $4 in five days.', 'en')).toEqual(['$4']);
  });

  it('keeps a record\'s span and a time taken: "the highest level in 12 years", "ran 10km in 35 minutes", alone "sold out in three days"', () => {
    expect(texts('48% of agents reported lower prices - the highest level in 12 years.', 'en')).toEqual(['48%', '12 years']);
    expect(texts('The FTSE fell 0.8%, its steepest fall in three months.', 'en')).toEqual(['0.8%', 'three months']);
    expect(texts('She ran 10km in 35 minutes.', 'en')).toEqual(['10km', '35 minutes']);
    expect(texts('The festival sold out in three days.', 'en')).toEqual(['three days']);
  });
});

describe('holdout41: "eineinviertel Stunden", "In the Countryfile survey"', () => {
  it('reads "eineinviertel" as 1.25', () => {
    expect(found('Er verließ nach eineinviertel Stunden das Büro.').map((m) => [m.value, m.unit])).toEqual([[1.25, 'hour']]);
  });

  it('names a survey\'s owner written before its noun', () => {
    expect(sources('In the Mori survey, 47% said they supported the plan.', ['47%'], 'en')).toEqual(['Mori']);
    expect(sources('In January, 47% said they supported the plan.', ['47%'], 'en')).toEqual([null]);
  });
});

describe('holdout41: a speaker before an apposition opened by an article', () => {
  it('"High, the Rugby Football Union\'s referees\' manager, claimed Kaplan made three errors" is High\'s claim', () => {
    const text = "Colin High, the Rugby Football Union's referees' manager, claimed Kaplan made three major errors.";
    expect(sources(text, ['three'], 'en')).toEqual(['Colin High']);
  });
});

describe('holdout42: a list marker with a bracket opening the sentence', () => {
  it('"2) Zoom – ...", "1) If these terrorists ..." hold no figure; "5 (2) goals" stays', () => {
    expect(texts('2) Zoom – Approaching the Puddle läuft ab 23.45 Uhr.')).toEqual([]);
    expect(texts('1) If terrorists acquire weapons they will use them.', 'en')).toEqual([]);
    expect(texts('Sie schossen 5 (2) Tore.')).toEqual(['5', '2']);
  });
});

describe('alternatives sharing the unit written once (holdout41, holdout42)', () => {
  it('are one range: "zwölf oder 13 Jahre", "two or three megapixel", "six or seven million"', () => {
    expect(found('Die Tarife wurden auf meist zwölf oder 13 Jahre zugesagt.').map((m) => [m.text, m.value, m.high, m.unit, m.qualifier]))
      .toEqual([['zwölf oder 13 Jahre', 12, 13, 'year', 'range']]);
    expect(found('They rushed to produce two or three megapixel camera phones.', 'en').map((m) => [m.value, m.high, m.unit])).toEqual([[2, 3, 'MP']]);
    expect(found('So far only six or seven million had been spent.', 'en').map((m) => [m.value, m.high])).toEqual([[6e6, 7e6]]);
  });

  it('leaves bare alternatives two figures, and a time\'s alternatives a time: "four or five", "in fünf oder zehn Jahren aufzuhören"', () => {
    expect(texts('They lost four or five, so I do not know.', 'en')).toEqual(['four', 'five']);
    expect(texts('Er denkt nicht daran, in fünf oder zehn Jahren aufzuhören.')).toEqual([]);
    expect(texts('The fiscal position over the last four or five years was weak.', 'en')).toEqual([]);
  });
});
