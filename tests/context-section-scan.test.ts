// The block scan behind the section classifier finds cue words (promo phrases,
// consent words, shop words, author lines, copyright footers) by a trigram
// test and start tables before running each list's regex. A cue it missed
// would turn a consent banner or promo box into article body, so its counts
// must be exactly those of the plain regex over every lowercased block. The
// scan reads the block itself through a lower case table, and the regexes run
// on lowercased windows, so the blocks here come in any case.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplate as deCues } from '../src/lang/de/boilerplate.js';
import { boilerplate as enCues } from '../src/lang/en/boilerplate.js';
import { metrics as deMetrics } from '../src/lang/de/metrics.js';
import { metrics as enMetrics } from '../src/lang/en/metrics.js';
import {
  blockScanner, confirmHits, countStopwords, countWords, hits, lowerCode, lowerText, prefixSets, reachOf, scanBlock, scanPositions, wordSet,
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
    // code units without a lower case of their own (İ, final sigma, surrogate pairs): the block is lowercased whole
    'İSTANBUL: Cookies akzeptieren, Newsletter', 'ΟΔΥΣΣΕΑΣ Newsletter ΣΑΣ cookies', '😀 Newsletter 😀 cookie 𐐀 sparen',
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
        // the block read in place, and given lowercased already (one scan at a time: they share a scratch)
        for (const given of [false, true]) {
          const scan = given ? scanBlock(lower, words, scanner, false, true) : scanBlock(block, words, scanner, false);
          LISTS.forEach((list, i) => {
            const plain = new RegExp(cues[list].map((x) => `(?:${x})`).join('|'), 'g');
            for (const whole of [true, false]) {
              for (const distinct of [true, false]) {
                for (const limit of [1, 3, Infinity]) {
                  const want = hits(lower, plain, { limit, whole, distinct });
                  expect(confirmHits(scanner, scan, i, limit, whole, distinct), `${list} in "${block}"`).toBe(want);
                  found += want;
                }
              }
            }
          });
        }
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
    for (const block of [...blocks(), "don't -x- a-", 'ab1cd', "'a' b' -", 'x', "DON'T -X- A-"]) {
      for (const long of [true, false]) {
        // the scans share one scratch for their positions: copied before the next scan
        const full = scanBlock(block, words, scanner, long);
        const fullPositions = scanPositions(full);
        const cues = scanBlock(block, null, scanner, long);
        expect([scanPositions(cues), cues.scanned], block).toEqual([fullPositions, full.scanned]);
        expect(fullPositions.at.length, block).toBeGreaterThanOrEqual(Math.min(2, block.length));
        expect(Number.isNaN(cues.words)).toBe(true);
        expect(countWords(cues), block).toBe(full.words);
        // and the stopwords counted afterwards, the same as counted in the scan
        countStopwords(cues, words);
        expect([cues.words, cues.stop], block).toEqual([full.words, full.stop]);
        // the same as a scan of the lowercased copy, read as it is or as lowered already
        for (const given of [false, true]) {
          const lowered = scanBlock(block.toLowerCase(), words, scanner, long, given);
          expect([scanPositions(lowered), lowered.words, lowered.stop], block).toEqual([fullPositions, full.words, full.stop]);
        }
      }
    }
  });

  it('refuses a list that a long-block scan skipped', () => {
    const scanner = blockScanner([['newsletter'], ['sparen']], [true, false]);
    const scan = scanBlock('jetzt sparen', wordSet([]), scanner, true);
    expect(() => confirmHits(scanner, scan, 1, 1)).toThrow();
  });

  it('refuses a scan whose positions a later scan has overwritten', () => {
    const scanner = blockScanner([['newsletter']], [true]);
    const first = scanBlock('der newsletter', wordSet([]), scanner, true);
    expect(confirmHits(scanner, first, 0)).toBe(1);
    scanBlock('kein treffer', wordSet([]), scanner, true);
    expect(() => confirmHits(scanner, first, 0)).toThrow();
    expect(() => scanPositions(first)).toThrow();
  });

  it('reads each code unit as toLowerCase() lowers it within any text, or sends the block to toLowerCase()', () => {
    // all code units with a lower case of their own, in runs: lowering the run is lowering each unit
    const regular: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (lowerCode(c) >= 0) regular.push(c);
    expect(regular.length).toBeGreaterThan(60000);
    for (let i = 0; i < regular.length; i += 4096) {
      const run = regular.slice(i, i + 4096);
      const want = String.fromCharCode(...run).toLowerCase();
      expect(want.length).toBe(run.length);
      for (let k = 0; k < run.length; k++) if (want.charCodeAt(k) !== lowerCode(run[k])) expect([run[k], lowerCode(run[k])]).toEqual([run[k], want.charCodeAt(k)]);
    }
    for (const ch of ['İ', 'Σ', '\ud801', '\udc00']) expect(lowerCode(ch.charCodeAt(0)), ch).toBe(-1);
    const scanner = blockScanner([['x']], [true]);
    const scan = scanBlock('İx', wordSet([]), scanner, true);
    expect([scan.lowered, lowerText(scan)]).toEqual([true, 'İx'.toLowerCase()]);
  });

  it('a lowercased window shows a match attempt the same ends of text and next characters', () => {
    const patterns = ['a\\b', 'a$', 'a(?=b)', 'a(?!b)', '^a', '\\ba', 'ab?', 'a\\Bb', 'a(?:b|$)', 'a.'];
    const texts = ['xab', 'ab', 'xa', 'a b', 'Ab', 'xAB', 'baab', 'xxxxa', 'axxxx', 'b a', 'aİb'];
    let found = 0;
    for (const source of patterns) {
      const scanner = blockScanner([[source]], [true]);
      for (const text of texts) {
        const scan = scanBlock(text, wordSet([]), scanner, true);
        const want = hits(text.toLowerCase(), new RegExp(source, 'g'), { whole: false });
        expect(confirmHits(scanner, scan, 0, Infinity, false), `${source} in ${text}`).toBe(want);
        found += want;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('reach: how far a match attempt may look past its start', () => {
    expect(reachOf('newsletter')).toBe(10);
    expect(reachOf('cookies?')).toBe(7);
    expect(reachOf('(?:ab|c)(?=xyz)')).toBe(5);
    expect(reachOf('a{2,3}b')).toBe(4);
    expect(reachOf('\\d+ partner')).toBe(Infinity);
    expect(reachOf('(?<=a)b')).toBe(Infinity);
    expect(reachOf('we and our (?:\\d+ )?partners')).toBe(Infinity);
    expect(reachOf('(a')).toBe(Infinity);
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
    // upper case too: the scan reads the text through the lower case table, the regex runs on lowercased windows
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '-', '1', '.', 'ä', '\n', 'A', 'B', 'Ä', 'İ'), { maxLength: 30 })
      .map((xs) => xs.join(''));
    const valid = (x: string): boolean => {
      try { return new RegExp(x).source.length > 0; } catch { return false; }
    };
    fc.assert(fc.property(fc.array(source.filter(valid), { minLength: 1, maxLength: 3 }), text, (list, block) => {
      const lower = block.toLowerCase();
      const scanner = blockScanner([list], [true]);
      const scan = scanBlock(block, wordSet([]), scanner, true);
      const plain = new RegExp(list.map((x) => `(?:${x})`).join('|'), 'g');
      for (const whole of [true, false]) {
        for (const distinct of [true, false]) {
          for (const limit of [1, 2, Infinity]) {
            expect(confirmHits(scanner, scan, 0, limit, whole, distinct)).toBe(hits(lower, plain, { limit, whole, distinct }));
          }
        }
      }
    }), { numRuns: 3000, seed: 7 });
  });
});
