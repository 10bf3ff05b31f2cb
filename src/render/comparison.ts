import YAML from 'yaml';
import type { ComparisonGroup } from '../compare/index.js';
import type { Claim, DocumentMeta } from '../types.js';
import { FORMATS, type TableOptions } from './claims.js';
import { countVerdicts } from './comparison-text.js';
import { comparisonMarkdown } from './comparison-markdown.js';
import { comparisonTable } from './comparison-table.js';
import { csv } from './csv.js';
import { claimRecord, documentRecord } from './records.js';
import { comparisonSarif } from './sarif.js';

export const COMPARISON_FORMATS = [...FORMATS, 'sarif'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

/** Everything a comparison renderer needs. */
export interface ComparisonView {
  documents: DocumentMeta[];
  /** every claim read, boilerplate included (json keeps them all) */
  claims: Claim[];
  groups: ComparisonGroup[];
}

export interface ComparisonRenderOptions extends TableOptions {
  /** list groups of a single figure in the table and markdown */
  all?: boolean;
  /** the tool version, for SARIF */
  version: string;
}

/**
 * Machine formats (json, yaml, ndjson, csv) hold every group, singles
 * included, so a script never has to rerun with --all; --all only decides
 * what the table and markdown show. SARIF reports only what needs a look:
 * conflicts and different periods.
 */
export function renderComparison(view: ComparisonView, format: ComparisonFormat, opts: ComparisonRenderOptions): string {
  switch (format) {
    case 'json':
      return JSON.stringify(comparisonRecord(view), null, 2) + '\n';
    case 'yaml':
      // shared objects (a metric named in a link) are written out, never as YAML anchors
      return YAML.stringify(comparisonRecord(view), { lineWidth: 0, aliasDuplicateObjects: false });
    case 'ndjson':
      return comparisonNdjson(view);
    case 'csv':
      return comparisonCsv(view);
    case 'markdown':
      return comparisonMarkdown(view, opts);
    case 'sarif':
      return JSON.stringify(comparisonSarif(view, opts.version), null, 2) + '\n';
    case 'table':
      return comparisonTable(view, opts);
  }
}

/** A group in the contract's field order, then this tool's own fields. */
export function groupRecord(g: ComparisonGroup): Record<string, unknown> {
  return {
    id: g.id,
    metric: { key: g.metric.key, label: g.metric.label },
    claims: g.claims,
    verdict: g.verdict,
    reason: g.reason,
    related: g.related,
    unit: g.unit,
    dimension: g.dimension,
    entities: g.entities,
    figures: g.figures.map((f) => ({ ...f, interval: [...f.interval], ...(f.rate ? { rate: { ...f.rate } } : {}) })),
    links: g.links.map((l) => ({ group: l.group, relation: l.relation, metric: { key: l.metric.key, label: l.metric.label } })),
  };
}

export function comparisonRecord(view: ComparisonView): Record<string, unknown> {
  return {
    schema: 'claimcheck.comparison/v1',
    documents: view.documents.map(documentRecord),
    summary: { ...countVerdicts(view.groups), documents: view.documents.length, claims: view.claims.length },
    claims: view.claims.map(claimRecord),
    groups: view.groups.map(groupRecord),
  };
}

/** One group per line, its claims embedded, so a line is readable on its own (grep, jq -c). */
function comparisonNdjson(view: ComparisonView): string {
  const byId = claimIndex(view.claims);
  let out = '';
  for (const g of view.groups) {
    out += JSON.stringify({ ...groupRecord(g), claims: g.claims.map((id) => claimRecord(byId.get(id)!)) }) + '\n';
  }
  return out;
}

export const COMPARISON_CSV_HEADER = [
  'group_id', 'verdict', 'metric_key', 'metric_label', 'entities', 'claim_id', 'doc', 'line', 'column', 'text',
  'value', 'high', 'unit', 'normalised_value', 'normalised_high', 'normalised_unit', 'period', 'qualifier',
  'attribution', 'section', 'reason', 'sentence',
];

/** One row per grouped claim with its group's id and verdict. */
function comparisonCsv(view: ComparisonView): string {
  const byId = claimIndex(view.claims);
  const rows: unknown[][] = [];
  for (const g of view.groups) {
    g.figures.forEach((f) => {
      const c = byId.get(f.claim)!;
      rows.push([g.id, g.verdict, g.metric.key, g.metric.label, g.entities.join(' '), c.id, c.doc, c.line, c.column, c.text,
        c.value, c.high, c.unit, f.value, f.high, f.unit, c.period, c.qualifier, c.attribution, c.section, g.reason, c.sentence]);
    });
  }
  return csv(COMPARISON_CSV_HEADER, rows);
}

export function claimIndex(claims: Claim[]): Map<string, Claim> {
  const m = new Map<string, Claim>();
  for (const c of claims) if (!m.has(c.id)) m.set(c.id, c);
  return m;
}
