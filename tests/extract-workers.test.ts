import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseInWorkers } from '../src/cli/worker-pool.js';
import { threadsFor, type DocumentOutcome } from '../src/cli/documents.js';
import type { InputRef } from '../src/read/inputs.js';

// `--jobs N` must print exactly what `--jobs 1` prints, in input order, even when a
// worker thread dies (out of memory on a huge document): its documents are analysed
// again on the thread that prints, which also takes documents itself. Under vitest the compiled worker file does not exist
// next to the source, so every worker dies at start: the harshest case.
describe('worker pool', () => {
  const refs: InputRef[] = Array.from({ length: 23 }, (_, i) => ({ path: `doc-${i}.txt` }));
  const here = async (ref: InputRef): Promise<DocumentOutcome> => ({ ok: false, path: ref.path, message: 'here' });

  it('hands the documents of dead workers to the main thread, in input order', async () => {
    expect(fs.existsSync(path.join('src', 'cli', 'worker.js'))).toBe(false);
    const seen: string[] = [];
    for await (const o of analyseInWorkers(refs, { options: {}, shape: { sentences: false }, maxChars: Infinity }, 3, here)) {
      expect(o.ok).toBe(false);
      if (!o.ok) {
        expect(o.message).toBe('here');
        seen.push(o.path);
      }
    }
    expect(seen).toEqual(refs.map((r) => r.path));
  });

  it('analyses every document exactly once between this thread and the workers', async () => {
    const calls = new Map<string, number>();
    const counting = async (ref: InputRef): Promise<DocumentOutcome> => {
      calls.set(ref.path, (calls.get(ref.path) ?? 0) + 1);
      return here(ref);
    };
    const order: string[] = [];
    for await (const o of analyseInWorkers(refs, { options: {}, shape: { sentences: false }, maxChars: Infinity }, 2, counting)) if (!o.ok) order.push(o.path);
    expect(order).toEqual(refs.map((r) => r.path));
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(calls.size).toBe(refs.length);
  });

  it('stops its threads when the reader stops early', async () => {
    let n = 0;
    for await (const _ of analyseInWorkers(refs, { options: {}, shape: { sentences: false }, maxChars: Infinity }, 2, here)) if (++n === 3) break;
    expect(n).toBe(3);
  });

  it('by default starts only as many threads as each get enough text to repay its warm-up', () => {
    // one corpus of news (2.7 MB), or ten (27 MB): one thread is faster than two
    expect(threadsFor(2_700_000, 2)).toBe(1);
    expect(threadsFor(27_000_000, 8)).toBe(1);
    // an archive of 82 MB: two on two cores, five on eight
    expect(threadsFor(82_000_000, 2)).toBe(2);
    expect(threadsFor(82_000_000, 8)).toBe(5);
    // never none, never more than the cores
    expect(threadsFor(0, 4)).toBe(1);
    expect(threadsFor(1e12, 4)).toBe(4);
  });
});
