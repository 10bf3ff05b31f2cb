import tty from 'node:tty';
import { Worker } from 'node:worker_threads';
import { writeAllSync, type ConsoleFacts } from './io.js';
import { tuneV8 } from './v8-tuning.js';
import { interrupt, newGate } from './write-gate.js';

/** What the command thread is started with. */
export interface CommandThreadData {
  argv: string[];
  facts: ConsoleFacts;
  /** whether stdout is being written, or Ctrl-C came (write-gate.ts) */
  gate: Int32Array;
}

/**
 * The command runs on a thread of its own, and this (the process's main)
 * thread only starts it, relays its exit code and answers Ctrl-C.
 *
 * Why: V8 sizes a thread's young generation when the thread starts, and only a
 * worker thread can be given a limit (`resourceLimits`); the main thread's grows
 * to 32 MB and stays there once a run has allocated enough. On a thread with a
 * 3 MB young generation, as the analysing workers already have, `extract
 * --format ndjson --jobs 1` over 10x the German corpus peaked at 128 MB instead
 * of 147 MB, at the same CPU time (scripts/bench.mjs, section memory). The old
 * generation keeps the limit the main thread would have had. A small young
 * generation slows down huge documents (a 15 MB one: 17 s instead of 12 s of
 * CPU, 5,115 scavenges instead of 322), so those go to a roomy thread
 * (roomy-thread.ts).
 */
const YOUNG_GENERATION_MB = 3;

export function launch(argv: string[]): void {
  tuneV8();
  const gate = newGate();
  const thread = new Worker(new URL('./command-thread.js', import.meta.url), {
    workerData: { argv, facts: consoleFacts(), gate } satisfies CommandThreadData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // Ctrl-C: stop with one line. Signals reach only this thread, which is always
  // free to answer, but a write on the command thread is let finish first (it
  // stops the run itself then): what is on stdout stays valid. A second Ctrl-C
  // stops at once, even a write to a reader that has stalled.
  process.on('SIGINT', () => {
    if (!interrupt(gate)) return;
    writeLine('claimcheck: interrupted');
    process.exit(130);
  });
  let crashed = false;
  thread.on('error', (err) => {
    // Last line of defence: never a stack trace for the user.
    crashed = true;
    writeLine(`claimcheck: internal error: ${err && err.message ? err.message.split('\n')[0] : String(err)}`);
    if (process.env.CLAIMCHECK_DEBUG) writeLine(String(err && err.stack));
    process.exitCode = 2;
  });
  // after 'error' when it crashed, with code 1: that must not replace the 2
  thread.on('exit', (code) => {
    if (!crashed) process.exitCode = code;
  });
}

/**
 * What the command thread cannot see for itself: its process.stdout is a relay,
 * never a terminal. Asked of the file descriptors, without opening the streams
 * (opening a pipe's stream would make the descriptor non-blocking).
 */
function consoleFacts(): ConsoleFacts {
  const stdoutIsTTY = tty.isatty(1);
  return {
    stdoutIsTTY,
    stderrIsTTY: tty.isatty(2),
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
  };
}

function writeLine(line: string): void {
  try {
    writeAllSync(2, `${line}\n`);
  } catch {
    // stderr closed: nothing left to tell
  }
}
