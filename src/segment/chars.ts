// Character classes on UTF-16 code units, ASCII fast paths first: the
// segmenter and the line joiner test characters in their inner loops, where a
// regex per character would cost more than the rest of the work.

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7; // Latin-1: À..Þ
  return UPPER.test(s[i]);
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  if (c < 0x100) return (c >= 0xdf && c !== 0xf7) || c === 0xb5 || c === 0xaa || c === 0xba; // ß..ÿ
  return LOWER.test(s[i]);
}

export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0x100) return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xb5 || c === 0xaa || c === 0xba;
  if (Number.isNaN(c)) return false;
  return LETTER.test(s[i]);
}

export function isAlnumAt(s: string, i: number): boolean {
  return isDigitCode(s.charCodeAt(i)) || isLetterAt(s, i);
}

/** Horizontal or vertical whitespace, including the Unicode spaces. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

export function isSpaceAt(s: string, i: number): boolean {
  return isSpaceCode(s.charCodeAt(i));
}

/** Does the string hold any letter or digit? */
export function hasAlnum(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAlnumAt(s, i)) return true;
  return false;
}

/** Bullets that open a list item; the middle dot is left out, it separates datelines ("21.01.2025 · 18:00 Uhr"). */
export const BULLETS = '•◦▪▫●○■□►▸▶‣⁃➢➤✓✔';

export function isBulletAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x2022 && BULLETS.includes(s[i]);
}
