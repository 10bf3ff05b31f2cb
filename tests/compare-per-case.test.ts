// Found through a blind held-out comparison set (compare-holdout18, the Costa Concordia trial): a
// captain's 16-year prison sentence (2015) and his officers' terms (2013) in one article were made
// one series of "prison sentence" over time. Sentences, ages and fines are each said of one person
// or case: figures of them for different periods are different people's, not one series.
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/index.js';
import { claim } from './compare-claims.js';

describe('figures each said of one person or case', () => {
  it('form no series over periods within an article', () => {
    const captain = claim({
      doc: 'a.txt', sentence: 'Der Kapitän war im Februar 2015 zu 16 Jahren Haft verurteilt worden.', text: '16 Jahren', value: 16,
      unit: 'year', kind: 'duration', metric: 'sentence.prison', period: '2015-02', sentenceIndex: 0,
    });
    const officers = claim({
      doc: 'a.txt', sentence: 'Drei Offiziere waren 2013 zu 18 Monaten Haft verurteilt worden.', text: '18 Monaten', value: 18,
      unit: 'month', kind: 'duration', metric: 'sentence.prison', period: '2013', sentenceIndex: 3,
    });
    const groups = compare([captain, officers], { tolerance: 0.02, rates: [] });
    expect(groups.find((g) => g.claims.includes(captain.id))!.claims).toEqual([captain.id]);
  });

  it('while a statistic of two years stays one series', () => {
    const a = claim({ doc: 'a.txt', sentence: 'Die Arbeitslosigkeit lag 2014 bei 8 Prozent.', text: '8 Prozent', value: 8, unit: '%', metric: 'unemployment.rate', entities: ['AT'], period: '2014', sentenceIndex: 0 });
    const b = claim({ doc: 'a.txt', sentence: 'Im Jahr 2015 lag sie bei 9 Prozent.', text: '9 Prozent', value: 9, unit: '%', metric: 'unemployment.rate', entities: ['AT'], period: '2015', sentenceIndex: 2 });
    const groups = compare([a, b], { tolerance: 0.02, rates: [] });
    expect(groups.find((g) => g.claims.includes(a.id))!.claims).toHaveLength(2);
  });
});

describe('one sentence printed word for word in two articles (compare-holdout19)', () => {
  it('states its figures once, however small or vague their metric', () => {
    const sentence = 'Jones won three gold medals and two bronzes in Sydney in 2000.';
    const a = claim({ doc: 'a.txt', sentence, text: 'three', value: 3, metric: 'noun:medal', sentenceIndex: 4 });
    const b = claim({ doc: 'b.txt', sentence, text: 'three', value: 3, metric: 'noun:medal', sentenceIndex: 7 });
    const groups = compare([a, b], { tolerance: 0.02, rates: [] });
    expect(groups.find((g) => g.claims.includes(a.id))!.claims).toHaveLength(2);
  });

  it('also for a small count of a known metric, which values alone never join across articles', () => {
    const sentence = 'The firm said it would cut 12 jobs at its plant in Leeds next year.';
    const a = claim({ doc: 'a.txt', sentence, text: '12', value: 12, metric: 'jobs', sentenceIndex: 2 });
    const b = claim({ doc: 'b.txt', sentence, text: '12', value: 12, metric: 'jobs', sentenceIndex: 5 });
    const groups = compare([a, b], { tolerance: 0.02, rates: [] });
    expect(groups.find((g) => g.claims.includes(a.id))!.claims).toHaveLength(2);
  });

  it('but not a short one, nor the same figure in another sentence', () => {
    const a = claim({ doc: 'a.txt', sentence: 'Three dead.', text: 'Three', value: 3, metric: 'noun:dead', sentenceIndex: 0 });
    const b = claim({ doc: 'b.txt', sentence: 'Three dead.', text: 'Three', value: 3, metric: 'noun:dead', sentenceIndex: 0 });
    expect(compare([a, b], { tolerance: 0.02, rates: [] })).toHaveLength(2);
    const c = claim({ doc: 'a.txt', sentence: 'Jones won three gold medals and two bronzes in Sydney in 2000.', text: 'three', value: 3, metric: 'noun:medal' });
    const d = claim({ doc: 'b.txt', sentence: 'Smith won three gold medals and a bronze in Athens four years later.', text: 'three', value: 3, metric: 'noun:medal' });
    expect(compare([c, d], { tolerance: 0.02, rates: [] })).toHaveLength(2);
  });
});
