import v8 from 'node:v8';

/**
 * V8 settings for this workload, applied before the pipeline is loaded (they
 * are process-wide, so worker threads get them too).
 *
 * The pipeline is ~15k lines of hot code over many small functions; a fresh
 * process or worker spends more CPU in TurboFan compiling it than in the first
 * pass over a few megabytes of text (measured with scripts/jit-report.mjs and
 * scripts/warmup-curve.mjs). A smaller cumulative inlining budget (V8's default
 * is 920 bytes of bytecode) makes each of those compiles cheaper: the first
 * pass over the German corpus took ~15 % less CPU, warm passes the same.
 * V8 reads the flag at every compile, so setting it here at start-up works.
 */
const FLAGS = ['--max-inlined-bytecode-size-cumulative=200'];

export function tuneV8(): void {
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
