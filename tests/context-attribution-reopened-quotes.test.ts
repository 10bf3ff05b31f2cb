// A quote that goes on over several sentences, each opened again with a new mark and none
// closed (the BBC's way), keeps its speaker however many sentences back the speaker was named.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('a quote opened again before it closed', () => {
  it('keeps the speaker named three sentences back', () => {
    expect(
      claimSources('"Sales are strong," said Ann Lee. "Margins rose in spring. Costs fell in summer. Rivals struggled. "We expect profits to grow 5% in 2006."'),
    ).toEqual([['5%', 'Ann Lee']]);
  });

  it('keeps it through a chain of re-opened quotes', () => {
    expect(claimSources('"Demand is firm," said Ann Lee. "Orders rose. "Prices held. "Stocks fell. "We expect sales of $3bn."')).toEqual([['$3bn', 'Ann Lee']]);
  });

  it('and in German, where „ opens again', () => {
    expect(
      claimSources('Das sei gut, sagte Anna Berg. „Die Margen stiegen im Frühjahr. Die Kosten sanken im Sommer. „Wir erwarten ein Plus von 5 Prozent.“', 'de'),
    ).toEqual([['5 Prozent', 'Anna Berg']]);
  });

  it('but a speaker named at the new quote is its own', () => {
    expect(
      claimSources('"Sales are strong," said Ann Lee. "Margins rose in spring. Costs fell in summer. "Profits will grow 5% in 2006," said Tom Hart, her deputy.'),
    ).toEqual([['5%', 'Tom Hart']]);
  });

  it('and a chain nobody speaks stays unattributed', () => {
    expect(claimSources('Sales rose 4%. "Margins rose in spring. Costs fell in summer. "We expect profits to grow 5% in 2006."')).toEqual([
      ['4%', null],
      ['5%', null],
    ]);
  });
});
