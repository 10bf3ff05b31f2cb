// Growing the typed arrays that scratch lists and tables are kept in (one
// array kept and grown is less garbage than arrays made afresh). Shared by
// every stage that keeps one.

type Growable = Int32Array | Uint16Array | Uint8Array;

/**
 * A copy of `a` with room for at least `size` elements and at least twice its
 * length (doubling keeps appends linear), its contents kept.
 */
export function grown<T extends Growable>(a: T, size = 0): T {
  const next = new (a.constructor as new (length: number) => T)(Math.max(a.length * 2, size));
  next.set(a);
  return next;
}
