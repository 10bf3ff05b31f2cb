// What holdout76's blind run showed: BBC match reports give the clock as "on 20 minutes".
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { periods } from './period-helpers.js';
import { texts } from './extract-helpers.js';

describe('a match\'s clock', () => {
  it('reads "on N minutes" as a point of the game, not a time taken', () => {
    // holdout76, sport-407
    expect(texts('And Scotland capitalised with a third Paterson penalty on 50 minutes.', 'en')).toEqual([]);
    expect(texts('Scotland defended the initial thrusts but on 20 minutes Italy equalised through a De Marigny penalty.', 'en')).toEqual([]);
    expect(texts('On 75 minutes, he scored a horrible own goal.', 'en')).toEqual([]);
    // a time spent on something, or taken
    expect(texts('She focused on 30 minutes of exercise a day.', 'en')).toEqual(['30 minutes']);
    expect(texts('The meeting lasted 65 minutes.', 'en')).toEqual(['65 minutes']);
  });
});

describe('"the party" and plural documents as sources', () => {
  it('reads "The party says" as a cue, the noun standing for the party named before or itself', () => {
    // holdout76, politics-091
    expect(sources('The party says the plans could save the average pensioner £100 every year.', ['£100'], 'en')).toEqual(['party']);
  });

  it('reads "Surveys of economists have shown that" as the economists\', "Some studies suggest" as the studies\'', () => {
    // holdout76, business-436 (shortened)
    expect(sources('Surveys of economists have shown that the majority expect borrowing costs to stay at 2% in coming months.', ['2%'], 'en')).toEqual(['economists']);
    // a study named without an article is no earlier speaker's (tech-087, shortened)
    expect(sources('At the debate, organised by the Internet Service Providers\' Association (ISPA), Lord Currie did not rule out the possibility of regulation. ' +
      '"The challenge will arise when boundaries between TV and the internet truly blur," he said. ' +
      'Adopting the rules that currently exist to regulate TV content will be up for discussion. ' +
      'Some studies suggest that as many as eight million households in the UK could have adopted broadband by the end of 2005.', ['eight million'], 'en')).toEqual(['studies']);
  });
});

describe('a title\'s time', () => {
  it('is not the period of the figures around it: "der MVP der Saison 2010/11", "der Weltmeister von 2010"', () => {
    // holdout76, test-993 ("Seit Jänner 2012" without a document date: unknown)
    expect(periods('Seit Jänner 2012 hat der MVP der Saison 2010/11 nur 100 NBA-Partien absolvieren können und 208 Spiele verpasst.', ['100', '208'])).toEqual([null, null]);
    expect(periods('Seit 2012 hat der Weltmeister von 2010 nur 100 Spiele bestritten.', ['100'])).toEqual([null]);
    // a season or year that dates the figures, and a winner who paid in those years (holdout35, test-598)
    expect(periods('In der Saison 2010/11 erzielte er 30 Tore.', ['30'])).toEqual(['2010..2011']);
    expect(periods('Der Umsatz des Jahres 2015 betrug 5 Millionen Euro.', ['5 Millionen Euro'])).toEqual(['2015']);
    expect(periods('Ted Weschler ließ sich das Essen als Gewinner der Jahre 2010 und 2011 insgesamt über fünf Millionen Dollar kosten.', ['fünf Millionen Dollar'])).toEqual(['2010..2011']);
  });
});
