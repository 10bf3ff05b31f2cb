import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../src/read/inputs.js';
import { cli, json, ROOT, tempDir } from './helpers/cli.js';

const BIN = path.join(ROOT, 'bin', 'claimcheck.js');
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('inputs that are not plain UTF-8 files', () => {
  it('reads invalid UTF-8 as Windows-1252 and keeps offsets into the decoded text', () => {
    const dir = tempDir();
    const file = path.join(dir, 'alt.txt');
    fs.writeFileSync(file, Buffer.from('Die Kosten f\xfcr die Br\xfccke lagen bei 4,5 Millionen \x80.', 'latin1'));
    const r = cli(['extract', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.documents[0].encoding).toBe('windows-1252');
    expect(out.claims[0].sentence).toContain('Brücke');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const dir = tempDir();
    const file = path.join(dir, 'u16.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Die Arbeitslosenquote stieg auf 6,1 Prozent.', 'utf16le')]));
    const out = json(cli(['extract', file, '--format', 'json']));
    expect(out.claims[0].text).toContain('6,1');
  });

  it('handles mixed line endings (CRLF, CR, LF) with lines counted as editors do', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mixed.txt');
    const text = 'Titel ohne Zahl\r\nDer Umsatz lag bei 3 Millionen Euro.\rDie Zahl der Mitarbeiter stieg auf 120.\nEnde.';
    fs.writeFileSync(file, text);
    const out = json(cli(['extract', file, '--format', 'json']));
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const three = out.claims.find((c: any) => c.text.startsWith('3'));
    expect(three.line).toBe(2);
  });
});

describe('file system trouble', () => {
  it('does not follow a symbolic link loop in a directory walk', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Es kamen 40 Gäste.');
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const r = cli(['extract', dir, '--format', 'json']);
    expect(r.stderr).toMatch(/loop: symbolic link loop, not followed/);
    expect(r.code).toBe(2);
    expect(json(r).documents).toHaveLength(1);
  });

  it('says "permission denied" for unreadable files', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    if (process.getuid?.() === 0) return; // root reads everything; the mapping above is what matters
    const dir = tempDir();
    const file = path.join(dir, 'secret.txt');
    fs.writeFileSync(file, 'Es kamen 40 Gäste.');
    fs.chmodSync(file, 0o000);
    const r = cli(['extract', file, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
  });

  it('reads 10,000 small files in order, spread over threads', () => {
    const dir = tempDir();
    for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, `n${String(i).padStart(5, '0')}.txt`), `Meldung ${i}: Es kamen ${i + 1} Besucher.`);
    // --jobs: by default a run this small (under 1 MB) is not worth a second thread
    const r = cli(['extract', dir, '--format', 'ndjson', '--quiet', '--jobs', '2']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).doc);
    expect(new Set(docs).size).toBe(10000);
    expect(docs).toEqual([...docs].sort());
  }, 120000);

  it('handles a single 5 MB line and a 50 MB file', () => {
    const dir = tempDir();
    const sentence = 'Der Umsatz stieg um 3,5 Prozent auf 1,2 Milliarden Euro. ';
    fs.writeFileSync(path.join(dir, 'line.txt'), sentence.repeat(Math.ceil(5e6 / sentence.length)));
    const para = 'Im Jahr 2024 erreichte der Handel rund 3,5 Milliarden US-Dollar, sagte der Sprecher.\n';
    fs.writeFileSync(path.join(dir, 'big.txt'), para.repeat(Math.ceil(50e6 / para.length)));
    const r = spawnSync(process.execPath, [BIN, 'extract', path.join(dir, 'line.txt'), path.join(dir, 'big.txt'), '--format', 'ndjson'], { maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    const lines = r.stdout.toString().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(500000);
    expect(JSON.parse(lines[0]).doc).toMatch(/line\.txt$/);
    expect(JSON.parse(lines.at(-1)!).doc).toMatch(/big\.txt$/);
  }, 180000);
});

