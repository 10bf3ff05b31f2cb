// holdout120's errors as general rules, with sentences written for these tests: a whole number
// glued by a slash to a word in capitals is a product's name ("OS/2", "PS/2"), no count; a span of
// years with a one-digit end ("2007-8") is both years, as "2007-08" is.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.period]);

describe('product names with a slash', () => {
  it('reads no count in "OS/2" or "PS/2"', () => {
    expect(claims('Many of the 900 tills still run OS/2, and a PS/2 keyboard is sold with each.')).toEqual([['900', null]]);
  });

  it('keeps a time after a country code in a results list', () => {
    expect(claims('Er siegte vor Tim Gray (USA/9,86).', 'de').map(([t]) => t)).toEqual(['9,86']);
  });
});

describe('a span of years with a one-digit end', () => {
  it('"in 2007-8" is 2007..2008, "2009-0" runs into the next decade', () => {
    expect(claims('Growth was 5.2% in 2007-8 and 4% in 2009-0.')).toEqual([['5.2%', '2007..2008'], ['4%', '2009..2010']]);
  });

  it('leaves an ISO date a day', () => {
    expect(claims('On 2015-03-12 the index rose 3%.')).toEqual([['3%', '2015-03-12']]);
  });
});
