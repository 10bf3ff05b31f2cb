#!/usr/bin/env node
// Scores `claimcheck compare` against the hand-made comparison gold over seeds/
// (fixtures/compare-gold/seeds.groups.json, decision rules in its README.md).
//
//   node scripts/eval-compare.mjs [--verbose] [--json] [--no-build] [--input FILE]
//                                 [--gold FILE] [--check] [--strict] [--pure]
//                                 [-- EXTRA CLI ARGS]
//
//   --verbose     one line per gold group, and every offending tool group in full
//   --json        print a machine-readable result instead of the text report
//   --no-build    skip `npx tsc -p .` before running the CLI
//   --input FILE  score a saved `compare --format json` output instead of running the CLI
//   --gold FILE   gold file (default fixtures/compare-gold/seeds.groups.json)
//   --dir DIR     the folder `compare` runs over (default: the folders of the gold's documents)
//   --check       only validate the gold file (spans, ids, not_with, verdicts) and exit
//   --strict      exit 1 when the result is FAIL
//   --pure        PASS also needs: no boilerplate figure and no unannotated claim in a
//                 multi-member tool group that holds gold figures
//   -- ARGS       passed on to the CLI (e.g. -- --include-boilerplate)
//
// Runs from the repo root: `node bin/claimcheck.js compare <dir> --format json --all`
// (CLAIMCHECK_CMD overrides "node bin/claimcheck.js", split on spaces).
//
// Matching: each gold member is located in its seed file by text + occurrence
// (1-based, overlapping matches counted); a tool claim of the same document
// (compared by file name) whose span overlaps it belongs to that gold group. The
// member's own claim is the one with the largest overlap; a figure the tool split
// into two claims puts both in the group.
//
// Scores (optional gold groups are left out of the shares, but still count for mixing):
//   grouped right  multi-member gold group: every member found, all in one tool group,
//                  and that tool group holds nothing else (no figure of another gold
//                  group, no boilerplate, no unannotated claim).
//                  single: its figure is not merged with anything that is not its own
//                  (not extracted at all counts as right: nothing was merged).
//   verdict right  grouped right and the tool group's verdict equals the gold verdict
//                  (a single the tool omits or leaves ungrouped counts as `single`).
//                  The headline share is over all required groups; the share over the
//                  grouped-right groups is printed too.
//   mixed          multi-member tool groups holding figures of two or more gold groups:
//                  each one is a severe error; merges across a `not_with` pair are listed.
//   boilerplate    boilerplate figures (gold list) that sit in a multi-member tool group.
// PASS: grouped right >= 90 %, verdicts right >= 85 %, 0 mixed groups.
// Exit 0; 1 with --strict and FAIL; 2 when the gold is invalid or the CLI cannot be run.
import fs from 'node:fs';
import path from 'node:path';
import { buildDist, nthIndex, runClaimcheckJson } from './eval-lib.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERDICTS = ['conflict', 'consistent', 'different_period', 'single'];
const TARGET_GROUPED = 0.9;
const TARGET_VERDICT = 0.85;

function parseArgs(argv) {
  const opts = { verbose: false, json: false, build: true, input: null, check: false, strict: false, pure: false,
    gold: path.join(ROOT, 'fixtures/compare-gold/seeds.groups.json'), dir: null, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { opts.extra = argv.slice(i + 1); break; }
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--check') opts.check = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--pure') opts.pure = true;
    else if (a === '--dir') {
      if (!argv[i + 1]) die('--dir needs a folder');
      opts.dir = argv[++i];
    } else if (a === '--input' || a === '--gold') {
      const v = argv[++i];
      if (!v) die(`${a} needs a file`);
      opts[a.slice(2)] = path.resolve(v);
    } else die(`unknown option ${a}`);
  }
  return opts;
}

