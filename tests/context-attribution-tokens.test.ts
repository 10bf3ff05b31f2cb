// The hand-written attribution tokeniser must split exactly like the regex it
// replaced, or cues ("laut", "US-Präsident Donald Trump") would be read differently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, Token, WordFilter, EndingFilter, Picker } from '../src/context/attribution-tokens.js';
import { PhraseReader } from '../src/context/attribution-phrase.js';
import { attribution as deAttribution } from '../src/lang/de/attribution.js';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’&/][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

/** The regex tokeniser the hand-written one replaced (text, offsets, word, capital, lower case). */
function reference(text: string, from: number, to: number) {
  const part = text.slice(from, to);
  return [...part.matchAll(TOKEN)].map((m) => {
    const t = m[0];
    const lower = t.toLowerCase();
    const code = t.charCodeAt(0);
    const word = code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : WORDISH.test(t[0]);
    return { text: t, lower, start: from + m.index, end: from + m.index + t.length, word, cap: t[0] !== lower[0] };
  });
}

function actual(text: string, from: number, to: number) {
  return tokenize(text, from, to).map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, word: t.word, cap: t.cap }));
}

/**
 * What a token tells without making its strings (key, lengths, code units) must
 * agree with the strings: asked first on a fresh token, then checked against them.
 */
/** Endings asked of the tokens: lexicon tails, whole words, one and no letter. */
const SUFFIXES = ['angaben', 'ung', 'schätzung', 'n', '', 'trump', 'präsident', 'ös', '-wert', 'ı'];

function unmadeAgree(text: string, from: number, to: number): void {
  for (const t of tokenize(text, from, to)) {
    const key = t.key;
    const lowerLength = t.lowerLength;
    const textLength = t.textLength;
    const codes = Array.from({ length: textLength }, (_, k) => t.codeAt(k));
    const endingKey = t.lowerEndingKey();
    const ends = SUFFIXES.map((x) => t.lowerEndsWith(x));
    const lower = t.lower;
    // the same answers once the strings are made (read from the memo then)
    expect(t.lowerEndingKey()).toBe(endingKey);
    expect(ends).toEqual(SUFFIXES.map((x) => lower.endsWith(x)));
    expect(SUFFIXES.map((x) => t.lowerEndsWith(x))).toEqual(ends);
    for (const tail of [lower.slice(-3), lower.slice(-2), lower.slice(-1)]) {
      if (tail.length === Math.min(3, lower.length)) expect(new EndingFilter([tail]).mayEnd(t)).toBe(true);
    }
    expect(key).toBe(Token.of(t.text).key);
    expect(lowerLength).toBe(lower.length);
    expect(textLength).toBe(t.text.length);
    expect(codes).toEqual(Array.from({ length: t.text.length }, (_, k) => t.text.charCodeAt(k)));
    expect(t.lowerEndsWith(lower.slice(1))).toBe(true);
  }
}

describe('attribution tokeniser', () => {
  it('splits real sentences like the regex: compounds, apostrophes, quotes, umlauts', () => {
    const sentences = [
      'Laut US-Präsident Donald Trump kostet das „Projekt“ 1,2 Mrd. Euro – so Trump am Montag.',
      "BA's chief executive Rod Eddington said AT&T and Nielsen/NetRatings data showed a 40% drop.",
      'Kranken- und Pflegekassen: ÖVP-Chef, Österreichs ΑΣ-Wert, İstanbul und 9to5Mac meldeten 3.000 Fälle.',
    ];
    for (const s of sentences) {
      expect(actual(s, 0, s.length)).toEqual(reference(s, 0, s.length));
      unmadeAgree(s, 0, s.length);
    }
    const s = sentences[0];
    expect(actual(s, 6, 40)).toEqual(reference(s, 6, 40));
  });

  it('splits any text like the regex, astral letters and lone surrogates included', () => {
    const pieces = [
      'A', 'b', 'É', 'ß', 'Ü', ' ', '\u00a0', ',', '„', '“', '"', '(', '-', '’', "'", '&', '/', '3', '𝐀', '𝑎', '😀', 'Σ', 'ς', 'İ', 'ǅ',
      '\uD800', '\uDC00', 'Trump', 'Außen', 'ẞ', 'Ω', '\u212a', 'Ⓐ', 'Ж', 'Ő',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(actual(text, from, to)).toEqual(reference(text, from, to));
        unmadeAgree(text, from, to);
      }),
      { numRuns: 2000 },
    );
  });

  it('never rules out a listed word by its fingerprint', () => {
    const words = ['laut', 'zufolge', 'sagte', 'according', 'said', 'demnach'];
    const endings = ['angaben', 'schätzung', 'studie'];
    const filter = new WordFilter(words);
    const ends = new EndingFilter(endings);
    const text = 'Laut ZUFOLGE Sagte According SAID Demnach Polizeiangaben Regierungsschätzung OECD-Studie';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.slice(0, 6).every((t) => filter.mayHave(t))).toBe(true);
    expect(tokens.slice(6).every((t) => ends.mayEnd(t))).toBe(true);
  });

  it('picks every capitalised word that may name its source as a compound ("Polizeiangaben", "OECD-Studie")', () => {
    const reader = new PhraseReader(deAttribution);
    const picker = new Picker(new WordFilter([]), (t) => reader.mayOwnCompound(t));
    const heads = ['Polizei', 'OECD-', 'OECD', 'Regierungs', 'Bürger', 'Ärzte', 'X', 'Un', 'DNA-', 'Ämter', 'Wifo-', 'Experten'];
    const tails = [...deAttribution.sourceDocuments, ...deAttribution.documentNouns, 'zahlen', 'ung', 'en', 'n', 'ANGABEN', ''];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...heads), fc.constantFrom(...tails)), { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.map(([h, t]) => h + t).join(' ');
        const tokens = tokenize(text, 0, text.length, picker);
        const picked = new Set(picker.picked.slice(0, picker.count));
        tokens.forEach((t, i) => {
          if (t.word && t.cap && reader.compoundOwner(t) !== null) expect(picked.has(i), t.text).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
