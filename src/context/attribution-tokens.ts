// A light word tokeniser for attribution cues: words (with inner hyphens and
// apostrophes: "US-Präsident", "Manchester's") and single punctuation marks,
// with absolute analysis offsets.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** a word (letters/digits), not punctuation */
  word: boolean;
  /** starts with an upper-case letter */
  cap: boolean;
}

// inner joiners keep "US-Präsident", "Manchester's", "AT&T", "Nielsen/NetRatings" one word
const TOKEN = /[\p{L}\p{N}]+(?:[-'’&/][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const part = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(part)) !== null) {
    const t = m[0];
    const lower = t.toLowerCase();
    const first = t[0];
    // capitalised: lower-casing changes the first letter
    const code = t.charCodeAt(0);
    const word = code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : WORDISH.test(first);
    out.push({ text: t, lower, start: from + m.index, end: from + m.index + t.length, word, cap: first !== lower[0] });
  }
  return out;
}

/** Lower-case token texts of a cue phrase, split like the text ("lt." -> ["lt", "."]). */
export function cueTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}
