/**
 * Ctrl-C must not cut stdout in the middle of a write: JSON is written whole
 * at the end and ndjson a line at a time, so a write that finishes leaves valid
 * output. Signals reach only the main thread (launch.ts) and writes happen on
 * the command thread, so the two share one word saying which may go first.
 */
export const OPEN = 0;
export const WRITING = 1;
export const INTERRUPTED = 2;

/** The shared word, in a SharedArrayBuffer both threads see. */
export function newGate(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/**
 * The command thread, before a write: true when it may write, false when Ctrl-C
 * came (no write starts after it).
 */
export function enterWrite(gate: Int32Array): boolean {
  return Atomics.compareExchange(gate, 0, OPEN, WRITING) === OPEN;
}

/** The command thread, after a write: false when Ctrl-C came during it. */
export function leaveWrite(gate: Int32Array): boolean {
  return Atomics.compareExchange(gate, 0, WRITING, OPEN) === WRITING;
}

/**
 * The main thread, on Ctrl-C: true when the process may stop now (nothing is
 * being written, or this is the second Ctrl-C); false when a write is under
 * way, whose writer stops the run once it has finished.
 */
export function interrupt(gate: Int32Array): boolean {
  for (;;) {
    const was = Atomics.compareExchange(gate, 0, OPEN, INTERRUPTED);
    if (was !== WRITING) return true;
    if (Atomics.compareExchange(gate, 0, WRITING, INTERRUPTED) === WRITING) return false;
    // the write ended in between: ask again
  }
}
