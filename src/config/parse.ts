import YAML, { isMap, isScalar, isSeq, LineCounter, type Node, type Pair } from 'yaml';
import { FORMATS, type Format } from '../render/claims.js';
import { LANGS, type Lang } from '../types.js';
import { isCurrencyCode, unitInfo } from '../lang/units.js';
import { emptyConfig, type Config, type CurrencyRateConfig, type MetricSynonymsConfig } from './types.js';

/** A config problem at file:line:col, as vfile messages are. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

const TOP_KEYS = ['format', 'lang', 'tolerance', 'include_boilerplate', 'rates', 'metrics', 'units', 'currencies', 'boilerplate'];
const ISO_CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses and validates `.claimcheck.yaml`. The YAML is read as plain data (core
 * schema, no custom tags), every unknown key is named, and every error points
 * at file:line:col.
 */
export function parseConfig(file: string, text: string): Config {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, schema: 'core', customTags: [], prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | Pair | null | undefined, reason: string): ConfigError => {
    const offset = node && 'range' in node && node.range ? node.range[0] : (node as Pair | undefined)?.key && isScalar((node as Pair).key) ? ((node as Pair).key as Node).range?.[0] ?? 0 : 0;
    const { line, col } = lineCounter.linePos(offset);
    return new ConfigError(file, line, col, reason);
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const [pos] = problem.linePos ?? [{ line: 1, col: 1 }];
    throw new ConfigError(file, pos.line, pos.col, problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  }
  const config = emptyConfig();
  config.path = file;
  const root = doc.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) throw at(root, 'the config must be a mapping of keys (format, lang, tolerance, …)');

  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = pair.value as Node | null;
    const keyNode = pair.key as Node;
    switch (key) {
      case 'format': {
        const v = scalarString(value, at, 'format');
        if (!(FORMATS as readonly string[]).includes(v)) throw at(value, `format must be one of ${FORMATS.join(', ')}`);
        config.format = v as Format;
        break;
      }
      case 'lang':
        config.lang = langOf(scalarString(value, at, 'lang'), value, at);
        break;
      case 'tolerance': {
        const v = isScalar(value) ? value.value : undefined;
        if (typeof v !== 'number' || !(v >= 0 && v < 1)) throw at(value, 'tolerance must be a number from 0 to below 1 (0.02 = 2 %)');
        config.tolerance = v;
        break;
      }
      case 'include_boilerplate': {
        const v = isScalar(value) ? value.value : undefined;
        if (typeof v !== 'boolean') throw at(value, 'include_boilerplate must be true or false');
        config.includeBoilerplate = v;
        break;
      }
      case 'rates':
        config.rates = rates(value, at);
        break;
      case 'metrics':
        config.metrics = metrics(value, at);
        break;
      case 'units':
        config.units = wordTables(value, at, 'units', (v) => unitInfo(v) !== undefined && !isCurrencyCode(v), 'a known unit symbol such as bbl, t, km2, bbl/d');
        break;
      case 'currencies':
        config.currencies = wordTables(value, at, 'currencies', (v) => ISO_CODE.test(v), 'an ISO 4217 code such as EUR');
        break;
      case 'boilerplate':
        config.boilerplate = perLanguageLists(value, at, 'boilerplate');
        break;
      default:
        throw at(keyNode, `unknown key "${key}" (known keys: ${TOP_KEYS.join(', ')})`);
    }
  }
  return config;
}

type At = (node: Node | Pair | null | undefined, reason: string) => ConfigError;

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function scalarString(node: Node | null, at: At, what: string): string {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') throw at(node, `${what} must be a text value`);
  return node.value;
}

function langOf(v: string, node: Node | null, at: At): Lang {
  if (!(LANGS as readonly string[]).includes(v)) throw at(node, `unknown language "${v}" (known: ${LANGS.join(', ')})`);
  return v as Lang;
}

