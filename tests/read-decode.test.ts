import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../src/read/decode.js';
import { detectLanguage } from '../src/lang/detect.js';

const text = 'Die Ölreserven betragen 3,4 Milliarden Barrel – „genug“ für 20 Jahre.';

describe('decode', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decode('a.txt', Buffer.from(text, 'utf8')).text).toBe(text);
    const bom = decode('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(bom.text).toBe(text);
    expect(bom.encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode('a.txt', le).text).toBe(text);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decode('a.txt', be).text).toBe(text);
  });

  it('falls back to Windows-1252 for old German files (umlauts, euro sign, German quotes)', () => {
    const bytes = Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x80, 0x20, 0x84, 0x6a, 0x61, 0x93]);
    const src = decode('alt.txt', bytes);
    expect(src.text).toBe('Größe € „ja“');
    expect(src.encoding).toBe('windows-1252');
  });

  it('refuses binary files', () => {
    expect(() => decode('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(InputError);
  });
});

describe('language detection', () => {
  it('tells German from English news text', () => {
    expect(detectLanguage('Im Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar.')).toBe('de');
    expect(detectLanguage('The company said its profits rose by 12% in the third quarter, according to the figures.')).toBe('en');
  });

  it('leaves texts without function words undecided, for the number-word and number-format hints', async () => {
    const { numberFormatHint } = await import('../src/extract/lang-hint.js');
    expect(detectLanguage('75 Millionen')).toBeNull();
    expect(numberFormatHint('1,234,567')).toBe('en');
    expect(numberFormatHint('9.2321312')).toBe('en');
    expect(numberFormatHint('1.234.567')).toBe('de');
    expect(numberFormatHint('3,25')).toBe('de');
    expect(numberFormatHint('4.800')).toBeNull();
  });
});
