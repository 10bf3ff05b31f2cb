#!/usr/bin/env node
// Development harness for the extract stage: runs findMentions directly (no CLI,
// no segmentation) over the Recognizers peer suites with the same matching rules
// as ../shared/eval/score-numbers.mjs, or prints the mentions found in text.
//
//   node scripts/extract-harness.mjs suites [--lang de] [--suite currency] [--verbose]
//   node scripts/extract-harness.mjs show de "Die Exporte lagen bei knapp 526 Millionen US-Dollar."
//   node scripts/extract-harness.mjs corpus de [--from 0] [--count 50]   (sentences with their mentions)
//   node scripts/extract-harness.mjs bench
//
// EXTRACT_BUILD points at the compiled src/ tree (default: dist).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.resolve(process.env.EXTRACT_BUILD ?? path.join(ROOT, 'dist'));
const { findMentions } = await import(pathToFileURL(path.join(BUILD, 'extract', 'index.js')).href);
const SHARED = path.join(ROOT, '..', 'shared');

const CURRENCY = {
  'dollar': 'USD', 'united states dollar': 'USD', 'euro': 'EUR', 'pound': 'GBP', 'british pound': 'GBP',
  'canadian dollar': 'CAD', 'indian rupee': 'INR', 'rupee': 'INR', 'cambodian riel': 'KHR',
  'finnish markka': 'FIM', 'peseta': 'ESP', 'netherlands guilder': 'NLG', 'bitcoin': 'BTC',
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
};
const SUBUNIT = { 'cent': ['USD', 'EUR'], 'pence': ['GBP'], 'penny': ['GBP'] };
const UNIT = {
  'meter': 'm', 'kilometer': 'km', 'decimeter': 'dm', 'centimeter': 'cm', 'millimeter': 'mm',
  'micrometer': 'um', 'nanometer': 'nm', 'picometer': 'pm', 'mile': 'mi', 'foot': 'ft', 'feet': 'ft',
  'inch': 'in', 'square meter': 'm2', 'square kilometer': 'km2', 'cubic meter': 'm3', 'cubic foot': 'ft3',
  'liter': 'l', 'litre': 'l', 'milliliter': 'ml', 'gallon': 'gal', 'barrel': 'bbl', 'barrels': 'bbl',
  'teaspoon': 'tsp', 'tablespoon': 'tbsp', 'kilogram': 'kg', 'gram': 'g', 'microgram': 'ug',
  'metric ton': 't', 'tonne': 't', 'pound': 'lb', 'lbs': 'lb', 'ounce': 'oz', 'dram': 'dr',
  'kilometer per hour': 'km/h', 'kph': 'km/h', 'mile per hour': 'mph', 'meter per second': 'm/s',
  'meter per millisecond': 'm/ms', 'centimeter per millisecond': 'cm/ms', 'kilometer per millisecond': 'km/ms',
  'bit': 'bit', 'megabit': 'mbit', 'megabyte': 'mb', 'gigabyte': 'gb', 'degree': '°', 'deg': '°', 'radian': 'rad',
};
const unitKey = (u) => {
  const s = String(u ?? '').trim().toLowerCase().replace(/[µμ]/g, 'u').replace(/²/g, '2').replace(/³/g, '3');
  return UNIT[s] ?? s;
};
const currencyKey = (u) => {
  const s = String(u ?? '').trim();
  return /^[A-Z]{3}$/.test(s) ? s : CURRENCY[s.toLowerCase()] ?? s.toLowerCase();
};
function readings(suite, e) {
  if (suite === 'number') return [{ value: e.value, unit: null }];
  if (suite === 'percent') return [{ value: e.value, unit: '%' }];
  if (suite === 'dimension') return [{ value: e.value, unit: unitKey(e.unit) }];
  const name = String(e.unit).toLowerCase();
  const alts = (SUBUNIT[name] ?? []).map((code) => ({ value: e.value / 100, unit: code }));
  return [{ value: e.value, unit: e.iso || currencyKey(e.unit) }, ...alts];
}
const claimUnit = (suite, c) =>
  suite === 'percent' ? (c.unit === '%' || c.kind === 'percent' ? '%' : c.unit)
    : suite === 'currency' ? currencyKey(c.unit) : unitKey(c.unit);