function rates(node: Node | null, at: At): CurrencyRateConfig[] {
  if (!isSeq(node)) throw at(node, 'rates must be a list of {from, to, rate, date}');
  return node.items.map((item) => {
    if (!isMap(item)) throw at(item as Node, 'each rate is a mapping {from, to, rate, date}');
    const r: Partial<CurrencyRateConfig> = {};
    for (const pair of item.items) {
      const k = keyOf(pair);
      const v = pair.value as Node | null;
      const val = isScalar(v) ? v.value : undefined;
      if (k === 'from' || k === 'to') {
        if (typeof val !== 'string' || !ISO_CODE.test(val)) throw at(v, `${k} must be an ISO 4217 code such as EUR`);
        r[k] = val;
      } else if (k === 'rate') {
        if (typeof val !== 'number' || !(val > 0)) throw at(v, 'rate must be a positive number (1 from = rate to)');
        r.rate = val;
      } else if (k === 'date') {
        const s = typeof val === 'string' ? val : val instanceof Date ? val.toISOString().slice(0, 10) : '';
        if (!DATE.test(s)) throw at(v, 'date must be YYYY-MM-DD');
        r.date = s;
      } else throw at(pair.key as Node, `unknown key "${k}" in a rate (known: from, to, rate, date)`);
    }
    for (const k of ['from', 'to', 'rate', 'date'] as const) if (r[k] === undefined) throw at(item, `a rate needs "${k}"`);
    return r as CurrencyRateConfig;
  });
}

function metrics(node: Node | null, at: At): MetricSynonymsConfig[] {
  if (!isMap(node)) throw at(node, 'metrics must map a metric key to {label, synonyms: {de: […], en: […]}}');
  return node.items.map((pair) => {
    const key = keyOf(pair);
    if (!/^[a-z0-9_.:-]+$/.test(key)) throw at(pair.key as Node, `metric key "${key}" may use only a-z, 0-9, "." "_" ":" "-"`);
    const body = pair.value as Node | null;
    if (!isMap(body)) throw at(body, `metric "${key}" must be a mapping with label and synonyms`);
    const m: MetricSynonymsConfig = { key, synonyms: {} };
    for (const p of body.items) {
      const k = keyOf(p);
      if (k === 'label') m.label = scalarString(p.value as Node, at, 'label');
      else if (k === 'synonyms') m.synonyms = perLanguageLists(p.value as Node, at, `metrics.${key}.synonyms`);
      else throw at(p.key as Node, `unknown key "${k}" in metric "${key}" (known: label, synonyms)`);
    }
    return m;
  });
}

function perLanguageLists(node: Node | null, at: At, what: string): Partial<Record<Lang, string[]>> {
  if (!isMap(node)) throw at(node, `${what} must map a language (de, en) to a list of words`);
  const out: Partial<Record<Lang, string[]>> = {};
  for (const pair of node.items) {
    const lang = langOf(keyOf(pair), pair.key as Node, at);
    const list = pair.value as Node | null;
    if (!isSeq(list)) throw at(list, `${what}.${lang} must be a list of words`);
    out[lang] = list.items.map((i) => scalarString(i as Node, at, `each entry of ${what}.${lang}`));
  }
  return out;
}

function wordTables(node: Node | null, at: At, what: string, valid: (v: string) => boolean, want: string): Partial<Record<Lang, Record<string, string>>> {
  if (!isMap(node)) throw at(node, `${what} must map a language (de, en) to {word: symbol}`);
  const out: Partial<Record<Lang, Record<string, string>>> = {};
  for (const pair of node.items) {
    const lang = langOf(keyOf(pair), pair.key as Node, at);
    const table = pair.value as Node | null;
    if (!isMap(table)) throw at(table, `${what}.${lang} must map words to symbols`);
    const words: Record<string, string> = {};
    for (const p of table.items) {
      const v = scalarString(p.value as Node, at, `${what}.${lang}.${keyOf(p)}`);
      if (!valid(v)) throw at(p.value as Node, `${what}.${lang}.${keyOf(p)}: "${v}" is not ${want}`);
      words[keyOf(p)] = v;
    }
    out[lang] = words;
  }
  return out;
}
