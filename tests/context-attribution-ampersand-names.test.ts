// "Marks & Spencer", "Ernst & Young": "&" joins the parts of a name as "of" does, so the source is
// the whole name, not its last word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('a name with "&" in it', () => {
  it('is read whole before a reporting verb', () => {
    expect(claimSources('Marks & Spencer said 400 jobs would go.')).toEqual([['400', 'Marks & Spencer']]);
    expect(claimSources('Ernst & Young estimate that the deal is worth £6bn.')).toEqual([['£6bn', 'Ernst & Young']]);
  });

  it('and after "according to"', () => {
    expect(claimSources('Sales rose 5%, according to Johnson & Johnson.')).toEqual([['5%', 'Johnson & Johnson']]);
  });

  it('after a role and "of", without the "of"', () => {
    expect(claimSources('The head of Ernst & Young said 400 jobs would go.')).toEqual([['400', 'Ernst & Young']]);
    expect(claimSources('A spokesman for Marks & Spencer said 400 jobs would go.')).toEqual([['400', 'Marks & Spencer']]);
  });

  it('and in the owner of a role before an apposed name, who speaks', () => {
    expect(claimSources('The head of Ernst & Young, John Smith, said 400 jobs would go.')).toEqual([['400', 'John Smith']]);
  });
});
