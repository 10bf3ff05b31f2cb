// The compare command as a user runs it (`node bin/claimcheck.js compare …`,
// after `npx tsc -p .`): inputs, formats and exit codes. Claim-set fixtures
// make the verdicts independent of the extractor's progress.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const A = 'fixtures/compare/claims/handel-a.claims.json';
const B = 'fixtures/compare/claims/handel-b.claims.json';
const JOBS = 'fixtures/compare/claims/jobs.claims.ndjson';

// A build running at the same time (another `npm test` rewriting dist/) can make
// a run die while loading modules; such a run is repeated, nothing else is.
const HALF_BUILT = /ERR_MODULE_NOT_FOUND|SyntaxError|does not provide an export|is not a function|internal error/;

function cli(args: string[], input?: string) {
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync(process.execPath, ['bin/claimcheck.js', 'compare', ...args], {
      cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' },
    });
    if (attempt < 3 && HALF_BUILT.test(r.stderr)) continue;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
}

describe('compare: claim sets and shards', () => {
  it('unions two claim sets and finds the conflicts across them', () => {
    const r = cli([A, B, '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.schema).toBe('claimcheck.comparison/v1');
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(['fixtures/compare/de-handel-a.txt', 'fixtures/compare/de-handel-b.txt']);
    const verdicts = Object.fromEntries(data.groups.map((g: { metric: { key: string }; verdict: string }) => [g.metric.key, g.verdict]));
    expect(verdicts).toEqual({ 'trade.peak': 'conflict', 'trade.volume': 'conflict', 'trade.exports': 'single' });
    // the newsletter discount is boilerplate: kept among the claims, left out of the groups
    expect(data.claims).toHaveLength(8);
    expect(data.groups.flatMap((g: { claims: string[] }) => g.claims)).toHaveLength(7);
  });

  it('one shard alone has no conflict: the 2024 figures disagree only across articles', () => {
    const data = JSON.parse(cli([A, '--format', 'json']).stdout);
    const volume = data.groups.find((g: { metric: { key: string } }) => g.metric.key === 'trade.volume');
    expect(volume.verdict).toBe('different_period');
    expect(volume.reason).toBe('≈3.5 bn USD (2024) -> 1.4 bn USD (2025-H1): -60 %; part-year and full-year figures, not annualised');
  });

  it('reads a folder of shards, ndjson included, and a claim set from stdin', () => {
    const folder = JSON.parse(cli(['fixtures/compare/claims', '--format', 'json']).stdout);
    expect(folder.documents).toHaveLength(6);
    const stdin = cli(['-', '--format', 'json'], fs.readFileSync(path.join(ROOT, JOBS), 'utf8'));
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.stdout).groups.map((g: { verdict: string }) => g.verdict)).toEqual(['consistent', 'consistent']);
  });

  it('the same shard given twice does not double its figures', () => {
    const data = JSON.parse(cli([A, A, B, '--format', 'json']).stdout);
    expect(data.claims).toHaveLength(8);
  });
});

describe('compare: currencies', () => {
  const PROCEEDS = 'fixtures/compare/claims/proceeds.claims.json';

  it('without a rate, euros and dollars stay apart and the table says why', () => {
    const r = cli([PROCEEDS, '--all']);
    expect(r.stdout).toContain('not comparable with: proceeds from frozen assets (UA) in USD: no USD/EUR exchange rate given');
    expect(JSON.parse(cli([PROCEEDS, '--format', 'json']).stdout).groups).toHaveLength(2);
  });

  it('a dated rate from the config file lets them be compared, and the reason names it', () => {
    const data = JSON.parse(cli([PROCEEDS, '--config', 'fixtures/compare/rates.yaml', '--format', 'json']).stdout);
    expect(data.groups).toHaveLength(1);
    expect(data.groups[0].verdict).toBe('consistent');
    expect(data.groups[0].reason).toMatch(/converted at 1 EUR = 1\.08 USD \(2025-01-31, config\)$/);
  });
});

