import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';
import { ADVERSARIAL } from '../scripts/bench-adversarial.mjs';

// Each block is scanned on its own: a block without sentence punctuation, quotes or
// list markers must not send a regex searching through the rest of the document.
// Many short lines (a scraped menu, a word list, text wrapped at hyphens) were
// quadratic before: 10x the lines took 30x the time.
function split(text: string): number {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, 'de');
  return segment('t.txt', analysis, blocks, 'de').length;
}

/** Best of three: a busy machine adds time, never removes it. */
function ms(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    split(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('segment speed', () => {
  const lines = {
    'hyphenated words on short lines': ADVERSARIAL['hyphenated-words'] as (n: number) => string,
    'a menu of words without punctuation': (n: number) => 'Startseite\nPolitik\nWirtschaft\nSport\n'.repeat(Math.ceil(n / 37)).slice(0, n),
    'lines of quotes and brackets after a long plain paragraph': (n: number) =>
      `${'Wort '.repeat(n / 10)}\n${'Kurz\n'.repeat(n / 10)}„Zitat.“ (Klammer.) 1) Eins 2) Zwei`,
  };

  for (const [name, make] of Object.entries(lines)) {
    it(`stays linear: ${name}`, () => {
      split(make(20_000));
      const small = Math.max(ms(make(40_000)), 2);
      const big = ms(make(400_000));
      expect(big / small, `${big.toFixed(1)} ms vs ${small.toFixed(1)} ms`).toBeLessThan(40);
    });
  }

  it('still splits every short line into its own sentence', () => {
    expect(split('Startseite\nPolitik\nWirtschaft')).toBe(3);
    expect(split('Er sagte: „Wir sind zufrieden. Die Zahlen sind gut.“ Dann ging er.\n1) Eins 2) Zwei 3) Drei')).toBe(5);
  });
});
