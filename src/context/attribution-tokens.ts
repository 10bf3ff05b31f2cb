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

const TOKEN = /[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word: WORDISH.test(t), cap: UPPER.test(t) });
  }
  return out;
}

/** Lower-case token texts of a cue phrase, split like the text ("lt." -> ["lt", "."]). */
export function cueTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}

export const OPENING_QUOTES = '„“«»"‹›‚';
export const QUOTE_CHARS = '„“”«»"‹›‚‘';
