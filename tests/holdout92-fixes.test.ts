// What holdout92's blind run showed: "said the 138p a share offer provided ..." read as if the
// figure spoke, and "from 31 in the world" not read as a rank. Sentences written for these tests
// unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const sources = (text: string, lang: 'de' | 'en' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.attribution]);

describe('an article and a figure after a speech verb', () => {
  it('open what is said: the speaker is the one before the verb', () => {
    // holdout92, business-485
    expect(sources('Peter Tom, who will remain as Aggregate chief executive, said the 138p a share offer provided "significant value" for shareholders.')).toEqual([
      ['138p', 'Peter Tom'],
    ]);
  });

  it('leave a speaker named after the verb alone', () => {
    expect(sources('"We expect customers to be mobile," said 3 spokesperson Belinda Henderson.')).toEqual([['3', 'Belinda Henderson']]);
    expect(sources('Es sei schwer, 2 Finale zu verlieren, sagte der 33-jährige Franzose Paul Mathieu.', 'de')[0][1]).toBe('Franzose Paul Mathieu');
    expect(sources('Das iPad solle 100 Dollar teurer werden, berichtete 9to5Mac.', 'de')).toEqual([['100 Dollar', '9to5Mac']]);
  });
});

describe('"from N in the world"', () => {
  it('is a world ranking place, as "to N in the world" is', () => {
    // holdout92, sport-435 (shortened)
    const kinds = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.kind]);
    expect(kinds('Hantuchova has risen from 31 in the world at the turn of the year.')).toEqual([['31', 'rank']]);
    expect(kinds('He has risen to 22 in the world.')).toEqual([['22', 'rank']]);
    // not a count of people "from 31 countries in the world"
    expect(kinds('Delegates came from 31 countries in the world.')).toEqual([['31', 'count']]);
  });
});

describe('a time before a relative clause closed between commas', () => {
  const periods = (text: string, date?: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en', date }).claims.map((c) => [c.text, c.period]);

  it('still dates the figure after the clause', () => {
    // holdout92, tech-065
    expect(periods('They did have business brains however, and in April 1995 persuaded venture capitalists Sequoia Capital, which also invested in Apple Computer and Cisco Systems, to fund Yahoo to the tune of $2m (£1.04m).')).toEqual([
      ['$2m', '1995-04'],
      ['£1.04m', '1995-04'],
    ]);
  });

  it('does not date a figure inside the clause, nor one after a clause break that follows it', () => {
    // ("this year's" dates the nominees, not the takings)
    expect(periods('The biggest hitter among this year\'s nominees is The Aviator, which has taken $90m in the US, although takings in the UK have reached only £7m.', '2005-02-01')).toEqual([
      ['$90m', null],
      ['£7m', null],
    ]);
  });
});
