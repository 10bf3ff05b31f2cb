// Three ways a speaker's role was lost: a journalist's role ("correspondent", "reporter") was no
// role, so the name apposed to it named nobody; a role held in a place ("correspondent in Jakarta,
// Rachel Harvey,") hid the apposed name; and "Another analyst" was read as a name "Another".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('a journalist quoted as a source', () => {
  it('is named by the apposition after the role', () => {
    expect(claimSources('The correspondent, John Smith, said prices would rise 30%.')).toEqual([['30%', 'John Smith']]);
    expect(claimSources('Our reporter, Ann Lee, said 40 people were hurt.')).toEqual([['40', 'Ann Lee']]);
  });

  it('and speaks the quote "she said" closes after that sentence', () => {
    expect(
      claimSources('"We may wait," said Sri Mulyani. The BBC\'s correspondent, Rachel Harvey, told the BBC a reaction was likely. "They may raise prices by 30%," she said.'),
    ).toEqual([['30%', 'Rachel Harvey']]);
  });
});

describe('a role held in a place before the apposed name', () => {
  it('gives the name (English)', () => {
    expect(claimSources("The BBC's correspondent in Jakarta, Rachel Harvey, said prices would rise 30%.")).toEqual([['30%', 'Rachel Harvey']]);
    expect(claimSources("Barclays' chief economist in London, Tom Hart, said growth would be 2%.")).toEqual([['2%', 'Tom Hart']]);
  });

  it('and in German', () => {
    expect(claimSources('Der Korrespondent in Moskau, Hans Maier, sagte, die Preise stiegen um 30 Prozent.', 'de')).toEqual([['30 Prozent', 'Hans Maier']]);
  });
});

describe('"another" opens a noun phrase', () => {
  it('like an article: the role is the source, not "Another"', () => {
    expect(claimSources('Another analyst said sales will rise 5%.')).toEqual([['5%', 'analyst']]);
    expect(claimSources('Another analyst wrote: "Sales will rise 5%."')).toEqual([['5%', 'analyst']]);
    expect(claimSources('Another Tesco spokesman said sales will rise 5%.')).toEqual([['5%', 'Tesco']]);
  });
});
