// Two figures of one thing share the time the second one owns: the worth of the first ("922 cases
// of fraud in the UK in 2003, worth £38.5m"), and a part and its whole ("117 million out of 833
// million handsets shipped by 2009").
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('a time before a figure that gives the worth of the one before it', () => {
  it('dates both (English)', () => {
    // holdout84, politics-138 (shortened)
    expect(periods('en', 'It said there were 922 cases of reported fraud or irregularities in EU funds in the UK in 2003, worth £38.5m.')).toEqual([
      ['922', '2003'],
      ['£38.5m', '2003'],
    ]);
    expect(periods('en', 'Police found 310 stolen paintings and sculptures across the county in 2011, valued at about £2m.')).toEqual([
      ['310', '2011'],
      ['£2m', '2011'],
    ]);
  });

  it('dates both in German too (there the time after a figure reaches it without this rule)', () => {
    expect(periods('de', 'Es gab 922 gemeldete Fälle von Betrug bei EU-Mitteln in Großbritannien im Jahr 2003, im Wert von 38,5 Millionen Pfund.')).toEqual([
      ['922', '2003'],
      ['38,5 Millionen Pfund', '2003'],
    ]);
  });

  it('leaves a figure of a new clause to its own time', () => {
    // not a worth: "and profits" opens a clause of its own
    expect(periods('en', 'It had 922 staff before the merger, and profits reached £38.5m in 2003.')).toEqual([
      ['922', null],
      ['£38.5m', '2003'],
    ]);
  });
});

describe('a part and its whole', () => {
  it('share the time after the whole', () => {
    // holdout90, tech-059
    expect(periods('en', 'It says that smartphones will make up 117 million out of 833 million handsets shipped globally by 2009.')).toEqual([
      ['117 million', '2009'],
      ['833 million', '2009'],
    ]);
    expect(periods('en', 'About 40,000 out of some 250,000 households had broadband by the end of 2004.')).toEqual([
      ['40,000', '2004'],
      ['250,000', '2004'],
    ]);
  });

  it('do not share a time across a new clause', () => {
    expect(periods('en', 'About 40,000 out of some 250,000 households had broadband, and 12,000 more joined in 2004.')).toEqual([
      ['40,000', null],
      ['250,000', null],
      ['12,000', '2004'],
    ]);
  });
});
