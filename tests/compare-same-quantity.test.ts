// compare as a user runs it (after `npx tsc -p .`): two articles that word one
// quantity differently ("a $12.5bn tax bill", "owes $12.5bn in back taxes") land
// in one group; the state's tax revenue, another quantity, stays out of it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const HALF_BUILT = /ERR_MODULE_NOT_FOUND|SyntaxError|does not provide an export|is not a function|internal error/;

function compare(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-same-quantity-'));
  const paths = Object.entries(files).map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
  try {
    for (let attempt = 0; ; attempt++) {
      const r = spawnSync(process.execPath, ['bin/claimcheck.js', 'compare', ...paths, '--format', 'json'], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
      });
      if (attempt < 3 && HALF_BUILT.test(r.stderr)) continue;
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { groups: Array<{ metric: { key: string }; verdict: string; claims: string[] }> };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('compare: one quantity worded two ways', () => {
  it('groups a tax bill and back taxes, and keeps tax revenue apart', () => {
    const data = compare({
      'a.txt': 'Oil firm faces tax demand\n\nThe Russian oil company must pay a $12.5bn tax bill for 2019, the finance ministry said on Monday.\n',
      'b.txt': "Russian firm loses appeal\n\nThe Russian company owes $12.5bn in back taxes for 2019, a court in Moscow ruled.\n\nRussia's tax revenue reached $95bn in 2019.\n",
    });
    const owed = data.groups.filter((g) => g.metric.key === 'tax.owed');
    expect(owed).toHaveLength(1);
    expect(owed[0].claims).toHaveLength(2);
    expect(owed[0].verdict).toBe('consistent');
    const revenue = data.groups.filter((g) => g.metric.key === 'tax.revenue');
    expect(revenue.map((g) => g.claims.length)).toEqual([1]);
  });
});
