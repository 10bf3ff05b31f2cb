import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';
import { IntList } from '../src/segment/int-list.js';
import type { Lang } from '../src/types.js';

// The segmenter reuses scratch lists and one cluster object from block to block
// and document to document, and collapses only the whitespace runs that change.
// These properties hold it to what the fresh-array version did.

const PIECES = ['Der', 'am', '20', '.', ' ', '  ', '\n', '\n\n', 'Mai', 'Dr', 'z.B', 'U.S', '1', 'a', ')', '(', '„', '“', '"', "'",
  '»', '«', '?', '!', '…', '. . .', '–', '•', '[1]', 'Nr', 'II', ',,', 'Die', 'The', 'p.m', '\u00a0', '\t', 'Seite', '12', 'b)',
  'c)', '1.)', '2.)', 'Ich', 'Prof'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));
const lang = fc.constantFrom<Lang>('de', 'en');

function sentences(t: string, l: Lang) {
  const { analysis, blocks } = normalise({ path: 't.txt', text: t, encoding: 'utf-8' }, l);
  return { analysis, sentences: segment('t.txt', analysis, blocks, l) };
}

describe('segment with scratch state', () => {
  it('gives a text the same sentences whatever was segmented before', () => {
    fc.assert(fc.property(text, text, lang, (a, b, l) => {
      const first = sentences(a, l).sentences;
      sentences(b, l);
      expect(sentences(a, l).sentences).toEqual(first);
    }), { numRuns: 300 });
  });

  it('collapses every whitespace run of a sentence to one space, as /\\s+/g did', () => {
    fc.assert(fc.property(text, lang, (t, l) => {
      const { analysis, sentences: ss } = sentences(t, l);
      for (const s of ss) expect(s.text).toBe(analysis.text.slice(s.aStart, s.aEnd).replace(/\s+/g, ' '));
    }), { numRuns: 500 });
  });
});

describe('IntList', () => {
  it('sorts and searches as an array does', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }), fc.integer({ min: -1000, max: 1000 }), (xs, x) => {
      const list = new IntList(4);
      for (const v of xs) list.push(v);
      list.sort();
      const sorted = [...xs].sort((p, q) => p - q);
      expect(list.toArray()).toEqual(sorted);
      expect(list.includes(x)).toBe(sorted.includes(x));
      expect(list.lowerBound(x)).toBe(sorted.filter((v) => v < x).length);
    }));
  });
});
