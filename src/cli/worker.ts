import { parentPort, workerData } from 'node:worker_threads';
import type { InputRef } from '../read/inputs.js';
import type { SourceText } from '../types.js';
import { analyseInput, isTooLarge, loadPipeline } from './documents.js';
import type { WorkerJob } from './worker-pool.js';

// One analysis thread: takes {index, ref}, answers {index, outcome}. Nothing
// here writes to stdout; the main thread prints everything in input order.
// Messages that arrive while the pipeline loads wait in the port.
const job = workerData as WorkerJob;
await loadPipeline();
const utf8 = new TextEncoder();
parentPort!.on('message', (msg: { index: number; ref: InputRef; source?: SourceText }) => {
  const outcome = analyseInput(msg.ref, job.options, job.shape, job.maxChars, msg.source);
  if (isTooLarge(outcome)) {
    // the thread that asked finds it a roomier one; its text need not travel back
    parentPort!.postMessage({ index: msg.index, outcome: { ok: false, tooLarge: true, path: outcome.path } });
    return;
  }
  if (outcome.ok && typeof outcome.result.rendered === 'string' && outcome.result.rendered !== '') {
    // rendered text goes over as bytes in a buffer of its own, moved rather than copied
    const bytes = utf8.encode(outcome.result.rendered);
    outcome.result.rendered = bytes;
    parentPort!.postMessage({ index: msg.index, outcome }, [bytes.buffer]);
  } else {
    parentPort!.postMessage({ index: msg.index, outcome });
  }
});