function die(msg) {
  process.stderr.write(`eval-compare: ${msg}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- gold

function loadGold(file) {
  let gold;
  try {
    gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    die(`cannot read gold ${file}: ${err.message}`);
  }
  const problems = [];
  const texts = new Map();
  const textOf = (doc) => {
    if (!texts.has(doc)) {
      const p = path.resolve(ROOT, doc);
      texts.set(doc, fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null);
    }
    return texts.get(doc);
  };
  const locate = (item, where) => {
    const text = textOf(item.doc);
    if (text == null) { problems.push(`${where}: document ${item.doc} not found`); return null; }
    const occ = item.occurrence ?? 1;
    const start = nthIndex(text, item.text, occ);
    if (start < 0) { problems.push(`${where}: "${item.text}" occurrence ${occ} not in ${item.doc}`); return null; }
    const end = start + item.text.length;
    if (item.start != null && (item.start !== start || item.end !== end))
      problems.push(`${where}: start/end ${item.start}-${item.end} disagree with text+occurrence (${start}-${end})`);
    return { doc: item.doc, key: docKey(item.doc), text: item.text, occurrence: occ, start, end };
  };

  const ids = new Set();
  const groups = [];
  for (const [gi, g] of (gold.groups ?? []).entries()) {
    const where = `group ${g.id ?? '#' + gi}`;
    if (!g.id) problems.push(`${where}: no id`);
    if (ids.has(g.id)) problems.push(`${where}: duplicate id`);
    ids.add(g.id);
    if (!VERDICTS.includes(g.verdict)) problems.push(`${where}: verdict "${g.verdict}" is not one of ${VERDICTS.join('|')}`);
    if (!Array.isArray(g.members) || !g.members.length) problems.push(`${where}: no members`);
    const members = (g.members ?? []).map((m, mi) => locate(m, `${where} member ${mi + 1}`)).filter(Boolean);
    if ((g.verdict === 'single') !== (members.length === 1)) problems.push(`${where}: verdict ${g.verdict} with ${members.length} member(s)`);
    groups.push({ id: g.id, metric: g.metric, verdict: g.verdict, optional: Boolean(g.optional), notWith: g.not_with ?? [], members });
  }
  for (const g of groups) for (const other of g.notWith) if (!ids.has(other)) problems.push(`group ${g.id}: not_with names unknown group ${other}`);
  const boilerplate = (gold.boilerplate_figures ?? []).map((b, i) => locate(b, `boilerplate #${i + 1}`)).filter(Boolean);

  // two gold items on one span would make the scoring ambiguous
  const items = [...groups.flatMap((g) => g.members.map((m) => ({ ...m, owner: g.id }))), ...boilerplate.map((b) => ({ ...b, owner: '(boilerplate)' }))];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i], b = items[j];
      if (a.key === b.key && a.start < b.end && b.start < a.end) problems.push(`"${a.text}" (${a.owner}) and "${b.text}" (${b.owner}) overlap in ${a.doc}`);
    }
  return { groups, boilerplate, problems };
}

/** Documents are compared by file name, so `seeds/x.txt`, `./seeds/x.txt` and an absolute path agree. */
const docKey = (doc) => path.basename(String(doc));

// ---------------------------------------------------------------- tool output

/** The folders `compare` reads: --dir, or every folder that holds a gold document (relative to the repo root). */
function inputDirs(opts, gold) {
  if (opts.dir) return [opts.dir];
  const docs = [...gold.groups.flatMap((g) => g.members), ...gold.boilerplate].map((m) => m.doc);
  return [...new Set(docs.map((d) => path.dirname(String(d))))];
}

function runTool(opts, gold) {
  if (opts.input) {
    try {
      return JSON.parse(fs.readFileSync(opts.input, 'utf8'));
    } catch (err) {
      die(`cannot read ${opts.input}: ${err.message}`);
    }
  }
  if (opts.build) buildDist(ROOT, 'eval-compare');
  try {
    return runClaimcheckJson(ROOT, ['compare', ...inputDirs(opts, gold), '--format', 'json', '--all', ...opts.extra], [0, 1]);
  } catch (err) {
    die(err.message);
  }
}

// ---------------------------------------------------------------- scoring

