// What holdout96's blind run showed: "He underlined Lib Dem plans to ... reintroduce maintenance grants of up
// to £2,000" left without a speaker ("underlined" no reporting verb, and "he" not traced past the participle
// phrase the sentence before opens with: "Launching his campaign ..., Mr Kennedy urged"). Sentences written
// for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const sources = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.attribution]);

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

  it('but "According to ..." names a source, no subject to pass over to', () => {
    const text = 'According to recent figures, Sony Ericsson\'s profits tripled. Over 60% of mobiles sold featured cameras, it said.';
    expect(sources(text)[0]).toEqual(['60%', null]);
  });
});
