// Number formatters are made on first use: making an Intl.NumberFormat pages ICU's formatting data
// into memory, and `extract --format ndjson` (the memory target's run) never formats a number.
import { afterEach, describe, expect, it, vi } from 'vitest';

const Original = Intl.NumberFormat;
let made = 0;
class Counting extends Original {
  constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    super(...args);
    made++;
  }
}

describe('number formatters', () => {
  afterEach(() => {
    Intl.NumberFormat = Original;
  });

  it('are not made when their modules load, and are made once when first used', async () => {
    vi.resetModules();
    made = 0;
    Intl.NumberFormat = Counting as unknown as typeof Intl.NumberFormat;
    const { formatValue } = await import('../src/render/number-format.js');
    const { formatNumber } = await import('../src/compare/format.js');
    expect(made).toBe(0);
    expect(formatValue(2_800_000_000)).toBe('2.8B');
    expect(formatValue(3.5)).toBe('3.5');
    expect(formatNumber(12_800_000_000)).toBe('12.8 bn');
    const afterFirstUse = made;
    expect(afterFirstUse).toBeGreaterThan(0);
    formatValue(400_000);
    formatNumber(526_000_000);
    expect(made).toBe(afterFirstUse);
  });
});
