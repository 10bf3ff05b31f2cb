// What the evaluation scripts (eval-gold.mjs, eval-compare.mjs) share: locating a
// gold figure in its file, building dist/, and running the CLI for JSON.
import { spawnSync } from 'node:child_process';

/** Start of the n-th (1-based) occurrence of needle, overlapping occurrences counted; -1 if none. */
export function nthIndex(text, needle, n) {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** `npx tsc -p .`; on errors a warning on stderr, and whatever dist/ holds is scored. */
export function buildDist(root, name) {
  const tsc = spawnSync('npx', ['tsc', '-p', '.'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) {
    process.stderr.write(`${name}: tsc exited ${tsc.status} (scoring whatever dist/ holds)\n${(tsc.stdout + tsc.stderr).split('\n').slice(0, 10).join('\n')}\n`);
  }
}

/**
 * Runs claimcheck (CLAIMCHECK_CMD, default `node bin/claimcheck.js`) with `args`
 * and parses its stdout as JSON. Throws an Error with one line when it cannot run,
 * exits with a code not in `okCodes`, or prints something else.
 */
export function runClaimcheckJson(root, args, okCodes = [0]) {
  const cmd = (process.env.CLAIMCHECK_CMD ?? 'node bin/claimcheck.js').split(' ').filter(Boolean);
  const shown = [...cmd, args[0]].join(' ');
  const res = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (res.error) throw new Error(`cannot run ${shown}: ${res.error.message}`);
  if (!okCodes.includes(res.status)) throw new Error(`${shown} exited ${res.status}: ${res.stderr.trim().split('\n')[0] ?? ''}`);
  try {
    return JSON.parse(res.stdout);
  } catch (err) {
    throw new Error(`${shown} did not print JSON: ${err.message}`);
  }
}
