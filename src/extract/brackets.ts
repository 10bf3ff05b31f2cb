// Where a figure stands against brackets, past blanks: "(3,16)" is all its bracket holds,
// "$300bn (£158.8bn" opens a bracket right after the amount. Character tests on the text
// itself: the figures of a document's pass (elided-units.ts) have no tokens left to ask.

/** Blanks between a figure and its bracket: space, tab, no-break space. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/** Where the run of blanks ending at `at` starts (not before `floor`). */
export function blankStart(text: string, at: number, floor = 0): number {
  while (at > floor && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the run of blanks starting at `at` ends. */
export function blankEnd(text: string, at: number): number {
  while (at < text.length && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** Where the "(" stands that blanks alone part from `at` (not before `floor`), else -1. */
export function openingBracketBefore(text: string, at: number, floor = 0): number {
  const k = blankStart(text, at, floor) - 1;
  return k >= floor && text.charCodeAt(k) === 0x28 ? k : -1;
}

/** Is text[start, end) all a bracket holds: "(3,16)", "(4,11 Prozent)"? */
export function aloneInBrackets(text: string, start: number, end: number): boolean {
  return openingBracketBefore(text, start) >= 0 && text.charCodeAt(blankEnd(text, end)) === 0x29;
}
