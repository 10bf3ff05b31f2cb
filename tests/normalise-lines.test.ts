import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/normalise/lines.js';

describe('splitLines', () => {
  const text = 'Inhalt ......... 5\n  .\n\n-----\nText mit Rest \n3';
  const lines = splitLines(text);

  it('has one entry per line, the last one after the final newline included', () => {
    expect(lines.length).toBe(6);
    expect(splitLines('a\n').length).toBe(2);
    expect(splitLines('').length).toBe(1);
  });

  it('trims content and cuts a table-of-contents leader with its page number', () => {
    const toc = lines.at(0);
    expect(text.slice(toc.cStart, toc.cEnd)).toBe('Inhalt');
    expect(toc.cut).toBe(true);
    expect(lines.untouched(0)).toBe(false);
  });

  it('tells blank lines (empty, rules, page numbers) from content (a lone "." belongs to the line before)', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => lines.blank(i))).toEqual([false, false, true, true, false, true]);
  });

  it('notes trailing space, which PDF extractors leave at soft wraps', () => {
    expect(lines.at(4).trailingSpace).toBe(true);
    expect(text.slice(lines.cStart[4], lines.cEnd[4])).toBe('Text mit Rest');
    expect(lines.untouched(4)).toBe(true);
  });
});
