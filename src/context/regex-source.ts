// Reading and writing a regex's source: where a character class or a group ends, with
// escapes skipped and brackets inside classes not counted (shared by the two places that
// take time-expression and cue patterns apart: period-starts.ts, period-cues.ts), and
// words escaped to be matched literally.

/** `s` matched literally inside a regex source. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Index after the ']' closing the class whose '[' is at `at`, or -1. */
export function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return -1;
}

/** Index after the ')' closing the group whose body starts at `from`, or -1. */
export function groupBodyEnd(source: string, from: number): number {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}
