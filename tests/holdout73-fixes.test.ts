// What holdout73's blind run showed: "One analyst said" is an analyst, "point out" reports,
// a consortium, watchers and strategists speak. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('sources holdout73 missed', () => {
  it('reads "One analyst" as an analyst, not a name "One"', () => {
    expect(sources('One analyst said sales rose 5%.', ['5%'], 'en')).toEqual(['analyst']);
    expect(sources('"Solidere should be above $10 but it is falling," said one trader.', ['$10'], 'en')).toEqual(['trader']);
  });

  it('reads "point out" next to its verb as a verb of saying, not "a point of view ... out"', () => {
    // holdout73, business-430 (shortened)
    const watchers = 'And some watchers point out that the price tag on a hybrid - upwards of $3,000 above that of a normal car - is too high.';
    expect(sources(watchers, ['$3,000'], 'en')).toEqual(['watchers']);
    expect(sources("From a British point of view, Sarah Claxton's victory in the 60m hurdles was the best thing to come out of the meet.", ['60m'], 'en')).toEqual([null]);
  });

  it('takes a consortium as a body that expects', () => {
    // holdout73, tech-018
    const cell = 'When put inside powerful computer servers, the Cell consortium expects it to be capable of handling 16 trillion floating point operations every second.';
    expect(sources(cell, ['16 trillion'], 'en')).toEqual(['Cell consortium']);
  });
});

describe('"he said" in English', () => {
  it('passes over a body named with an institution\'s noun', () => {
    const text = 'The Foreign Office said the treaty was simple. The Tory spokesman also criticised the government. "They had to publish a commentary of 500 pages," he said.';
    expect(sources(text, ['500'], 'en')).not.toEqual(['Foreign Office']);
    // corpus politics-003 (shortened): she is Hewitt, not the commission named after her
    const hewitt = 'Patricia Hewitt said the Equal Opportunities Commission had found a pay gap. Earlier, she told BBC Radio 4: "About six out of 20 women work part time."';
    expect(sources(hewitt, ['six', '20'], 'en')).toEqual(['Patricia Hewitt', 'Patricia Hewitt']);
  });
});

describe('a quote opening its sentence after a sentence with a new speaker', () => {
  it('is the new speaker\'s, not an earlier quote\'s', () => {
    const text = '"Growth is 7%," says Mr Lakhani. Mr Khan said the real reasons may be political. "If you file a $1.3 trillion case, money will go."';
    expect(sources(text, ['7%', '$1.3 trillion'], 'en')).toEqual(['Lakhani', 'Khan']);
  });

  it('leaves a quote inside a sentence with its own cue to that cue', () => {
    // corpus politics-124 (shortened; its closing quote mark is missing in the corpus)
    const text = 'But the Liberal Democrats said Dr Gibbons needed to change policy. Meanwhile Ms Hutt defended her record, saying waiting times were "only 10% of the health agenda."';
    expect(sources(text, ['10%'], 'en')).not.toEqual(['Liberal Democrats']);
  });
});
