import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseInWorkers } from '../src/cli/worker-pool.js';
import type { DocumentOutcome } from '../src/cli/documents.js';
import type { InputRef } from '../src/read/inputs.js';

// `--jobs N` must print exactly what `--jobs 1` prints, in input order, even when a
// worker thread dies (out of memory on a huge document): its documents are analysed
// again on the main thread. Under vitest the compiled worker file does not exist
// next to the source, so every worker dies at start: the harshest case.
describe('worker pool', () => {
  const refs: InputRef[] = Array.from({ length: 23 }, (_, i) => ({ path: `doc-${i}.txt` }));
  const here = async (ref: InputRef): Promise<DocumentOutcome> => ({ ok: false, path: ref.path, message: 'here' });

  it('hands the documents of dead workers to the main thread, in input order', async () => {
    expect(fs.existsSync(path.join('src', 'cli', 'worker.js'))).toBe(false);
    const seen: string[] = [];
    for await (const o of analyseInWorkers(refs, { options: {}, shape: { sentences: false } }, 3, here)) {
      expect(o.ok).toBe(false);
      if (!o.ok) {
        expect(o.message).toBe('here');
        seen.push(o.path);
      }
    }
    expect(seen).toEqual(refs.map((r) => r.path));
  });

  it('stops its threads when the reader stops early', async () => {
    let n = 0;
    for await (const _ of analyseInWorkers(refs, { options: {}, shape: { sentences: false } }, 2, here)) if (++n === 3) break;
    expect(n).toBe(3);
  });
});
