import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable, tokenize } from '../src/context/metric-tokens.js';

// The tokenizer is hand-written for speed; this regex is what it must match, token for token.
const REFERENCE = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?(?:-[\p{L}\p{M}\p{N}]+)*(?:['’]\p{L}*)?-?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

function reference(text: string, start = 0, end = text.length): Array<[number, string]> {
  return [...text.slice(start, end).matchAll(REFERENCE)].map((m) => [start + m.index, m[0]]);
}

const SENTENCES = [
  'Das Handelsvolumen zwischen Russland und den USA betrug 2021 rund 34,9 Mrd. US-Dollar.',
  'Die russisch-amerikanischen Beziehungen: Exporte stiegen um 4,5 % (Vorjahr: 3,7 Mrd.).',
  "The U.S. economy grew 2.5% in 2019, Russia's exports to the U.K fell – down from $639m.",
  'Im März waren es 3.500 – nach 12:30 Uhr noch 1.000.000 Besucher!',
  'Café-Besitzer\u00a0zahlen 5\u2009€; naïve résumé ²³ ½ Ⅻ ٣',
  'Emoji 😀 and math 𝐀𝐁 letters, a lone \ud800 surrogate, combining e\u0301 marks.',
  "rock'n'roll-Fans, o’clock, ’tis, don't-", 
];

describe('metric tokenizer', () => {
  it('cuts real sentences exactly as the reference regex does', () => {
    const table = new WordTable();
    for (const s of SENTENCES) {
      const tokens = tokenize(s, 0, s.length, [], table);
      expect(tokens.map((t) => [t.start, t.text])).toEqual(reference(s));
      for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('cuts a sentence of thousands of tokens as it cuts a short one', () => {
    // (longer than the tokenizer's scratch arrays start: they grow mid-sentence)
    const s = SENTENCES.slice(0, 4).join(' ').repeat(40);
    const table = new WordTable();
    const five = s.indexOf('34,9');
    const tokens = tokenize(s, 0, s.length, [{ aStart: five, aEnd: five + 4, index: 3 }], table);
    expect(tokens.length).toBeGreaterThan(2000);
    expect(tokens.map((t) => [t.start, t.text])).toEqual(reference(s));
    expect(tokens.filter((t) => t.mention === 3).map((t) => t.text)).toEqual(['34,9']);
  });

  it('keeps abbreviations and hyphen compounds whole', () => {
    const s = 'Die U.S.-Exporte und US-Russland-Handel';
    expect(tokenize(s, 0, s.length, []).map((t) => t.text)).toEqual(['Die', 'U.S.', '-', 'Exporte', 'und', 'US-Russland-Handel']);
  });

  it('stops at the sentence bounds, even inside a surrogate pair', () => {
    const s = 'xx a😀b 12,5 yy';
    for (let a = 0; a < s.length; a++) {
      for (let b = a; b <= s.length; b++) {
        expect(tokenize(s, a, b, []).map((t) => [t.start, t.text])).toEqual(reference(s, a, b));
      }
    }
  });

  it('gives one word per text, shared by its tokens, and marks figure tokens', () => {
    const s = 'Exporte von 5 Mrd. Euro, Exporte von 7 Mrd. Euro';
    const table = new WordTable();
    const five = s.indexOf('5');
    const tokens = tokenize(s, 0, s.length, [{ aStart: five, aEnd: five + 10, index: 0 }], table);
    const exports = tokens.filter((t) => t.text === 'Exporte');
    expect(exports).toHaveLength(2);
    expect(exports[0].word).toBe(exports[1].word);
    expect(tokens.filter((t) => t.mention === 0).map((t) => t.text)).toEqual(['5', 'Mrd', '.', 'Euro']);
    expect(tokens.find((t) => t.text === ',')?.boundary).toBe(1);
  });

  it('cuts any text as the reference regex does (surrogates, marks, separators)', () => {
    const pieces = ['a', 'Z', 'ä', 'É', 'U', '.', '-', "'", '’', ',', ':', '1', '٣', '½', ' ', '\u00a0', '\u0301', '😀', '𝐀', '\ud800', '\udc00', '€', '('];
    const table = new WordTable();
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      const tokens = tokenize(s, 0, s.length, [], table);
      expect(tokens.map((t) => [t.start, t.text])).toEqual(reference(s));
    }), { numRuns: 2000 });
  });

  it('finds each word again however many words the table holds, short or long', () => {
    const table = new WordTable();
    const texts: string[] = [];
    for (let k = 0; k < 20_000; k++) texts.push(k % 97 === 0 ? `Lang${'x'.repeat(50 + (k % 20))}${k.toString(36)}` : `w${k.toString(36)}ü`);
    const first = texts.map((t) => tokenize(t, 0, t.length, [], table)[0].word);
    expect(table.size).toBe(texts.length);
    texts.forEach((t, k) => {
      const padded = ` ${t} `;
      const again = tokenize(padded, 1, padded.length - 1, [], table)[0].word;
      expect(again).toBe(first[k]);
      expect(again.text).toBe(t);
    });
    expect(table.size).toBe(texts.length);
  });
});
