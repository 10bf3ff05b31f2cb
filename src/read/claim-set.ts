import type { Claim, ClaimSet, DocumentMeta } from '../types.js';
import { InputError } from './decode.js';

const KINDS = new Set(['currency', 'percent', 'quantity', 'count', 'duration', 'rank', 'date']);
const QUALIFIERS = new Set(['exact', 'about', 'at_most', 'at_least', 'more_than', 'less_than', 'range']);

/** Is this file a claim set rather than an article? Decided by name, then by a peek at the content. */
export function looksLikeClaimSet(path: string, text: string): boolean {
  if (/\.(json|ndjson|jsonl)$/i.test(path)) return true;
  const head = text.trimStart().slice(0, 200);
  return head.startsWith('{') && head.includes('"schema"');
}

/**
 * Parses a claim set written by `extract --format json` (or ndjson lines of
 * claims) and checks its shape, so a truncated, foreign or hand-broken file is
 * refused with a line that says where, instead of failing later. Paths inside a
 * claim set are data: nothing here opens them.
 */
export function parseClaimSet(path: string, text: string): ClaimSet {
  const trimmed = text.trim();
  // An ndjson shard of documents without figures is empty, and that is fine.
  if (trimmed === '' && /\.(ndjson|jsonl)$/i.test(path)) return { schema: 'claimcheck.claims/v1', documents: [], claims: [] };
  if (trimmed === '') throw new InputError(path, 'empty claim set');
  if (/\.(ndjson|jsonl)$/i.test(path) || (!trimmed.startsWith('[') && trimmed.includes('\n{') && !trimmed.startsWith('{\n'))) {
    return parseNdjson(path, trimmed);
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (err) {
    throw new InputError(path, `not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!isObject(data)) throw new InputError(path, 'not a claim set: expected a JSON object');
  if (data.schema !== 'claimcheck.claims/v1' && data.schema !== 'claimcheck.comparison/v1') {
    throw new InputError(path, `unsupported schema ${JSON.stringify(data.schema ?? null)} (expected "claimcheck.claims/v1")`);
  }
  if (!Array.isArray(data.claims)) throw new InputError(path, 'not a claim set: "claims" is not an array');
  const claims = data.claims.map((c, i) => checkClaim(path, c, `claims[${i}]`));
  const documents = Array.isArray(data.documents) ? data.documents.map((d, i) => checkDocument(path, d, `documents[${i}]`)) : [];
  return { schema: 'claimcheck.claims/v1', documents: withMissingDocuments(documents, claims), claims };
}

function parseNdjson(path: string, text: string): ClaimSet {
  const claims: Claim[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new InputError(`${path}:${i + 1}`, `not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
    claims.push(checkClaim(`${path}:${i + 1}`, data, 'claim'));
  });
  return { schema: 'claimcheck.claims/v1', documents: withMissingDocuments([], claims), claims };
}

function withMissingDocuments(documents: DocumentMeta[], claims: Claim[]): DocumentMeta[] {
  const known = new Set(documents.map((d) => d.id));
  const out = [...documents];
  for (const c of claims) {
    if (known.has(c.doc)) continue;
    known.add(c.doc);
    out.push({ id: c.doc, path: c.doc, lang: 'de', title: null, date: null, publisher: null });
  }
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function checkDocument(path: string, d: unknown, where: string): DocumentMeta {
  if (!isObject(d) || typeof d.id !== 'string') throw new InputError(path, `${where}: a document needs a string "id"`);
  return {
    id: d.id,
    path: typeof d.path === 'string' ? d.path : d.id,
    lang: d.lang === 'en' ? 'en' : 'de',
    title: typeof d.title === 'string' ? d.title : null,
    date: typeof d.date === 'string' ? d.date : null,
    publisher: typeof d.publisher === 'string' ? d.publisher : null,
  };
}

function checkClaim(path: string, c: unknown, where: string): Claim {
  const bad = (field: string, want: string) => new InputError(path, `${where}: "${field}" must be ${want}`);
  if (!isObject(c)) throw new InputError(path, `${where}: a claim must be an object`);
  const str = (f: string) => { if (typeof c[f] !== 'string') throw bad(f, 'a string'); return c[f] as string; };
  const num = (f: string) => { if (typeof c[f] !== 'number' || !Number.isFinite(c[f])) throw bad(f, 'a number'); return c[f] as number; };
  const strOrNull = (f: string) => { if (c[f] !== null && c[f] !== undefined && typeof c[f] !== 'string') throw bad(f, 'a string or null'); return (c[f] ?? null) as string | null; };
  const kind = str('kind');
  if (!KINDS.has(kind)) throw bad('kind', [...KINDS].join(' | '));
  const qualifier = str('qualifier');
  if (!QUALIFIERS.has(qualifier)) throw bad('qualifier', [...QUALIFIERS].join(' | '));
  const metric = c.metric;
  if (!isObject(metric) || typeof metric.key !== 'string' || typeof metric.label !== 'string') throw bad('metric', 'an object with string "key" and "label"');
  const high = c.high;
  if (high !== null && high !== undefined && (typeof high !== 'number' || !Number.isFinite(high))) throw bad('high', 'a number or null');
  const section = c.section ?? 'body';
  if (section !== 'body' && section !== 'boilerplate') throw bad('section', 'body | boilerplate');
  return {
    id: str('id'),
    doc: str('doc'),
    text: str('text'),
    start: num('start'),
    end: num('end'),
    line: num('line'),
    column: num('column'),
    sentence: typeof c.sentence === 'string' ? c.sentence : '',
    value: num('value'),
    high: (high ?? null) as number | null,
    unit: str('unit'),
    kind: kind as Claim['kind'],
    qualifier: qualifier as Claim['qualifier'],
    period: strOrNull('period'),
    metric: { key: metric.key, label: metric.label },
    attribution: strOrNull('attribution'),
    section,
    sentenceIndex: typeof c.sentenceIndex === 'number' ? c.sentenceIndex : 0,
    hedge: typeof c.hedge === 'string' ? c.hedge : null,
    precision: typeof c.precision === 'number' ? c.precision : 0,
    entities: Array.isArray(c.entities) ? c.entities.filter((e): e is string => typeof e === 'string') : [],
    relativePeriod: strOrNull('relativePeriod'),
    organisation: strOrNull('organisation'),
    direction: c.direction === 'up' || c.direction === 'down' ? c.direction : null,
  };
}
