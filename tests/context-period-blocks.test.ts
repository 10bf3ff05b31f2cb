// Clause breaks and parentheses: where a period stops reaching.
import { describe, expect, it } from 'vitest';
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