function score(gold, out) {
  const claims = Array.isArray(out.claims) ? out.claims : [];
  const toolGroups = (Array.isArray(out.groups) ? out.groups : []).map((g) => ({
    id: g.id,
    metric: g.metric?.key ?? String(g.metric ?? ''),
    verdict: g.verdict,
    reason: g.reason ?? '',
    claims: (g.claims ?? []).map((c) => (typeof c === 'string' ? c : c?.id)).filter(Boolean),
  }));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const claimsByDoc = new Map();
  for (const c of claims) {
    const k = docKey(c.doc);
    if (!claimsByDoc.has(k)) claimsByDoc.set(k, []);
    claimsByDoc.get(k).push(c);
  }
  const groupsOfClaim = new Map();
  for (const g of toolGroups) for (const id of g.claims) {
    if (!groupsOfClaim.has(id)) groupsOfClaim.set(id, []);
    groupsOfClaim.get(id).push(g);
  }

  // label every tool claim with the gold item it overlaps most
  const label = new Map(); // claim id -> { owner, overlap, item }
  const overlapping = (item) => (claimsByDoc.get(item.key) ?? [])
    .map((c) => ({ c, ov: Math.min(c.end, item.end) - Math.max(c.start, item.start) }))
    .filter((x) => x.ov > 0)
    .sort((a, b) => b.ov - a.ov || a.c.start - b.c.start);
  const mark = (item, owner) => {
    const hits = overlapping(item);
    for (const { c, ov } of hits) {
      const prev = label.get(c.id);
      if (!prev || ov > prev.overlap) label.set(c.id, { owner, overlap: ov, item });
    }
    return hits.map((h) => h.c);
  };
  const memberClaims = new Map(); // gold group id -> [{ member, claim|null, all: [claims] }]
  for (const g of gold.groups) memberClaims.set(g.id, g.members.map((m) => {
    const all = mark(m, g.id);
    return { member: m, claim: all[0] ?? null, all };
  }));
  for (const b of gold.boilerplate) mark(b, '(boilerplate)');
  const ownerOf = (claimId) => label.get(claimId)?.owner ?? '(unannotated)';
  const isGoldOwner = (o) => !o.startsWith('(');
  const describe = (id) => {
    const c = claimById.get(id);
    return c ? `${docKey(c.doc).slice(0, 3)} "${c.text}"${c.period ? ` [${c.period}]` : ''} -> ${ownerOf(id)}` : `${id} (claim not in output) -> ${ownerOf(id)}`;
  };
  const groupSize = (g) => g.claims.length;

  // ---- per gold group
  const results = [];
  for (const g of gold.groups) {
    const mcs = memberClaims.get(g.id);
    const missing = mcs.filter((x) => !x.claim).map((x) => x.member.text);
    const own = new Set(mcs.flatMap((x) => x.all.map((c) => c.id)).filter((id) => ownerOf(id) === g.id));
    const tgs = new Map();
    for (const x of mcs) if (x.claim) for (const tg of groupsOfClaim.get(x.claim.id) ?? []) tgs.set(tg.id, tg);
    const r = { id: g.id, metric: g.metric, optional: g.optional, multi: g.members.length > 1, gold: g.verdict, members: g.members.length,
      found: mcs.length - missing.length, missing, toolGroups: [...tgs.keys()], verdict: null, grouped: false, verdictRight: false, problem: '' };
    const foreignIn = (tg) => tg.claims.filter((id) => !own.has(id) && ownerOf(id) !== g.id);
    if (r.multi) {
      const perMember = mcs.map((x) => (x.claim ? (groupsOfClaim.get(x.claim.id) ?? []).filter((tg) => groupSize(tg) > 1).map((tg) => tg.id) : []));
      const common = perMember.reduce((acc, ids) => acc.filter((id) => ids.includes(id)), perMember[0] ?? []);
      if (missing.length) r.problem = `not extracted: ${missing.map((t) => `"${t}"`).join(', ')}`;
      else if (!common.length) r.problem = `split over ${tgs.size} tool group(s)`;
      else {
        const tg = tgs.get(common[0]);
        const foreign = foreignIn(tg);
        r.verdict = tg.verdict;
        r.toolGroup = tg.id;
        if (foreign.length) r.problem = `tool group ${tg.id} also holds ${foreign.length}: ${foreign.map(describe).join('; ')}`;
        else r.grouped = true;
      }
    } else {
      const claim = mcs[0].claim;
      if (!claim) {
        r.grouped = true;
        r.verdict = '(omitted)';
        r.problem = 'not extracted (counts as right: nothing merged)';
      } else {
        const multi = (groupsOfClaim.get(claim.id) ?? []).filter((tg) => foreignIn(tg).length);
        const tg = (groupsOfClaim.get(claim.id) ?? [])[0];
        r.verdict = tg ? tg.verdict : '(ungrouped)';
        r.toolGroup = tg?.id ?? null;
        if (multi.length) {
          const foreign = foreignIn(multi[0]);
          r.problem = `merged in ${multi[0].id} with ${foreign.length}: ${foreign.map(describe).join('; ')}`;
          r.verdict = multi[0].verdict;
        } else r.grouped = true;
      }
    }
    const asSingle = (v) => (v === '(omitted)' || v === '(ungrouped)' ? 'single' : v);
    r.verdictRight = r.grouped && asSingle(r.verdict) === g.verdict;
    if (r.grouped && !r.verdictRight && !r.problem) r.problem = `verdict ${r.verdict}, gold ${g.verdict}`;
    results.push(r);
  }

  // ---- tool groups: mixing, not_with, boilerplate, impurity
  const notWith = new Set(gold.groups.flatMap((g) => g.notWith.map((o) => [g.id, o].sort().join(' + '))));
  const mixed = [], notWithHits = [], boilerplateHits = [], impure = [], unannotatedOnly = [];
  for (const tg of toolGroups) {
    if (groupSize(tg) < 2) continue;
    const owners = tg.claims.map(ownerOf);
    const goldOwners = [...new Set(owners.filter(isGoldOwner))];
    const lines = tg.claims.map(describe);
    if (goldOwners.length >= 2) {
      mixed.push({ id: tg.id, metric: tg.metric, verdict: tg.verdict, gold: goldOwners, claims: lines });
      for (let i = 0; i < goldOwners.length; i++)
        for (let j = i + 1; j < goldOwners.length; j++) {
          const pair = [goldOwners[i], goldOwners[j]].sort().join(' + ');
          if (notWith.has(pair)) notWithHits.push({ id: tg.id, pair });
        }
    }
    for (const [k, id] of tg.claims.entries()) if (owners[k] === '(boilerplate)') boilerplateHits.push({ id: tg.id, claim: describe(id) });
    if (goldOwners.length && owners.includes('(unannotated)')) impure.push({ id: tg.id, metric: tg.metric, claims: lines });
    if (!goldOwners.length && owners.every((o) => o === '(unannotated)')) unannotatedOnly.push({ id: tg.id, metric: tg.metric, verdict: tg.verdict, claims: lines });
  }

  const share = (rs, key) => (rs.length ? rs.filter((r) => r[key]).length / rs.length : 0);
  const required = results.filter((r) => !r.optional);
  const multi = required.filter((r) => r.multi);
  const singles = required.filter((r) => !r.multi);
  const groupedRight = required.filter((r) => r.grouped);
  const summary = {
    groups: required.length,
    optionalGroups: results.length - required.length,
    multiMember: multi.length,
    grouped: share(required, 'grouped'),
    verdicts: share(required, 'verdictRight'),
    verdictsOfGrouped: share(groupedRight, 'verdictRight'),
    multiGrouped: share(multi, 'grouped'),
    multiVerdicts: share(multi, 'verdictRight'),
    singlesGrouped: share(singles, 'grouped'),
    membersFound: required.reduce((n, r) => n + r.found, 0),
    members: required.reduce((n, r) => n + r.members, 0),
    mixed: mixed.length,
    notWith: notWithHits.length,
    boilerplateInGroups: boilerplateHits.length,
    impureGroups: impure.length,
    unannotatedOnlyGroups: unannotatedOnly.length,
    toolClaims: claims.length,
    toolGroups: toolGroups.length,
    toolMultiGroups: toolGroups.filter((g) => groupSize(g) > 1).length,
  };
  return { summary, results, mixed, notWithHits, boilerplateHits, impure, unannotatedOnly };
}

