import fs from 'node:fs';

/**
 * The only place that writes to the process streams. stdout carries the
 * requested format and nothing else; every problem is one line on stderr.
 * A closed pipe (`claimcheck … | head -1`) ends the run quietly.
 */
export class Terminal {
  private closed = false;
  readonly isTTY: boolean;
  readonly width: number;

  constructor(private readonly out: NodeJS.WriteStream = process.stdout, private readonly err: NodeJS.WriteStream = process.stderr) {
    this.isTTY = Boolean(out.isTTY);
    const envWidth = Number(process.env.COLUMNS);
    this.width = out.columns || (envWidth > 0 ? envWidth : 120);
    out.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') {
        this.closed = true;
        process.exit(process.exitCode ?? 0);
      }
      throw e;
    });
  }

  get stdoutClosed(): boolean {
    return this.closed;
  }

  write(chunk: string | Uint8Array): void {
    if (this.closed || chunk.length === 0) return;
    if (this.out === process.stdout && !this.isTTY) {
      // Synchronous writes keep output order and memory bounded when piping large outputs.
      try {
        writeAllSync(chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
          this.closed = true;
          process.exit(process.exitCode ?? 0);
        }
        throw e;
      }
      return;
    }
    this.out.write(chunk);
  }

  /** One clear line on stderr: `claimcheck: <what>: <why>`. */
  error(message: string): void {
    this.err.write(`claimcheck: ${message.split('\n')[0]}\n`);
  }

  /** Progress and notes for humans, on stderr only. */
  note(message: string): void {
    this.err.write(message);
  }

  get stderrIsTTY(): boolean {
    return Boolean(this.err.isTTY);
  }
}

/** Writes everything: pipes accept partial writes, and a non-blocking stdout answers EAGAIN when full. */
function writeAllSync(chunk: string | Uint8Array): void {
  let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  while (buf.length) {
    try {
      const n = fs.writeSync(1, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}
