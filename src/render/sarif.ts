import { formatAmount } from '../compare/format.js';
import type { Claim } from '../types.js';
import { claimIndex, type ComparisonView } from './comparison.js';
import { groupTitle, VERDICT_WORD } from './comparison-text.js';

// SARIF 2.1.0 (OASIS), the format code-scanning tools read. One result per
// figure in a group that needs a look (conflict, different period), located at
// the figure, with the group's other figures as related locations.

const RULES = [
  {
    id: 'claimcheck/conflict',
    name: 'FigureConflict',
    shortDescription: { text: 'Figures for the same metric and period contradict each other' },
    fullDescription: { text: 'Two or more figures measure the same metric for the same period, and even with their stated precision, hedges and the tolerance they cannot all be right.' },
    defaultConfiguration: { level: 'error' },
  },
  {
    id: 'claimcheck/different_period',
    name: 'FigureDifferentPeriod',
    shortDescription: { text: 'Figures for the same metric refer to different or unknown periods' },
    fullDescription: { text: 'Figures for the same metric differ, and they refer to different periods (or a period is not stated): they must not be read as the same quantity.' },
    defaultConfiguration: { level: 'note' },
  },
] as const;

export function comparisonSarif(view: ComparisonView, version: string): Record<string, unknown> {
  const byId = claimIndex(view.claims);
  const results: Record<string, unknown>[] = [];
  for (const g of view.groups) {
    if (g.verdict !== 'conflict' && g.verdict !== 'different_period') continue;
    const ruleIndex = g.verdict === 'conflict' ? 0 : 1;
    const rule = RULES[ruleIndex];
    const members = g.figures.map((f) => ({ f, c: byId.get(f.claim)! }));
    for (const { f, c } of members) {
      const value = g.dimension === 'date' ? (c.period ?? String(c.value)) : formatAmount(f.value, f.high, f.unit);
      results.push({
        ruleId: rule.id,
        ruleIndex,
        level: rule.defaultConfiguration.level,
        message: {
          text: `${VERDICT_WORD[g.verdict]} in ${groupTitle(g)}: "${c.text.replace(/\s+/g, ' ')}" (${value}${c.period ? `, ${c.period}` : ''}). ${g.reason}`,
        },
        locations: [{ physicalLocation: physicalLocation(c) }],
        relatedLocations: members
          .filter((m) => m.c !== c)
          .map((m, i) => ({ id: i + 1, physicalLocation: physicalLocation(m.c), message: { text: `"${m.c.text.replace(/\s+/g, ' ')}"${m.c.period ? ` (${m.c.period})` : ''}` } })),
        partialFingerprints: { 'claimcheck/claim/v1': c.id },
        properties: { group: g.id, verdict: g.verdict, metric: g.metric.key, period: c.period, value: f.value, unit: f.unit },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            version,
            rules: RULES,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function physicalLocation(c: Claim): Record<string, unknown> {
  // the figure may be broken over lines ("2,8 Milliarden\nDollar"): the region ends where it ends
  const lines = c.text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1];
  return {
    artifactLocation: { uri: toUri(c.doc) },
    region: {
      startLine: c.line,
      startColumn: c.column,
      endLine: c.line + lines.length - 1,
      endColumn: (lines.length === 1 ? c.column : 1) + last.length,
      snippet: { text: c.text },
    },
  };
}

/** A path as a URI reference: forward slashes, reserved characters escaped, absolute paths as file URIs. */
export function toUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const encoded = encodeURI(p).replace(/[?#]/g, (ch) => encodeURIComponent(ch));
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded}`;
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}
