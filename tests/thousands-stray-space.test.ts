// Scraped English text sometimes carries a space after the thousands comma ("$30, 000"):
// read after a currency prefix, the groups are one figure; elsewhere a comma and a space
// still separate numbers of a list.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const figures = (text: string, lang: 'de' | 'en' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.value, c.unit]);

describe('a stray space after the thousands comma', () => {
  it('joins the groups of an amount with a currency prefix', () => {
    // the BBC corpus, tech-047 and entertainment-380 (shortened)
    expect(figures('Players are rarer among those earning less than $30, 000 ( £15,000).')).toEqual([
      ['$30, 000', 30000, 'USD'],
      ['£15,000', 15000, 'GBP'],
    ]);
    expect(figures('The film made £507, 596 in its first week of release.')).toEqual([['£507, 596', 507596, 'GBP']]);
    expect(figures('The bill came to $1, 250, 000 in all.')).toEqual([['$1, 250, 000', 1250000, 'USD']]);
  });

  it('keeps the numbers of a list apart when no currency comes first', () => {
    expect(figures('The three sites hold 3, 400 and 500 beds.').map((f) => f[1])).toEqual([3, 400, 500]);
  });

  it('keeps a group that goes on as a decimal ("$5, 100.5") and German text as they were', () => {
    expect(figures('It cost $5, 100.5 in total.').map((f) => f[1])).toEqual([5, 100.5]);
    expect(figures('Es kostete 30, 000 Euro weniger.', 'de').map((f) => f[1])).not.toContain(30000);
  });
});
