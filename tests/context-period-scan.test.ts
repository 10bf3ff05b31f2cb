// One walk for the time rules and the chrono triggers (scanTimes) finds what the
// two scanners find each on their own.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTime, scanRules } from '../src/context/period-scan.js';
import { compileTriggers, scanChrono, scanTimes, type ChronoMatch } from '../src/context/period-chrono.js';
import type { RuleMatch } from '../src/context/period-scan.js';
import { time as de } from '../src/lang/de/time.js';
import { time as en } from '../src/lang/en/time.js';

const PIECES = {
  de: ['am ', 'Am ', '3. Mai 2015', '3.5.2015', '20.5.', 'im Mai', 'Mai', ' 2015', '2016', '2015er', 'seit ', 'Seit ', 'Montag', 'gestern', 'vor zwei Jahren',
    'in den ersten sechs Monaten', 'bis ', 'Ende ', 'des Jahres', 'Vorjahr', 'zwischen ', ' und ', '–', '-', 'ä', ' ', ', ', 'x', '7', 'letzte Woche', 'Q3'],
  en: ['on ', 'On ', '3 May 2015', 'May 3, 2015', 'in May', 'May', ' 2015', '2016', 'the 1990s', 'since ', 'Since ', 'Monday', 'yesterday', 'two years ago',
    'in the first half', 'by ', 'end of ', 'last year', 'between ', ' and ', '–', '-', 'é', ' ', ', ', 'x', '7', 'last week', 'Q3', 'fiscal 2015'],
};

describe('scanTimes', () => {
  for (const [lang, lex] of [['de', de], ['en', en]] as const) {
    it(`finds the rule matches and chrono periods of scanRules and scanChrono (${lang})`, () => {
      const rc = compileTime(lex);
      const tc = compileTriggers(lex);
      const doc = { year: 2016, month: 5, day: 20 };
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES[lang]), { maxLength: 16 }), fc.nat(3), fc.nat(3), fc.boolean(), (parts, cutFront, cutBack, dated) => {
          const text = parts.join('');
          const from = Math.min(cutFront, text.length);
          const to = Math.max(from, text.length - cutBack);
          const rules: RuleMatch[] = [];
          const dates: ChronoMatch[] = [];
          scanTimes(rc, tc, text, from, to, dated ? doc : null, rules, dates);
          expect(rules).toEqual(scanRules(rc, text, from, to));
          expect(dates).toEqual(scanChrono(tc, text, from, to, dated ? doc : null));
        }),
        { numRuns: 1500 },
      );
    });
  }
});
