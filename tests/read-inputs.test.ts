import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, inputBytes, joinPrefix } from '../src/read/inputs.js';

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

  it('sums input sizes, or estimates them from a spread sample for long lists', () => {
    const dir = path.join(root, 'sizes');
    fs.mkdirSync(dir);
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.txt`), 'x'.repeat(100 + (i % 2)));
    const { inputs } = expandInputs([dir]);
    expect(inputBytes(inputs)).toBe(40 * 100 + 20);
    expect(inputBytes(inputs, 10)).toBe(4000);
    expect(inputBytes([...inputs, { path: path.join(dir, 'missing.txt') }, { path: '-', stdin: true }])).toBe(4020);
  });
});
