// Strings that a long-lived table keeps (a memo, a word table) must not keep the
// document they were cut from. V8 makes a substring of 13 or more characters a
// "sliced string": a view that holds its whole parent text alive. One long word
// kept from each article held ~6 MB of article texts per thread after a pass
// over both corpora (heap snapshot: 6,172 sliced strings, 2,057 parent texts).

/** The shortest substring V8 makes a view of its parent (SlicedString::kMinLength); shorter ones are copies. */
const SLICED_MIN = 13;

/**
 * `s` as a string of its own: a copy when it may be a view of a longer text.
 * (A join of two parts builds a new flat string; `+` would make a pair of views.)
 */
export function detached(s: string): string {
  return s.length < SLICED_MIN ? s : [s.slice(0, 1), s.slice(1)].join('');
}
