// Error classes: pronoun speakers after quotes, addressees of speech verbs, passive agents,
// genitive sources after cue nouns; "dabei"/"during the year" continuing a period, and
// years inside relative clauses. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { periods } from './period-helpers.js';
import type { Lang } from '../src/types.js';

// language before date here: most figures are English, most texts undated or of one date
const periodsIn = (text: string, figures: string[], lang: Lang, date: string | null = '2005-03-01') => periods(text, figures, date, lang);

describe('a pronoun speaker after a quote', () => {
  it('is the subject named before it, not a name in the next sentence', () => {
    expect(sources('Eddie Smith rejected the criticism. "We were poor. We lost four lineouts," he said. Brian Jones also insisted the referee was wrong.', ['four'], 'en')).toEqual(['Eddie Smith']);
    expect(sources('Smith said the team was tired. "We lost four lineouts," he said. Brian Jones also insisted the referee was wrong.', ['four'], 'en')).toEqual(['Smith']);
    expect(sources('The side lost 20-10. Coach Eddie Smith rejected the criticism: "We lost four lineouts," he said. Brian Jones said the referee was wrong.', ['four'], 'en')).toEqual(['Eddie Smith']);
    expect(sources('However, Marta Rossi was unhappy. "I made five errors," she said. Anna Berg agreed.', ['five'], 'en')).toEqual(['Marta Rossi']);
  });

  it('stays unknown when nobody was named before, rather than taking the next speaker', () => {
    expect(sources('"We lost four lineouts," he said. Brian Jones also insisted the referee was wrong.', ['four'], 'en')).toEqual([null]);
  });

  it('is a person the text names in full, not any capitalised word opening a sentence', () => {
    expect(sources('Essentially, the service is free. "I have 50 listeners," he said.', ['50'], 'en')).toEqual([null]);
    expect(sources('Sale were beaten again. "We lost four lineouts," he said.', ['four'], 'en')).toEqual([null]);
    expect(sources('In Sydney, Marat Safin won the final. Safin was tired. "I played five sets," he said.', ['five'], 'en')).toEqual(['Marat Safin']);
  });

  it('keeps a speaker named in the quote\'s own sentence', () => {
    expect(sources('"We lost four lineouts," said Eddie Smith. Brian Jones agreed.', ['four'], 'en')).toEqual(['Eddie Smith']);
  });
});

describe('the addressee of a speech verb', () => {
  it('is not the source: the speaker after the verb is', () => {
    expect(sources('Dem STANDARD sagte die Sprecherin, mindestens 50 Menschen seien verletzt worden.', ['50'], 'de')).toEqual(['Sprecherin']);
    // an accusative object up front: the subject follows the verb as well
    expect(sources('Den Schaden beziffert die Versicherung mit 3 Millionen Euro.', ['3 Millionen Euro'], 'de')).toEqual(['Versicherung']);
    // an amount up front is the object whatever its article: "Die Zahl ... schätzt das Wifo"
    expect(sources('Die Zahl der Arbeitslosen schätzt das Wifo für heuer auf 420.000.', ['420.000'], 'de')).toEqual(['Wifo']);
    expect(sources('Die Regierung schätzt die Zahl der Arbeitslosen auf 420.000.', ['420.000'], 'de')).toEqual(['Regierung']);
    // so is a compound ending in one (fixtures/gold de-web-windpark), not a word that only ends alike
    expect(sources('Die Investitionskosten beziffert der Konzern auf 130 Millionen Euro.', ['130 Millionen Euro'], 'de')).toEqual(['Konzern']);
    expect(sources('Den Gesamtschaden schätzt die Polizei auf 30.000 Euro.', ['30.000 Euro'], 'de')).toEqual(['Polizei']);
    expect(sources('Die Stadtwerke schätzen den Verlust auf 3 Millionen Euro.', ['3 Millionen Euro'], 'de')).toEqual(['Stadtwerke']);
    expect(sources('Die Aktiva (Total Assets) der Aval beziffert die Ratingagentur mit 2,97 Mrd. Dollar.', ['2,97 Mrd. Dollar'], 'de')).toEqual(['Ratingagentur']);
    // (not a place whose name opens with that article: review)
    expect(sources('Den Haag beziffert die Kosten auf 3 Milliarden Euro.', ['3 Milliarden Euro'], 'de')).toEqual(['Haag']);
    expect(sources('Der Zeitung sagte ein Sprecher, es gebe 300 Fälle.', ['300'], 'de')).toEqual(['Sprecher']);
    expect(sources('Der Zeitung sagte eine Sprecherin des Roten Kreuzes, es gebe 300 Fälle.', ['300'], 'de')).toEqual(['Roten Kreuzes']);
    expect(sources('A spokeswoman for the Red Cross told the BBC that 40 people had been hurt.', ['40'], 'en')).toEqual(['Red Cross']);
  });

  it('leaves a medium that speaks, and a speaker before the verb, alone', () => {
    expect(sources('Der Spiegel berichtete, es gebe 300 Fälle.', ['300'], 'de')).toEqual(['Spiegel']);
    expect(sources('Der Minister sagte der Zeitung, es gebe 300 Fälle.', ['300'], 'de')).toEqual(['Minister']);
    expect(sources('Dem Bericht zufolge gibt es 300 Fälle.', ['300'], 'de')).toEqual(['Bericht']);
  });
});