// ---------------------------------------------------------------- report

const pct = (x) => `${(100 * x).toFixed(1)} %`;

function verdictOf(s, pure) {
  const checks = [
    [`grouped right >= ${pct(TARGET_GROUPED)}`, s.grouped >= TARGET_GROUPED, pct(s.grouped)],
    [`verdicts right >= ${pct(TARGET_VERDICT)}`, s.verdicts >= TARGET_VERDICT, pct(s.verdicts)],
    ['mixed tool groups = 0', s.mixed === 0, String(s.mixed)],
  ];
  if (pure) {
    checks.push(['boilerplate figures in groups = 0', s.boilerplateInGroups === 0, String(s.boilerplateInGroups)]);
    checks.push(['impure groups (unannotated claims) = 0', s.impureGroups === 0, String(s.impureGroups)]);
  }
  return { pass: checks.every((c) => c[1]), checks };
}

function report(res, opts) {
  const s = res.summary;
  const out = [];
  if (opts.verbose) {
    out.push('gold groups (* optional):');
    for (const r of res.results) {
      const mark = r.verdictRight ? 'ok  ' : r.grouped ? 'VERD' : 'GRP ';
      const tool = r.verdict ?? '-';
      out.push(`  ${mark} ${r.optional ? '*' : ' '}${r.id.padEnd(32)} gold ${r.gold.padEnd(16)} tool ${String(tool).padEnd(16)} ${r.found}/${r.members}${r.problem ? '  ' + r.problem : ''}`);
    }
    out.push('');
  }
  if (res.mixed.length) {
    out.push(`MIXED tool groups (${res.mixed.length}), each a severe error:`);
    for (const m of res.mixed) {
      out.push(`  ${m.id} ${m.metric} [${m.verdict}] mixes ${m.gold.join(', ')}`);
      if (opts.verbose) for (const l of m.claims) out.push(`      ${l}`);
    }
    out.push('');
  }
  if (res.notWithHits.length) out.push(`not_with pairs merged: ${res.notWithHits.map((h) => `${h.pair} (${h.id})`).join('; ')}`, '');
  if (res.boilerplateHits.length) {
    out.push(`boilerplate figures in multi-member groups (${res.boilerplateHits.length}):`);
    for (const b of res.boilerplateHits) out.push(`  ${b.id}: ${b.claim}`);
    out.push('');
  }
  if (opts.verbose && res.impure.length) {
    out.push(`groups holding gold figures and unannotated claims (${res.impure.length}):`);
    for (const g of res.impure) out.push(`  ${g.id} ${g.metric}`, ...g.claims.map((l) => `      ${l}`));
    out.push('');
  }
  if (opts.verbose && res.unannotatedOnly.length) {
    out.push(`multi-member groups of unannotated claims only (${res.unannotatedOnly.length}):`);
    for (const g of res.unannotatedOnly) out.push(`  ${g.id} ${g.metric} [${g.verdict}]`, ...g.claims.map((l) => `      ${l}`));
    out.push('');
  }
  out.push(`gold: ${s.groups} groups (${s.multiMember} multi-member, ${s.groups - s.multiMember} single) + ${s.optionalGroups} optional; members found ${s.membersFound}/${s.members}`);
  out.push(`tool: ${s.toolClaims} claims, ${s.toolGroups} groups, ${s.toolMultiGroups} multi-member`);
  out.push(`grouped right      ${pct(s.grouped).padStart(8)}   (multi-member ${pct(s.multiGrouped)}, singles ${pct(s.singlesGrouped)})`);
  out.push(`verdicts right     ${pct(s.verdicts).padStart(8)}   (multi-member ${pct(s.multiVerdicts)}; of grouped-right groups ${pct(s.verdictsOfGrouped)})`);
  out.push(`mixed tool groups  ${String(s.mixed).padStart(8)}   (not_with merges ${s.notWith})`);
  out.push(`boilerplate in groups ${String(s.boilerplateInGroups).padStart(5)}   impure groups ${s.impureGroups}, unannotated-only groups ${s.unannotatedOnlyGroups}`);
  const v = verdictOf(s, opts.pure);
  for (const [name, ok, got] of v.checks) out.push(`  ${ok ? 'pass' : 'FAIL'}  ${name} (${got})`);
  out.push(v.pass ? 'PASS' : 'FAIL');
  return { text: out.join('\n') + '\n', pass: v.pass, checks: v.checks };
}

// ---------------------------------------------------------------- main

const opts = parseArgs(process.argv.slice(2));
const gold = loadGold(opts.gold);
if (gold.problems.length) {
  for (const p of gold.problems) process.stderr.write(`gold: ${p}\n`);
  process.exit(2);
}
if (opts.check) {
  const n = gold.groups.length;
  process.stdout.write(`gold ok: ${n} groups (${gold.groups.filter((g) => g.members.length > 1).length} multi-member, ${gold.groups.filter((g) => g.optional).length} optional), ${gold.boilerplate.length} boilerplate figures\n`);
  process.exit(0);
}
const res = score(gold, runTool(opts, gold));
const rep = report(res, opts);
if (opts.json) {
  process.stdout.write(JSON.stringify({ pass: rep.pass, checks: rep.checks.map(([name, ok, got]) => ({ name, ok, got })), ...res }, null, 2) + '\n');
} else process.stdout.write(rep.text);
process.exit(opts.strict && !rep.pass ? 1 : 0);
