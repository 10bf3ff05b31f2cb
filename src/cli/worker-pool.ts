import { Worker } from 'node:worker_threads';
import type { AnalyseOptions } from '../pipeline/analyse.js';
import type { InputRef } from '../read/inputs.js';
import type { DocumentOutcome } from './documents.js';

/** How many documents may wait per thread: keeps threads busy and memory bounded. */
const QUEUE_PER_WORKER = 4;

/**
 * Spreads documents over worker threads and yields outcomes in input order.
 * Each thread reads and analyses whole documents (the pipeline is pure, so any
 * thread gives the same answer); out-of-order results wait in a small buffer.
 */
export async function* analyseInWorkers(inputs: InputRef[], options: AnalyseOptions, jobs: number): AsyncGenerator<DocumentOutcome> {
  const count = Math.min(jobs, inputs.length);
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { options } }));
  const done = new Map<number, DocumentOutcome>();
  const waiting = new Map<number, (o: DocumentOutcome) => void>();
  let next = 0;
  const assigned = new Map<Worker, Set<number>>(workers.map((w) => [w, new Set<number>()]));

  const settle = (index: number, outcome: DocumentOutcome) => {
    const resolve = waiting.get(index);
    if (resolve) {
      waiting.delete(index);
      resolve(outcome);
    } else done.set(index, outcome);
  };
  let emitted = 0;
  const feed = (w: Worker) => {
    // Do not run too far ahead of what has been emitted, or the buffer grows.
    const mine = assigned.get(w)!;
    while (mine.size < QUEUE_PER_WORKER && next < inputs.length && next - emitted < count * QUEUE_PER_WORKER * 2) {
      const index = next++;
      mine.add(index);
      w.postMessage({ index, ref: inputs[index] });
    }
  };
  for (const w of workers) {
    w.on('message', (msg: { index: number; outcome: DocumentOutcome }) => {
      assigned.get(w)!.delete(msg.index);
      settle(msg.index, msg.outcome);
      feed(w);
    });
    w.on('error', (err) => {
      // A thread that dies takes its documents with it: report them, do not hang.
      const mine = assigned.get(w)!;
      for (const i of mine) settle(i, { ok: false, path: inputs[i].path, message: `worker failed: ${err.message.split('\n')[0]}` });
      mine.clear();
      workers.splice(workers.indexOf(w), 1);
    });
    feed(w);
  }
  try {
    for (; emitted < inputs.length; emitted++) {
      const ready = done.get(emitted);
      let outcome: DocumentOutcome;
      if (ready) {
        done.delete(emitted);
        outcome = ready;
      } else {
        outcome = await new Promise<DocumentOutcome>((resolve) => waiting.set(emitted, resolve));
      }
      yield outcome;
      for (const w of workers) feed(w);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
