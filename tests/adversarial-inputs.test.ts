import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
// Shared with `npm run bench` (scripts/bench.mjs runs the same inputs at 100 KB and 1 MB).
import { ADVERSARIAL } from '../scripts/bench-adversarial.mjs';

// Text shaped to make a backtracking regex, or a per-claim rescan of the sentence,
// blow up. At 10x the size the time must grow about 10x: a ratio of 40 leaves room
// for timer noise and GC but not for quadratic growth (100x).
//
// Sizes climb 2 KB -> 20 KB -> 200 KB and each step is checked before the next
// runs, so a quadratic case fails in well under a second instead of running for
// minutes at 200 KB (a running regex cannot be interrupted from JavaScript).
const STEPS = [
  { size: 2_000, maxMs: 50 },
  { size: 20_000, maxMs: 500 },
  { size: 200_000, maxMs: 5_000 },
];
const MAX_RATIO = 40;
/** Below this a step is fast enough that its ratio to the step before is mostly noise. */
const NOISE_FLOOR_MS = 20;

const CASES = [
  'dotted-ones', // 1.1.1.1…
  'comma-ones', // 1,1,1,1…
  'thousands-groups', // 1.000.000.000…
  'space-groups', // 1 000 000 …
  'one-space-run',
  'space-runs',
  'mio-repeated', // Mio. Mio. …
  'many-figures', // 1 1 1 … in one endless sentence
  'speech-clauses', // nachdem er sagte, es seien 5 Prozent, … (every figure once asked every cue)
  'age-speakers', // sagte der 40-Jährige, es seien 5 Prozent, … (every figure once asked every cue's age)
  'present-shifts', // Damals waren es 5 Prozent, jetzt 6 Prozent, …
  'huge-number', // 200,000 digits at 200 KB
  'nested-quotes', // „„„ … “““
  'hyphen-newlines', // -\n-\n…
  'hyphenated-words', // Wirt-\nschafts-\n…: thousands of short blocks (the segmenter's regexes once ran past each block)
  'newlines', // blank lines only
  'single-line', // real prose without a line break
] as const;

const run = (text: string) => analyse({ path: 'adversarial.txt', text, encoding: 'utf-8' }, { lang: 'de' });

/**
 * CPU time (ms) of one run, not wall time: a busy machine (other test files run
 * in parallel) stretches wall time but not the work done. Runs under 250 ms are
 * repeated and the best kept, to shed GC noise and the compiler's thread: the first
 * run at a new size compiles code paths the smaller size never reached (session 55's
 * CI: age-speakers took 108 ms once at 20 KB, 9 ms when warm).
 */
function measure(text: string): number {
  const once = () => {
    const c = process.cpuUsage();
    run(text);
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  };
  let ms = once();
  for (let i = 0; i < 2 && ms < 250; i++) ms = Math.min(ms, once());
  return ms;
}

describe('adversarial inputs stay near-linear', () => {
  // Warm the JIT so the smallest size is not charged for compiling the pipeline.
  for (let i = 0; i < 3; i++) run(ADVERSARIAL['prose-lines'](20_000));

  for (const name of CASES) {
    it(`${name}: 10x the text takes well under ${MAX_RATIO}x the time`, () => {
      const make = ADVERSARIAL[name] as (n: number) => string;
      // untimed runs: the case's own code paths compiled before the small size is timed (process
      // CPU time counts the optimising compiler's thread, which on a slow machine took ~8 runs
      // of many-figures to settle: 700 -> 30 ms)
      for (let i = 0; i < 8; i++) run(make(STEPS[0].size));
      let previous: number | null = null;
      for (const { size, maxMs } of STEPS) {
        const ms = measure(make(size));
        const label = `${name} at ${size / 1000} KB: ${ms.toFixed(1)} ms`;
        expect(ms, `${label} (limit ${maxMs} ms)`).toBeLessThan(maxMs);
        if (previous !== null && ms > NOISE_FLOOR_MS) {
          expect(ms / Math.max(previous, 0.5), `${label}, ${previous.toFixed(1)} ms at a tenth of the size`).toBeLessThan(MAX_RATIO);
        }
        previous = ms;
      }
    });
  }
});
