import YAML from 'yaml';
import type { ClaimDiff } from '../diff/index.js';
import type { Claim } from '../types.js';
import { csv } from './csv.js';
import { markdownTable } from './markdown.js';
import { formatQuantity } from './number-format.js';
import { claimRecord } from './records.js';
import type { Format, TableOptions } from './claims.js';
import { location } from './claims.js';
import { textTable } from './text-table.js';

export function diffRecord(d: ClaimDiff): Record<string, unknown> {
  return {
    schema: 'claimcheck.diff/v1',
    summary: { added: d.added.length, removed: d.removed.length, changed: d.changed.length, moved: d.moved.length },
    added: d.added.map(claimRecord),
    removed: d.removed.map(claimRecord),
    changed: d.changed.map((c) => ({ fields: c.fields, old: claimRecord(c.old), new: claimRecord(c.new) })),
    moved: d.moved.map((m) => ({ old: claimRecord(m.old), new: claimRecord(m.new) })),
  };
}

const figure = (c: Claim) => `${c.text} (${formatQuantity(c.value, c.high, c.unit)}${c.period ? `, ${c.period}` : ''})`;

/** One row per difference: what happened, where, before, after. */
function rows(d: ClaimDiff): string[][] {
  return [
    ...d.changed.map((c) => ['changed', location(c.new), figure(c.old), figure(c.new), c.fields.join(', ')]),
    ...d.removed.map((c) => ['removed', location(c), figure(c), '', c.metric.label]),
    ...d.added.map((c) => ['added', location(c), '', figure(c), c.metric.label]),
    ...d.moved.map((m) => ['moved', location(m.new), `line ${m.old.line}`, `line ${m.new.line}`, m.new.text]),
  ];
}

export function summaryLine(d: ClaimDiff): string {
  return `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.moved.length} moved`;
}

export function renderDiff(d: ClaimDiff, format: Format, opts: TableOptions): string {
  const header = ['change', 'where', 'old', 'new', 'note'];
  switch (format) {
    case 'json':
      return JSON.stringify(diffRecord(d), null, 2) + '\n';
    case 'yaml':
      return YAML.stringify(diffRecord(d), { lineWidth: 0 });
    case 'ndjson':
      return rows(d).map((r) => JSON.stringify(Object.fromEntries(header.map((h, i) => [h, r[i]])))).join('\n') + (rows(d).length ? '\n' : '');
    case 'csv':
      return csv(header, rows(d));
    case 'markdown':
      return `**claimcheck diff:** ${summaryLine(d)}\n\n` + (rows(d).length ? markdownTable(header, rows(d)) : '');
    case 'table': {
      const s = opts.style;
      const colour: Record<string, (x: string) => string> = { added: s.green, removed: s.red, changed: s.yellow, moved: s.dim };
      const body = rows(d).length
        ? textTable(
            [{ header: 'change' }, { header: 'where', min: 12 }, { header: 'old', flex: true, min: 10 }, { header: 'new', flex: true, min: 10 }, { header: 'note', flex: true, min: 6 }],
            rows(d),
            { width: opts.width, style: s, paint: (ri, ci, cell) => (ci === 0 ? colour[rows(d)[ri][0]](cell) : cell) },
          ) + '\n'
        : '';
      return body + summaryLine(d) + '\n';
    }
  }
}
