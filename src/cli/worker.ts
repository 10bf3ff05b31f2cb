import { parentPort, workerData } from 'node:worker_threads';
import type { InputRef } from '../read/inputs.js';
import type { SourceText } from '../types.js';
import { analyseInputs, isTooLarge, loadPipeline } from './documents.js';
import type { WorkerJob } from './worker-pool.js';

// One analysis thread: takes {index, refs}, a batch of inputs, answers {index, outcomes}.
// Nothing here writes to stdout; the main thread prints everything in input order.
// Messages that arrive while the pipeline loads wait in the port.
const job = workerData as WorkerJob;
await loadPipeline();
const utf8 = new TextEncoder();
parentPort!.on('message', (msg: { index: number; refs: InputRef[]; sources?: Array<SourceText | undefined> }) => {
  const transfer: ArrayBuffer[] = [];
  const outcomes = analyseInputs(msg.refs, job.options, job.shape, job.maxChars, msg.sources).map((outcome) => {
    // the thread that asked finds a document too long for this one a roomier thread; its text need not travel back
    if (isTooLarge(outcome)) return { ok: false, tooLarge: true, path: outcome.path };
    if (outcome.ok && typeof outcome.result.rendered === 'string' && outcome.result.rendered !== '') {
      // rendered text goes over as bytes in a buffer of its own, moved rather than copied
      const bytes = utf8.encode(outcome.result.rendered);
      outcome.result.rendered = bytes;
      transfer.push(bytes.buffer as ArrayBuffer);
    }
    return outcome;
  });
  parentPort!.postMessage({ index: msg.index, outcomes }, transfer);
});
