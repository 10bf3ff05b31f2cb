#!/usr/bin/env node
// Scores `claimcheck extract` against the hand-annotated gold set in fixtures/gold
// (annotation rules: fixtures/gold/GUIDELINES.md).
//
//   node scripts/eval-gold.mjs [--verbose] [--json] [--no-build] [--claims FILE]
//                              [--gold DIR] [--check] [--strict]
//
//   --verbose      list missed, spurious and wrongly labelled claims per document
//   --json         print a machine-readable summary instead of the tables
//   --no-build     skip `npx tsc -p .` before running the CLI
//   --claims FILE  score an existing claim set (extract --format json) instead of running the CLI
//   --gold DIR     gold directory (default fixtures/gold)
//   --check        only validate the gold files (spans, fields, period format) and exit
//   --strict       exit 1 when a target line fails
//
// Runs from the repo root: `node bin/claimcheck.js extract <gold dir> --format json`
// (CLAIMCHECK_CMD overrides "node bin/claimcheck.js", split on spaces).
//
// Matching: in each document a tool claim matches a gold claim when their spans
// overlap; pairs are taken one-to-one, largest overlap first. Values do not decide
// the match, they are scored separately.
// Claim P/R/F1 count body claims only: gold claims with section "body" (optional ones
// excluded) against tool claims not marked boilerplate. A tool claim matched to an
// optional gold claim counts neither way. Field accuracies are measured on matched
// (gold body, tool body) pairs. Boilerplate recall = share of gold boilerplate claims
// the tool reported AND marked boilerplate. Exit 0, 1 with --strict and a failing
// target, 2 when the gold set is invalid or the CLI cannot be run.
import fs from 'node:fs';
import path from 'node:path';
import { buildDist, nthIndex, runClaimcheckJson } from './eval-lib.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = [
  ['claim F1', 'f1', 0.9],
  ['value', 'value', 0.97],
  ['unit', 'unit', 0.95],
  ['qualifier', 'qualifier', 0.9],
  ['period', 'period', 0.85],
  ['attribution', 'attribution', 0.8],
  ['boilerplate', 'boilerplate', 0.9],
];
const FIELDS = ['value', 'unit', 'qualifier', 'period', 'attribution', 'kind'];
const KINDS = new Set(['currency', 'percent', 'quantity', 'count', 'duration', 'rank', 'date']);
const QUALIFIERS = new Set(['exact', 'about', 'at_most', 'at_least', 'more_than', 'less_than', 'range']);
const PART = String.raw`\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?))?`;
const PERIOD = new RegExp(`^${PART}(?:\\.\\.${PART})?$`);
// Units that name something; a bare count may carry any other word (the contract does not score it).
const SYMBOL_UNITS = new Set(['%', 'pp', 'pt', 't', 'kg', 'g', 'km', 'm', 'cm', 'mm', 'km2', 'm2', 'ha', 'm3', 'l',
  'bbl', 'MW', 'GW', 'kW', 'W', 'GWh', 'MWh', 'kWh', 'TWh', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { verbose: false, json: false, build: true, claims: null, gold: 'fixtures/gold', check: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--check') opts.check = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--claims' || a === '--gold') {
      const v = argv[++i];
      if (!v) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 27).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new UsageError(`unknown option ${a}`);
  }
  return opts;
}

// ---------- gold ----------