describe('compare: --fail-on and exit codes', () => {
  it('--fail-on conflict exits 1 when a conflict exists, 0 when none does', () => {
    expect(cli([A, B, '--fail-on', 'conflict']).code).toBe(1);
    expect(cli([A, '--fail-on', 'conflict']).code).toBe(0);
    expect(cli([JOBS, '--fail-on', 'conflict']).code).toBe(0);
  });

  it('--fail-on different_period and any', () => {
    expect(cli([A, B, '--fail-on', 'different_period']).code).toBe(0);
    expect(cli([A, '--fail-on', 'different_period']).code).toBe(1);
    expect(cli([A, '--fail-on', 'any']).code).toBe(1);
    expect(cli([A, B, '--fail-on', 'any']).code).toBe(1);
    expect(cli([JOBS, '--fail-on', 'any']).code).toBe(0);
  });

  it('exits 2 with one line on stderr for a missing file, a broken claim set, or a bad option', () => {
    const missing = cli(['fixtures/compare/claims/nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('claimcheck: fixtures/compare/claims/nope.json: no such file or directory\n');
    // (removed afterwards: every run of the suite left one directory in the system's temp before)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-compare-'));
    try {
      const broken = path.join(dir, 'broken.json');
      fs.writeFileSync(broken, '{"schema": "claimcheck.claims/v1", "claims": [{"id": 1}]}');
      const bad = cli([broken, A, '--format', 'json']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(/^claimcheck: .*broken\.json: claims\[0\]: "\w+" must be /);
      // the good input is still compared
      expect(JSON.parse(bad.stdout).claims).toHaveLength(4);
      expect(cli([A, '--fail-on', 'sometimes']).code).toBe(2);
      // an input error wins over --fail-on
      expect(cli([broken, A, B, '--fail-on', 'conflict']).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compare: formats', () => {
  it('table: signs, reason, locations and the summary line', () => {
    const r = cli([A, B]);
    expect(r.stdout).toMatch(/^✗ conflict {2}trade peak \(RU, US\)/);
    expect(r.stdout).toContain('  dates disagree: 2013 (de-handel-a.txt:5) vs 2014-05 (de-handel-b.txt:5)');
    expect(r.stdout).toContain('fixtures/compare/de-handel-b.txt:5:66');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 conflicts, 0 different periods, 0 consistent across 2 documents; 1 figure stated once not shown (--all); 1 figure in boilerplate left out (--include-boilerplate)',
    );
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('markdown, csv and ndjson', () => {
    expect(cli([A, B, '--format', 'markdown']).stdout).toMatch(/^## claimcheck: 2 conflicts/);
    const csv = cli([A, B, '--format', 'csv']).stdout.trimEnd().split('\r\n');
    expect(csv).toHaveLength(1 + 7);
    const nd = cli([A, B, '--format', 'ndjson']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(nd.map((g) => g.verdict)).toEqual(['conflict', 'conflict', 'single']);
  });

  // `--format sarif` needs 'sarif' among the compare command's formats in src/cli/main.ts
  const sarifAccepted = cli([A, '--format', 'sarif']).code === 0;
  it.runIf(sarifAccepted)('sarif', () => {
    const log = JSON.parse(cli([A, B, '--format', 'sarif']).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(4 + 2);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/compare/de-handel-a.txt');
  });
});

describe('compare: articles', () => {
  it('reads articles through the pipeline and prints a comparison', () => {
    const r = cli(['fixtures/compare/de-handel-a.txt', 'fixtures/compare/de-handel-b.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.schema).toBe('claimcheck.comparison/v1');
    expect(data.documents).toHaveLength(2);
    expect(data.claims.length).toBeGreaterThan(0);
  });

  it('an article given next to a claim set of the same document is read once, from the article', () => {
    const r = cli(['fixtures/compare/de-handel-a.txt', A, '--format', 'json']);
    const data = JSON.parse(r.stdout);
    expect(new Set(data.claims.map((c: { doc: string }) => c.doc))).toEqual(new Set(['fixtures/compare/de-handel-a.txt']));
    const ids = data.claims.map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
