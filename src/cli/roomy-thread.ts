import { Worker } from 'node:worker_threads';
import type { InputRef } from '../read/inputs.js';
import type { SourceText } from '../types.js';
import type { DocumentOutcome } from './documents.js';
import type { WorkerJob } from './worker-pool.js';

/**
 * One analysing thread with V8's default heap sizes (those of a main thread),
 * for the documents too long for the others (ROOMY_CHARS in documents.ts).
 * Started on the first such document and kept for the next; most runs never
 * start it. Documents go one after the other, in the order asked.
 */
export class RoomyThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { path: string; resolve: (o: DocumentOutcome) => void }>();
  private asked = 0;

  constructor(private readonly job: WorkerJob) {}

  /** Analyses one document there; `source`: its text when already read (stdin can be read only once). */
  analyse(ref: InputRef, source?: SourceText): Promise<DocumentOutcome> {
    const worker = (this.worker ??= this.start());
    const index = this.asked++;
    return new Promise((resolve) => {
      this.waiting.set(index, { path: ref.path, resolve });
      worker.postMessage({ index, refs: [ref], sources: [source] });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    // no resourceLimits: a worker then gets the heap limits of a main thread
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { ...this.job, maxChars: Infinity } satisfies WorkerJob });
    worker.on('message', (msg: { index: number; outcomes: DocumentOutcome[] }) => {
      const w = this.waiting.get(msg.index);
      this.waiting.delete(msg.index);
      w?.resolve(msg.outcomes[0]);
    });
    // even V8's default heap was too small (or the thread crashed): those documents fail, the run goes on
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.resolve({ ok: false, path: w.path, message: `could not be analysed: ${why}` });
      this.waiting.clear();
    };
    worker.on('error', (err) => fail(err.message.split('\n')[0]));
    // an end without an error (none is expected) must not leave a document waiting for ever
    worker.on('exit', () => fail('its thread ended'));
    return worker;
  }
}
