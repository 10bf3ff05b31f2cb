// The period cues ("Dabei", "in der Berichtsperiode"): a quick regex without the
// look-arounds is asked first, and must never turn down a sentence the cue matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cue, continuesTime, withoutLookarounds } from '../src/context/period-cues.js';
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
