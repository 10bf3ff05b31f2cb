import type { AnalysisText } from '../types.js';

/**
 * Builds an analysis string piece by piece while remembering, for every
 * character, where it came from in the original. Normalisation steps only ever
 * copy, drop or replace original ranges, so every analysis offset has an
 * original one and spans survive any number of steps.
 */
export class AnalysisBuilder {
  private parts: string[] = [];
  private origins: number[] = [];
  private length = 0;

  /** Copy original[start, end) unchanged. */
  copy(original: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(original.slice(start, end));
    for (let i = start; i < end; i++) this.origins.push(i);
    this.length += end - start;
  }

  /** Emit `replacement` for original[start, end); every new char points at `start`. */
  replace(replacement: string, start: number): void {
    this.parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) this.origins.push(start);
    this.length += replacement.length;
  }

  get size(): number {
    return this.length;
  }

  /** Finish; `originalEnd` is where the analysis end maps (original.length). */
  build(originalEnd: number): AnalysisText {
    const toOriginal = new Int32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) toOriginal[i] = this.origins[i];
    toOriginal[this.length] = originalEnd;
    return { text: this.parts.join(''), toOriginal };
  }
}

/** The identity analysis of a text (no normalisation). */
export function identityAnalysis(text: string): AnalysisText {
  const toOriginal = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) toOriginal[i] = i;
  return { text, toOriginal };
}

/**
 * Original [start, end) of analysis [aStart, aEnd). The end is one past the
 * original position of the last analysis character, so dropped characters
 * after the span (a removed line-end hyphen) are never included.
 */
export function toOriginalSpan(a: AnalysisText, aStart: number, aEnd: number): [number, number] {
  const start = a.toOriginal[aStart];
  const end = aEnd > aStart ? a.toOriginal[aEnd - 1] + 1 : start;
  return [start, end];
}

/** 1-based line and column (UTF-16 code units, as editors and vfile count) of original offsets. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
