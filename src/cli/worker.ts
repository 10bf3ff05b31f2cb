import { parentPort, workerData } from 'node:worker_threads';
import type { InputRef } from '../read/inputs.js';
import { analyseInput, loadPipeline } from './documents.js';
import type { WorkerJob } from './worker-pool.js';

// One analysis thread: takes {index, ref}, answers {index, outcome}. Nothing
// here writes to stdout; the main thread prints everything in input order.
// Messages that arrive while the pipeline loads wait in the port.
const job = workerData as WorkerJob;
await loadPipeline();
parentPort!.on('message', (msg: { index: number; ref: InputRef }) => {
  parentPort!.postMessage({ index: msg.index, outcome: analyseInput(msg.ref, job.options, job.shape) });
});
