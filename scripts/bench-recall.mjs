// Value recall on fixtures/bench/de-values.jsonl: hand-labelled German sentences
// (see fixtures/bench/README.md for the labelling rules).
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './bench-lib.mjs';

export const FIXTURE = path.join(REPO, 'fixtures', 'bench', 'de-values.jsonl');

/** [{ id, source, sentence, expected: [{ text, value, unit, alt? }] }] */
export function loadFixture(file = FIXTURE) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/**
 * True when a found value stands for an expected one. Signs are ignored ("ein
 * Minus von 7,87 Prozentpunkten" may be reported as 7.87 or -7.87), and a
 * relative tolerance absorbs float noise (0.23 vs 0.22999999999999998).
 */
export function sameValue(found, expected) {
  const a = Math.abs(found);
  const b = Math.abs(expected);
  return Math.abs(a - b) <= 1e-6 * Math.max(1, b);
}

/**
 * Recall of one tool: `valuesOf(sentence)` returns the numbers it found (for a
 * range both ends). Each found value can satisfy one expected item only.
 */
export function recall(fixture, valuesOf) {
  let expected = 0;
  let hit = 0;
  const misses = [];
  for (const c of fixture) {
    const pool = [...valuesOf(c.sentence)];
    for (const e of c.expected) {
      expected++;
      const accepted = [e.value, ...(e.alt ?? [])];
      const k = pool.findIndex((v) => accepted.some((x) => sameValue(v, x)));
      if (k >= 0) {
        hit++;
        pool.splice(k, 1);
      } else misses.push({ id: c.id, text: e.text, value: e.value });
    }
  }
  return { expected, hit, recall: expected ? hit / expected : 0, misses };
}

/** Our values for one sentence: every claim's value, and the high end of ranges. */
export function ourValues(analyse, sentence, index = 0) {
  let doc;
  try {
    doc = analyse({ path: `fixture-${index}.txt`, text: sentence, encoding: 'utf-8' }, { lang: 'de' });
  } catch {
    return []; // a sentence the pipeline crashes on finds nothing
  }
  const vals = [];
  for (const c of doc.claims) {
    vals.push(c.value);
    if (c.high !== null && c.high !== undefined) vals.push(c.high);
  }
  return vals;
}
