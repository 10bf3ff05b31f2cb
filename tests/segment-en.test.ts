import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';

function sentences(text: string): string[] {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, 'en');
  return segment('t.txt', analysis, blocks, 'en').map((s) => s.text);
}

const one = (text: string) => expect(sentences(text)).toEqual([text]);

describe('English sentence boundaries', () => {
  it('does not split at titles, initials and abbreviations', () => {
    one('Mr. Smith met Dr. Jones and Gen. Patton at St. Michael\'s Church on 5th st. near the light.');
    one('I need you to find 3 items, e.g. a hat, a coat, and a bag, i.e. the usual.');
    one('I work for the U.S. Government in Virginia and have lived in the U.S. for 20 years.');
    one('They closed the deal with Pitt, Briggs & Co. at noon, according to lead underwriter L.F. Rothschild & Co.');
    one('My name is Jonas E. Smith and I live at No. 5, see p. 55.');
    one('The Scavenger Hunt ends on Dec. 31st, 2011.');
  });

  it('splits after an abbreviation when a new sentence starts', () => {
    expect(sentences('I live in the U.S. How about you?')).toEqual(['I live in the U.S.', 'How about you?']);
    expect(sentences('They closed the deal with Pitt, Briggs & Co. It closed yesterday.')).toHaveLength(2);
    expect(sentences("He left at 6 p.m. Travelers who didn't get the warning at 5 p.m. left later.")).toEqual([
      'He left at 6 p.m.',
      "Travelers who didn't get the warning at 5 p.m. left later.",
    ]);
  });

  it('handles decimals, money and numbers ending a sentence', () => {
    one('Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December.');
    expect(sentences('She has $100.00. It is in her bag.')).toEqual(['She has $100.00.', 'It is in her bag.']);
    expect(sentences('The company began assembling cars in China in 2003. 2004 was generally a good year.')).toHaveLength(2);
  });

  it('keeps quotations together and splits after them', () => {
    one('"The release of the completed jury questionnaires does not serve any purpose," a motion by Mr Jackson\'s lawyers stated.');
    one("\"I'm not really worried about it. I'm sure ABC might be more worried about it than me,\" he added.");
    expect(sentences('She turned to him, "This is great." She held the book out to show him.')).toEqual([
      'She turned to him, "This is great."',
      'She held the book out to show him.',
    ]);
    one('She turned to him, \'This is great.\' she said.');
  });

  it('does not pair quotation marks across quoted paragraphs run together', () => {
    const text = '"He sat down in front of the TV. That was the end of it. The Mirror had a very truncated interview. "The last time I saw him was in London in 1980."';
    expect(sentences(text)).toEqual([
      '"He sat down in front of the TV.',
      'That was the end of it.',
      'The Mirror had a very truncated interview.',
      '"The last time I saw him was in London in 1980."',
    ]);
  });

  it('ends a sentence at a quote mark standing alone between spaces before a capital', () => {
    expect(sentences('"They would be £630 worse off a year. " And Chancellor Gordon Brown said the figures did not add up.')).toEqual([
      '"They would be £630 worse off a year. "',
      'And Chancellor Gordon Brown said the figures did not add up.',
    ]);
    one('He said " Yes " to it.');
    // an even count of quotes before it: the mark opens the next sentence's quote (review)
    expect(sentences('He lost the vote. " We will win next time," he said.')).toEqual(['He lost the vote.', '" We will win next time," he said.']);
    // counted over the paragraph: a quote opened two sentences back closes here (second review)
    expect(sentences('He told reporters: "We will win the vote. We are strong. " Then he left the room.').at(-1)).toBe('Then he left the room.');
  });

  it('handles ellipses, brackets and footnotes', () => {
    expect(sentences('This is e.g. Mr. Smith, who talks slowly... And this is another sentence.')).toHaveLength(2);
    one("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.");
    one('He teaches science (He previously worked for 5 years as an engineer.) at the local University.');
    expect(sentences('Saint Maximus (died 250) is a Christian saint and martyr.[1] The emperor Decius published a decree.')).toEqual([
      'Saint Maximus (died 250) is a Christian saint and martyr.[1]',
      'The emperor Decius published a decree.',
    ]);
  });

  it('splits list items run together on one line', () => {
    expect(sentences('1.) The first item 2.) The second item')).toEqual(['1.) The first item', '2.) The second item']);
    expect(sentences('a) here it is b) another c) one more')).toEqual(['a) here it is', 'b) another', 'c) one more']);
    one('As payment for 1. above, pay us a fee and for 2. above, no fee will be paid.');
  });

  it('splits sentences glued together without a space, but not web addresses', () => {
    expect(sentences('Hello world.Today is Tuesday.Mr. Smith went to the store.')).toEqual([
      'Hello world.',
      'Today is Tuesday.',
      'Mr. Smith went to the store.',
    ]);
    one('Visit www.testurl.Awesome.com or write to Jane.Doe@example.com today.');
  });
});
