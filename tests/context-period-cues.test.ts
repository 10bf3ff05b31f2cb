// The period cues ("Dabei", "in der Berichtsperiode"): a quick regex without the
// look-arounds is asked first, and must never turn down a sentence the cue matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cue, anyOf, continuesTime, withoutGroupNames, withoutLookarounds } from '../src/context/period-cues.js';
import { windowReferenceSources } from '../src/context/period-window.js';
import { time as de } from '../src/lang/de/time.js';
import { time as en } from '../src/lang/en/time.js';

describe('withoutLookarounds', () => {
  it('leaves out look-aheads and look-behinds, nested groups and classes included', () => {
    expect(withoutLookarounds('(?<![\\p{L}])(?:im (?:gleichen|selben) Zeitraum|damals)(?![\\p{L}])')).toBe('(?:im (?:gleichen|selben) Zeitraum|damals)');
    expect(withoutLookarounds('a(?=[)(])b(?<=(?:x|y\\)))c')).toBe('abc');
    expect(withoutLookarounds('[(?=]x\\(?=y')).toBe('[(?=]x\\(?=y');
    expect(withoutLookarounds('(?<year>\\d{4})')).toBe('(?<year>\\d{4})');
  });

  it('gives up where leaving them out could change more', () => {
    expect(withoutLookarounds('(a)(?=b)\\1')).toBeNull();
    expect(withoutLookarounds('(?<x>a)\\k<x>')).toBeNull();
    expect(withoutLookarounds('a(?=b')).toBeNull();
    expect(withoutLookarounds('a[b')).toBeNull();
  });
});

describe('Cue', () => {
  const sources = [de.continuation, de.periodReference, en.continuation, en.periodReference];
  const words = ['Dabei', 'dabei', 'damals', 'Damals', 'im', 'Im', 'gleichen', 'Zeitraum', 'in', 'der', 'Berichtsperiode', 'Then', 'then', 'at', 'the', 'time', 'same', 'period', 'over', 'review', 'x', 'ä', 'Ü', '1', ' ', ' ', ',', '.', '-', '–'];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((parts) => parts.join(''));

  it('answers as the cue regex alone does', () => {
    const cues = sources.map((s) => [new Cue(s), new RegExp(s, 'u')] as const);
    fc.assert(
      fc.property(sentence, (s) => {
        for (const [cue, re] of cues) expect(cue.test(s)).toBe(re.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the cues of both languages', () => {
    expect(continuesTime('de', 'Dabei stieg der Umsatz um 3 Prozent.')).toBe(true);
    expect(continuesTime('de', 'Der Umsatz stieg damals um 3 Prozent.')).toBe(true);
    expect(continuesTime('de', 'Der Umsatz stieg vordamals um 3 Prozent.')).toBe(false);
    expect(continuesTime('de', 'Der Umsatz stieg um 3 Prozent.')).toBe(false);
    expect(continuesTime('en', 'Sales rose 3 per cent over the same period.')).toBe(true);
    expect(continuesTime('en', 'Sales rose 3 per cent, then fell.')).toBe(true);
    expect(continuesTime('en', 'Sales rose 3 per cent, theno fell.')).toBe(false);
  });
});

describe('anyOf', () => {
  it('names no group twice: named groups become plain ones, classes and escapes stay', () => {
    expect(withoutGroupNames('(?<n>\\d)(?<unit>Monate)(?:x)(?<=a)(?<!b)[(?<x>]\\(?<y>')).toBe('(?:\\d)(?:Monate)(?:x)(?<=a)(?<!b)[(?<x>]\\(?<y>');
  });

  // the sentences' cue pre-check: where it says no, period resolution asks none of the cues
  const words = ['In', 'in', 'den', 'drei', 'Monaten', 'dem', 'Zeitraum', 'Dabei', 'damals', 'im', 'Berichtszeitraum', 'während', 'des', 'Zeitraums', 'in', 'the', 'three', 'months', 'during', 'period', 'then', 'review', 'x', '3', ' ', ',', '.', '–', 'ä'];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((parts) => parts.join(' '));

  for (const [lang, time] of [['de', de], ['en', en]] as const) {
    it(`matches every ${lang} sentence one of the cues matches`, () => {
      const sources = [...windowReferenceSources(lang), time.continuation, time.periodReference];
      const any = anyOf(sources)!;
      const cues = sources.map((s) => new RegExp(s, 'u'));
      expect(any).not.toBeNull();
      expect(any.test(lang === 'de' ? 'In den drei Monaten stieg der Umsatz um 3 Prozent.' : 'In the three months, sales rose 3%.')).toBe(true);
      expect(any.test(lang === 'de' ? 'Der Umsatz stieg um 3 Prozent.' : 'Sales rose 3%.')).toBe(false);
      fc.assert(
        fc.property(sentence, (s) => {
          if (cues.some((re) => re.test(s))) expect(any.test(s)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
