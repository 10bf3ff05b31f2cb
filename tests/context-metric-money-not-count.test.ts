// Found through a blind comparison set on corporate fraud: "overstating its accounts by
// $11bn" was keyed `users` (accounts as user accounts), so the fraud's size never met the
// same figure elsewhere and could have met a count of users. An amount of money is no count
// of people or things: the noun stays what is known instead.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import type { Lang } from '../src/types.js';
import { contextInput } from './context-metric-support.js';

const key = (text: string, lang: Lang, figure: string) => resolveMetrics(contextInput(text, lang, [figure]), [])[0].metric.key;

describe('an amount of money never takes a count concept', () => {
  it('English and German', () => {
    expect(key('The firm had been overstating its accounts by $11bn.', 'en', '$11bn')).toBe('noun:account');
    expect(key('Their children were paid $60,000 a year.', 'en', '$60,000')).not.toBe('children');
    expect(key('Im Vorjahr hat der Staat 900 Millionen Euro für Flüchtlinge ausgegeben.', 'de', '900 Millionen Euro')).not.toBe('refugees');
  });

  it('a count keeps its concept, and money keeps a money concept', () => {
    expect(key('The site has 5 million users.', 'en', '5 million')).toBe('users');
    expect(key('Revenue rose to $5m.', 'en', '$5m')).toBe('revenue');
  });
});
