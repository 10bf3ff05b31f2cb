// "The actor said" after a sentence about Liam Neeson is Liam Neeson's, and what stands between the
// role and its verb must not hide it: a list of names in the aside ("whose films include Schindler's
// List, Michael Collins and Star Wars: The Phantom Menace,") or a capitalised adjective before the
// role ("The Oscar-nominated actor"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('a role for a person named in the sentence before', () => {
  it('is that person', () => {
    expect(claimSources('Liam Neeson held a dinner. The actor said the theatre needs £8m.')).toEqual([['£8m', 'Liam Neeson']]);
    expect(claimSources('Tessa Jowell met the press. The culture secretary said 40 stations would close.')).toEqual([['40', 'Tessa Jowell']]);
  });

  it('but not a firm or a thing', () => {
    expect(claimSources('Ofcom met the press. The spokesman said 40 stations would close.')).toEqual([['40', 'spokesman']]);
    expect(claimSources('The storm hit the coast. The minister said 40 people died.')).toEqual([['40', 'minister']]);
  });
});

describe('the aside between the role and its verb', () => {
  it('may list names', () => {
    expect(claimSources('Liam Neeson held a dinner. The actor, whose films include Schindler\'s List, Michael Collins and Star Wars, said the theatre needs £8m.')).toEqual([
      ['£8m', 'Liam Neeson'],
    ]);
  });

  it('and a title with a colon', () => {
    expect(
      claimSources('Liam Neeson held a dinner. The actor, whose films include Schindler\'s List and Star Wars: The Phantom Menace, said: "We need £8m."'),
    ).toEqual([['£8m', 'Liam Neeson']]);
  });

  it('while a list in the aside leaves a firm its own subject', () => {
    expect(claimSources('The firm, which owns Asda, Tesco and Boots, said sales rose 5%.')).toEqual([['5%', 'firm']]);
  });
});

describe('a capitalised adjective before the role', () => {
  it('is no name ("The Oscar-nominated actor", "the London-based analyst")', () => {
    expect(claimSources('Liam Neeson held a dinner. The Oscar-nominated actor said the theatre needs £8m.')).toEqual([['£8m', 'Liam Neeson']]);
    expect(claimSources('Sales rose 5%, said the London-based analyst.')).toEqual([['5%', 'analyst']]);
  });
});
