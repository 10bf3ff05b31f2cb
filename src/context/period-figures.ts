// The figures of one sentence in text order, searched by binary search: a
// sentence may hold thousands of them ("1 1 1 1 …"), so nothing here may look
// at every figure for every time expression.
import type { Mention } from '../types.js';

export class FigureIndex {
  /** figures sorted by position (lexer mentions never overlap) */
  readonly figures: Mention[];

  /** `figures` is kept as it is when already in text order (the lexer's order): the caller must not change it afterwards. */
  constructor(figures: Mention[]) {
    this.figures = inTextOrder(figures) ? figures : [...figures].sort((a, b) => a.aStart - b.aStart);
  }

  get size(): number {
    return this.figures.length;
  }

  /** Index of the first figure with aEnd > pos (figures.length if none). */
  firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.figures.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.figures[mid].aEnd > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Index of the first figure with aStart >= pos (figures.length if none). */
  firstStartingAt(pos: number): number {
    let lo = 0;
    let hi = this.figures.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.figures[mid].aStart >= pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Whether any figure overlaps [a, b). */
  overlaps(a: number, b: number): boolean {
    const i = this.firstEndingAfter(a);
    return i < this.figures.length && this.figures[i].aStart < b;
  }

  /** The last figure ending at or before pos, or null. */
  lastEndingBy(pos: number): Mention | null {
    const i = this.firstEndingAfter(pos) - 1;
    return i >= 0 ? this.figures[i] : null;
  }
}

/** Whether the figures are sorted by start already: a copy and a sort per sentence were garbage. */
function inTextOrder(figures: Mention[]): boolean {
  for (let k = 1; k < figures.length; k++) if (figures[k - 1].aStart > figures[k].aStart) return false;
  return true;
}

/** Sorted positions, searched for one strictly between two others. */
export class PositionIndex {
  constructor(private readonly positions: number[]) {}

  /** Whether a position lies strictly between a and b (either order). */
  between(a: number, b: number): boolean {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    let l = 0;
    let h = this.positions.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (this.positions[mid] > lo) h = mid;
      else l = mid + 1;
    }
    return l < this.positions.length && this.positions[l] < hi;
  }

  /**
   * Whether a position lies strictly between a and b (a < b) that is not inside one of `ranges`
   * closed before b (a range's last character, its closing comma, is outside it).
   */
  betweenOutside(a: number, b: number, ranges: ReadonlyArray<{ start: number; end: number }>): boolean {
    for (const p of this.positions) {
      if (p <= a) continue;
      if (p >= b) break;
      if (!ranges.some((r) => r.end <= b && r.start <= p && p < r.end - 1)) return true;
    }
    return false;
  }
}
