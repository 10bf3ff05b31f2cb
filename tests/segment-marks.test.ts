import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OTHER_SPACES, scanBlock } from '../src/segment/marks.js';

// scanBlock replaced four regex scans of every block; it must find exactly what they found.
const PUNCTUATION = /[.!?…‽⁇⁈⁉．。！？｡]|[-–—](?=["'”“’‘»«])/g;
const SPAN_MARK = /[()[\]{}„“”»«"'‚‘’]|,,/g;
const LIST_MARK = /[•◦▪▫●○■□►▸▶‣⁃➢➤✓✔]|[.)](?= )/g;
/** the second space of each pair; whitespace other than a space */
const SPACE_PAIR = /(?<= ) /g;
const OTHER_SPACE = /[^\S ]/g;

function matches(re: RegExp, s: string): number[] {
  return [...s.matchAll(re)].map((m) => m.index!);
}

describe('scanBlock', () => {
  it('knows every whitespace character but the space', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /[^\S ]/.test(ch));
    expect(all.join('')).toBe(OTHER_SPACES);
  });

  const blocks = [
    '„Wir sind zufrieden. Die Zahlen sind gut“, sagte er. (Das stimmt?) 1. Punkt 2. Punkt',
    "afore she comes, to--\" At this moment ,,Zitat'' ,,, a) eins b) zwei • drei",
    'Preis:  12,5 Mio. Euro\tund … mehr! ‽ — »Gut«, [1] {x}',
    'ends with a dash -',
  ];
  /** scanBlock's marks of the whole block are where the reference regexes match */
  const expectRegexMarks = (block: string) => {
    const m = scanBlock(block, 0, block.length);
    expect(m.punctuation.toArray()).toEqual(matches(PUNCTUATION, block));
    expect(m.spanMarks.toArray()).toEqual(matches(SPAN_MARK, block));
    expect(m.listMarks.toArray()).toEqual(matches(LIST_MARK, block));
    expect(m.spacePairs.toArray()).toEqual(matches(SPACE_PAIR, block));
    expect(m.otherSpaces.toArray()).toEqual(matches(OTHER_SPACE, block));
  };
  for (const block of blocks) {
    it(`finds what the regexes found in "${block.slice(0, 30)}…"`, () => {
      expectRegexMarks(block);
    });
  }

  it('reads nothing past the block', () => {
    const text = 'Er sagte -" nein. ';
    const m = scanBlock(text, 0, 9); // ends right after the dash
    expect(m.punctuation.toArray()).toEqual([]);
    expect(scanBlock(text, 0, text.length).punctuation.toArray()).toEqual([9, 16]);
  });

  it('finds what the regexes found in any mix of the characters it reacts to', () => {
    // spaces next to commas and marks: the double-space test runs without a branch
    const chars = fc.constantFrom(' ', ' ', ' ', 'a', 'Z', ',', '.', ')', '(', '-', '"', '„', '“', '…', '•', '\t', '\u00a0', '!');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (block) => {
        expectRegexMarks(block);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
