import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers/cli.js';

// Every ```sh block in the README is run, so no example can go stale. Blocks run
// in a scratch directory holding a copy of seeds/, with `claimcheck` on PATH
// pointing at this checkout's build. A block that should fail says so with a
// line `# exit: N`; a block that needs a tool we do not ship says `# needs: jq`
// and is skipped (visibly) where the tool is missing.

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const has = (tool: string) => spawnSync('bash', ['-c', `command -v ${tool}`]).status === 0;

function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('claimcheck-readme-');
  fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  fs.mkdirSync(path.join(dir, '.bin'));
  const shim = path.join(dir, '.bin', 'claimcheck');
  fs.writeFileSync(shim, `#!/usr/bin/env bash\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'claimcheck.js')}" "$@"\n`);
  fs.chmodSync(shim, 0o755);
  return { dir, env: { ...process.env, PATH: `${path.join(dir, '.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: undefined } };
}

describe('README examples', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  blocks.forEach((block, i) => {
    const first = block.split('\n').find((l) => l.trim() && !l.startsWith('# exit') && !l.startsWith('# needs'))!;
    const needs = [...block.matchAll(/^# needs: (.+)$/gm)].flatMap((m) => m[1].split(/[ ,]+/));
    const missing = needs.filter((t) => !has(t));
    it.skipIf(missing.length > 0)(`example ${i + 1}: ${first.slice(0, 70)}`, () => {
      const expected = Number(/^# exit: (\d+)$/m.exec(block)?.[1] ?? 0);
      const { dir, env } = sandbox();
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', block], { cwd: dir, env, encoding: 'utf8', timeout: 120000 });
      expect(r.stderr).not.toMatch(/internal error|^\s+at .+:\d+:\d+/m);
      expect({ code: r.status, stderr: r.stderr.slice(0, 500) }).toEqual({ code: expected, stderr: expect.any(String) });
    });
  });
});
