// A growable list of integers over an Int32Array, for the segmenter's scratch
// lists: a fresh array per block or sentence, grown by push, was garbage of its
// own (every growth copies), while one list kept and cleared grows only until it
// fits the longest block seen.
import { grown } from '../typed-arrays.js';

export class IntList {
  length = 0;
  private data: Int32Array;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  push(x: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = x;
  }

  get(k: number): number {
    return this.data[k]!;
  }

  set(k: number, x: number): void {
    this.data[k] = x;
  }

  /** Removes and returns the last element, or -1 when empty. */
  pop(): number {
    return this.length === 0 ? -1 : this.data[--this.length]!;
  }

  last(): number {
    return this.data[this.length - 1]!;
  }

  /** Index of the first element >= x (the list ascending). */
  lowerBound(x: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.data[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Binary search (the list ascending). */
  includes(x: number): boolean {
    const i = this.lowerBound(x);
    return i < this.length && this.data[i] === x;
  }

  /** Sorts ascending; most lists arrive sorted, and are then left as they are. */
  sort(): void {
    for (let k = 1; k < this.length; k++) {
      if (this.data[k - 1]! > this.data[k]!) {
        this.data.subarray(0, this.length).sort();
        return;
      }
    }
  }

  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }

  private grow(): void {
    this.data = grown(this.data);
  }
}
