// Error classes a blind held-out set found: deaths told by a verb phrase, the
// unemployment rate said as a share or a "Quote", and a known cost compound of
// the clause beating an unknown noun that is merely nearer the figure.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import { contextInput, metricKeys } from './context-metric-support.js';

const keys = metricKeys;

describe('deaths told by a verb phrase', () => {
  it('"kamen ... zu Tode" and "lost their lives" are deaths', () => {
    expect(keys('Sechs Menschen kamen bei dem Sturm zu Tode.', 'de', ['Sechs'])).toEqual(['deaths']);
    expect(keys('Four climbers lost their lives on the mountain.', 'en', ['Four'])).toEqual(['deaths']);
    expect(keys('At least 40 people lost their lives in the flood.', 'en', ['40'])).toEqual(['deaths']);
  });
  it('near misses keep their metric: losing money or jobs is no death', () => {
    expect(keys('The carmaker lost 30 jobs in the spring.', 'en', ['30'])).toEqual(['jobs']);
    expect(keys('Zwölf Menschen wurden verletzt.', 'de', ['Zwölf'])).toEqual(['injured']);
  });
});

describe('unemployment rate as a share or a "Quote"', () => {
  it('a "Quote" of unemployment is the unemployment rate, not a share of it', () => {
    expect(keys('Die Arbeitslosigkeit erreichte im Winter eine Quote von 11,7 Prozent.', 'de', ['11,7 Prozent'])).toEqual(['unemployment.rate']);
  });
  it('unemployment "of the workforce" is the unemployment rate', () => {
    expect(keys('Unemployment stood at 10.8% of the workforce in May.', 'en', ['10.8%'])).toEqual(['unemployment.rate']);
  });
  it('a share of the workforce with no unemployment named stays a share of the staff', () => {
    expect(keys('Women make up 40% of the workforce at the plant.', 'en', ['40%'])).toEqual(['employees.share']);
    expect(keys('The firm cut 5% of its workforce.', 'en', ['5%'])).toEqual(['employees.share']);
  });
  it('a count of unemployed people stays a count', () => {
    expect(keys('Im Januar gab es 4,875 Millionen Arbeitslose.', 'de', ['4,875 Millionen'])).toEqual(['unemployed']);
  });
});

describe('a known metric noun of the clause beats a nearer unknown noun', () => {
  it('"Flüchtlingskosten ... bei der Budgetpräsentation mit einer Milliarde Euro" are the refugee costs', () => {
    const text = 'Für die Flüchtlingskosten rechnet das Ministerium bei der Budgetpräsentation mit einer Milliarde Euro.';
    expect(keys(text, 'de', ['einer Milliarde Euro'])).toEqual(['costs~fluchtling']);
  });
  it('with no known money noun in the clause the nearer noun stays', () => {
    const text = 'Bei der Budgetpräsentation nannte der Minister 5 Milliarden Euro.';
    expect(keys(text, 'de', ['5 Milliarden Euro'])).toEqual(['noun:budgetprasentation']);
  });
});

describe('a count after "a total of": its own noun, not the container', () => {
  it('"a total of 3,000 firms" counts firms, as "3,000 firms" does', () => {
    expect(keys('A total of 3,000 firms will be reviewed.', 'en', ['3,000'])).toEqual(['noun:firm']);
    expect(keys('A total of 500 jobs will go.', 'en', ['500'])).toEqual(['jobs']);
    expect(keys('The number of firms rose to 3,000.', 'en', ['3,000'])).toEqual(['noun:firm']);
  });
});

describe('firms however named share one key', () => {
  it('"3,000 firms", "3,000 companies", "3.000 Unternehmen" and "3.000 Firmen" are one noun ("business" is commerce too)', () => {
    expect(keys('Some 3,000 companies could be renationalised.', 'en', ['3,000'])).toEqual(['noun:firm']);
    expect(keys('Only 30 enterprises will be reviewed.', 'en', ['30'])).toEqual(['noun:firm']);
    expect(keys('Die Regierung prüft 3.000 Unternehmen.', 'de', ['3.000'])).toEqual(['noun:firm']);
    expect(keys('3.000 Betriebe sind betroffen.', 'de', ['3.000'])).toEqual(['noun:firm']);
  });
});

describe('a sum of money beside a rank (compare-holdout17, box-office reports)', () => {
  it('is what the verb of the clause says, never the rank', () => {
    expect(keys('The Pacifier fell to the number two spot, taking $18.1m.', 'en', ['$18.1m'])).toEqual(['revenue']);
    expect(keys('Fat Albert entered the chart in second place after opening on Christmas Day, taking $12.7m.', 'en', ['$12.7m'])).toEqual(['revenue']);
    expect(keys('The film fell two places to fourth position with $7.4m.', 'en', ['$7.4m'])).not.toEqual(['rank']);
  });

  it('reads "taking" as takings only right before the sum, and "cost" beside a count keeps its noun (review)', () => {
    expect(keys('The company is taking over a rival for £300m.', 'en', ['£300m'])).not.toEqual(['revenue']);
    expect(keys('Keeping 8,000 troops in Iraq will cost £1bn a year.', 'en', ['£1bn'])).not.toEqual(['price']);
  });

  it('keeps a count of places a rank (the places it moves by, its change: holdout66)', () => {
    expect(keys('The film fell two places to fourth position.', 'en', ['two'])).toEqual(['rank.change']);
  });
});

describe('a holiday before a metric names no owner (compare-holdout17)', () => {
  it('"Christmas takings" are nobody\'s, and the article\'s later figures do not inherit "Christmas"', () => {
    const claims = resolveMetrics(contextInput("However, Christmas takings were down 26.5% on 2003's figures.", 'en', ['26.5%']));
    expect(claims[0].entities).toEqual([]);
  });
});
