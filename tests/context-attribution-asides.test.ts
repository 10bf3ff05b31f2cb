// A relative clause or apposition between a speaker and the verb ("Mr Blair, who has four
// children, said ...") is the narrator's description of the speaker: its figures are not what the
// speaker says, and the speaker is the name before it, past an age and nested asides.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources, sources } from './attribution-helpers.js';

describe('figures in an aside about the speaker', () => {
  it('leaves a figure in an English relative clause before "said" unattributed', () => {
    const text = 'Mr Hale, who has run the brewery for 20 years, said sales would rise by 5%.';
    expect(sources(text, ['20 years', '5%'], 'en')).toEqual([null, 'Hale']);
  });

  it('leaves the age and the aside to the narrator, and finds the name before the age', () => {
    const text = 'Joan Pratt, 54, who joined the bank in 1990 with three colleagues, told the BBC that 200 jobs would go.';
    expect(sources(text, ['54', 'three', '200'], 'en')).toEqual([null, null, 'Joan Pratt']);
  });

  it('keeps a figure before the subject and its apposition the speaker\'s', () => {
    const text = 'Sales rose 5% last year, Joan Pratt, a retail analyst at Barclays, said.';
    expect(sources(text, ['5%'], 'en')).toEqual(['Joan Pratt']);
  });

  it('lets a relative clause with its own reporting verb speak for its figure', () => {
    const text = 'Mr Hale, who said profits rose 5%, added that 20 jobs would go.';
    expect(sources(text, ['5%', '20'], 'en')).toEqual(['Hale', 'Hale']);
  });

  it('finds the speaker before an aside when auxiliaries stand before the verb ("X, the ..., has said")', () => {
    const apposition = 'Norfolk Mills, the county\'s largest employer, has said it will cut 200 jobs.';
    expect(sources(apposition, ['200'], 'en')).toEqual(['Norfolk Mills']);
    const relative = 'Joan Pratt, who has led the union since 2011, had also said that pay fell by 4%.';
    expect(sources(relative, ['2011', '4%'], 'en')).toEqual([null, 'Joan Pratt']);
    const dashes = 'The brewer - Britain\'s oldest - has told staff that 30 pubs will close.';
    expect(sources(dashes, ['30'], 'en')).toEqual(['brewer']);
  });

  it('reads the speaker before a German relative clause ("X, der ..., sagte, ...")', () => {
    const text = 'Hans Moser, der seit 20 Jahren im Amt ist, sagte, die Stadt spare 5 Millionen Euro.';
    expect(sources(text, ['20 Jahren', '5 Millionen Euro'])).toEqual([null, 'Hans Moser']);
  });

  it('reads past nested asides to the first name', () => {
    const text = 'Kurt Brandl, der Trainer der Grazer, die 2014 drei Titel holten, warnte, es fehlten 5 Millionen Euro.';
    expect(sources(text, ['drei', '5 Millionen Euro'])).toEqual([null, 'Kurt Brandl']);
  });
});

describe('bodies named by a noun ("the union said")', () => {
  it('takes "the union", "the council" as sources, a body quoted before first', () => {
    expect(sources('The GMB union said that up to 3,000 jobs could go.', ['3,000'], 'en')[0]).toMatch(/GMB/);
    expect(sources('Amicus said on Monday that it opposed the plan. The union said 40 jobs would go.', ['40'], 'en')).toEqual(['Amicus']);
    expect(sources('The council said the land would return to farming after 40 years.', ['40 years'], 'en')).toEqual(['council']);
  });

  it('never gives a body\'s words to the person quoted before it', () => {
    const text = 'John Pike said 20 people had died. The ministry said 40 people had died.';
    expect(sources(text, ['20', '40'], 'en')).toEqual(['John Pike', 'ministry']);
  });

  it('reads the name in an apposition after a body noun ("The statistics agency, INSEE, expects")', () => {
    const text = 'The French statistics agency, INSEE, expects the economy to grow by about 2.4% this year.';
    expect(sources(text, ['2.4%'], 'en')).toEqual(['INSEE']);
  });
});

describe('words that are never a source', () => {
  it('does not read a capitalised "Wie" after a colon as a name ("...: Wie berichtet, für 285 ...")', () => {
    const text = 'Es wurden 24 Genehmigungen ausgestellt: Wie berichtet, für 285 Granaten und 68 Granatwerfer.';
    expect(sources(text, ['24', '285', '68'])).toEqual([null, null, null]);
  });
});

