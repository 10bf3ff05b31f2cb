// holdout113's errors, as general rules, on sentences written for these tests: a number after
// "known as" is a name; "in two" ending a clause divides, it counts nothing; "added more than five
// million new customers" adds an amount, as "added 300" did (number words count as digits); a
// source after "but" and a description with its determiner ("but Europe's biggest drugmaker says")
// speaks for its own clause only.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.attribution]);

describe('names and idioms are no figures', () => {
  it('a bare number after "known as" or "codenamed" names something', () => {
    expect(claims("The firm dropped a slimming drug, known as '512, after poor trial results.")).toEqual([]);
    expect(claims('The project, codenamed 42, cost $3m.')).toEqual([['$3m', null]]);
  });

  it('"in two" ending a clause divides', () => {
    expect(claims('The scandal split the party in two.')).toEqual([]);
    expect(claims('The sequel breaks that rule in two, and took $40m.').map((c) => c[0])).toEqual(['$40m']);
  });

  it('but a count after "in" with its noun, and "one in two", still count', () => {
    expect(claims('The deal was done in two days.').map((c) => c[0])).toEqual(['two days']);
    expect(claims('One in two voters said no.').map((c) => c[0])).toEqual(['One in two']);
  });
});

describe('"added" an amount in words says nothing', () => {
  it('"Orange added more than five million new customers"', () => {
    expect(claims('Vodafone added more than five million new customers in 2004.')).toEqual([['five million', null]]);
    expect(claims('Fly-half Rhys Jones added four conversions.')).toEqual([['four', null]]);
  });

  it('while "added" before what is said still speaks', () => {
    expect(claims('Mr Smith added five million jobs would be lost.')).toEqual([['five million', 'Smith']]);
  });
});

describe('a source after "but" and a description speaks for its own clause', () => {
  it('"but Europe\'s biggest drugmaker says", "but the biggest bank says"', () => {
    expect(claims("Acme saw its profits fall 9% last year, but Europe's biggest drugmaker says a recovery is on the way.")).toEqual([['9%', null]]);
    expect(claims('Profits fell 9% last year, but the biggest bank says a recovery is on the way.')).toEqual([['9%', null]]);
  });

  it('and speaks for the figures of its own clause', () => {
    expect(claims("Profits fell 9%, but the firm's chief executive says sales will rise 5%.")).toEqual([['9%', null], ['5%', 'chief executive']]);
  });
});
