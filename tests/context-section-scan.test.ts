// The block scan behind the section classifier finds cue words (promo phrases,
// consent words, shop words, author lines, copyright footers) by a trigram
// test and start tables before running each list's regex. A cue it missed
// would turn a consent banner or promo box into article body, so its counts
// must be exactly those of the plain regex over every block.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplate as deCues } from '../src/lang/de/boilerplate.js';
import { boilerplate as enCues } from '../src/lang/en/boilerplate.js';
import { metrics as deMetrics } from '../src/lang/de/metrics.js';
import { metrics as enMetrics } from '../src/lang/en/metrics.js';
import {
  blockScanner, confirmHits, countWords, hits, prefixSets, scanBlock, wordSet,
} from '../src/context/section-text.js';

const ROOT = path.resolve(__dirname, '..');
const LISTS = ['phrases', 'consent', 'shop', 'authorRole', 'authorBio', 'rights'] as const;

/** every line of the section fixtures, plus lines made to hit the lists inside words, at edges and twice */
function blocks(): string[] {
  const dir = path.join(ROOT, 'fixtures/context-section');
  const lines = fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
  const made = [
    'Wir und unsere 142 Partner speichern Cookies auf Ihrem Endgerät. Alle akzeptieren',
    'Der Wochennewsletter: jetzt anmelden! Jetzt anmelden, Newsletter',
    'newsletter', 'cookie', 'Cookies', 'abc', 'x', '', 'E-Mail-Newsletter und Webinar-Reihe zu gewinnen',
    'Jetzt 30 % sparen – UVP 199 €, versandkostenfrei im Shop, Gutschein inkl. MwSt',
    'Anna Muster ist seit 2019 Redakteurin im Ressort Wirtschaft und schreibt über Energie. 900 Beiträge verfasst',
    '© 2025 Verlag. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung',
    'We and our 842 partners use cookies and store information on your device. Accept all | Reject all | Manage preferences',
    'Sign up for our newsletter. Subscribe now — free trial, no credit card. Cancel anytime.',
    'Save up to £30, was £99 now only £69, 20% off, free delivery. Add to basket',
    'Jane Doe is a senior reporter who has covered energy since 2015 and joined the Guardian in 2019.',
    'All rights reserved. May not be republished. Reproduction is prohibited.',
    'thirdparty third-party third party cookiesx xcookies cookie-settings',
  ];
  return [...lines, ...made, ...made.map((m) => m.toUpperCase()), made.join(' ')];
}

describe('cue lists through the block scan', () => {
  for (const [lang, cues, stopwords] of [['de', deCues, deMetrics.stopwords], ['en', enCues, enMetrics.stopwords]] as const) {
    it(`${lang}: every cue pattern gets start tables (none falls back to "may start anywhere")`, () => {
      for (const list of LISTS) for (const source of cues[list]) expect(prefixSets(source), source).not.toBeNull();
    });

    it(`${lang}: counts equal those of the plain regex on every block, whole words or not, distinct or not`, () => {
      const scanner = blockScanner(LISTS.map((l) => cues[l]), LISTS.map(() => false));
      const words = wordSet(stopwords);
      let found = 0;
      for (const block of blocks()) {
        const lower = block.toLowerCase();
        const scan = scanBlock(lower, words, scanner, false);
        LISTS.forEach((list, i) => {
          const plain = new RegExp(cues[list].map((x) => `(?:${x})`).join('|'), 'g');
          for (const whole of [true, false]) {
            for (const distinct of [true, false]) {
              for (const limit of [1, 3, Infinity]) {
                const want = hits(lower, plain, { limit, whole, distinct });
                expect(confirmHits(lower, scanner, scan, i, limit, whole, distinct), `${list} in "${block}"`).toBe(want);
                found += want;
              }
            }
          }
        });
      }
      expect(found).toBeGreaterThan(100);
    });
  }

  it('counts words and stopwords like a plain word split', () => {
    const scanner = blockScanner([['newsletter']], [true]);
    const scan = scanBlock("der e-mail-newsletter, die 3 cookies und don't", wordSet(['der', 'die', 'und']), scanner, true);
    // der | e-mail-newsletter | die | cookies | und | don't
    expect([scan.words, scan.stop]).toEqual([6, 3]);
  });

  it('without stopwords finds the same cue positions, and countWords the same words', () => {
    const scanner = blockScanner(LISTS.map((l) => deCues[l]), LISTS.map(() => false));
    const words = wordSet(deMetrics.stopwords);
    for (const block of [...blocks(), "don't -x- a-", 'ab1cd', "'a' b' -", 'x']) {
      const lower = block.toLowerCase();
      for (const long of [true, false]) {
        const full = scanBlock(lower, words, scanner, long);
        const cues = scanBlock(lower, null, scanner, long);
        expect([cues.at, cues.lists, cues.scanned], block).toEqual([full.at, full.lists, full.scanned]);
        expect(Number.isNaN(cues.words)).toBe(true);
        expect(countWords(lower), block).toBe(full.words);
      }
    }
  });

  it('refuses a list that a long-block scan skipped', () => {
    const scanner = blockScanner([['newsletter'], ['sparen']], [true, false]);
    const scan = scanBlock('jetzt sparen', wordSet([]), scanner, true);
    expect(() => confirmHits('jetzt sparen', scanner, scan, 1, 1)).toThrow();
  });

  it('counts like the plain regex for any pattern of the syntax the start tables know', () => {
    // small alphabets, so that matches, overlaps and word edges are frequent
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', 'c', ' ', '-', '\\.', '\\d', '.', '[ab]', '[^a]', '[a-c1]', '[]', '\\b', '\\s', '\\u00e4'),
      fc.constantFrom('(?:a|b c)', '(?:ab)?', '(?=a)', '(?!b)', '(?:)', '(?<=a)'),
    );
    const quantified = fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,3}', '{0,}', '+?'))
      .map(([a, q]) => (a === '\\b' || a.startsWith('(?=') || a.startsWith('(?!') || a.startsWith('(?<') ? a : a + q));
    const source = fc.array(quantified, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '-', '1', '.', 'ä', '\n'), { maxLength: 30 }).map((xs) => xs.join(''));
    const valid = (x: string): boolean => {
      try { return new RegExp(x).source.length > 0; } catch { return false; }
    };
    fc.assert(fc.property(fc.array(source.filter(valid), { minLength: 1, maxLength: 3 }), text, (list, lower) => {
      const scanner = blockScanner([list], [true]);
      const scan = scanBlock(lower, wordSet([]), scanner, true);
      const plain = new RegExp(list.map((x) => `(?:${x})`).join('|'), 'g');
      for (const whole of [true, false]) {
        for (const distinct of [true, false]) {
          for (const limit of [1, 2, Infinity]) {
            expect(confirmHits(lower, scanner, scan, 0, limit, whole, distinct)).toBe(hits(lower, plain, { limit, whole, distinct }));
          }
        }
      }
    }), { numRuns: 3000, seed: 7 });
  });
});