describe('a passive with an agent', () => {
  it('gives the agent, never the unit before the verb', () => {
    expect(sources('Die Ausfälle wurden von den Gläubigerschutzverbänden mit 360.000 Euro beziffert.', ['360.000 Euro'], 'de')).toEqual(['Gläubigerschutzverbänden']);
    expect(sources('Der Schaden wurde vom Verband auf 2 Mio. Euro geschätzt.', ['2 Mio. Euro'], 'de')).toEqual(['Verband']);
    expect(sources('Der Schaden, der vom Verband auf 2 Mio. Euro geschätzt wurde, ist hoch.', ['2 Mio. Euro'], 'de')).toEqual(['Verband']);
    expect(sources('The damage was put at $3bn by analysts.', ['$3bn'], 'en')).toEqual(['analysts']);
  });

  it('gives nobody without an agent, and leaves active sentences and other passives alone', () => {
    expect(sources('Die Ausfälle wurden mit 360.000 Euro beziffert.', ['360.000 Euro'], 'de')).toEqual([null]);
    expect(sources('Der Verband beziffert den Schaden auf 2 Mio. Euro.', ['2 Mio. Euro'], 'de')).toEqual(['Verband']);
    expect(sources('Six tracks have been put up for sale by the owner for £30m.', ['£30m'], 'en')).toEqual([null]);
    expect(sources('Prices were cut by 20%.', ['20%'], 'en')).toEqual([null]);
  });
});

describe('a source after a cue noun', () => {
  it('is read through adjectives in the genitive', () => {
    expect(sources('Nach Vorwürfen kurdischer Medien wurden 20 Dörfer zerstört.', ['20'], 'de')).toEqual(['Medien']);
    expect(sources('Nach Berichten lokaler Medien starben 12 Menschen.', ['12'], 'de')).toEqual(['Medien']);
    expect(sources('Nach Schätzungen von Experten kostet das 5 Milliarden Euro.', ['5 Milliarden Euro'], 'de')).toEqual(['Experten']);
  });
});

describe('periods carried from the sentence before', () => {
  it('"during the year", "im Laufe des Jahres" take the year just stated', () => {
    expect(periodsIn('Its performance in 2004 was strong. Nickel prices rose 43% during the year.', ['43%'], 'en')).toEqual(['2004']);
    expect(periodsIn('Das Geschäftsjahr 2004 lief gut. Im Laufe des Jahres stieg der Umsatz um 12 Prozent.', ['12 Prozent'], 'de')).toEqual(['2004']);
  });

  it('leaves "the year to March" and a year of its own alone', () => {
    expect(periodsIn('Its performance in 2004 was strong. Sales rose 43% during the year to March 2005.', ['43%'], 'en')).not.toEqual(['2004']);
    expect(periodsIn('Das Jahr 2004 lief gut. Im Laufe des Jahres 2003 stieg der Umsatz um 12 Prozent.', ['12 Prozent'], 'de')).toEqual(['2003']);
  });

  it('"dabei" and "in that game" take the time of the sentence before', () => {
    expect(periodsIn('Am Montag gewann Golden State gegen Boston. Stephen Curry erzielte dabei zwölf Punkte.', ['zwölf Punkte'], 'de')).toEqual(['2005-02-28']);
    expect(periodsIn('On Monday night Golden State beat Boston. Stephen Curry scored 12 points in that game.', ['12 points'], 'en')).toEqual(['2005-02-28']);
    expect(periodsIn('Der Umsatz wächst. Der Gewinn stieg dabei um 12 Prozent.', ['12 Prozent'], 'de')).toEqual([null]);
  });
});

