// What holdout79's blind run showed: years written "'94", "as little as", a participle of
// speech after "ist" (a state), a study by "handset maker Nokia", one document taken for another's
// author. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { found, texts } from './extract-helpers.js';
import { periods } from './period-helpers.js';

describe('a year written with an apostrophe', () => {
  it('is no count ("in \'94", "seit ’94"); a possessive\'s figure and a quoted count stay', () => {
    // holdout79, sport-413
    expect(texts('"There\'s been lots of highs - winning the Six Nations in \'94, beating England in \'93," Llewellyn said.', 'en')).toEqual([]);
    expect(texts('Seit ’94 spielt er hier, davor war er 5 Jahre weg.')).toEqual(['5 Jahre']);
    expect(texts('He scored 94 points, Smith\'s 94 was less.', 'en')).toEqual(['94 points', '94']);
    expect(texts('\'We lost 94 games,\' he said.', 'en')).toEqual(['94']);
  });
});

describe('"as little as", "as few as"', () => {
  it('is a hedge: the figure is a low end, and a span after "for" stays a claim', () => {
    // holdout79, tech-031
    const [span] = found('This can be adjusted at any time and can be active for as little as 30 seconds before it changes.', 'en');
    expect([span.text, span.qualifier]).toEqual(['30 seconds', 'at_least']);
    expect(found('Set-top boxes are available from as little as 70 euros.', 'en').map((f) => f.qualifier)).toEqual(['at_least']);
  });
});

describe('sources', () => {
  it('a participle of speech after "ist" is a state: "die Mannschaft ist aber gewarnt" speaks for nothing', () => {
    // holdout79, test-1020
    expect(sources('München hat fünf Zähler Vorsprung auf Borussia Dortmund, die Mannschaft ist aber gewarnt vor dem Gang nach Köln.', ['fünf Zähler']))
      .toEqual([null]);
    expect(sources('Die Zahl sei um 5 Prozent gestiegen, hat das Amt mitgeteilt.', ['5 Prozent'])).toEqual(['Amt']);
  });

  it('reads the author after a role: "a study by handset maker Nokia"', () => {
    // tech-109
    expect(sources('Research by handset maker Nokia shows that 5% of people only use a mobile.', ['5%'], 'en')).toEqual(['Nokia']);
    expect(sources('A report by the research firm Gartner found 5% of people use phones.', ['5%'], 'en')).toEqual(['Gartner']);
  });

  it('a document named before is no author of the next one ("in a poll" ... "The survey reported")', () => {
    // holdout79, tech-031
    const text = 'Almost 70% of those asked in a poll said that net firms are not doing enough. '
      + 'The survey of more than 1,000 people reported that 43% were not willing to hand over personal information online.';
    expect(sources(text, ['1,000', '43%'], 'en')).toEqual(['survey', 'survey']);
  });
});

describe('a decade written "the 1980\'s"', () => {
  it('gives no year to a month named later; a year\'s possessive and "the 2004 season" still do', () => {
    // holdout79, entertainment-018
    const text = 'The works are by the most visible artists of the 1980\'s. Much of the collection will be offered for sale at three auctions in New York in June.';
    expect(periods(text, ['three'], null, 'en')).toEqual([null]);
    expect(periods('In the 2004 season he scored 12 goals.', ['12'], null, 'en')).toEqual(['2004']);
  });
});
