// What holdout77's blind run showed: common nouns that report ("the statistical office said",
// "union officers told"), a speaker's clause after ", and", "Number 10 said", a time played.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { texts } from './extract-helpers.js';

describe('bodies and officers as sources', () => {
  it('reads "the statistical office said" and "union officers told" as cues', () => {
    // holdout77, business-439 and business-442
    expect(sources('Gross domestic product (GDP) rose by 1.7% last year, the statistical office said.', ['1.7%'], 'en')).toEqual(['office']);
    expect(sources('Six foreign-owned textile factories have closed in Lesotho, leaving 6,650 garment workers jobless, union officers told the AP news agency.', ['Six', '6,650'], 'en'))
      .toEqual(['officers', 'officers']);
    expect(sources('Jaynes amassed a fortune of $24m from his sales, prosecutors said.', ['$24m'], 'en')).toEqual(['prosecutors']);
  });
});

describe('a speaker\'s clause after ", and"', () => {
  it('holds the cues inside it: none of them speaks for a figure before the "and"', () => {
    // holdout77, business-442 ("it is feared" names nobody)
    expect(sources('In the mountainous country, it is feared as many as 50,000 textile workers could lose their jobs, and Mr Mafeca said he expected more companies to leave.', ['50,000'], 'en'))
      .toEqual([null]);
    expect(sources('Sales rose 5%, and Nationwide said it expected more companies to leave.', ['5%'], 'en')).toEqual([null]);
    // a relative clause about the speaker ends before the main verb (sport-437)
    expect(sources('British number one Tim Henman, who announced his Davis Cup retirement earlier this year, believes Britain can win the tie.', ['number one'], 'en'))
      .toEqual(['Tim Henman']);
    expect(sources('Halifax said prices rose 0.5%, and Nationwide reported 0.4%.', ['0.5%', '0.4%'], 'en')).toEqual(['Halifax', 'Nationwide']);
  });
});

describe('"Number 10 said"', () => {
  it('is Downing Street speaking, no rank; a rank at a clause\'s start stays one', () => {
    // holdout77, politics-095
    expect(texts('Number 10 said ministers were interested in governing.', 'en')).toEqual([]);
    expect(texts('Number one men\'s seed Lleyton Hewitt begins his quest on Tuesday.', 'en')).toEqual(['Number one']);
  });
});

describe('a time held', () => {
  it('reads "played the last 20 minutes of" as a duration, "in the last 20 minutes" as a period', () => {
    // holdout77, sport-410
    expect(texts('So Taylor played the last 20 minutes of Saracens\' win over Northampton and then 40 minutes in a friendly.', 'en')).toEqual(['20 minutes', '40 minutes']);
    expect(texts('He has missed the last three weeks through injury.', 'en')).toEqual(['three weeks']);
    expect(texts('He scored in the last 20 minutes of the game.', 'en')).toEqual([]);
    expect(texts('Er verbrachte die ersten zwei Jahre im Ausland.')).toEqual(['zwei Jahre']);
  });
});
