// An acronym before a lower-case description of a body ("Germany's BdB private banks association
// said") names the source; the body noun alone would refer back to a body named earlier.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('an acronym described before its body noun', () => {
  it('names the acronym, not the body named in the sentence before', () => {
    const text = 'The IMF said growth would be 2%. Germany\'s HdL private lenders association said growth would be 1.2%.';
    expect(sources(text, ['2%', '1.2%'], 'en')).toEqual(['IMF', 'Germany\'s HdL']);
  });

  it('reads up to three description words and a plural\'s apostrophe', () => {
    expect(sources('The KBF small steel makers federation said output fell 4%.', ['4%'], 'en')).toEqual(['KBF']);
    expect(sources('The NWX employers\' group said costs rose 3%.', ['3%'], 'en')).toEqual(['NWX']);
  });

  it('keeps a place\'s acronym as the body\'s owner, not its name', () => {
    const text = 'The IMF said growth would be 2%. The UK banking association said lending rose 3%.';
    expect(sources(text, ['2%', '3%'], 'en')).toEqual(['IMF', 'IMF']);
  });

  it('keeps a demonym and a possessive description to the body noun', () => {
    const text = 'Sony said sales rose 2%. The Japanese electronics group said profit rose 3%.';
    expect(sources(text, ['2%', '3%'], 'en')).toEqual(['Sony', 'Sony']);
    expect(sources('Britain\'s biggest union said pay rose 3%.', ['3%'], 'en')).toEqual(['union']);
  });
});

describe('a name, a lower-case modifier and a body or role noun', () => {
  it('after "a" describes someone unnamed: the whole description, not the place before it', () => {
    expect(sources('Prices fell 8%, according to a study by a City brokerage firm.', ['8%'], 'en')).toEqual(['City brokerage firm']);
    expect(sources('According to a Frankfurt investment bank, margins rose 4%.', ['4%'], 'en')).toEqual(['Frankfurt investment bank']);
  });

  it('after "the" or no article keeps the name, and a name after the role is the speaker', () => {
    expect(sources('According to the Kyodo news agency, exports rose 6%.', ['6%'], 'en')).toEqual(['Kyodo']);
    expect(sources('"We lost 12 games," said Rovers football director Jan Malik.', ['12'], 'en')).toEqual(['Jan Malik']);
  });

  it('takes no verb for a modifier', () => {
    const text = 'Ms Patel blamed finance minister Tom Reyes for the 5% rise, she said.';
    expect(sources(text, ['5%'], 'en')).not.toEqual(['Tom Reyes']);
  });
});
