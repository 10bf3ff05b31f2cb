// End to end over the seeds: the real pipeline (extract + context) feeds the
// comparison, scored against hand-made groups (fixtures/compare/seeds-gold.json).
// It depends on every stage, so it only asserts the acceptance bar when
// CLAIMCHECK_E2E=1; otherwise it prints the score. Needs `npx tsc -p .` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

interface GoldGroup { name: string; verdict: string; members: Array<{ doc: string; text: string }> }
interface OutClaim { id: string; doc: string; text: string; start: number }
interface OutGroup { id: string; claims: string[]; verdict: string; metric: { key: string } }

export interface SeedScore {
  total: number;
  /** gold groups found exactly (same members, nothing else) */
  right: number;
  /** output groups that mix figures of two or more gold groups */
  mixed: number;
  verdictsRight: number;
  lines: string[];
}

export function scoreSeeds(gold: GoldGroup[], claims: OutClaim[], groups: OutGroup[]): SeedScore {
  const byDocText = (doc: string, text: string) =>
    claims.filter((c) => path.basename(c.doc).startsWith(doc) && c.text.replace(/\s+/g, ' ') === text).sort((a, b) => a.start - b.start)[0];
  const goldOf = new Map<string, number>();
  const members = gold.map((g, gi) => g.members.map((m) => {
    const c = byDocText(m.doc, m.text);
    if (c) goldOf.set(c.id, gi);
    return c?.id ?? null;
  }));
  const groupOf = new Map<string, OutGroup>();
  for (const g of groups) for (const id of g.claims) groupOf.set(id, g);
  const lines: string[] = [];
  let right = 0;
  let verdictsRight = 0;
  gold.forEach((g, gi) => {
    const ids = members[gi];
    const out = ids[0] ? groupOf.get(ids[0]) : undefined;
    const exact = out && ids.every((id) => id && out.claims.includes(id)) && out.claims.length === ids.length;
    if (exact) right++;
    const verdictOk = exact && out!.verdict === g.verdict;
    if (verdictOk) verdictsRight++;
    lines.push(`${exact ? (verdictOk ? 'ok  ' : 'VERD') : 'MISS'} ${g.name}: want ${g.verdict}, got ${out ? `${out.verdict} ${out.metric.key} (${out.claims.length} figures)` : ids.some((x) => !x) ? 'figure not extracted' : 'no group'}`);
  });
  let mixed = 0;
  for (const g of groups) {
    const goldGroups = new Set(g.claims.map((id) => goldOf.get(id)).filter((x) => x !== undefined));
    if (goldGroups.size > 1) {
      mixed++;
      lines.push(`MIX  ${g.metric.key}: mixes ${[...goldGroups].map((i) => gold[i!].name).join(' + ')}`);
    }
  }
  return { total: gold.length, right, mixed, verdictsRight, lines };
}

it('groups and verdicts over the seeds', () => {
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures/compare/seeds-gold.json'), 'utf8')).groups as GoldGroup[];
  const r = spawnSync(process.execPath, ['bin/claimcheck.js', 'compare', 'seeds/', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const data = JSON.parse(r.stdout);
  const s = scoreSeeds(gold, data.claims, data.groups);
  const grouped = (s.right - s.mixed) / s.total;
  console.log(`seeds: ${s.right}/${s.total} groups right, ${s.mixed} mixed (score ${(grouped * 100).toFixed(0)} %), ` +
    `${s.verdictsRight}/${s.total} verdicts right\n  ${s.lines.join('\n  ')}`);
  if (process.env.CLAIMCHECK_E2E === '1') {
    expect(grouped).toBeGreaterThanOrEqual(0.9);
    expect(s.verdictsRight / s.total).toBeGreaterThanOrEqual(0.85);
  }
});
