import { lazyNumberFormat } from '../lazy-intl.js';

const compact = lazyNumberFormat({ notation: 'compact', maximumSignificantDigits: 4 });
const plain = lazyNumberFormat({ maximumFractionDigits: 4 });

/** A value as a fact-checker reads it at a glance: 2.8B, 400K, 3.5. */
export function formatValue(value: number, high: number | null = null): string {
  const one = (v: number) => (Math.abs(v) >= 10000 ? compact.format(v) : plain.format(v));
  return high === null ? one(value) : `${one(value)}–${one(high)}`;
}

export function formatQuantity(value: number, high: number | null, unit: string): string {
  const v = formatValue(value, high);
  if (!unit) return v;
  if (unit === '%') return `${v} %`;
  return `${v} ${unit}`;
}
