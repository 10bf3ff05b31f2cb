import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

// The command runs on a thread of its own (src/cli/launch.ts); the process's main
// thread relays its exit code. What a user sees must not change with that.
describe('the command thread', () => {
  it('prints help and the version on stdout, exit 0, nothing on stderr', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: claimcheck \[options\] \[command\]/);
    // piped, help wraps at commander's 80 columns (no terminal to ask)
    expect(Math.max(...help.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('relays the exit code: a usage error is one line on stderr and exit 2', () => {
    const r = cli(['extract', '--format', 'pdf', 'seeds']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimcheck: .*pdf/);
  });

  it('reads stdin and writes every line before the thread ends', () => {
    const text = 'Der Umsatz stieg um 3,5 Prozent auf 1,2 Milliarden Euro. '.repeat(2000);
    const r = cli(['extract', '-', '--format', 'ndjson'], { input: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4000);
    for (const line of lines) expect(JSON.parse(line).doc).toBe('-');
  });
});
