import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { compare } from '../src/compare/index.js';
import { renderComparison, type ComparisonFormat, type ComparisonView } from '../src/render/comparison.js';
import { excerpt } from '../src/render/comparison-text.js';
import { plainStyle } from '../src/render/style.js';
import { visibleLength } from '../src/render/text-table.js';
import type { DocumentMeta } from '../src/types.js';
import { claim, seedTrade } from './compare-claims.js';

const doc = (id: string): DocumentMeta => ({ id, path: id, lang: 'de', title: null, date: null, publisher: null });
const ad = claim({
  doc: 'seeds/000.txt', line: 60, sentence: '15.000€ Gold zu gewinnen', text: '15.000€', value: 15000, unit: 'EUR', metric: 'promo.prize', section: 'boilerplate',
});
const reserves = claim({
  doc: 'seeds/000.txt', line: 12, sentence: 'Mit nachgewiesenen Ölreserven von 3,4 Milliarden Barrel spielt Alaska in der obersten Liga.', text: '3,4 Milliarden Barrel',
  value: 3.4e9, unit: 'bbl', precision: 0.05e9, metric: 'oil.reserves', entities: ['US-AK'],
});
const claims = [...Object.values(seedTrade), reserves, ad];
const view: ComparisonView = { documents: [doc('seeds/000.txt'), doc('seeds/001.txt')], claims, groups: compare(claims, { tolerance: 0.02, rates: [] }) };
const render = (format: ComparisonFormat, more: { all?: boolean; width?: number } = {}) =>
  renderComparison(view, format, { style: plainStyle, width: more.width ?? 100, all: more.all, version: '9.9.9' });

describe('table', () => {
  const out = render('table');
  const lines = out.trimEnd().split('\n');

  it('shows verdicts with signs that read without colour, conflicts first', () => {
    const heads = lines.filter((l) => /^[✗↔✓·] /.test(l));
    expect(heads.map((l) => l.split('  ')[0])).toEqual(['✗ conflict', '↔ different period', '↔ different period']);
    expect(heads[0]).toMatch(/^✗ conflict {2}trade peak \(RU, US\) · dates +\[g[0-9a-f]{12}\]$/);
  });

  it('lists each figure with its value, period, qualifier and file:line:col, and the sentence under it', () => {
    expect(out).toMatch(/3,5 Milliarden US-Dollar +3\.5 bn USD +2024 +≈ rund +– +seeds\/001\.txt:10:\d+/);
    expect(render('table', { width: 140 })).toContain('\n    Im Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar.\n');
  });

  it('warns about look-alike groups', () => {
    expect(out).toMatch(/⚠ not comparable with: exports \(RU, US\): a part of it \[g[0-9a-f]{12}\]/);
  });

  it('ends with a one-line summary, hiding singles and boilerplate unless asked', () => {
    expect(lines.at(-1)).toBe('1 conflict, 2 different periods, 0 consistent across 2 documents; 1 figure stated once not shown (--all); 1 figure in boilerplate left out (--include-boilerplate)');
    expect(out).not.toContain('oil reserves');
    const all = render('table', { all: true });
    expect(all).toContain('· single  oil reserves (US-AK) · bbl');
    expect(all.trimEnd().split('\n').at(-1)).toMatch(/^1 conflict, 2 different periods, 0 consistent, 1 single across 2 documents/);
  });

  it('fits the terminal width, cutting sentences around the figure', () => {
    const narrow = render('table', { width: 60 });
    for (const l of narrow.trimEnd().split('\n').slice(0, -1)) expect(visibleLength(l), l).toBeLessThanOrEqual(60);
    expect(narrow).toMatch(/….*2,8 Milliarden Dollar.*…/);
  });

  it('excerpts keep the figure in view and cut at word boundaries', () => {
    const e = excerpt(seedTrade.h1.sentence, seedTrade.h1.text, 60);
    expect(e.figure).toBe('2,8 Milliarden Dollar');
    expect(e.before.startsWith('… ') || e.before.startsWith('…')).toBe(true);
    expect(visibleLength(e.before + e.figure + e.after)).toBeLessThanOrEqual(60);
  });
});

