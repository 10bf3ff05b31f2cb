import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { identityAnalysis, LineIndex, toOriginalSpan } from '../src/normalise/offset-map.js';
import { segment } from '../src/segment/index.js';
import type { Lang } from '../src/types.js';

function run(text: string, lang: Lang = 'de') {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, lang);
  return { analysis, blocks, sentences: segment('t.txt', analysis, blocks, lang) };
}

/** What survives of a text once layout is ignored: no whitespace, hyphens, invisible characters or markup. */
const letters = (s: string) => s.replace(/<em>|&amp;|[\s\u00ad\u200b-\u200d\u2060\ufeff&-]/g, '');

describe('normalise keeps every span mapped to the original', () => {
  it('reports line and column for "\\n", "\\r\\n" and a lone "\\r"', () => {
    const text = 'Eins\r\nZwei\rDrei\n\r\nVier 5 %';
    const lines = new LineIndex(text);
    const at = (needle: string) => lines.locate(text.indexOf(needle));
    expect([at('Eins'), at('Zwei'), at('Drei'), at('Vier'), at('5 %')]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 5, column: 1 },
      { line: 5, column: 6 },
    ]);
  });

  it('turns CRLF and CR into line breaks and reports spans in the original', () => {
    const text = 'Zeile eins mit 2,8 Milliarden Dollar.\r\nZeile zwei.\rZeile drei.';
    const { analysis, sentences } = run(text);
    expect(analysis.text).toBe('Zeile eins mit 2,8 Milliarden Dollar.\nZeile zwei.\nZeile drei.');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Zeile eins mit 2,8 Milliarden Dollar.',
      'Zeile zwei.',
      'Zeile drei.',
    ]);
  });

  it('drops soft hyphens and zero-width characters from the analysis text only', () => {
    const text = 'Die Ver\u00adhand\u00adlungen laufen\u200b seit Mai.';
    const { analysis, sentences } = run(text);
    expect(analysis.text).toBe('Die Verhandlungen laufen seit Mai.');
    expect(sentences[0].text).toBe('Die Verhandlungen laufen seit Mai.');
    expect(text.slice(sentences[0].start, sentences[0].end)).toBe(text);
  });

  it('maps a sentence ending in a decoded entity to the whole entity', () => {
    const text = 'He said &quot;we will win.&quot; Then he left.';
    const { sentences } = run(text, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['He said "we will win."', 'Then he left.']);
    expect(text.slice(sentences[0].start, sentences[0].end)).toBe('He said &quot;we will win.&quot;');
  });

  it('maps single analysis characters back through two passes (entity, then a joined line)', () => {
    const text = 'AT&amp;T und die Trump-\nAdministration verhandeln seit Wochen über den\nVerkauf der Sparte an europäische Investoren.\nDer Deal könnte 2,8 Milliarden Dollar wert sein und wäre\ndamit der größte seit Jahren, schreibt die Zeitung.';
    const { analysis } = run(text);
    const at = analysis.text.indexOf('Administration');
    expect(toOriginalSpan(analysis, at, at + 14)).toEqual([text.indexOf('Administration'), text.indexOf('Administration') + 14]);
    const amp = analysis.text.indexOf('&');
    expect(toOriginalSpan(analysis, amp, amp + 1)).toEqual([2, 7]);
  });

  const alphabet = fc.constantFrom(
    'Der', 'Handel', 'stieg', 'am', '20.', 'Mai', 'um', '2,8', 'Prozent', 'z. B.', 'Dr.', 'U.S.', 'Verhand-\nlungen',
    'US-\nInvestoren', '.', '!', '?', '…', '„', '“', '"', "'", '(', ')', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\u00ad',
    '\u200b', '\u00a0', '-', '–', '•', '1.', 'a)', '&amp;', '<em>', '...',
  );
  const randomText = fc.array(alphabet, { maxLength: 80 }).map((xs) => xs.join(' '));
  const randomChars = fc.string({ unit: fc.constantFrom(...'aZ9 .,!?;:()"\'-–„“\n\r\u00a0'.split('')), maxLength: 200 });

  for (const lang of ['de', 'en'] as Lang[]) {
    it(`every sentence's original slice reads as its text, in order, inside the text (${lang})`, () => {
      fc.assert(
        fc.property(fc.oneof(randomText, randomChars), (text) => {
          const { sentences, analysis } = run(text, lang);
          let last = 0;
          for (const s of sentences) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.text).not.toMatch(/\n|^\s|\s$/);
            expect(s.text).toBe(s.text.replace(/\s+/g, ' '));
            expect(analysis.text.slice(s.aStart, s.aEnd).replace(/\s+/g, ' ')).toBe(s.text);
            // modulo hyphenation joins, whitespace, invisible characters and markup
            expect(letters(s.text)).toBe(letters(text.slice(s.start, s.end)));
            last = s.end;
          }
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
      );
    });
  }
});

describe('identityAnalysis', () => {
  it('maps every position to itself, for short texts and for texts longer than its shared table', () => {
    for (const n of [0, 5, 70_000, (1 << 20) + 3]) {
      const map = identityAnalysis('x'.repeat(n)).toOriginal;
      expect(map.length).toBe(n + 1);
      expect([map[0], map[n >> 1], map[n]]).toEqual([0, n >> 1, n]);
    }
  });

  it("keeps a short text's map right after a longer text made the shared table grow", () => {
    const before = identityAnalysis('abc').toOriginal;
    identityAnalysis('y'.repeat(300_000));
    const after = identityAnalysis('abcd').toOriginal;
    expect([...before]).toEqual([0, 1, 2, 3]);
    expect([...after]).toEqual([0, 1, 2, 3, 4]);
  });
});
