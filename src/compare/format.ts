// Numbers as reasons and tables print them: "12.8 bn USD", "526 mn USD",
// "1.5–2 %", "400,000 bbl/d". One module, so a reason and the table row next
// to it never print the same figure two ways.

import { lazyNumberFormat } from '../lazy-intl.js';

const upTo2 = lazyNumberFormat({ maximumFractionDigits: 2 });
const small = lazyNumberFormat({ maximumSignificantDigits: 3 });

const SCALES: Array<[number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
];

function plain(v: number): string {
  const a = Math.abs(v);
  return a !== 0 && a < 1 ? small.format(v) : upTo2.format(v);
}

/** A number with a scale word when it is large: 12.8 bn, 526 mn, 400,000. */
export function formatNumber(v: number, scaleOf: number = v): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const a = Math.abs(scaleOf);
  for (const [size, word] of SCALES) if (a >= size) return `${plain(v / size)} ${word}`;
  return plain(v);
}

/** Value (and the high end of a range) with its unit. */
export function formatAmount(value: number, high: number | null, unit: string): string {
  const scaleOf = Math.max(Math.abs(value), Math.abs(high ?? 0));
  let v: string;
  if (high === null || high === value) v = formatNumber(value);
  else {
    // one scale word for both ends: "1.5–2 bn", not "1.5 bn–2 bn"
    const lo = formatNumber(value, scaleOf);
    const hi = formatNumber(high, scaleOf);
    const word = lo.split(' ')[1];
    v = word && hi.endsWith(` ${word}`) ? `${lo.split(' ')[0]}–${hi}` : `${lo}–${hi}`;
  }
  if (!unit) return v;
  return `${v} ${unit}`;
}

/** A signed relative change: "-78 %", "+4.2 %". */
export function formatChange(from: number, to: number): string | null {
  if (from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const pct = ((to - from) / Math.abs(from)) * 100;
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${upTo2.format(Math.abs(rounded))} %`;
}

/** A signed difference of two shares in percentage points: "+0.5 pp". */
export function formatPointChange(from: number, to: number): string {
  const d = Math.round((to - from) * 100) / 100;
  return `${d > 0 ? '+' : d < 0 ? '-' : '±'}${upTo2.format(Math.abs(d))} pp`;
}
