import fs from 'node:fs';
import { enterWrite, leaveWrite } from './write-gate.js';

/** What the process's streams are, found by the thread that owns them (launch.ts). */
export interface ConsoleFacts {
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** the terminal's width, when stdout is one */
  columns?: number;
}

const STDOUT = 1;
const STDERR = 2;

/**
 * The only place that writes to the process streams. stdout carries the
 * requested format and nothing else; every problem is one line on stderr.
 * Writes go straight to the file descriptors, synchronously: output keeps its
 * order, memory stays bounded when piping large outputs, and nothing waits in
 * a relay when the command thread ends. A closed pipe (`claimcheck … | head -1`)
 * ends the run quietly.
 */
export class Terminal {
  private closed = false;
  /** an input was reported bad (documents.ts): the exit code is 2 however the run ends */
  inputFailed = false;
  readonly isTTY: boolean;
  readonly width: number;
  readonly stderrIsTTY: boolean;

  /** `gate`: shared with the thread that answers Ctrl-C, so a write is never cut in half (write-gate.ts) */
  constructor(facts: ConsoleFacts, private readonly gate?: Int32Array) {
    this.isTTY = facts.stdoutIsTTY;
    this.stderrIsTTY = facts.stderrIsTTY;
    const envWidth = Number(process.env.COLUMNS);
    this.width = facts.columns || (envWidth > 0 ? envWidth : 120);
  }

  get stdoutClosed(): boolean {
    return this.closed;
  }

  write(chunk: string | Uint8Array): void {
    if (this.closed || chunk.length === 0) return;
    if (this.gate && !enterWrite(this.gate)) this.interrupted();
    try {
      writeAllSync(STDOUT, chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      // the reader has what it wanted: a quiet end, but an input reported bad still says so
      this.closed = true;
      process.exit(this.inputFailed ? 2 : 0);
    }
    if (this.gate && !leaveWrite(this.gate)) this.interrupted();
  }

  /** Ctrl-C came while this thread was writing (or about to): stop, as the main thread would have. */
  private interrupted(): never {
    this.error('interrupted');
    process.exit(130);
  }

  /** One clear line on stderr: `claimcheck: <what>: <why>`. */
  error(message: string): void {
    this.note(`claimcheck: ${message.split('\n')[0]}\n`);
  }

  /** Progress and notes for humans, on stderr only. */
  note(message: string): void {
    try {
      writeAllSync(STDERR, message);
    } catch {
      // stderr closed: nobody is listening
    }
  }
}

/** Writes everything: pipes accept partial writes, and a non-blocking descriptor answers EAGAIN when full. */
export function writeAllSync(fd: number, chunk: string | Uint8Array): void {
  let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  while (buf.length) {
    try {
      const n = fs.writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}