describe('machine formats', () => {
  it('json follows the contract: all claims, groups with id, metric, claims, verdict, reason, related', () => {
    const data = JSON.parse(render('json'));
    expect(data.schema).toBe('claimcheck.comparison/v1');
    expect(data.claims).toHaveLength(claims.length);
    expect(data.claims.find((c: { id: string }) => c.id === ad.id).section).toBe('boilerplate');
    for (const g of data.groups) {
      expect(Object.keys(g).slice(0, 6)).toEqual(['id', 'metric', 'claims', 'verdict', 'reason', 'related']);
      expect(g.claims).not.toContain(ad.id);
    }
    expect(data.groups.map((g: { verdict: string }) => g.verdict)).toEqual(['conflict', 'different_period', 'different_period', 'single']);
    expect(data.summary).toEqual({ conflict: 1, different_period: 2, consistent: 0, single: 1, documents: 2, claims: 9 });
  });

  it('yaml holds the same record', () => {
    expect(YAML.parse(render('yaml'))).toEqual(JSON.parse(render('json')));
  });

  it('ndjson: one group per line with its claims embedded', () => {
    const lines = render('ndjson').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].verdict).toBe('conflict');
    expect(lines[0].claims.map((c: { text: string }) => c.text)).toEqual(['2013', 'Mai 2014']);
  });

  it('csv: one row per grouped claim with its group id and verdict', () => {
    const rows = render('csv').trimEnd().split('\r\n');
    expect(rows[0].startsWith('group_id,verdict,metric_key,metric_label,entities,claim_id,doc,line,column,text')).toBe(true);
    expect(rows).toHaveLength(1 + 8);
    expect(rows[1]).toMatch(/^g[0-9a-f]{12},conflict,trade\.peak,trade peak,RU US,c[0-9a-f]{15},seeds\/001\.txt,9,11,2013,/);
  });

  it('markdown for a pull-request comment', () => {
    const md = render('markdown');
    expect(md.split('\n')[0]).toBe('## claimcheck: 1 conflict, 2 different periods, 0 consistent across 2 documents');
    expect(md).toContain('### ✗ conflict: trade peak (RU, US) (dates)');
    expect(md).toContain('| where | figure | value | period | qualifier | source | sentence |');
    expect(md).toContain('| `seeds/001.txt:12:68` | Mai 2014 | 2014 | 2014-05 | exact | – | Seinen Höhepunkt hatte der Handel zwischen den USA und Russland im **Mai 2014**. |');
    expect(md).toContain('> ⚠ not comparable with: exports (RU, US): a part of it');
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(render('sarif'));
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log with one rule per verdict', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver.name).toBe('claimcheck');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['claimcheck/conflict', 'claimcheck/different_period']);
  });

  it('has one result per member of a conflict or different-period group, at the figure', () => {
    expect(run.results).toHaveLength(2 + 3 + 2);
    const peak = run.results.find((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['claimcheck/claim/v1'] === seedTrade.peakBody.id);
    expect(peak.ruleId).toBe('claimcheck/conflict');
    expect(peak.level).toBe('error');
    expect(peak.message.text).toMatch(/^conflict in trade peak \(RU, US\): "Mai 2014"/);
    expect(peak.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'seeds/001.txt' },
      region: { startLine: 12, startColumn: 68, endLine: 12, endColumn: 76, snippet: { text: 'Mai 2014' } },
    });
    expect(peak.relatedLocations).toHaveLength(1);
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId === 'claimcheck/different_period').every((r: { level: string }) => r.level === 'note')).toBe(true);
  });

  it('ends a figure broken over two lines on the second line', () => {
    const wrapped = claim({ doc: 'a b/x#1.txt', line: 4, sentence: 'Der Handel lag bei 2,8 Milliarden Dollar.', text: '2,8 Milliarden Dollar', value: 2.8e9, unit: 'USD', period: '2024', metric: 'trade.volume', entities: ['RU', 'US'] });
    const broken = { ...wrapped, text: '2,8 Milliarden\nDollar' };
    const other = claim({ doc: 'c.txt', sentence: 'Der Handel lag bei 4 Milliarden Dollar.', text: '4 Milliarden Dollar', value: 4e9, unit: 'USD', period: '2024', metric: 'trade.volume', entities: ['RU', 'US'] });
    const v: ComparisonView = { documents: [], claims: [broken, other], groups: compare([broken, other], { tolerance: 0.02, rates: [] }) };
    const log = JSON.parse(renderComparison(v, 'sarif', { style: plainStyle, width: 80, version: '1' }));
    const r = log.runs[0].results.find((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['claimcheck/claim/v1'] === broken.id);
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/x%231.txt');
    expect(r.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, endLine: 5, endColumn: 7 });
  });
});
