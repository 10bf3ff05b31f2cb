// The time templates' regexes read one-byte copies of the stretches they scan. V8 compiles a
// regex once per string representation it meets: a German article with a single
// "–" is a two-byte string, and then each template is compiled a second time, to
// code twice the size (the two-byte code of the period templates was ~2.9 MB in
// every thread, of ~8.8 MB machine code). English articles are one-byte, German
// ones mostly two-byte, so a thread reading both kept both.
//
// The templates tell characters apart only by a few properties, so the copy
// stands for each character above U+00FF a Latin-1 one with the same: whitespace
// (\s), a letter or digit (the word-end look-ahead), a template's own character
// ("–", given a C1 control character of its own), or none of these. One code unit
// for one: offsets stay the same. viewSource() admits only templates for which
// that holds, and rewrites their own characters to the stand-ins.

import { Buffer } from 'node:buffer';
import { LETTER, NUMBER, SPACE, codePointClasses, unitClasses } from '../lang/unicode.js';

/** What the templates see for a character they cannot match (punctuation, symbols, surrogates). */
const NEUTRAL = 0x01;
/** Stands for whitespace above U+00FF (vertical tab: \s, nothing else). */
const SPACE_LIKE = 0x0b;
/** Stands for a letter or digit above U+00FF ("ª": \p{L}, not \w, \d or \s). */
const WORD_LIKE = 0xaa;

/** Stand-ins for the templates' own characters above U+00FF: C1 controls, matched by no class they use. */
const POOL = Array.from({ length: 0x20 }, (_, k) => 0x80 + k).filter((c) => !/[\s\p{L}\p{N}]/u.test(String.fromCharCode(c)));

const hex = (code: number): string => `\\x${code.toString(16).padStart(2, '0')}`;

/** A template character above U+00FF -> its stand-in (shared by all templates: one copy of a text serves all). */
const standIns = new Map<number, number>();
/** the stand-ins in use: where the text has one of its own, the copy says NEUTRAL */
const inUse = new Uint8Array(0x100);
/** characters the copy changes: above U+00FF, and the stand-ins in use (one class: the quickest to scan for) */
let changed = changedClass();

function changedClass(): RegExp {
  return new RegExp(`[${[...standIns.values()].map(hex).join('')}\\u0100-\\uffff]`, 'g');
}

/** The one suffix the view reads the same way as the text: a look-ahead at one character. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Escapes a template may use: \d, \s and syntax characters taken literally (\w, \b, \p{..}, \u.., \v ... are not). */
const ESCAPES = new Set([...'ds^$\\.*+?()[]{}|/-']);

/**
 * A template's source with its characters above U+00FF spelled as their stand-ins,
 * or null when the copy might not be read the same way as the text: anything that
 * reads characters by more than the properties kept (\w, \b, \p{..}, ".", negated
 * classes, back references), a capture that could hold a changed character (its
 * text is read), or a template character that is itself whitespace or a letter.
 */
export function viewSource(source: string): string | null {
  let out = '';
  let inClass = false;
  /** per open group: whether it captures; and how many capturing ones are open */
  const groups: boolean[] = [];
  let capturing = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const code = source.charCodeAt(i);
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined || !ESCAPES.has(e) || (e === 's' && capturing > 0)) return null;
      out += c + e;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '-' && source[i - 1] !== '[' && source[i + 1] !== ']') {
        // a range: only between printable ASCII ends, where no stand-in lies
        const from = source.charCodeAt(i - 1);
        const to = source.charCodeAt(i + 1);
        if (source[i - 2] === '\\' || source[i + 1] === '\\' || from < 0x20 || from >= 0x7f || to < 0x20 || to >= 0x7f) return null;
      }
    } else if (c === '[') {
      if (source[i + 1] === '^') return null;
      inClass = true;
    } else if (c === '.') {
      return null;
    } else if (c === '(') {
      const captures = source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!');
      groups.push(captures);
      if (captures) capturing++;
    } else if (c === ')') {
      if (groups.pop()) capturing--;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === WORD_LIKE) return null;
    if (code > 0xff) {
      const k = code >= 0xd800 && code <= 0xdfff ? LETTER : unitClasses(code);
      if (k & (SPACE | LETTER | NUMBER) || capturing > 0) return null;
      const standIn = standIns.get(code) ?? register(code);
      if (standIn === null) return null;
      out += hex(standIn);
      continue;
    }
    out += c;
  }
  return inClass || groups.length ? null : out;
}

/** A stand-in for a new template character, or null when none is left. */
function register(code: number): number | null {
  const free = POOL.find((c) => !inUse[c]);
  if (free === undefined) return null;
  standIns.set(code, free);
  inUse[free] = 1;
  changed = changedClass();
  forgetView();
  return free;
}

/** Any character above U+00FF: on a one-byte string V8 answers without reading it. */
const ABOVE_LATIN1 = /[\u0100-\uffff]/;

// The last text asked about (the rules and the chrono triggers of a sentence read
// the same stretch, one after the other) until forgetView().
let lastText: string | null = null;
/** whether its stretches are two-byte strings (it has a character above U+00FF) */
let twoByte = false;
let lastFrom = -1;
let lastTo = -1;
let copy = '';
/** The buffer oneByteStretch writes its copies into: grown to the longest stretch, let go after a document with a huge one. */
const BYTES_KEPT = 1 << 16;
let bytes = Buffer.allocUnsafeSlow(1024);

/**
 * text[from, to) as the templates' regexes read it: a one-byte string, with the
 * characters above U+00FF (and the stand-ins of the text's own) changed. A slice of
 * a two-byte text is two-byte whatever it holds, so there every stretch is copied;
 * only the stretches read are (a copy of each whole text was twice the work).
 */
export function oneByteStretch(text: string, from: number, to: number): string {
  if (text === lastText && from === lastFrom && to === lastTo) return copy;
  if (text !== lastText) {
    lastText = text;
    twoByte = ABOVE_LATIN1.test(text);
  }
  lastFrom = from;
  lastTo = to;
  const part = text.slice(from, to);
  changed.lastIndex = 0;
  let m = changed.exec(part);
  if (m === null && !twoByte) return (copy = part);
  // each code unit's low byte, then the changed ones set right; written into one
  // buffer kept for it (a Buffer per stretch was garbage beside the copy itself)
  if (bytes.length < part.length) bytes = Buffer.allocUnsafeSlow(Math.max(part.length, 2 * bytes.length));
  bytes.write(part, 0, part.length, 'latin1');
  for (; m !== null; m = changed.exec(part)) bytes[m.index] = viewCode(part, m.index);
  return (copy = bytes.toString('latin1', 0, part.length));
}

/** Lets the last text (a document) go. */
export function forgetView(): void {
  if (bytes.length > BYTES_KEPT) bytes = Buffer.allocUnsafeSlow(1024);
  lastText = null;
  lastFrom = lastTo = -1;
  copy = '';
}

/** The stand-in for text[i], a character above U+00FF or a stand-in of the text's own. */
export function viewCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const own = standIns.get(c);
  if (own !== undefined) return own;
  if (c < 0x100) return NEUTRAL;
  if (c >= 0xd800 && c <= 0xdbff) {
    // a pair is one code point to a /u regex: its first unit says what it is, the second is nothing
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return codePointClasses((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) & (LETTER | NUMBER) ? WORD_LIKE : NEUTRAL;
    return NEUTRAL;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return NEUTRAL;
  const k = unitClasses(c);
  return k & SPACE ? SPACE_LIKE : k & (LETTER | NUMBER) ? WORD_LIKE : NEUTRAL;
}
