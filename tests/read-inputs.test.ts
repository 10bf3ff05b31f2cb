import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, joinPrefix } from '../src/read/inputs.js';

describe('directory walk', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-inputs-'));
  fs.mkdirSync(path.join(root, 'b', 'inner'), { recursive: true });
  for (const f of ['b/z.txt', 'b/a.md', 'b/inner/m.txt', 'b/.hidden.txt', 'b/skip.pdf']) fs.writeFileSync(path.join(root, f), 'x');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('joins entry names exactly as path.join would, for every way of writing a directory', () => {
    for (const dir of ['.', './', '', 'seeds', 'seeds/', 'seeds//', './seeds/../seeds', '..', '../x/', '/', '/tmp/a/']) {
      for (const name of ['a.txt', 'Über uns.txt', 'x..txt']) expect(joinPrefix(dir) + name).toBe(path.join(dir, name));
    }
  });

  it('lists text files in sorted order, recursively, skipping hidden and other files, with paths as typed', () => {
    const typed = path.join(root, 'b') + '/';
    const { inputs, errors } = expandInputs([typed]);
    expect(errors).toEqual([]);
    expect(inputs.map((i) => path.relative(root, i.path))).toEqual(['b/a.md', 'b/inner/m.txt', 'b/z.txt']);
    expect(inputs[0].path).toBe(path.join(typed, 'a.md'));
  });

  it('lists a file named twice once', () => {
    const dir = path.join(root, 'b');
    const { inputs } = expandInputs([path.join(dir, 'z.txt'), dir]);
    expect(inputs.map((i) => path.basename(i.path))).toEqual(['z.txt', 'a.md', 'm.txt']);
  });
});