describe('claim sets that are not what they claim', () => {
  const set = () => JSON.parse(cli(['extract', 'seeds/001_bc6d95fe6cdf14b2.txt', '--format', 'json']).stdout);
  const write = (name: string, content: string) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };

  it('refuses truncated JSON, non-JSON, another schema version and a broken shape, one line each', () => {
    const good = JSON.stringify(set());
    const cases: Array<[string, RegExp]> = [
      [write('cut.json', good.slice(0, good.length / 2)), /cut\.json: not valid JSON/],
      [write('prose.json', 'Das ist kein JSON.'), /prose\.json: not valid JSON/],
      [write('v2.json', JSON.stringify({ ...set(), schema: 'claimcheck.claims/v2' })), /v2\.json: unsupported schema "claimcheck.claims\/v2"/],
      [write('edited.json', JSON.stringify({ ...set(), claims: [{ ...set().claims[0], value: 'viel' }] })), /edited\.json: claims\[0\]: "value" must be a number/],
    ];
    for (const [file, message] of cases) {
      const r = cli(['compare', file, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      noStackTrace(r.stderr);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('never opens the paths written inside a claim set', () => {
    const s = set();
    s.claims = s.claims.map((c: any) => ({ ...c, doc: '/nonexistent/secret/file.txt' }));
    s.documents = [{ id: '/nonexistent/secret/file.txt', path: '/nonexistent/secret/file.txt', lang: 'de' }];
    const r = cli(['compare', write('s.json', JSON.stringify(s)), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('pipes and signals', () => {
  it('ends quietly when the reader closes the pipe early (| head -1)', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} extract seeds seeds seeds --format ndjson --jobs 1 | head -1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('id');
  });

  it('still exits 2 for a bad input when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} extract missing.txt seeds seeds seeds --format ndjson --jobs 1 | head -1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('claimcheck: missing.txt: no such file or directory\n');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveProperty('id');
  });

  it('stops cleanly on Ctrl-C with one line and no half-written JSON', async () => {
    const dir = tempDir();
    for (let i = 0; i < 6000; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), 'Die Preise stiegen um 2,5 Prozent. '.repeat(50));
    const child = spawn(process.execPath, [BIN, 'extract', dir, '--format', 'json', '--jobs', '1']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toBe('claimcheck: interrupted\n');
    expect(stdout).toBe('');
  });
});

describe('Ctrl-C during a write', () => {
  it('lets the write finish, so stdout is whole JSON, then stops with one line', async () => {
    const dir = tempDir();
    // ~6,000 claims: several MB of JSON, far more than a pipe holds
    fs.writeFileSync(path.join(dir, 'long.txt'), 'Der Umsatz stieg um 3,5 Prozent auf 1,2 Milliarden Euro. '.repeat(3000));
    const child = spawn(process.execPath, [BIN, 'extract', path.join(dir, 'long.txt'), '--format', 'json']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // the first bytes mean the write has begun; then stop reading so the pipe fills and the write blocks
    const chunks: Buffer[] = [await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve))];
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    child.stdout.on('data', (d) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toBe('claimcheck: interrupted\n');
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).claims.length).toBe(6000);
  });
});

describe('claim sets are faithful', () => {
  it('compare over a saved claim set equals compare over the articles it came from', () => {
    const dir = tempDir();
    const set = path.join(dir, 'seeds.json');
    fs.writeFileSync(set, cli(['extract', 'seeds', '--format', 'json']).stdout);
    const fromArticles = json(cli(['compare', 'seeds', '--format', 'json']));
    const fromSet = json(cli(['compare', set, '--format', 'json']));
    expect(fromSet.groups).toEqual(fromArticles.groups);
    expect(fromSet.claims).toEqual(fromArticles.claims);
  });

  it('compare over ndjson shards equals compare over one claim set', () => {
    const dir = tempDir();
    const files = fs.readdirSync('seeds').sort();
    const shards = files.map((f, i) => {
      const shard = path.join(dir, `shard-${i}.ndjson`);
      fs.writeFileSync(shard, cli(['extract', path.join('seeds', f), '--format', 'ndjson']).stdout);
      return shard;
    });
    expect(json(cli(['compare', ...shards, '--format', 'json'])).groups).toEqual(json(cli(['compare', 'seeds', '--format', 'json'])).groups);
  });
});
