// A page of figures without a full stop (a table flattened by a scrape, a list run together) is cut
// into sentences of at most MAX_SENTENCE_LENGTH characters: every claim repeats its sentence, and
// one 560 KB sentence ran `extract --format json` out of memory after two minutes.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { MAX_SENTENCE_LENGTH, segment } from '../src/segment/index.js';
import { cli, json } from './helpers/cli.js';

function sentences(text: string): string[] {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, 'de');
  return segment('t.txt', analysis, blocks, 'de').map((s) => s.text);
}

describe('a run-on sentence', () => {
  it('is cut after a comma, within the limit, losing no word', () => {
    const text = 'Der Wert lag bei 5 Prozent, '.repeat(200).trim();
    const parts = sentences(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('Prozent,')).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('prefers a semicolon to a comma, and cuts at a space where there is neither', () => {
    const clause = 'Der Wert lag bei 5 Prozent, der andere bei 6 Prozent; ';
    for (const p of sentences(clause.repeat(100)).slice(0, -1)) expect(p.endsWith('Prozent;')).toBe(true);
    const words = sentences('Wert '.repeat(1000).trim());
    expect(words.every((p) => p.length <= MAX_SENTENCE_LENGTH && p.endsWith('Wert'))).toBe(true);
  });

  it('leaves an ordinary long sentence whole', () => {
    const text = `Der Umsatz stieg ${'um 5 Prozent und '.repeat(60)}am Ende um 6 Prozent.`;
    expect(text.length).toBeGreaterThan(1000);
    expect(sentences(text)).toEqual([text]);
  });

  it('keeps pieces of punctuation alone within the limit too, the figure in the middle found', () => {
    // punctuation without a letter joins the sentence before it, but not past the limit:
    // 100,000 brackets were one sentence again, read whole by every later stage
    const text = `${'('.repeat(50_000)} 5 Euro ${')'.repeat(50_000)}`;
    const parts = sentences(text);
    expect(parts.length).toBeGreaterThan(50);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    // nothing lost (compared as a boolean: a failure would print a megabyte of brackets)
    expect(parts.join('').replace(/ /g, '') === text.replace(/ /g, '')).toBe(true);
    const r = cli(['extract', '-', '--lang', 'de', '--format', 'json'], { input: text });
    expect(r.code).toBe(0);
    expect(json(r).claims.map((c: { text: string }) => c.text)).toEqual(['5 Euro']);
  });

  it('lets extract finish with every figure, each sentence holding its claim', () => {
    const text = 'Der Wert lag bei 5 Prozent, '.repeat(10_000);
    const r = cli(['extract', '-', '--lang', 'de', '--format', 'json'], { input: text });
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.claims).toHaveLength(10_000);
    for (const c of out.claims) {
      expect(c.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(c.sentence).toContain(c.text);
    }
  });
});
