import type { Style } from './style.js';

export interface Column {
  header: string;
  /** never narrower than this */
  min?: number;
  /** gets spare width first and gives it up first (long text like sentences) */
  flex?: boolean;
  align?: 'left' | 'right';
}

const ANSI = /\u001b\[[0-9;]*m/g;
export const visibleLength = (s: string) => [...s.replace(ANSI, '')].length;

/** Cut to `width` visible characters with an ellipsis; cells are plain text before styling. */
export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  if (width <= 1) return chars.slice(0, width).join('');
  return chars.slice(0, width - 1).join('') + '…';
}

/**
 * A plain-text table that fits `width` columns: flexible columns shrink (and
 * their cells are cut with an ellipsis) before fixed ones do. `paint` colours a
 * cell after it was fitted, so colour never changes the layout.
 */
export function textTable(
  columns: Column[],
  rows: string[][],
  opts: { width: number; style: Style; paint?: (row: number, col: number, cell: string) => string },
): string {
  const gap = 2;
  const natural = columns.map((c, i) => Math.max(visibleLength(c.header), ...rows.map((r) => visibleLength(r[i] ?? ''))));
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  const shrinkable = (flexFirst: boolean) =>
    columns.map((c, i) => i).filter((i) => (flexFirst ? columns[i].flex : !columns[i].flex));
  for (const flexFirst of [true, false]) {
    for (const i of shrinkable(flexFirst)) {
      const over = total() - opts.width;
      if (over <= 0) break;
      const min = columns[i].min ?? Math.min(8, natural[i]);
      widths[i] = Math.max(min, widths[i] - over);
    }
  }
  const fit = (s: string, i: number) => {
    const cut = truncate(s, widths[i]);
    const pad = ' '.repeat(Math.max(0, widths[i] - visibleLength(cut)));
    return columns[i].align === 'right' ? pad + cut : cut + pad;
  };
  const lines: string[] = [];
  lines.push(columns.map((c, i) => opts.style.bold(fit(c.header, i))).join(' '.repeat(gap)).trimEnd());
  rows.forEach((r, ri) => {
    const cells = columns.map((_, i) => {
      const fitted = fit(r[i] ?? '', i);
      return opts.paint ? opts.paint(ri, i, fitted) : fitted;
    });
    lines.push(cells.join(' '.repeat(gap)).trimEnd());
  });
  return lines.join('\n') + '\n';
}
