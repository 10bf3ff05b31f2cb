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
/*
 * Memory: V8 lets the old generation grow to up to four times its live data
 * before collecting it again; the pipeline's live data is ~35 MB (tables, caches,
 * compiled code), so a long run peaked at ~215 MB. Growing by at most 30 % between
 * collections (read at every collection, so it applies from here on, to workers
 * too) gave 151 MB peak over 10x the corpus with `--jobs 1`, at the same CPU time
 * (3 alternating runs each).
 */
/*
 * No Sparkplug: the baseline compiler's code for the pipeline is ~2.8 MB of code space per
 * analysing thread (`node --expose-gc scripts/memory-profile.mjs retained`: 10.2 -> 7.9 MB), and
 * the hot functions reach TurboFan either way. `extract --format ndjson` over 30x the corpus
 * peaked at 185-191 MB instead of 194-198 MB (4 alternating runs each, session 20), at ~3 % more
 * CPU over 30x and no difference a 1x pass could tell from noise; the memory target decides it.
 */
/*
 * No concurrent recompilation: TurboFan then compiles on the analysing thread itself
 * instead of on V8's shared background threads. Each background thread mallocs its
 * compile zones from a glibc arena of its own, which keeps the freed memory: after
 * warm passes a single analysing thread held ~28 MB of such anonymous memory
 * (/proc/self/smaps, session 36). `extract --format ndjson` over 30x the corpus
 * peaked at 184-191 MB instead of 192-196 MB (4 alternating runs each, session 36),
 * at the same CPU time and no slower wall time: compiling takes the same CPU
 * wherever it runs, and with --jobs 2 on two cores the background threads only
 * competed with the analysing ones. The flag is read when an isolate starts, so it
 * applies to the command and worker threads, not to a main thread already running.
 */
const FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--heap-growing-percent=30', '--no-sparkplug', '--no-concurrent-recompilation'];

export function tuneV8(): void {
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
