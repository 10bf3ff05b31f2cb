import { Worker } from 'node:worker_threads';
import type { AnalyseOptions } from '../pipeline/analyse.js';
import type { InputRef } from '../read/inputs.js';
import type { DocumentOutcome, ResultShape } from './documents.js';

/** Documents a worker holds beyond the one it works on: hides the message round trip. */
const PREFETCH = 2;
/** How far past the next document to print the threads may run: bounds the results held. */
const WINDOW_PER_WORKER = 8;
/**
 * Heap caps of a worker. V8 lets an uncapped heap grow to about four times its
 * live data before collecting the old generation; a cap makes it collect
 * sooner, and a small young generation (the default reserves 48 MB) costs
 * nothing measurable since the pipeline's garbage dies young (3 MB against
 * 6 MB: ~8 MB less peak RSS over 30x the corpus with --jobs 2, same CPU time,
 * 2 alternating runs each). A worker that outgrows the cap (a huge
 * document) dies, and its documents are analysed
 * again on the main thread, so the output stays what `--jobs 1` prints.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 128 };

export interface WorkerJob {
  options: AnalyseOptions;
  /** what to send back of each document */
  shape: ResultShape;
}

/**
 * Analyses `inputs` on `jobs` worker threads and yields the outcomes in input
 * order. This thread only hands out documents and prints: it never loads the
 * pipeline (unless a worker dies and its documents fall back to `analyseHere`),
 * which keeps its heap small. Documents go to whichever worker is free, so a
 * long document on one does not hold the others up; out-of-order results wait
 * in a window of bounded size.
 */
export async function* analyseInWorkers(
  inputs: InputRef[],
  job: WorkerJob,
  jobs: number,
  analyseHere: (ref: InputRef) => Promise<DocumentOutcome>,
): AsyncGenerator<DocumentOutcome> {
  const count = Math.max(1, Math.min(jobs, inputs.length));
  const window = WINDOW_PER_WORKER * count;
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  const done = new Map<number, DocumentOutcome>();
  const assigned = new Map<Worker, Set<number>>();
  /** documents of workers that died, to be analysed here */
  const orphans = new Set<number>();
  let next = 0;
  let emitted = 0;
  /** called when the next document to print can go ahead (its outcome arrived, or it was orphaned) */
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
      w.postMessage({ index, ref: inputs[index] });
    }
  };
  const start = () => {
    const w = new Worker(url, { workerData: job, resourceLimits: WORKER_LIMITS });
    workers.push(w);
    assigned.set(w, new Set<number>());
    w.on('message', (msg: { index: number; outcome: DocumentOutcome }) => {
      assigned.get(w)?.delete(msg.index);
      done.set(msg.index, msg.outcome);
      if (msg.index === emitted) wakeUp();
      feed(w);
    });
    w.on('error', () => {
      // Out of memory or a crash: the documents it held are done here instead.
      const mine = assigned.get(w);
      assigned.delete(w);
      workers.splice(workers.indexOf(w), 1);
      for (const i of mine ?? []) orphans.add(i);
      wakeUp();
    });
    feed(w);
  };
  for (let i = 0; i < count; i++) start();
  try {
    while (emitted < inputs.length) {
      let outcome = done.get(emitted);
      if (!outcome && (orphans.has(emitted) || (workers.length === 0 && emitted >= next))) {
        // no thread has it, or none is left: analyse it here
        orphans.delete(emitted);
        if (emitted >= next) next = emitted + 1;
        outcome = await analyseHere(inputs[emitted]);
      }
      if (outcome) {
        done.delete(emitted++);
        yield outcome;
        for (const w of workers) feed(w);
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
