import { workerData } from 'node:worker_threads';
import type { CommandThreadData } from './launch.js';
import { main } from './main.js';

// The thread a command runs on (see launch.ts). Its exit code is the process's.
const { argv, facts, gate } = workerData as CommandThreadData;
process.exit(await main(argv, facts, gate));
