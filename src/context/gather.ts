/**
 * A reusable array to gather one sentence's items in, copied out at their exact
 * count: an array grown push by push per sentence leaves its outgrown copies as
 * garbage. After the copy the gathered items are let go (they would keep the
 * sentence, and through it the text, alive). A huge sentence's array is handed
 * out itself instead of copied (a copy of a million items was as much work and
 * garbage as the gathering), and the gathering starts on a fresh one.
 */
export class Gatherer<T> {
  private items: (T | undefined)[] = [];

  constructor(private readonly keepUpTo = 4096) {}

  /** Puts `item` at position n (0, 1, 2, ... for one sentence). */
  set(n: number, item: T): void {
    if (n < this.items.length) this.items[n] = item;
    else this.items.push(item);
  }

  /** The first n items as an array of their own; the gathering starts again at 0. */
  take(n: number): T[] {
    const items = this.items;
    if (items.length > this.keepUpTo) {
      // only this sentence's items are in it (a longer array was never kept): cut at n, not copied
      items.length = n;
      this.items = [];
      return items as T[];
    }
    const out = items.slice(0, n) as T[];
    // a loop, not fill(): fill() is a call into the runtime, dearer than the few stores of a sentence
    for (let k = 0; k < n; k++) items[k] = undefined;
    return out;
  }
}