function loadGold(dir) {
  const problems = [];
  const docs = [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (!files.length) throw new UsageError(`no *.gold.json in ${dir}`);
  for (const file of files) {
    const name = file.slice(0, -'.gold.json'.length);
    const txtName = fs.readdirSync(dir).find((f) => f !== file && f.startsWith(name + '.') && !f.endsWith('.json'));
    if (!txtName) { problems.push(`${file}: no text file ${name}.txt`); continue; }
    const text = fs.readFileSync(path.join(dir, txtName), 'utf8');
    let gold;
    try { gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')); } catch (e) { problems.push(`${file}: ${e.message}`); continue; }
    const claims = [];
    for (const [i, c] of (gold.claims ?? []).entries()) {
      const where = `${file} claim ${i + 1} "${c.text}"`;
      const start = nthIndex(text, c.text, c.occurrence ?? 1);
      if (start < 0) { problems.push(`${where}: occurrence ${c.occurrence} not in ${txtName}`); continue; }
      if (c.start !== undefined && c.start !== start) problems.push(`${where}: start ${c.start} but text+occurrence give ${start}`);
      if (!Number.isFinite(c.value)) problems.push(`${where}: value ${c.value}`);
      if (!KINDS.has(c.kind)) problems.push(`${where}: kind ${c.kind}`);
      if (!QUALIFIERS.has(c.qualifier)) problems.push(`${where}: qualifier ${c.qualifier}`);
      if ((c.qualifier === 'range') !== (c.high !== null && c.high !== undefined)) problems.push(`${where}: range qualifier and high disagree`);
      for (const p of [c.period, ...(c.accept?.period ?? [])]) if (p !== null && !PERIOD.test(p)) problems.push(`${where}: period ${p}`);
      if (c.section !== 'body' && c.section !== 'boilerplate') problems.push(`${where}: section ${c.section}`);
      claims.push({ ...c, high: c.high ?? null, start, end: start + c.text.length, accept: c.accept ?? {} });
    }
    docs.push({ name, file: txtName, lang: gold.lang, date: gold.date ?? null, text, claims });
  }
  return { docs, problems };
}

// ---------- tool ----------

function runTool(opts) {
  if (opts.claims) return JSON.parse(fs.readFileSync(opts.claims, 'utf8'));
  if (opts.build) buildDist(ROOT, 'eval-gold');
  return runClaimcheckJson(ROOT, ['extract', opts.gold, '--format', 'json']);
}

// ---------- field comparison ----------

const near = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const nearOrNull = (a, b) => (b === null ? a === null || a === undefined : near(a, b));

function valueOk(g, t) {
  const lows = [g.value, ...(g.accept.value ?? [])];
  const highs = [g.high, ...(g.accept.high ?? [])];
  return lows.some((v) => near(t.value, v)) && highs.some((h) => nearOrNull(t.high ?? null, h));
}

function unitOk(g, t) {
  const tu = String(t.unit ?? '');
  if ([g.unit, ...(g.accept.unit ?? [])].includes(tu)) return true;
  // "150 Stockwerke": a bare count may keep "" or a word of its own.
  return g.kind === 'count' && g.unit === '' && !SYMBOL_UNITS.has(tu) && !/^[A-Z]{3}$/.test(tu);
}

const norm = (s) => String(s).toLowerCase().normalize('NFC').replace(/[’'`´"„“”«»‚‘()]/g, '').replace(/[-–/,.:;]+/g, ' ').replace(/\s+/g, ' ').trim();
function sameSource(a, b) {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const tx = x.split(' '), ty = y.split(' ');
  return tx.includes(ty[ty.length - 1]) || ty.includes(tx[tx.length - 1]);
}
function attributionOk(g, t) {
  const ta = t.attribution ?? null;
  for (const ga of [g.attribution, ...(g.accept.attribution ?? [])]) {
    if (ga === null ? ta === null : ta !== null && sameSource(ga, ta)) return true;
  }
  return false;
}

const CHECK = {
  value: valueOk,
  unit: unitOk,
  qualifier: (g, t) => [g.qualifier, ...(g.accept.qualifier ?? [])].includes(t.qualifier),
  period: (g, t) => [g.period, ...(g.accept.period ?? [])].includes(t.period ?? null),
  attribution: attributionOk,
  kind: (g, t) => [g.kind, ...(g.accept.kind ?? [])].includes(t.kind),
};
const show = (field, c) =>
  field === 'value' ? (c.high === null || c.high === undefined ? `${c.value}` : `${c.value}..${c.high}`) : JSON.stringify(c[field] ?? null);

// ---------- scoring ----------

function matchDocument(gold, tool) {
  const pairs = [];
  for (const [gi, g] of gold.entries()) {
    for (const [ti, t] of tool.entries()) {
      const overlap = Math.min(g.end, t.end) - Math.max(g.start, t.start);
      if (overlap > 0) pairs.push({ gi, ti, overlap, sameValue: near(t.value, g.value) ? 1 : 0 });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || b.sameValue - a.sameValue || a.gi - b.gi || a.ti - b.ti);
  const g2t = new Map(), t2g = new Map();
  for (const p of pairs) {
    if (g2t.has(p.gi) || t2g.has(p.ti)) continue;
    g2t.set(p.gi, p.ti);
    t2g.set(p.ti, p.gi);
  }
  return { g2t, t2g };
}

const emptyCounts = () => ({
  tp: 0, fp: 0, fn: 0, goldBody: 0, toolBody: 0,
  fields: Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])),
  boilerplate: { total: 0, marked: 0, reportedAsBody: 0, missed: 0 },
  hiddenBody: 0,
});

function add(into, from) {
  for (const k of ['tp', 'fp', 'fn', 'goldBody', 'toolBody', 'hiddenBody']) into[k] += from[k];
  for (const f of FIELDS) { into.fields[f].correct += from.fields[f].correct; into.fields[f].total += from.fields[f].total; }
  for (const k of Object.keys(into.boilerplate)) into.boilerplate[k] += from.boilerplate[k];
}

function scoreDocument(doc, toolClaims) {
  const counts = emptyCounts();
  const issues = [];
  const { g2t, t2g } = matchDocument(doc.claims, toolClaims);
  const ctx = (start, end) => doc.text.slice(Math.max(0, start - 30), Math.min(doc.text.length, end + 30)).replace(/\s+/g, ' ');
  for (const [gi, g] of doc.claims.entries()) {
    const t = g2t.has(gi) ? toolClaims[g2t.get(gi)] : null;
    const toolBody = t && t.section !== 'boilerplate';
    if (g.section === 'boilerplate') {
      if (g.optional) continue;
      counts.boilerplate.total++;
      if (!t) { counts.boilerplate.missed++; issues.push({ type: 'boilerplate-missed', gold: g.text, context: ctx(g.start, g.end) }); }
      else if (toolBody) { counts.boilerplate.reportedAsBody++; counts.fp++; counts.toolBody++; issues.push({ type: 'boilerplate-as-body', gold: g.text, tool: t.text, context: ctx(g.start, g.end) }); }
      else counts.boilerplate.marked++;
      continue;
    }
    if (g.optional) continue; // neither required nor spurious
    counts.goldBody++;
    if (!toolBody) {
      counts.fn++;
      if (t) counts.hiddenBody++;
      issues.push({ type: t ? 'body-marked-boilerplate' : 'missed', gold: g.text, value: g.value, context: ctx(g.start, g.end) });
      continue;
    }
    counts.tp++;
    counts.toolBody++;
    for (const f of FIELDS) {
      const ok = CHECK[f](g, t);
      counts.fields[f].total++;
      if (ok) counts.fields[f].correct++;
      else issues.push({ type: 'wrong-' + f, gold: g.text, tool: t.text, expected: show(f, g), got: show(f, t), context: ctx(g.start, g.end) });
    }
  }
  for (const [ti, t] of toolClaims.entries()) {
    if (t.section === 'boilerplate') continue;
    if (t2g.has(ti)) continue; // matched: counted above (tp, optional, or boilerplate-as-body)
    counts.fp++;
    counts.toolBody++;
    issues.push({ type: 'spurious', tool: t.text, value: t.value, unit: t.unit, context: ctx(t.start, t.end) });
  }
  return { counts, issues };
}

const ratio = (a, b) => (b ? a / b : null);
function summarise(c) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : (c.tp + c.fp + c.fn ? 0 : null);
  const out = { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
  for (const f of FIELDS) out[f] = ratio(c.fields[f].correct, c.fields[f].total);
  out.fieldCounts = c.fields;
  out.boilerplate = ratio(c.boilerplate.marked, c.boilerplate.total);
  out.boilerplateCounts = c.boilerplate;
  out.bodyMarkedBoilerplate = c.hiddenBody;
  return out;
}

// ---------- output ----------

const pct = (x) => (x === null || x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printTables(rows, totals, opts, perDocIssues) {
  const head = ['document', 'gold', 'tool', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'value', 'unit', 'qual', 'period', 'attrib', 'bp'];
  const widths = [24, 5, 5, 4, 4, 4, 7, 7, 7, 7, 7, 7, 7, 7, 7];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
  const row = (name, s, c) => line([name, c.goldBody, c.toolBody, s.tp, s.fp, s.fn, pct(s.precision), pct(s.recall), pct(s.f1), pct(s.value), pct(s.unit), pct(s.qualifier), pct(s.period), pct(s.attribution), pct(s.boilerplate)]);
  console.log(line(head));
  for (const r of rows) {
    console.log(row(r.name, r.summary, r.counts));
    if (opts.verbose) for (const i of perDocIssues.get(r.name)) console.log('    ' + describe(i));
  }
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 1, 0)));
  for (const [name, t] of Object.entries(totals)) if (t.counts.goldBody + t.counts.toolBody) console.log(row(name, t.summary, t.counts));
  const all = totals['TOTAL'].summary;
  const bp = all.boilerplateCounts;
  console.log(`\nboilerplate: ${bp.marked}/${bp.total} reported and marked boilerplate, ${bp.reportedAsBody} reported as body, ${bp.missed} not reported; ` +
    `${all.bodyMarkedBoilerplate} gold body claims the tool marked boilerplate`);
  console.log('\ntargets (all documents; German-only in brackets):');
  for (const [label, key, target] of TARGETS) {
    const v = all[key], de = totals['TOTAL de']?.summary[key];
    const pass = v !== null && v >= target;
    console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${label.padEnd(12)} ${pct(v)}  (de ${pct(de)})  target >= ${(target * 100).toFixed(0)}%`);
  }
}

function describe(i) {
  switch (i.type) {
    case 'missed': return `missed     "${i.gold}" (${i.value})  … ${i.context} …`;
    case 'spurious': return `spurious   "${i.tool}" (${i.value} ${i.unit})  … ${i.context} …`;
    case 'body-marked-boilerplate': return `marked bp  "${i.gold}" is body  … ${i.context} …`;
    case 'boilerplate-as-body': return `bp as body "${i.gold}" reported as body  … ${i.context} …`;
    case 'boilerplate-missed': return `bp missed  "${i.gold}"  … ${i.context} …`;
    default: return `${i.type.replace('wrong-', 'wrong ').padEnd(10)} "${i.gold}": expected ${i.expected}, got ${i.got}`;
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const goldDir = path.resolve(ROOT, opts.gold);
  const { docs, problems } = loadGold(goldDir);
  if (opts.check || problems.length) {
    for (const p of problems) process.stderr.write(`gold: ${p}\n`);
    if (problems.length) return 2;
    let n = 0, opt = 0, bp = 0;
    for (const d of docs) {
      const o = d.claims.filter((c) => c.optional).length, b = d.claims.filter((c) => c.section === 'boilerplate').length;
      n += d.claims.length; opt += o; bp += b;
      console.log(`${d.name.padEnd(24)} ${d.lang} ${String(d.claims.length).padStart(3)} claims (${o} optional, ${b} boilerplate)`);
    }
    console.log(`gold OK: ${docs.length} documents, ${n} claims (${opt} optional, ${bp} boilerplate)`);
    return 0;
  }
  const set = runTool(opts);
  if (!set || !Array.isArray(set.claims)) throw new Error('claim set has no "claims" array');
  const byFile = new Map();
  for (const c of set.claims) {
    const key = path.basename(String(c.doc));
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key).push(c);
  }
  const rows = [];
  const perDocIssues = new Map();
  const totals = { TOTAL: { counts: emptyCounts() }, 'TOTAL de': { counts: emptyCounts() }, 'TOTAL en': { counts: emptyCounts() } };
  const seen = new Set(set.documents?.map((d) => path.basename(String(d.path ?? d.id))) ?? []);
  for (const doc of docs) {
    if (seen.size && !seen.has(doc.file)) process.stderr.write(`warning: the claim set has no document ${doc.file}\n`);
    const { counts, issues } = scoreDocument(doc, byFile.get(doc.file) ?? []);
    rows.push({ name: doc.name, lang: doc.lang, counts, summary: summarise(counts) });
    perDocIssues.set(doc.name, issues);
    add(totals.TOTAL.counts, counts);
    if (totals[`TOTAL ${doc.lang}`]) add(totals[`TOTAL ${doc.lang}`].counts, counts);
  }
  for (const t of Object.values(totals)) t.summary = summarise(t.counts);
  const targets = TARGETS.map(([label, key, target]) => {
    const value = totals.TOTAL.summary[key];
    return { name: label, key, value, target, pass: value !== null && value >= target, de: totals['TOTAL de'].summary[key] };
  });
  if (opts.json) {
    const out = {
      schema: 'claimcheck.gold-eval/v1',
      totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.summary])),
      targets,
      documents: rows.map((r) => ({ name: r.name, lang: r.lang, ...r.summary, ...(opts.verbose ? { issues: perDocIssues.get(r.name) } : {}) })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else printTables(rows, totals, opts, perDocIssues);
  return opts.strict && targets.some((t) => !t.pass) ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`eval-gold: ${e.message}\n`);
  process.exitCode = 2;
}
