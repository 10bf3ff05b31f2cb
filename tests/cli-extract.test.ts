import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json, tempDir } from './helpers/cli.js';

describe('claimcheck extract (subprocess)', () => {
  it('prints nothing but the claim-set JSON on stdout for the seeds', () => {
    const r = cli(['extract', 'seeds', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = json(r);
    expect(out.schema).toBe('claimcheck.claims/v1');
    expect(out.documents.map((d: any) => d.path)).toEqual([...fs.readdirSync('seeds')].sort().map((f) => `seeds/${f}`));
    expect(out.claims.length).toBeGreaterThan(10);
  });

  it('keeps every claim text equal to the original slice, through PDF re-joining', () => {
    const out = json(cli(['extract', 'seeds', '--format', 'json']));
    for (const c of out.claims) {
      const text = fs.readFileSync(c.doc, 'utf8');
      expect(text.slice(c.start, c.end)).toBe(c.text);
      const line = text.split('\n')[c.line - 1];
      expect(line.slice(c.column - 1, c.column - 1 + Math.min(c.text.length, 3))).toBe(c.text.slice(0, 3));
    }
  });

  it('reads stdin as "-" and names it "-"', () => {
    const r = cli(['extract', '-', '--format', 'json'], { input: 'Der Umsatz stieg auf 4,2 Milliarden Euro.\n' });
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.documents[0].id).toBe('-');
    expect(out.claims[0].doc).toBe('-');
    expect(out.claims[0].text).toContain('4,2');
  });

  it('streams ndjson: one complete claim object per line, nothing else', () => {
    const r = cli(['extract', 'seeds', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(json(cli(['extract', 'seeds', '--format', 'json'])).claims.length);
    for (const l of lines) expect(JSON.parse(l).schema).toBeUndefined();
  });

  it('writes RFC 4180 csv with a header and quoted sentences', () => {
    const r = cli(['extract', 'seeds/000_073132b75d45fe6a.txt', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('id,doc,text,start,end,line,column,value,')).toBe(true);
    expect(r.stdout).toContain('\r\n');
  });

  it('writes yaml that parses back to the same claims as json', async () => {
    const YAML = (await import('yaml')).default;
    const y = YAML.parse(cli(['extract', 'seeds/001_bc6d95fe6cdf14b2.txt', '--format', 'yaml']).stdout);
    const j = json(cli(['extract', 'seeds/001_bc6d95fe6cdf14b2.txt', '--format', 'json']));
    expect(y).toEqual(j);
  });

  it('gives the same output with one worker thread or two, in the same order', () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) {
      const seed = fs.readdirSync('seeds')[i % 5];
      fs.copyFileSync(path.join('seeds', seed), path.join(dir, `doc-${String(i).padStart(2, '0')}.txt`));
    }
    // ndjson and csv are rendered by the thread that analysed the document; json is built by the thread that prints
    for (const [command, format] of [['extract', 'ndjson'], ['extract', 'csv'], ['extract', 'json'], ['sentences', 'ndjson'], ['sentences', 'csv']]) {
      const one = cli([command, dir, '--format', format, '--jobs', '1']);
      const two = cli([command, dir, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(one.stdout.split('\n').length).toBeGreaterThan(12);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('hands a document too long for the analysing threads to a roomy one, output unchanged', () => {
    const dir = tempDir();
    for (const seed of fs.readdirSync('seeds').slice(0, 4)) fs.copyFileSync(path.join('seeds', seed), path.join(dir, seed));
    // over ROOMY_CHARS (1M characters), in the middle of the list
    const sentence = 'Der Umsatz stieg im Jahr 2024 um 3,5 Prozent auf 1,2 Milliarden Euro. ';
    fs.writeFileSync(path.join(dir, '002_long.txt'), sentence.repeat(Math.ceil(1.1e6 / sentence.length)));
    const one = cli(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    const two = cli(['extract', dir, '--format', 'ndjson', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    const docs = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).doc as string);
    expect(docs.filter((d) => d.endsWith('002_long.txt')).length).toBeGreaterThan(30000);
    // what each file gives alone, in the walk's order
    const alone = fs.readdirSync(dir).sort().map((f) => cli(['extract', path.join(dir, f), '--format', 'ndjson']).stdout);
    expect(one.stdout).toBe(alone.join(''));
    expect(two.stdout).toBe(one.stdout);
  });

  it('gives the same claims whether files are given one by one or as a directory', () => {
    const files = fs.readdirSync('seeds').sort().map((f) => `seeds/${f}`);
    expect(cli(['extract', ...files, '--format', 'json']).stdout).toBe(cli(['extract', 'seeds', '--format', 'json']).stdout);
  });

  it('expands glob patterns in sorted order', () => {
    const out = json(cli(['extract', 'seeds/00[12]_*.txt', '--format', 'json']));
    expect(out.documents.map((d: any) => d.id)).toEqual(['seeds/001_bc6d95fe6cdf14b2.txt', 'seeds/002_dc734513eda1ed5f.txt']);
  });

  it('hides boilerplate figures in the table unless asked, and says so', () => {
    const r = cli(['extract', 'seeds', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ claims? in 5 documents/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours the table only when forced or on a terminal', () => {
    expect(cli(['extract', 'seeds/000_073132b75d45fe6a.txt'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(cli(['extract', 'seeds/000_073132b75d45fe6a.txt'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(cli(['extract', 'seeds/000_073132b75d45fe6a.txt', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(cli(['extract', 'seeds/000_073132b75d45fe6a.txt']).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('bad input', () => {
  it('names a missing path on one stderr line, still processes the others, exits 2', () => {
    const r = cli(['extract', 'does/not/exist.txt', 'seeds/000_073132b75d45fe6a.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['claimcheck: does/not/exist.txt: no such file or directory']);
    expect(json(r).documents).toHaveLength(1);
  });

  it('refuses a binary file without a stack trace', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = cli(['extract', path.join(dir, 'image.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/image\.txt: binary file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(json(r).claims).toEqual([]);
  });

  it('says when a directory has no text files', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'data.bin'), 'x');
    const r = cli(['extract', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/directory has no text files/);
  });

  it('reports an empty file and goes on', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), '');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Die Inflation lag bei 2,1 Prozent.');
    const r = cli(['extract', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.txt: empty file/);
    expect(json(r).documents).toHaveLength(1);
  });

  it('stops at the first bad input with --strict', () => {
    const r = cli(['extract', 'missing.txt', 'seeds', '--format', 'json', '--strict']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('rejects an unknown format as a usage error', () => {
    const r = cli(['extract', 'seeds', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must be one of table, json, ndjson, yaml, csv, markdown/);
    expect(r.stdout).toBe('');
  });
});
