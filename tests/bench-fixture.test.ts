import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture, recall, sameValue } from '../scripts/bench-recall.mjs';

// fixtures/bench/de-values.jsonl is the hand-labelled set `npm run bench` scores
// claimcheck and Recognizers-Text on. These checks keep it honest: every sentence
// is real (verbatim in the corpus or a seed) and every label points into it.
const SHARED = path.resolve(__dirname, '..', '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus', 'de-news.jsonl');

interface Item { text: string; value: number; unit: string; alt?: number[] }
interface Case { id: string; source: string; sentence: string; expected: Item[] }

const fixture = loadFixture() as Case[];

describe('bench value fixture', () => {
  it('has unique ids and at least 60 sentences with labelled values', () => {
    expect(new Set(fixture.map((c) => c.id)).size).toBe(fixture.length);
    expect(fixture.length).toBeGreaterThanOrEqual(60);
    for (const c of fixture) expect(c.expected.length, c.id).toBeGreaterThan(0);
  });

  it('labels only figures that appear in their sentence, as finite numbers', () => {
    for (const c of fixture) {
      for (const e of c.expected) {
        expect(c.sentence, `${c.id}: "${e.text}"`).toContain(e.text);
        expect(Number.isFinite(e.value), c.id).toBe(true);
        expect(typeof e.unit, c.id).toBe('string');
      }
    }
  });

  it.skipIf(!fs.existsSync(CORPUS))('quotes every sentence verbatim from the corpus or a seed', () => {
    const corpus = new Map<string, string>(
      fs.readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => {
        const d = JSON.parse(l) as { id: string; text: string };
        return [d.id, d.text];
      }),
    );
    for (const c of fixture) {
      const [kind, ref] = c.source.split(':');
      const text = kind === 'de-news' ? corpus.get(ref) : fs.readFileSync(path.join(SHARED, 'seeds', ref), 'utf8');
      expect(text, `${c.id} (${c.source})`).toContain(c.sentence);
    }
  });
});

describe('bench recall scoring', () => {
  const one: Case[] = [{ id: 'x', source: 'test', sentence: 'Von 1,5 bis 2 Prozent, ein Minus von 7,87 Prozentpunkten.', expected: [
    { text: '1,5', value: 1.5, unit: '%' }, { text: '2 Prozent', value: 2, unit: '%' }, { text: '7,87', value: 7.87, unit: 'pp' },
  ] }];

  it('matches values within float noise and ignores the sign', () => {
    expect(sameValue(0.22999999999999998, 0.23)).toBe(true);
    expect(sameValue(-7.87, 7.87)).toBe(true);
    expect(sameValue(2.8, 2.8e9)).toBe(false);
  });

  it('lets one found value satisfy one expected value only', () => {
    const r = recall([{ ...one[0], expected: [one[0].expected[1], one[0].expected[1]] }], () => [2]);
    expect(r.hit).toBe(1);
    expect(r.misses).toHaveLength(1);
  });

  it('counts both ends of a range and reports what was missed', () => {
    const r = recall(one, () => [1.5, 2]);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.misses.map((m: { text: string }) => m.text)).toEqual(['7,87']);
  });
});
