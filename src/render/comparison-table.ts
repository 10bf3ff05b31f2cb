import type { ComparisonGroup } from '../compare/index.js';
import { formatAmount } from '../compare/format.js';
import type { Verdict } from '../types.js';
import { location, shownPeriod } from './claims.js';
import { claimIndex, type ComparisonRenderOptions, type ComparisonView } from './comparison.js';
import {
  excerpt, groupTitle, linkWarning, plural, qualifierShown, splitUnknown, summaryLine, VERDICT_SIGN, VERDICT_WORD, wrap,
} from './comparison-text.js';
import type { Style } from './style.js';
import { textTable, visibleLength, type Column } from './text-table.js';

const INDENT = '  ';
const EXCERPT_INDENT = '    ';

function paintVerdict(s: Style, v: Verdict, text: string): string {
  switch (v) {
    case 'conflict': return s.bold.red(text);
    case 'different_period': return s.bold.yellow(text);
    case 'consistent': return s.bold.green(text);
    case 'single': return s.dim(text);
  }
}

/**
 * The human view: one block per group, conflicts first. Each block: verdict
 * (colour and a sign that reads without colour), metric, the reason, one row
 * per figure with the sentence excerpt under it, and warnings about groups
 * that look alike but must not be compared. Ends with a one-line summary.
 */
export function comparisonTable(view: ComparisonView, opts: ComparisonRenderOptions): string {
  const s = opts.style;
  const width = Math.max(40, opts.width);
  const byId = claimIndex(view.claims);
  const titles = new Map(view.groups.map((g) => [g.id, g]));
  const { known, unknown } = splitUnknown(view.groups);
  const shown = known.filter((g) => opts.all || g.verdict !== 'single');
  const blocks: string[] = [];
  for (const g of shown) blocks.push(groupBlock(g, byId, titles, s, width));

  const singles = known.filter((g) => g.verdict === 'single').length;
  const hidden = view.claims.filter((c) => c.section === 'boilerplate').length;
  let summary = summaryLine(known, view.documents.length, Boolean(opts.all));
  if (!opts.all && singles) summary += `; ${plural(singles, 'figure', 'figures')} stated once not shown (--all)`;
  if (unknown) summary += `; ${plural(unknown, 'figure', 'figures')} with no (or too vague a) metric not compared`;
  if (!opts.includeBoilerplate && hidden) summary += `; ${plural(hidden, 'figure', 'figures')} in boilerplate left out (--include-boilerplate)`;
  const out = blocks.length ? blocks.join('\n') + '\n' : '';
  return out + s.bold(summary) + '\n';
}

function groupBlock(
  g: ComparisonGroup,
  byId: ReturnType<typeof claimIndex>,
  groups: Map<string, ComparisonGroup>,
  s: Style,
  width: number,
): string {
  const lines: string[] = [];
  const verdict = `${VERDICT_SIGN[g.verdict]} ${VERDICT_WORD[g.verdict]}`;
  const head = `${verdict}  ${groupTitle(g)}${g.dimension === 'date' ? ' · dates' : g.unit ? ` · ${g.unit}` : ''}`;
  const id = `[${g.id}]`;
  const pad = width - visibleLength(head) - id.length;
  lines.push(paintVerdict(s, g.verdict, verdict) + s.bold(head.slice(verdict.length)) + (pad >= 2 ? ' '.repeat(pad) + s.dim(id) : ''));
  for (const l of wrap(g.reason, width - INDENT.length)) lines.push(INDENT + l);

  const columns: Column[] = [
    // the source gives way first: the figure and its place are what a reader checks
    { header: 'figure', min: 10 },
    { header: 'value', align: 'right', min: 8 },
    { header: 'period', min: 6 },
    { header: 'qualifier', min: 5 },
    { header: 'source', min: 6, flex: true },
    { header: 'where', min: 12 },
  ];
  const claims = g.figures.map((f) => byId.get(f.claim)!);
  const rows = g.figures.map((f, i) => {
    const c = claims[i];
    const value = g.dimension === 'date' ? String(c.value) : formatAmount(f.value, f.high, f.unit);
    return [c.text.replace(/\s+/g, ' '), value, shownPeriod(c) ?? '–', qualifierShown(c), c.attribution ?? '–', location(c)];
  });
  const table = textTable(columns, rows, {
    width: width - INDENT.length,
    style: s,
    paint: (_r, col, cell) => (col === 0 ? s.cyan(cell) : col === 5 ? s.dim(cell) : cell),
  }).trimEnd().split('\n');
  lines.push(INDENT + table[0]);
  claims.forEach((c, i) => {
    lines.push(INDENT + table[i + 1]);
    const room = width - EXCERPT_INDENT.length;
    const e = excerpt(c.sentence, c.text, room);
    lines.push(EXCERPT_INDENT + s.dim(e.before) + s.underline(e.figure) + s.dim(e.after));
  });
  for (const l of g.links) {
    const other = groups.get(l.group);
    const warning = `⚠ not comparable with: ${linkWarning(l, g)}${other ? ` [${other.id}]` : ''}`;
    for (const [k, w] of wrap(warning, width - INDENT.length).entries()) lines.push(INDENT + (k ? '  ' : '') + s.yellow(w));
  }
  return lines.join('\n') + '\n';
}
