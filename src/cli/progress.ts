import type { Terminal } from './io.js';

const EVERY_MS = 100;
const MIN_INPUTS = 20;

/** "extract: 120/1028 files" on stderr, only on a terminal and only for long runs. */
export class Progress {
  private count = 0;
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;

  constructor(private readonly term: Terminal, private readonly total: number, wanted: boolean) {
    this.enabled = wanted && term.stderrIsTTY && total >= MIN_INPUTS;
  }

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS && this.count < this.total) return;
    this.last = now;
    this.shown = true;
    this.term.note(`\r\u001b[2Kclaimcheck: ${this.count}/${this.total} files`);
  }

  done(): void {
    if (this.shown) this.term.note('\r\u001b[2K');
  }
}
