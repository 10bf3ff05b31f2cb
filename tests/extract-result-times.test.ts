// Race reports name a time's unit once and give the next times bare ("won in 9.87 seconds, with
// Scott second in 9.91"): a bare decimal after "in", "clocked" or "ran" takes the unit of the time
// before it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/types.js';
import { analyse } from '../src/pipeline/analyse.js';

const times = (text: string, lang: Lang = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.value, c.unit, c.kind]);

describe('a bare time after a time with its unit', () => {
  it('takes the unit in the same sentence', () => {
    expect(times('Greene won in 9.87 seconds, with Scott second in 9.91.')).toEqual([
      ['9.87 seconds', 9.87, 'second', 'duration'],
      ['9.91', 9.91, 'second', 'duration'],
    ]);
  });

  it('and from a sentence or two before, past an event\'s distance', () => {
    expect(times('Lee finished third in 8.12 seconds. The race was won by Ann Bell. Sue Hart finished fifth in the 60m hurdles in 8.31.')).toEqual([
      ['8.12 seconds', 8.12, 'second', 'duration'],
      ['60m', 60, 'm', 'quantity'],
      ['8.31', 8.31, 'second', 'duration'],
    ]);
    expect(times('Lee won in 21.4 secs. Hart clocked 21.95 in the heats.').map((t) => t[2])).toEqual(['second', 'second']);
  });

  it('in German too', () => {
    expect(times('Sie lief in 11,27 Sekunden ins Ziel. Die Zweite kam in 11,41 an.', 'de').map((t) => [t[0], t[2]])).toEqual([
      ['11,27 Sekunden', 'second'],
      ['11,41', 'second'],
    ]);
  });
});

describe('a bare decimal that is no such time', () => {
  it('keeps no unit with a noun of its own after it, or with no time before it', () => {
    expect(times('Greene won in 9.87 seconds. Rates rose in 2.25 steps.')[1]).toEqual(['2.25', 2.25, '', 'count']);
    expect(times('Turner finished second in 7.82.')).toEqual([['7.82', 7.82, '', 'count']]);
  });

  it('nor a time in minutes written with a point, far from the seconds before it', () => {
    expect(times('Butler won in 20 minutes 38 seconds. Bekele won the men\'s race in 30.26.')[1]).toEqual(['30.26', 30.26, '', 'count']);
  });
});