describe('findings and plural bodies', () => {
  it('reads "X found that ..." as a cue, "found" with an object as none', () => {
    expect(sources('The SEC also found that she earned more than $1m a year.', ['$1m'], 'en')).toEqual(['SEC']);
    expect(sources('Researchers found that 20% of patients improved.', ['20%'], 'en')).toEqual(['Researchers']);
    expect(sources('Police found 20 bodies that had been buried.', ['20'], 'en')).toEqual([null]);
  });

  it('reads "states that" as a cue, the plural noun "states" as none', () => {
    expect(sources('The ten Baltic and Nordic states will grow 3.1% next year, the OECD said.', ['3.1%'], 'en')).toEqual(['OECD']);
    expect(sources('Several German states saw 12% more visitors.', ['12%'], 'en')).toEqual([null]);
    expect(sources('The audit states that 14% of the funds were lost.', ['14%'], 'en')).toEqual(['audit']);
  });

  it('takes "unions said" as the source, not firms that added jobs', () => {
    expect(sources('The deal would see pilots accept a 32% pay cut, unions said.', ['32%'], 'en')).toEqual(['unions']);
    expect(sources('According to Labor Department figures, US firms added only 146,000 jobs in January.', ['146,000'], 'en'))
      .toEqual(['Labor Department']);
  });

  it('leaves a figure before "after the ... committee said" to the main clause', () => {
    const text = 'Mr Pym was suspended for two weeks last month after the Commons standards and privileges committee said his conduct was poor.';
    expect(sources(text, ['two weeks'], 'en')).toEqual([null]);
  });
});

describe('an owner after a noun', () => {
  it('takes only a genitive article as the start of an owner ("laut Bericht die Holding" names the report)', () => {
    expect(sources('Größter Kreditnehmer mit 100 Millionen Euro war laut Rechnungshofbericht die Holding.', ['100 Millionen Euro']))
      .toEqual(['Rechnungshofbericht']);
    expect(sources('Laut Angaben der Polizei wurden 12 Personen festgenommen.', ['12'])).toEqual(['Polizei']);
  });
});

describe('a name described by a noun before it', () => {
  it('names the body after the describing noun, not the place before it ("UK think-tank Demos")', () => {
    expect(sources('A quarter of users upload content, according to a report by UK think-tank Demos.', ['A quarter'], 'en')).toEqual(['Demos']);
    expect(sources('A blog is created every 5.8 seconds, according to US research firm Pew.', ['5.8 seconds'], 'en')).toEqual(['Pew']);
    expect(sources('The Australian government said 20% of homes were affected.', ['20%'], 'en')).toEqual(['Australian government']);
  });
});

// holdout67: "Leading plaintiff, the University of California, announced the news, adding that 10 ..." had no source.
describe('an organisation set off by commas after its role', () => {
  it('is the speaker, not its role', () => {
    expect(sources('Leading plaintiff, the University of California, said 10 directors will pay $13m.', ['10', '$13m'], 'en')).toEqual(['University of California', 'University of California']);
    expect(sources('Argentine Economic Minister, Roberto Lavagna, told reporters growth was 8%.', ['8%'], 'en')).toEqual(['Roberto Lavagna']);
  });

  it('not a name nested in another aside ("Hans Reckers, a board member of Germany\'s central bank, the Bundesbank, said")', () => {
    const text = "But, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said that 2 segments should stay.";
    expect(sources(text, ['2'], 'en')).toEqual(['Hans Reckers']);
  });
});

describe('a party noun is no pointer back (review)', () => {
  it('leaves "Its rival said" and "A shareholder said" without the firm named before', () => {
    expect(sources('Tesco reported record sales on Tuesday. Its rival said sales rose 3%.', ['3%'], 'en')).not.toEqual(['Tesco']);
    expect(sources('Tesco reported record sales. A shareholder said the 10% dividend rise was too small.', ['10%'], 'en')).not.toEqual(['Tesco']);
  });
});

describe('"that" after the verb of a speaker before an aside', () => {
  // (the pronoun after "that" opens what is said; read as the speaker after the verb it hid the
  // name before the aside whenever no modal followed it)
  it('opens what is said, so the name before the verb speaks, whatever verb follows the pronoun', () => {
    expect(claimSources('The brewer, Hale Brewing, said that it hoped to sell 2 million shares.')).toEqual([['2 million', 'Hale Brewing']]);
    expect(claimSources('The union, Amicus, said that it expected to lose 300 jobs.')).toEqual([['300', 'Amicus']]);
    expect(claimSources('Its chairman, Peter Lund, said that he planned to cut 120 jobs.')).toEqual([['120', 'Peter Lund']]);
    expect(claimSources('Norfolk Mills, which makes paper, said that it wanted to raise $40m.')).toEqual([['$40m', 'Norfolk Mills']]);
  });

  it('and "whether" does so too', () => {
    expect(claimSources('The brewer, Hale Brewing, said whether it sold 2 million shares would depend on prices.')).toEqual([['2 million', 'Hale Brewing']]);
  });
});
