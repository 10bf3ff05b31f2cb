// Found through a blind comparison set on one takeover (four articles, one £800m offer): the
// offer came out as the US's in two articles ("from US tycoon Malcolm Glazer"), and as an
// expectation in two others ("the board is expected to meet ... to discuss the proposal that
// values the club at £800m"), so the four never met.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { isForecast } from '../src/compare/forecast-cues.js';

const claimOf = (text: string, figure: string) => {
  const c = analyse({ path: 't.txt', text }, { lang: 'en' }).claims.find((x) => x.text === figure);
  if (!c) throw new Error(`no claim ${figure}`);
  return c;
};

describe('a country named as the nationality of a person is not the scope of the figure', () => {
  it('"from US tycoon X", "UK investment banker Y"', () => {
    expect(claimOf('They will oppose any formal £800m takeover bid from US tycoon Karl Weber.', '£800m').entities).toEqual([]);
    expect(claimOf('The latest proposal from the US tycoon values the club at £800m.', '£800m').entities).toEqual([]);
  });

  it('but a country that owns the figure keeps it', () => {
    expect(claimOf('US firms added 146,000 jobs in January.', '146,000').entities).toEqual(['US']);
    expect(claimOf('UK exports rose by 4% last year.', '4%').entities).toEqual(['GB']);
  });
});

describe('a forecast cue does not reach into a relative clause between it and the figure', () => {
  const forecast = (sentence: string, text: string) => isForecast({ sentence, text });

  it('the meeting is expected, the value is stated', () => {
    expect(forecast('The board is expected to meet this week to discuss the latest proposal that values the club at £800m.', '£800m')).toBe(false);
    expect(forecast('Analysts expect the group, which made a profit of $5bn last year, to grow.', '$5bn')).toBe(false);
  });

  it('what is expected stays a forecast', () => {
    expect(forecast('GDP is expected to grow 2% this year.', '2%')).toBe(true);
    expect(forecast('Analysts expect that profits will rise 5% this year.', '5%')).toBe(true);
    expect(forecast('Sales that analysts expect to reach $5bn were strong.', '$5bn')).toBe(true);
    // near the figure, a relative clause does not end the cue's reach
    expect(forecast('The Bank of England forecast on Thursday that growth would slow to 2.5% next year.', '2.5%')).toBe(true);
    expect(forecast('Economists expected the figures to show that prices rose 2.7%.', '2.7%')).toBe(true);
    expect(forecast('The IMF now predicts growth that will reach 3.1% this year.', '3.1%')).toBe(true);
    expect(forecast('Die Wirtschaft soll laut Prognose um 1,5 Prozent wachsen, die im Vorjahr schrumpfte.', '1,5 Prozent')).toBe(true);
  });
});

describe('claims read back from ndjson compare as the articles do', () => {
  it('keep the organisation and the relative period', async () => {
    const { parseClaimSet } = await import('../src/read/claim-set.js');
    const { claimRecord } = await import('../src/render/records.js');
    const text = 'Zambrano said its debts were close to 12bn euros last year. Zambrano shares rose 5%. Zambrano grew.';
    const claims = analyse({ path: 'z.txt', text }, { lang: 'en' }).claims;
    const ndjson = claims.map((c) => JSON.stringify(claimRecord(c))).join('\n') + '\n';
    const back = parseClaimSet('claims.ndjson', ndjson).claims;
    expect(back.map((c) => c.organisation)).toEqual(claims.map((c) => c.organisation));
    expect(back[0].organisation).toBe('Zambrano');
    expect(back.map((c) => c.relativePeriod)).toEqual(claims.map((c) => c.relativePeriod ?? null));
  });
});
