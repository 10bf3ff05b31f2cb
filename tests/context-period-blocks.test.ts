// Clause breaks and parentheses: where a period stops reaching.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseBreaks, parenthesesIn } from '../src/context/period-blocks.js';

const DE = new Set(['aber', 'doch', 'während', 'wobei']);

describe('clauseBreaks', () => {
  it('breaks at a comma before a clause opener, in ASCII and with umlauts, whatever its case', () => {
    const s = 'Der Umsatz stieg 2015 um 3 Prozent, während der Gewinn sank, Aber die Dividende blieb, obwohl nichts geschah.';
    const hard = clauseBreaks(s, 0, s.length, DE).filter((b) => b.hard).map((b) => s.slice(b.at + 2, b.at + 9));
    expect(hard).toEqual(['während', 'Aber di']);
  });

  it('does not break before a longer word that starts like an opener', () => {
    const s = 'Die Kosten stiegen, abermals um 5 Prozent, doch kaum.';
    const hard = clauseBreaks(s, 0, s.length, DE).filter((b) => b.hard).map((b) => b.at);
    expect(hard).toEqual([s.indexOf(', doch')]);
  });

  it('ignores an opener that runs past the end of the sentence', () => {
    const s = 'Plus 4 Prozent, aber';
    expect(clauseBreaks(s, 0, s.length - 2, DE).filter((b) => b.hard)).toEqual([]);
  });
});

describe('parenthesesIn', () => {
  it('finds top-level parentheses and an unclosed one', () => {
    const s = 'Umsatz 75 Mio. Pfund (141 Mio. Dollar) im Jahr (2015';
    expect(parenthesesIn(s, 0, s.length)).toEqual([
      { start: s.indexOf('(141'), end: s.indexOf(')') + 1 },
      { start: s.indexOf('(2015'), end: s.length },
    ]);
  });

  it('finds none in a sentence without parentheses', () => {
    expect(parenthesesIn('Der Umsatz stieg um 3 Prozent.', 0, 30)).toEqual([]);
  });
});

describe('clauseBreaks against a plain reading', () => {
  // the rules written out one by one, character by character
  const plain = (s: string, openers: ReadonlySet<string>) => {
    const out: Array<{ at: number; hard: boolean }> = [];
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      if (depth > 0) continue;
      const word = /^\s*(\p{L}+)/u.exec(s.slice(i + 1))?.[1]?.toLowerCase();
      if (c === ';') out.push({ at: i, hard: true });
      else if (c === ':' && s[i + 1] === ' ' && !/\d/.test(s[i - 1] ?? '')) out.push({ at: i, hard: false });
      else if (c === ',' && word !== undefined && openers.has(word)) out.push({ at: i, hard: true });
      else if ('-–—'.includes(c) && s[i - 1] === ' ' && s[i + 1] === ' ' && i > 25) out.push({ at: i, hard: false });
    }
    return out;
  };
  const pieces = ['Umsatz', ' ', ',', ', ', ';', ':', ': ', ' – ', ' - ', ' — ', '(', ')', '3', '2015:', 'aber', 'Aber', 'während', 'doch', 'x', 'ä', '\u2028', '\t'];

  it('finds the same breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(clauseBreaks(s, 0, s.length, DE)).toEqual(plain(s, DE));
      }),
      { numRuns: 2000 },
    );
  });
});
