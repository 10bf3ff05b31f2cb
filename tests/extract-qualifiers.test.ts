import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';

describe('hedges become qualifiers, outside the printed figure', () => {
  it.each([
    ['Mit einem Handelsvolumen von lediglich 2,8 Milliarden Dollar bewegt sich wenig.', 'exact', 'lediglich'],
    ['Die Exporte lagen bei knapp 526 Millionen US-Dollar.', 'at_most', 'knapp'],
    ['Der Handel erreichte rund 3,5 Milliarden US-Dollar.', 'about', 'rund'],
    ['Das Fusionsprojekt liegt etwa 95 Kilometer südwestlich von Kugluktuk.', 'about', 'etwa'],
    ['Das Dürften ca. 99 Dollar pro Kopf sein.', 'about', 'ca.'],
    ['Die Firma meldete eine tägliche Produktion von über 400.000 Barrel.', 'more_than', 'über'],
    ['Im Laufe des Tages haben mehr als 7.800 Flüchtlinge das Land verlassen.', 'more_than', 'mehr als'],
    ['Weniger als zehn Prozent der Syrer gelten als hoch qualifiziert.', 'less_than', 'Weniger als'],
    ['Die Quote liegt unter sieben Prozent.', 'less_than', 'unter'],
    ['Das Unternehmen will gut 3 Mrd. Euro investieren.', 'at_least', 'gut'],
    ['Die Preise steigen um bis zu 30 Prozent.', 'at_most', 'bis zu'],
    ['Es waren mindestens 12 Kubikmeter Beton.', 'at_least', 'mindestens'],
    ['Der Anstieg liegt nahezu bei 5 Prozent.', 'exact', null],
  ])('%s', (sentence, qualifier, hedge) => {
    const m = only(sentence);
    expect([m.qualifier, m.hedge]).toEqual([qualifier, hedge]);
    if (hedge) expect(m.text.includes(hedge)).toBe(false);
  });

  it('reads English hedges', () => {
    expect(only('Some 95% of insurance claims were for natural catastrophes.', 'en').qualifier).toBe('about');
    expect(only('Indonesia is considering raising fuel prices by as much as 30%.', 'en').qualifier).toBe('at_most');
    expect(only('The firm made more than $12bn.', 'en').qualifier).toBe('more_than');
    expect(only('US firms added only 146,000 jobs in January.', 'en').qualifier).toBe('exact');
    expect(only('Nearly 2 million people voted.', 'en').qualifier).toBe('at_most');
    // "close to" is "nearly": not above
    expect(only('Close to half a million people attended.', 'en').qualifier).toBe('at_most');
    expect(only('It cost at least £20m.', 'en').qualifier).toBe('at_least');
  });

  it('does not read "unter" before a count as "less than": "among"', () => {
    expect(only('Das Amt veröffentlichte eine Befragung unter 2800 Asylberechtigten.').qualifier).toBe('exact');
  });
});

