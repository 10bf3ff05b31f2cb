// German words that end in a known head but are words of their own are no compound of it
// ("Schwachstellen" are weaknesses, not jobs), and sentence adverbs written with a capital at the
// start ("Immerhin", "Aktuell", "Zumindest") are no nouns a figure measures. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const keys = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'de' }).claims.map((c) => [c.text, c.metric?.key]);

describe('German whole words and sentence adverbs', () => {
  it('"drei Schwachstellen" counts weaknesses; "300 Stellen" still counts jobs', () => {
    expect(keys('Das Programm hat drei bekannte Schwachstellen.')).toEqual([['drei', 'noun:schwachstell']]);
    expect(keys('Der Konzern streicht 300 Stellen.')).toEqual([['300', 'jobs']]);
  });

  it('a capitalised sentence adverb names no metric', () => {
    expect(keys('Immerhin jeder Dritte behält die Geschenke.')).not.toContainEqual(['jeder Dritte', 'noun:immerhin']);
    expect(keys('Aktuell sind das höchstens 900 Euro.')).not.toContainEqual(['900 Euro', 'noun:aktuell']);
  });
});
