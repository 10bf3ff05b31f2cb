// Three reporting verbs that said nothing, or said it to the wrong speaker: "X, head of Y, said he
// believed ..." gave the figure to "he" (read as "said he", the speaker after the verb), "tells the
// story of" made a film the source of its plot, and "explains X" after a quote named nobody.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const sources = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.attribution]);

describe('a pronoun after the verb opens what is said (English)', () => {
  it('gives the figure to the subject before the apposition', () => {
    expect(sources('Jane Porter, head of equities at a fund, said he believed a 300p bid would be enough.')).toEqual([['300p', 'Jane Porter']]);
    expect(sources('Tom Reed, the firm\'s chairman, said she expected sales of £3bn.')).toEqual([['£3bn', 'Tom Reed']]);
  });

  it('while German puts the speaker after the verb', () => {
    expect(sources('Konzernchef Hans Maier sprach von Wachstum. „Wir wachsen um 5 Prozent“, sagte er am Montag.', 'de')).toEqual([['5 Prozent', 'Hans Maier']]);
  });
});

describe('"tells the story of" narrates', () => {
  it('a film that tells a story is no source of its figures, nor of the pronoun after it', () => {
    expect(sources('The film Harbour tells the story of two brothers who run a boat.')).toEqual([['two', null]]);
    expect(sources('Director Ann Lowe won the prize. Harbour tells the story of a fisherman. "We shot 30 scenes," she said.')).toEqual([['30', null]]);
  });

  it('but "told" with an addressee still reports', () => {
    expect(sources('Tesco told the BBC that sales rose 5%.')).toEqual([['5%', 'Tesco']]);
  });
});

describe('"explains" and "insists" after a quote or before a clause name the speaker', () => {
  it('as "says" does', () => {
    expect(sources('"People over 60 will make up 30% of the population," explains Hiro Tanaka of the institute.')).toEqual([
      ['60', 'Hiro Tanaka'], ['30%', 'Hiro Tanaka']]);
    expect(sources('Coach Mark Dunn insists his side will score 40 points this season.')).toEqual([['40 points', 'Mark Dunn']]);
  });
});