describe('a year inside a relative clause', () => {
  it('is not the period of a figure after the clause', () => {
    expect(periodsIn('Mr Nogar, who died in 1994 aged 72, always made two tapes.', ['72', 'two'], 'en')).toEqual(['1994', null]);
    expect(periodsIn('Der Gründer, der 1994 starb, hatte zwei Firmen.', ['zwei'], 'de')).toEqual([null]);
  });

  it('is the period of a figure inside it; a year before the clause still reaches past it', () => {
    expect(periodsIn('Die Firma, die 2004 zwei Werke hatte, beschäftigt 300 Menschen.', ['zwei', '300'], 'de')).toEqual(['2004', null]);
    expect(periodsIn('Im Jahr 2004 stieg der Umsatz, den die Firma meldete, um 5 Prozent.', ['5 Prozent'], 'de')).toEqual(['2004']);
    expect(periodsIn('Im Jahr 2004 stieg der Umsatz, der Chef der Firma sprach von 5 Prozent.', ['5 Prozent'], 'de')).toEqual(['2004']);
  });

  it('a change before "to" and its new level share the level\'s time (holdout12)', () => {
    const text = 'Net profit surged 70% to 2.39bn rupees in the last three months of 2004 compared with 1.41bn rupees a year earlier.';
    expect(periodsIn(text, ['70%', '2.39bn rupees'], 'en')).toEqual(['2004-Q4', '2004-Q4']);
    // not the earlier level after "from"
    expect(periodsIn('Unemployment rose from 5% to 7% in 2004.', ['5%', '7%'], 'en')).toEqual([null, '2004']);
    expect(periodsIn('Inflation fell from a peak of 5% to 3% in 2005.', ['5%', '3%'], 'en')).toEqual([null, '2005']);
    // "from the same 2004 period" is a comparison base
    expect(periodsIn('Total sales were 30.1bn rupees, up 27% from the same 2004 period.', ['27%'], 'en')).toEqual([null]);
  });

  it('a fronted clause of an earlier event ("Nachdem ...,") holds its time', () => {
    expect(periodsIn('Nachdem 1999 neun Braunbären befreit wurden, sind bisher 77 Tiere zur Welt gekommen.', ['neun', '77'], 'de')).toEqual(['1999', null]);
    expect(periodsIn('Nachdem der Umsatz 2003 um 5 Prozent gestiegen war, sank er um 2 Prozent.', ['5 Prozent', '2 Prozent'], 'de')).toEqual(['2003', null]);
    // guard: "als" (when) dates the main clause too
    expect(periodsIn('Als 2004 die Krise kam, sank der Umsatz um 5 Prozent.', ['5 Prozent'], 'de')).toEqual(['2004']);
  });

  it('a time after the clause has closed does not date the figure inside it', () => {
    expect(periodsIn('The group, which employs 12,000 people, wants to double its output by 2010.', ['12,000'], 'en')).toEqual([null]);
    expect(periodsIn('Mr Smith, who owns 40% of the firm, sold shares in 2004.', ['40%'], 'en')).toEqual([null]);
    expect(periodsIn('Der Konzern, der 12.000 Mitarbeiter beschäftigt, will bis 2010 die Produktion verdoppeln.', ['12.000'], 'de')).toEqual([null]);
    // guard: a time inside the clause stays its figure's, and one outside dates the figures outside
    expect(periodsIn('The group, which employs 12,000 people, sold 300 cars in 2004.', ['12,000', '300'], 'en')).toEqual([null, '2004']);
  });
});

describe('a medium as subject', () => {
  it('stays the source when a preposition follows the verb', () => {
    expect(sources('Die Zeitung berichtete von dem Fall einer Schule, wo der Wert 42 Mal so hoch gewesen sei.', ['42'], 'de')).toEqual(['Zeitung']);
  });
});
