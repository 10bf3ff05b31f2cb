// Unicode classes of characters for the hand-written tokenizers (metric,
// attribution, period, section), worked out by the regex engine's own \p{…}
// and \s classes, so they agree with every /u regex in the code, and kept in
// one table per UTF-16 code unit, filled a block of 256 units at a time as text
// needs them. One table for all of them: each is 64 KB in every thread.

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const UPPER = 8;
export const SPACE = 16;
/** set on every filled entry, so 0 means "not worked out yet" */
const KNOWN = 32;

const TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [/\p{Lu}/u, UPPER],
  [/\s/u, SPACE],
];

/** Classes of one code point (a lone surrogate is none of them, as in a /u regex). */
export function codePointClasses(cp: number): number {
  const s = String.fromCodePoint(cp);
  let k = KNOWN;
  for (const [re, bit] of TESTS) if (re.test(s)) k |= bit;
  return k;
}

/** Per code unit, 0 until its block is filled; read through unitClasses(), or directly with fillBlock() on 0. */
export const UNIT_CLASSES = new Uint8Array(0x10000);

/** Fills the block of 256 code units around `c` and returns the classes of `c`. */
export function fillBlock(c: number): number {
  const base = c & ~0xff;
  for (let x = base; x < base + 0x100; x++) UNIT_CLASSES[x] = codePointClasses(x);
  return UNIT_CLASSES[c];
}

/** Classes of one UTF-16 code unit. */
export function unitClasses(c: number): number {
  const k = UNIT_CLASSES[c];
  return k !== 0 ? k : fillBlock(c);
}

/** "0"-"9". */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The ASCII characters /\s/ matches: space, \t, \n, \v, \f, \r. */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * s.charCodeAt(i), or 0 (a code no class matches, like the NaN) outside the
 * string: reading past a string's end makes V8 throw away optimised code.
 */
export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : 0);
