import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/extract/index.js';
import { ADVERSARIAL } from '../scripts/bench-adversarial.mjs';

// The lexer runs once over each sentence; time must grow with the length, not its square.
describe('extract speed', () => {
  const unit = 'Der Umsatz stieg um 3,5 Prozent auf 2,8 Milliarden Euro, rund 400.000 Barrel pro Tag; zwei Drittel der 1.234 Befragten. ';

  /** Best of three runs: a busy machine adds noise, never removes work. */
  function ms(text: string): number {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      findMentions(text, 'de');
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it('stays linear on a huge sentence full of figures', () => {
    findMentions(unit.repeat(50), 'de');
    const small = Math.max(ms(unit.repeat(200)), 1);
    const big = ms(unit.repeat(2000));
    expect(big / small).toBeLessThan(40);
  });

  it('stays linear on punctuation and digit runs', () => {
    for (const piece of ['1.', '1,', '- ', '5 ', '1:', '$', 'ein ', 'minus ', '(', '1/']) {
      findMentions(piece.repeat(200), 'de');
      const small = Math.max(ms(piece.repeat(2000)), 1);
      const big = ms(piece.repeat(20000));
      expect(big / small, piece).toBeLessThan(40);
    }
  });

  // The bench's adversarial inputs with the most figures per byte: one endless sentence each.
  for (const name of ['many-figures', 'figure-mio-repeated', 'ranges', 'number-words', 'hedges']) {
    it(`stays linear on ${name}`, () => {
      const make = ADVERSARIAL[name] as (n: number) => string;
      findMentions(make(20_000), 'de');
      const small = Math.max(ms(make(20_000)), 1);
      const big = ms(make(200_000));
      expect(big / small).toBeLessThan(40);
    });
  }

  it('finds every figure of a sentence made of nothing else', () => {
    expect(findMentions(ADVERSARIAL['many-figures'](2_000), 'de')).toHaveLength(1_000);
    expect(findMentions(ADVERSARIAL['figure-mio-repeated'](700), 'de').map((m) => m.value)).toEqual(Array(100).fill(3_000_000));
  });

  it('returns offsets inside the sentence', () => {
    const text = unit.repeat(3);
    for (const m of findMentions(text, 'de')) {
      expect(m.aStart).toBeGreaterThanOrEqual(0);
      expect(m.aEnd).toBeLessThanOrEqual(text.length);
      expect(m.aEnd).toBeGreaterThan(m.aStart);
    }
  });
});
