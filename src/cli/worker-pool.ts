import { Worker } from 'node:worker_threads';
import type { AnalyseOptions } from '../pipeline/analyse.js';
import type { InputRef } from '../read/inputs.js';
import { isTooLarge, type DocumentOutcome, type ResultShape, type TooLarge } from './documents.js';

/** Batches a worker holds beyond the one it works on: hides the message round trip. */
const PREFETCH = 1;
/** How far past the next batch to print the threads may run: bounds the results held. */
const WINDOW_PER_WORKER = 4;
/**
 * Heap caps of a worker. V8 lets an uncapped heap grow to about four times its
 * live data before collecting the old generation; a cap makes it collect
 * sooner, and a small young generation (the default reserves 48 MB) costs
 * nothing measurable on news articles since the pipeline's garbage dies young
 * (3 MB against 6 MB: ~8 MB less peak RSS over 30x the corpus with --jobs 2,
 * same CPU time, 2 alternating runs each). Documents too long for these caps
 * (ROOMY_CHARS) are handed back unread; a worker that dies anyway (out of
 * memory) has its documents analysed again by the thread that prints, so the
 * output stays what `--jobs 1` prints.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 128 };

export interface WorkerJob {
  options: AnalyseOptions;
  /** what to send back of each document */
  shape: ResultShape;
  /** longer documents are handed back unread (TooLarge), for the roomy thread */
  maxChars: number;
}

/**
 * Analyses batches of inputs on this thread and `jobs - 1` worker threads and
 * yields their outcomes in input order. Batches go to whichever worker is free,
 * so a long one on one does not hold the others up; whenever the next batch to
 * print is not back yet, this thread analyses the next one nobody has taken
 * (with `analyseHere`, which also takes over the batches of a worker that died,
 * and those holding a document too long for a worker's heap). Out-of-order
 * results wait in a window of bounded size.
 *
 * Why this thread works too: every analysing thread holds its own copy of the
 * pipeline (~35 MB live), and a thread that only prints (~1/20 of the work)
 * does not repay one. Over 30x the German corpus with `--jobs 2`, one worker
 * and this thread peaked at 193 MB, against 201-203 MB for two workers and a
 * printing thread (same output; /usr/bin/time over `extract --format ndjson`).
 */
export async function* analyseInWorkers(
  inputs: InputRef[][],
  job: WorkerJob,
  jobs: number,
  analyseHere: (batch: InputRef[]) => Promise<DocumentOutcome[]>,
): AsyncGenerator<DocumentOutcome[]> {
  const count = Math.max(1, Math.min(jobs, inputs.length));
  const window = WINDOW_PER_WORKER * count;
  const others = count - 1;
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  const done = new Map<number, DocumentOutcome[]>();
  const assigned = new Map<Worker, Set<number>>();
  /** batches of workers that died, or holding a document too long for them, to be analysed here */
  const orphans = new Set<number>();
  let next = 0;
  let emitted = 0;
  /** called when the next batch to print can go ahead (its outcomes arrived, or it was orphaned) */
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const feed = (w: Worker) => {
    const mine = assigned.get(w);
    if (!mine) return;
    while (mine.size <= PREFETCH && next < inputs.length && next - emitted < window) {
      const index = next++;
      mine.add(index);
      w.postMessage({ index, refs: inputs[index] });
    }
  };
  const start = () => {
    const w = new Worker(url, { workerData: job, resourceLimits: WORKER_LIMITS });
    workers.push(w);
    assigned.set(w, new Set<number>());
    w.on('message', (msg: { index: number; outcomes: Array<DocumentOutcome | TooLarge> }) => {
      assigned.get(w)?.delete(msg.index);
      // a document too long for a worker's heap: the batch is analysed here (analyseHere finds it a roomier thread)
      if (msg.outcomes.some(isTooLarge)) orphans.add(msg.index);
      else done.set(msg.index, msg.outcomes as DocumentOutcome[]);
      if (msg.index === emitted) wakeUp();
      feed(w);
    });
    // Out of memory, a crash, or an end without an error (none is expected):
    // the documents it held are done here instead.
    const lost = () => {
      const mine = assigned.get(w);
      if (!mine) return; // already handled ('exit' follows 'error')
      assigned.delete(w);
      workers.splice(workers.indexOf(w), 1);
      for (const i of mine) orphans.add(i);
      wakeUp();
    };
    w.on('error', lost);
    w.on('exit', lost);
    feed(w);
  };
  for (let i = 0; i < others; i++) start();
  try {
    while (emitted < inputs.length) {
      let outcome = done.get(emitted);
      if (!outcome && orphans.delete(emitted)) outcome = await analyseHere(inputs[emitted]);
      if (outcome) {
        done.delete(emitted++);
        yield outcome;
        for (const w of workers) feed(w);
        continue;
      }
      if (next < inputs.length && next - emitted < window) {
        // the next batch to print is on a worker: take the next free one meanwhile
        const index = next++;
        // not awaited: a document too long for this thread goes to the roomy one,
        // and printing and feeding the workers go on meanwhile
        void analyseHere(inputs[index]).then((outcome) => {
          done.set(index, outcome);
          if (index === emitted) wakeUp();
        });
        // let it run, and the workers' answers in (and feed them), before deciding again
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    wake = null;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
