// A name with a number inside ("BBC 6 Music") printed in full once and shortened later ("radio
// station 6 Music", "from 6 Music listeners") is still a name, not a count of music (holdout126).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import type { Lang } from '../src/types.js';

const texts = (text: string, lang: Lang = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => c.text);

describe('a shortened numbered name', () => {
  it('is no count where the document prints it after a name word too, before or after', () => {
    expect(texts('Pop duo joins BBC 4 Extra\n\nThe duo will host a show on the digital station 4 Extra for 12 weeks.')).toEqual(['12 weeks']);
    expect(texts('The duo will answer e-mails from 4 Extra listeners. The duo joined BBC 4 Extra in May.')).toEqual([]);
  });

  it('stays a count without the full name, after a month, or as part of a longer number', () => {
    expect(texts('The duo will answer e-mails from 4 Extra listeners.')).toEqual(['4']);
    // (the first "30" is read as a day of March; the second counts Britons)
    expect(texts('In March 30 Britons were held. Later 30 Britons were freed.')).toEqual(['30']);
    expect(texts('The band sold 14 Extra packs. They joined BBC 4 Extra.')).toEqual(['14']);
  });
});
