// "the group said" stands for a body: never for a person's role quoted before it, however many
// words the role has ("chief executive", "finance minister"), in sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('a body noun is not answered by a role', () => {
  it('"the group said" after "the group\'s chief executive said"', () => {
    expect(sources("The group's chief executive said the year had been hard. Sales rose 5% in 2004, the group said.")).toEqual([['5%', 'group']]);
  });

  it('nor after a one-word role', () => {
    expect(sources('A spokesman said the year had been hard. Sales rose 5%, the company said.')).toEqual([['5%', 'company']]);
  });

  it('still takes the body named before', () => {
    expect(sources("Zeta Group's chief executive said the year had been hard. Sales rose 5%, the group said.")).toEqual([['5%', 'Zeta Group']]);
  });
});
