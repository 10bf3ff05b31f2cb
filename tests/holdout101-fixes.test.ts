// What holdout101's blind run showed: "told counterparts at UFJ of its decision on Friday, clearing the
// way for it to conclude a 3 trillion yen ($29bn) deal" gave both figures to the bosses who told.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('a verb whose content is a noun phrase ("told X of its decision")', () => {
  it('does not speak for a participle clause after it, which narrates', () => {
    expect(sources('Acme bosses told rivals at Brill of their decision on Monday, paving the way for a £2bn ($3.7bn) merger.')).toEqual([
      ['£2bn', null],
      ['$3.7bn', null],
    ]);
    expect(sources('The bank warned investors of a £3bn shortfall, sending its shares down 5%.')).toEqual([
      ['£3bn', 'bank'],
      ['5%', null],
    ]);
  });

  it('but speaks for a figure in the noun phrase, and on through a participle of speech', () => {
    expect(sources('The minister told MPs of plans to spend £20m on roads.')).toEqual([['£20m', 'minister']]);
    expect(sources("John Smith told reporters of the firm's plans, adding that it would cut 500 jobs.")).toEqual([['500', 'John Smith']]);
  });

  it('and a verb whose content is a clause speaks for the participle clause too', () => {
    expect(sources('The firm told investors on Friday that profits rose 5%, bringing the total to $3bn.')).toEqual([
      ['5%', 'firm'],
      ['$3bn', 'firm'],
    ]);
  });
});
