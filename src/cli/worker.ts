import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyseOptions } from '../pipeline/analyse.js';
import type { InputRef } from '../read/inputs.js';
import { analyseInput } from './documents.js';

// One analysis thread: takes {index, ref}, answers {index, outcome}. Nothing
// here writes to stdout; the main thread prints everything in input order.
const options = (workerData as { options: AnalyseOptions }).options;
parentPort!.on('message', (msg: { index: number; ref: InputRef }) => {
  parentPort!.postMessage({ index: msg.index, outcome: analyseInput(msg.ref, options) });
});