describe('ranges', () => {
  it('shares the unit written once: "1,5 bis 2 Prozent"', () => {
    const m = only('Selbst in den 1980er Jahren dümpelte der Anteil bei mageren 1,5 bis 2 Prozent.');
    expect([m.text, m.value, m.high, m.unit, m.qualifier]).toEqual(['1,5 bis 2 Prozent', 1.5, 2, '%', 'range']);
  });

  it('shares the scale written once: "zwischen 3 und 4 Millionen"', () => {
    const m = only('Es kamen zwischen 3 und 4 Millionen Besucher.');
    expect([m.value, m.high, m.qualifier, m.hedge]).toEqual([3e6, 4e6, 'range', 'zwischen']);
    expect(only('Sales will be from 3 to 4 billion.', 'en').value).toBe(3e9);
  });

  it('reads dashes between figures', () => {
    const m = only('Die Renditen liegen bei 10–12 %.');
    expect([m.value, m.high, m.unit]).toEqual([10, 12, '%']);
    expect(found('At 2.6%, inflation remains within the 2-3% target range.', 'en').map((m) => [m.value, m.high])).toEqual([[2.6, null], [2, 3]]);
    const usd = found('Profits of between £415m and £425m ($779m-798m) are expected.', 'en');
    expect(usd.map((m) => [m.value, m.high, m.unit])).toEqual([[415e6, 425e6, 'GBP'], [779e6, 798e6, 'USD']]);
  });

  it('reads "over" before a duration as its span, and as a bound only after a word of length', () => {
    const q = (s: string) => found(s, 'en').map((m) => [m.text, m.qualifier]);
    expect(q('Doom 3 was developed over four years.')).toEqual([['four years', 'exact']]);
    // right after an amount, the span is the amount's period (holdout111): no duration of its own
    expect(q('Brown offered £960m over 15 years to the fund.')).toEqual([['£960m', 'exact']]);
    expect(q('He has lived there for over three years.')).toEqual([['three years', 'more_than']]);
    expect(q("I've been waiting over six years for this.")).toEqual([['six years', 'more_than']]);
    expect(q('It became a best-seller in little over two years.')).toEqual([['two years', 'more_than']]);
    // German "über" always bounds
    expect(found('Die Reste sind über 2.500 Jahre alt.').map((m) => m.qualifier)).toEqual(['more_than']);
  });

  it('does not join two measures of a results line into a range', () => {
    expect(texts('Kugel: 13,73 m – 200 m: 23,42 Sek.')).toEqual(['13,73 m', '200 m', '23,42 Sek.']);
    expect(found('Die Strecke misst 2 km – 20 km.').map((m) => [m.value, m.high])).toEqual([[2, 20]]);
    expect(found('Die Wellen erreichen eine Höhe von 0,5 m – 4 m.').map((m) => [m.value, m.high])).toEqual([[0.5, 4]]);
  });

  it('reads a bare "bis" before a figure with a unit as "up to", not after a number ("ein bis zwei Monaten")', () => {
    expect(found('Spender von Beträgen bis 3.500 Euro bleiben anonym.').map((m) => m.qualifier)).toEqual(['at_most']);
    expect(found('Eine Gewissheit gibt es erst in ein bis zwei Monaten.').map((m) => m.qualifier)).not.toContain('at_most');
    expect(found('Bis 2020 soll der Anteil auf 40 Prozent steigen.').map((m) => m.qualifier)).toEqual(['exact']);
  });

  it('reads a between-range whose numbers stand in quotes as one range', () => {
    const m = found('The UK had valued the animals at between "two and three times" the assessment.', 'en');
    expect(m.map((x) => [x.value, x.high, x.qualifier])).toEqual([[2, 3, 'range']]);
  });

  it('reads "from X to Y" after a verb of change and its object as a change, not a range', () => {
    expect(texts('Qantas increased the number of flight attendants based in London from 370 to 870.', 'en')).toEqual(['370', '870']);
    expect(found('Children aged from 5 to 11 attend.', 'en').map((m) => [m.value, m.high])).toEqual([[5, 11]]);
  });

  it('keeps a change from one figure to another as two figures', () => {
    expect(found('Interim losses rose from £1m to £1.2m.', 'en').map((m) => m.value)).toEqual([1e6, 1.2e6]);
    expect(found('Rates rose by 0.25% to 4.5%.', 'en').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
    expect(found('Die Preise sanken von 15 auf 14 Euro.').length).toBe(2);
  });

  it('reads "minus" and negative signs', () => {
    expect(only('Die Wirtschaft schrumpfte um minus 3 Prozent.').value).toBe(-3);
    expect(only('Die Rendite lag bei -0,5 %.').value).toBe(-0.5);
    expect(only('Der Kurs fiel auf −2,1 Prozent.').value).toBe(-2.1);
  });
});

describe('"unter", "under" after a verb of a level (holdout26)', () => {
  it('bounds a figure without a unit too; alone it is "among"', () => {
    expect(found('Die Population liegt unter 1.000 Exemplaren.')[0].qualifier).toBe('less_than');
    expect(found('The population is under 1,000.', 'en')[0].qualifier).toBe('less_than');
    expect(found('Unter 1.000 Menschen war er der einzige.')[0].qualifier).toBe('exact');
  });
});

describe('verbs of passing a mark read as "more than"', () => {
  it.each([
    ['There were also donations topping £120,000 for the party.', 'en'],
    ['Sales of her books have exceeded 40 million.', 'en'],
    ['The number of subscribers has surpassed three million.', 'en'],
    ['Die Kosten übersteigen 2 Millionen Euro.', 'de'],
  ])('%s', (sentence, lang) => {
    expect(only(sentence, lang as 'de' | 'en').qualifier).toBe('more_than');
  });
});

describe('German "gegen" before a count is "against", no hedge (holdout57)', () => {
  it('reads "Ermittelt wurde gegen 54 Personen" as exact', () => {
    expect(only('Ermittelt wurde gegen 54 Personen.').qualifier).toBe('exact');
    expect(only('Anklage wurde gegen zwei Vizegouverneure erhoben.').qualifier).toBe('exact');
  });
});

describe('a negated comparison caps the figure (holdout59)', () => {
  it.each([
    ['No one-way economy fare will now be priced higher than $499.', 'en', 'at_most'],
    ['Xabi could not play more than 45 minutes.', 'en', 'at_most'],
    ['He has never scored more than 20 goals in a season.', 'en', 'at_most'],
    ['Kein Ticket wird mehr als 499 Dollar kosten.', 'de', 'at_most'],
    ['Die Preise sollen nicht um mehr als 5 Prozent steigen.', 'de', 'at_most'],
  ])('%s', (sentence, lang, qualifier) => {
    expect(only(sentence, lang as 'de' | 'en').qualifier).toBe(qualifier);
  });

  it('leaves a bound the negation does not govern', () => {
    expect(only('There is no evidence that more than 5% of users left.', 'en').qualifier).toBe('more_than');
    expect(only('The rules would not apply to people coming for less than six months.', 'en').qualifier).toBe('less_than');
    expect(found('The firm not only sold more than 5,000 cars.', 'en')[0].qualifier).toBe('more_than');
    expect(only('Keine der mehr als 500 Firmen stimmte zu.').qualifier).toBe('more_than');
    expect(only('Er hat nicht nur mehr als 20 Tore geschossen.').qualifier).toBe('more_than');
  });

  it('knows contractions, and what only looks like a negation (review)', () => {
    expect(only("Fares won't rise more than 5%.", 'en').qualifier).toBe('at_most');
    expect(only('There is no doubt more than 100 people died.', 'en').qualifier).toBe('more_than');
    expect(only('No 10 said it had received more than 1,000 letters.', 'en').qualifier).toBe('more_than');
    expect(only('The no-frills airline now flies more than 200 routes.', 'en').qualifier).toBe('more_than');
    expect(only('He did not say more than 500 jobs would go.', 'en').qualifier).toBe('more_than');
    expect(only('No firms employing more than 250 people are exempt.', 'en').qualifier).toBe('more_than');
    expect(only('No agreement was reached over 500 job cuts.', 'en').qualifier).toBe('more_than');
  });
});

// holdout64: "von unter einer Million" was exact, "a near nine per cent rise" too.
describe('bounds after a preposition of a level and "a near"', () => {
  it('reads "unter" as a bound of a count after "von"/"auf", and "of under"/"to under"', () => {
    expect(only('Bisher war man offiziell von unter einer Million ausgegangen.').qualifier).toBe('less_than');
    expect(only('Die Zahl soll auf unter 500 sinken.').qualifier).toBe('less_than');
    expect(only("Japan's population will shrink to under 100 million.", 'en').qualifier).toBe('less_than');
    // ("unter 26 Bewerbern" alone is "among")
    expect(only('Er wurde unter 26 Bewerbern ausgewählt.').qualifier).toBe('exact');
  });

  it('reads "a near" as nearly', () => {
    expect(only('There had been a near nine per cent rise in tax revenues.', 'en').qualifier).toBe('at_most');
  });
});
