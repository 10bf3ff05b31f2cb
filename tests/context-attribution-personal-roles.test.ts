// "President Castro's chief aide said ..." is the aide's word, not Castro's: a role owned by a person
// (a title, a role or a given name before the possessive) is another person, named by the whole
// phrase; a role owned by a body ("Microsoft's chief executive") still speaks for the body.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe("a person's role after that person's possessive", () => {
  it('is the aide, not the person who owns them', () => {
    expect(claimSources("President Castro's chief aide said the tax was 10%.")).toEqual([['10%', "President Castro's chief aide"]]);
    expect(claimSources("Bill Gates's lawyer said the fine was $10m.")).toEqual([['$10m', "Bill Gates's lawyer"]]);
    expect(claimSources('"It will cost £5m," said Mr Brown\'s spokesman.')).toEqual([['£5m', "Mr Brown's spokesman"]]);
  });

  it('and the "he said" after it', () => {
    expect(claimSources('President Castro\'s chief aide said the tax was necessary. "The 10% tax applies only to the dollar," he said.')).toEqual([
      ['10%', "President Castro's chief aide"],
    ]);
  });

  it('gives way to the name in apposition', () => {
    expect(claimSources("President Castro's chief aide, Carlos Lage, said the tax was 10%.")).toEqual([['10%', 'Carlos Lage']]);
  });
});

describe("a body's officer", () => {
  it('speaks for the body', () => {
    expect(claimSources("Microsoft's chief executive said sales rose 10%.")).toEqual([['10%', 'Microsoft']]);
    expect(claimSources("Tesco's finance director said sales rose 10%.")).toEqual([['10%', 'Tesco']]);
  });
});

describe('a role tied to its task before an apposed name', () => {
  it('gives the name, not the task\'s object ("The analyst in charge of the study, John Smith, said")', () => {
    expect(claimSources('The analyst in charge of the survey, Tom Baker, said prices rose 4%.')).toEqual([['4%', 'Tom Baker']]);
    expect(claimSources('The economist responsible for the report, Jane Doe, said prices rose 4%.')).toEqual([['4%', 'Jane Doe']]);
  });
});
