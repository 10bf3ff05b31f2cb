import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (needs `npm run build` first; `npm test` does it). */
export function cli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: env as NodeJS.ProcessEnv, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses stdout strictly: any stray byte (a banner, a warning) fails the test. */
export function json(r: CliResult): any {
  return JSON.parse(r.stdout);
}

const madeDirs: string[] = [];

/** A scratch directory, removed after its test file (tests/helpers/cleanup.ts) so runs leave no litter. */
export function tempDir(prefix = 'claimcheck-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
