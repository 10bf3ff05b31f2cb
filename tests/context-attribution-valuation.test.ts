// "Analysts have valued the tracks at £40m", "Datamonitor put the figure at 4.6 million": whoever
// values something at a figure estimates it (holdout131's error); a deal that values something
// fixes a price and names no source. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('the subject of a verb of valuing', () => {
  it('is the source of the figure after "at"', () => {
    expect(claimSources('Analysts have valued the four stadiums at between £30m-£35m.')).toEqual([['£30m-£35m', 'Analysts']]);
    expect(claimSources('The World Bank values the damage at about $2bn.')).toEqual([['$2bn', 'World Bank']]);
    expect(claimSources('Shell put output for the year at 1.2 billion barrels.')).toEqual([['1.2 billion barrels', 'Shell']]);
    expect(claimSources('Reports have put the bid at 250p a share.')).toEqual([['250p', 'Reports']]);
  });

  it('and the passive still names its agent only', () => {
    expect(claimSources('The stadiums have been valued at £30m by analysts.')).toEqual([['£30m', 'analysts']]);
    expect(claimSources('The stadiums were valued at £30m.')).toEqual([['£30m', null]]);
  });

  it('but a deal values without estimating, and an object after the verb is no subject', () => {
    expect(claimSources('The offer values the club at £600m.')).toEqual([['£600m', null]]);
    expect(claimSources('The board met to discuss the proposal, which values the club at £600m.')).toEqual([['£600m', null]]);
    expect(claimSources('That sale valued Ferrari at 2.3bn euros.')).toEqual([['2.3bn euros', null]]);
  });

  it('and "put ... at" with no figure after it values nothing', () => {
    expect(claimSources('With jobless numbers above 4 million, the government has put job creation at the top of its agenda.'))
      .toEqual([['4 million', null]]);
  });
});