const inSuite = {
  number: () => true,
  percent: (c) => c.kind === 'percent' || c.unit === '%',
  currency: (c) => c.kind === 'currency',
  dimension: (c) => c.kind === 'quantity',
};
const near = (a, b) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function suites(args) {
  const langs = args.lang ? [args.lang] : ['de', 'en'];
  const names = args.suite ? [args.suite] : ['number', 'percent', 'currency', 'dimension'];
  const rows = [];
  for (const lang of langs) for (const suite of names) {
    const file = path.join(SHARED, 'peer-suites', 'recognizers', `${lang}-${suite}.jsonl`);
    const cases = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const r = { suite: `${lang}-${suite}`, items: 0, matched: 0, predicted: 0, unmatched: 0 };
    for (const c of cases) {
      if (c.skip) continue;
      const claims = findMentions(c.input, lang).map((m) => ({ ...m, text: c.input.slice(m.aStart, m.aEnd) })).filter(inSuite[suite]);
      const slots = claims.flatMap((cl, i) => [{ i, v: cl.value, cl }, ...(cl.high != null ? [{ i, v: cl.high, cl }] : [])]);
      const expected = c.expected.filter((e) => e.value !== null);
      let hits = 0;
      for (const e of expected) {
        const alts = readings(suite, e);
        const slot = slots.find((sl) => !sl.used && alts.some((a) => near(sl.v, a.value) && (a.unit === null || claimUnit(suite, sl.cl) === a.unit)));
        if (slot) { slot.used = true; hits++; }
      }
      const extra = claims.length - new Set(slots.filter((sl) => sl.used).map((sl) => sl.i)).size;
      r.items += expected.length; r.matched += hits; r.predicted += claims.length; r.unmatched += extra;
      if ((hits < expected.length || extra) && args.verbose) {
        console.log(`\n${c.id}: ${JSON.stringify(c.input.slice(0, 160))}`);
        console.log(`  expected: ${expected.map((e) => `${e.value} ${e.iso || e.unit}`).join('; ') || '(nothing)'}`);
        console.log(`  got:      ${claims.map((m) => `${m.value}${m.high != null ? '-' + m.high : ''} ${m.unit} [${m.kind}] «${m.text}»`).join('; ') || '(nothing)'}`);
      }
    }
    rows.push(r);
  }
  console.log('');
  for (const r of rows) {
    const rec = (100 * r.matched / (r.items || 1)).toFixed(1);
    const prec = (100 * (r.predicted - r.unmatched) / (r.predicted || 1)).toFixed(1);
    console.log(`${r.suite.padEnd(14)} items ${String(r.items).padStart(4)} matched ${String(r.matched).padStart(4)} recall ${rec.padStart(5)}%  claims ${String(r.predicted).padStart(4)} precision ${prec.padStart(5)}%`);
  }
}

const fmt = (text, m) =>
  `«${text.slice(m.aStart, m.aEnd)}» ${m.value}${m.high != null ? '..' + m.high : ''} ${m.unit || '-'} ${m.kind} ${m.qualifier}${m.hedge ? ` (${m.hedge})` : ''} ±${m.precision}`;

function show(lang, text) {
  for (const m of findMentions(text, lang)) console.log(fmt(text, m));
}

/** Rough sentence split for eyeballing only (the real segmenter lives in src/segment). */
const sentencesOf = (text) => text.split(/(?<=[^\d\s][.!?])\s+(?=[A-ZÄÖÜ„"])|\n+/).filter((s) => s.trim());

function corpus(lang, args) {
  const file = path.join(SHARED, 'corpus', `${lang}-news.jsonl`);
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const from = Number(args.from ?? 0);
  const count = Number(args.count ?? 20);
  for (const r of rows.slice(from, from + count)) {
    console.log(`\n=== ${r.id}`);
    for (const s of sentencesOf(r.text)) {
      const ms = findMentions(s, lang);
      if (!ms.length && !/\d/.test(s)) continue;
      console.log(`- ${s.length > 220 ? s.slice(0, 220) + '…' : s}`);
      for (const m of ms) console.log(`    ${fmt(s, m)}`);
    }
  }
}

function bench() {
  for (const lang of ['de', 'en']) {
    const file = path.join(SHARED, 'corpus', `${lang}-news.jsonl`);
    const texts = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
    const sentences = texts.flatMap(sentencesOf);
    const bytes = sentences.reduce((n, s) => n + Buffer.byteLength(s), 0);
    let mentions = 0;
    // CPU time, not wall time, best of five rounds: a busy machine would otherwise measure its neighbours
    let ms = Infinity;
    for (let round = 0; round < 5; round++) {
      mentions = 0;
      const c0 = process.cpuUsage();
      for (const s of sentences) mentions += findMentions(s, lang).length;
      const c = process.cpuUsage(c0);
      ms = Math.min(ms, (c.user + c.system) / 1000);
    }
    console.log(`${lang}: ${sentences.length} sentences, ${(bytes / 1e6).toFixed(2)} MB, ${mentions} mentions in ${ms.toFixed(0)} ms CPU = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  }
}

const [cmd, ...rest] = process.argv.slice(2);
const args = {};
const positional = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--verbose') args.verbose = true;
  else if (rest[i].startsWith('--')) args[rest[i].slice(2)] = rest[++i];
  else positional.push(rest[i]);
}
if (cmd === 'suites') suites(args);
else if (cmd === 'show') show(positional[0], positional.slice(1).join(' '));
else if (cmd === 'corpus') corpus(positional[0], args);
else if (cmd === 'bench') bench();
else console.error('usage: extract-harness.mjs suites|show|corpus|bench ...');
