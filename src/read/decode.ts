import type { SourceText } from '../types.js';

export class InputError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
// Old German files are often Windows-1252: Latin-1 plus €, „, “, – … in 0x80–0x9F.
// Written out by hand because Node 20's TextDecoder('windows-1252') decodes that
// range as Latin-1 control characters (a known Node bug), losing € and „“.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(i + CHUNK, bytes.length); j++) {
      const b = bytes[j];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** How far we look for NUL bytes before calling a file binary (as git and grep do). */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252
 * when the bytes are not valid UTF-8. A NUL byte in a file without a UTF-16 BOM
 * means binary: it is refused rather than guessed at.
 */
export function decode(path: string, bytes: Uint8Array): SourceText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(path, utf8(path, bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { path, text: UTF16LE.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { path, text: UTF16BE.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) throw new InputError(path, 'binary file (contains NUL bytes), skipped');
  try {
    return { path, text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { path, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function utf8(path: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(path, 'has a UTF-8 byte order mark but is not valid UTF-8');
  }
}

function checked(path: string, text: string, encoding: string): SourceText {
  return { path, text, encoding };
}
