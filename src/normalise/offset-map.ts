import type { AnalysisText, OffsetTable } from '../types.js';

/**
 * Where each analysis character ENDS in the original (exclusive), kept beside
 * `toOriginal` for the spans a replacement stands for: CRLF -> "\n" covers two
 * original characters, "&quot;" -> '"' six. Without it a sentence ending in a
 * decoded entity would be cut inside the entity. Held in a WeakMap so that
 * `AnalysisText` stays the plain shape of src/types.ts; texts built elsewhere
 * (identityAnalysis, copies) fall back to "one past the start".
 */
const originalEnds = new WeakMap<AnalysisText, Int32Array>();

/**
 * Builds an analysis string piece by piece while remembering, for every
 * character, where it came from in the original. Normalisation steps only ever
 * copy, drop or replace ranges, so every analysis offset has an original one
 * and spans survive any number of steps.
 *
 * Without `base` the builder reads the original itself. With `base` (the output
 * of an earlier step) it reads `base.text`, and every position is translated
 * through `base`'s maps, so passes chain without composing maps afterwards.
 */
export class AnalysisBuilder {
  private parts: string[] = [];
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private length = 0;
  private readonly baseStart: OffsetTable | null;
  private readonly baseEnd: Int32Array | null;

  constructor(base: AnalysisText | null = null) {
    this.baseStart = base ? base.toOriginal : null;
    this.baseEnd = base ? (originalEnds.get(base) ?? null) : null;
  }

  private reserve(extra: number): void {
    const need = this.length + extra + 1;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < need) size *= 2;
    const s = new Int32Array(size);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(size);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }

  private startOf(i: number): number {
    return this.baseStart ? this.baseStart[i] : i;
  }

  private endOf(i: number): number {
    if (this.baseEnd) return this.baseEnd[i];
    return this.baseStart ? this.baseStart[i] + 1 : i + 1;
  }

  /** Copy source[start, end) unchanged (`source` is the original, or `base.text`). */
  copy(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    this.reserve(end - start);
    let n = this.length;
    if (this.baseStart) {
      this.starts.set(this.baseStart.subarray(start, end), n);
      if (this.baseEnd) this.ends.set(this.baseEnd.subarray(start, end), n);
      else for (let i = start; i < end; i++) this.ends[n + i - start] = this.baseStart[i] + 1;
      n += end - start;
    } else {
      for (let i = start; i < end; i++, n++) {
        this.starts[n] = i;
        this.ends[n] = i + 1;
      }
    }
    this.length = n;
  }

  /**
   * Emit `replacement` for source[start, end); every new char points at `start`,
   * the last one ends where the replaced range ends (default: one char).
   */
  replace(replacement: string, start: number, end: number = start + 1): void {
    if (replacement.length === 0) return;
    this.parts.push(replacement);
    this.reserve(replacement.length);
    const s = this.startOf(start);
    const e = end > start ? this.endOf(end - 1) : s + 1;
    for (let i = 0; i < replacement.length; i++) {
      this.starts[this.length] = s;
      this.ends[this.length] = i === replacement.length - 1 ? e : s + 1;
      this.length++;
    }
  }

  get size(): number {
    return this.length;
  }

  /** Finish; `originalEnd` is where the analysis end maps (original.length). */
  build(originalEnd: number): AnalysisText {
    const toOriginal = new Int32Array(this.length + 1);
    toOriginal.set(this.starts.subarray(0, this.length));
    toOriginal[this.length] = originalEnd;
    const result: AnalysisText = { text: this.parts.join(''), toOriginal };
    originalEnds.set(result, this.ends.slice(0, this.length));
    return result;
  }
}

/** Where the end of `a` maps in the original (for chained builders). */
export function originalLength(a: AnalysisText): number {
  return a.toOriginal[a.text.length];
}

/** The identity analysis of a text (no normalisation). */
export function identityAnalysis(text: string): AnalysisText {
  const n = text.length + 1;
  if (n > IDENTITY_MAX) {
    // a huge document: its own table, so the shared one stays small for the thread's life
    const own = new Int32Array(n);
    for (let i = 0; i < n; i++) own[i] = i;
    return { text, toOriginal: own };
  }
  if (identity.length < n) {
    identity = new Int32Array(Math.min(IDENTITY_MAX, Math.max(n, identity.length * 2)));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  // a view of one shared 0, 1, 2, ... table (AnalysisText.toOriginal is read-only): a copy per
  // document was 2 % of a warm pass's CPU and 4 bytes of garbage per character
  return { text, toOriginal: identity.subarray(0, n) };
}

/** Longest text the shared identity table serves (4 MB of table at most). */
const IDENTITY_MAX = 1 << 20;
let identity = new Int32Array(1 << 14);
for (let i = 0; i < identity.length; i++) identity[i] = i;

/**
 * Original [start, end) of analysis [aStart, aEnd). The end is where the last
 * analysis character's source ends, so dropped characters after the span (a
 * removed line-end hyphen) are never included, while a decoded entity or a
 * CRLF is included whole.
 */
export function toOriginalSpan(a: AnalysisText, aStart: number, aEnd: number): [number, number] {
  return spanMapper(a)(aStart, aEnd);
}

/** toOriginalSpan for many spans of one text (looks the end map up once). */
export function spanMapper(a: AnalysisText): (aStart: number, aEnd: number) => [number, number] {
  const map = new SpanMap(a);
  return (aStart, aEnd) => [map.start(aStart), map.end(aStart, aEnd)];
}

/**
 * toOriginalSpan for many spans of one text, start and end as two numbers:
 * no pair array per span on the hot paths (one per sentence, one per claim).
 */
export class SpanMap {
  private readonly starts: OffsetTable;
  private readonly ends: Int32Array | null;
  constructor(a: AnalysisText) {
    this.starts = a.toOriginal;
    this.ends = originalEnds.get(a) ?? null;
  }
  /** Original start of the analysis span starting at `aStart`. */
  start(aStart: number): number {
    return this.starts[aStart];
  }
  /** Original end of analysis [aStart, aEnd). */
  end(aStart: number, aEnd: number): number {
    if (aEnd <= aStart) return this.starts[aStart];
    return this.ends ? this.ends[aEnd - 1] : this.starts[aEnd - 1] + 1;
  }
}

/** 1-based line and column (UTF-16 code units, as editors and vfile count) of original offsets. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    // "\n", "\r\n" and a lone "\r" end a line; found with indexOf, which V8
    // runs natively and measured ~8x faster than a /\r\n?|\n/g loop
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (nl >= 0 || cr >= 0) {
      if (cr >= 0 && (nl < 0 || cr < nl)) {
        const crlf = nl === cr + 1;
        const next = crlf ? cr + 2 : cr + 1;
        this.starts.push(next);
        if (crlf) nl = text.indexOf('\n', next);
        cr = text.indexOf('\r', next);
      } else {
        this.starts.push(nl + 1);
        nl = text.indexOf('\n', nl + 1);
      }
    }
  }
  locate(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    return { line, column: this.column(offset, line) };
  }
  /** 1-based line of an original offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an original offset on its 1-based `line`. */
  column(offset: number, line: number): number {
    return offset - this.starts[line - 1] + 1;
  }
}
