import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conversionsOf } from '../src/context/period.js';
import type { ContextInput } from '../src/context/types.js';

// The plain rule, as conversionsOf read it before it turned most gaps away
// without a slice: the oracle for that shortcut.
const OPENS = /^\s*\(\s*(?:(?:ca|rund|etwa|about|around|approx)\.?\s*)?$/;
const LISTS = /^\s*[;,/]\s*$/;
function reference(text: string, mentions: ContextInput['mentions']): (number | null)[] {
  const out: (number | null)[] = [];
  mentions.forEach((cur, i) => {
    const prev = mentions[i - 1];
    out.push(null);
    if (!prev || prev.sentenceIndex !== cur.sentenceIndex) return;
    const between = text.slice(prev.mention.aEnd, cur.mention.aStart);
    if (OPENS.test(between)) out[i] = i - 1;
    else if (LISTS.test(between)) out[i] = out[i - 1];
  });
  return out;
}

const mention = (aStart: number, aEnd: number, sentenceIndex: number) =>
  ({ mention: { aStart, aEnd }, sentenceIndex }) as unknown as ContextInput['mentions'][number];

describe('conversionsOf', () => {
  it('links "£75m ($141m)" and a list of conversions to the first figure', () => {
    const text = '1.33bn Australian dollars ($1bn; £550m) and 5 more';
    const at = (figure: string) => mention(text.indexOf(figure), text.indexOf(figure) + figure.length, 0);
    const m = [at('1.33bn Australian dollars'), at('$1bn'), at('£550m'), at('5')];
    expect(conversionsOf(text, m)).toEqual([null, 0, 0, null]);
  });

  it('gives what the plain regexes give for any gap between figures', () => {
    const gap = fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2009', '(', ')', ';', ',', '/', '.', 'ca', 'rund', 'about', 'x', 'ü', '5'), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, fc.boolean()), { minLength: 1, maxLength: 6 }), (parts) => {
        let text = '';
        let sentence = 0;
        const mentions: ContextInput['mentions'] = [];
        for (const [between, newSentence] of parts) {
          text += between;
          if (newSentence) sentence++;
          mentions.push(mention(text.length, text.length + 2, sentence));
          text += '42';
        }
        expect(conversionsOf(text, mentions)).toEqual(reference(text, mentions));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
