/**
 * A reusable array to gather one sentence's items in, copied out at their exact
 * count: an array grown push by push per sentence leaves its outgrown copies as
 * garbage. After the copy the gathered items are let go (they would keep the
 * sentence, and through it the text, alive), and after a huge sentence the array
 * itself, rather than keeping its size for the thread's life.
 */
export class Gatherer<T> {
  private readonly items: (T | undefined)[] = [];

  constructor(private readonly keepUpTo = 4096) {}

  /** Puts `item` at position n (0, 1, 2, ... for one sentence). */
  set(n: number, item: T): void {
    if (n < this.items.length) this.items[n] = item;
    else this.items.push(item);
  }

  /** The first n items as an array of their own; the gathering starts again at 0. */
  take(n: number): T[] {
    const out = this.items.slice(0, n) as T[];
    if (this.items.length > this.keepUpTo) this.items.length = 0;
    else this.items.fill(undefined, 0, n);
    return out;
  }
}
