import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions, findMentionsIn, scanSentence } from '../src/extract/index.js';
import { KeyFilter, lexicon } from '../src/extract/lexicon.js';
import { figureStart, followerBits, mayHoldFigure, wordBits } from '../src/extract/prefilter.js';
import { compoundValue, fixedNumberWords } from '../src/extract/spelled.js';
import type { Lang } from '../src/types.js';
import { texts } from './extract-helpers.js';

// The character pre-check skips sentences without a figure before tokenizing. It
// must never skip one the scanner would read something in, least of all a figure in
// words with no digit anywhere.
describe('sentence pre-check', () => {
  it('keeps figures written only in words', () => {
    expect(texts('Zwei Drittel der Befragten waren dagegen.')).toEqual(['Zwei Drittel']);
    expect(texts('Er hat einen Euro gefunden.')).toEqual(['einen Euro']);
    expect(texts('Jeder Dritte ist betroffen.')).toEqual(['Jeder Dritte']);
    expect(texts('Sales rose by twenty percent.', 'en')).toEqual(['twenty percent']);
    expect(texts('She bought a dozen eggs and half a million shares.', 'en')).toEqual(['a dozen', 'half a million']);
    expect(texts('Wir landeten auf Platz drei.')).toEqual(['Platz drei']);
  });

  it('lets prose without figures through without a finding', () => {
    expect(texts('Ein Mann ging mit einer Frau in eine neue Bar.')).toEqual([]);
    expect(texts('This is a test of the former election plan.', 'en')).toEqual([]);
  });

  it('never skips a sentence the scanner finds a figure in (seed articles)', () => {
    let checked = 0;
    for (const { piece, lex } of seedPieces()) {
      if (!mayHoldFigure(piece, lex)) {
        expect(scanSentence(piece, lex), piece).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lets the scanner start where the pre-check found its reason, with the same findings (seed articles)', () => {
    let checked = 0;
    for (const { piece, lex } of seedPieces()) {
      const from = figureStart(piece, lex);
      if (from <= 0) continue;
      expect(scanSentence(piece, lex, from), piece).toEqual(scanSentence(piece, lex, 0));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps its answers right after meeting more distinct words than its memo holds', () => {
    const lex = lexicon('de');
    // every "ein <noun>" memoises the noun; 40,000 of them overflow the memo at least once
    for (let k = 0; k < 40_000; k++) expect(mayHoldFigure(`Ein Haus${k.toString(36).replace(/[0-9]/g, 'q')} stand dort.`, lex)).toBe(false);
    expect(texts('Zwei Drittel der Befragten waren dagegen.')).toEqual(['Zwei Drittel']);
    expect(texts('Er hat einen Euro gefunden.')).toEqual(['einen Euro']);
    expect(texts('Ein Mann ging mit einer Frau in eine neue Bar.')).toEqual([]);
  });

  it('lets every word with a role in a number in words through numberWordStarts (parseSpelled asks it first)', () => {
    for (const lang of ['de', 'en'] as Lang[]) {
      const lex = lexicon(lang);
      const fixed = [...fixedNumberWords(lex)].filter((w) => /^\p{L}+$/u.test(w));
      // compounds: every morpheme after every other covers the starts of the longer ones
      const morphemes = [...(lex.morphemes?.values() ?? [])].flat().map((m) => m.text);
      const compounds = morphemes.flatMap((a) => morphemes.map((b) => a + b)).filter((w) => compoundValue(w, lex) !== null);
      expect(compounds.length > 0).toBe(lang === 'de');
      for (const w of [...fixed, ...compounds]) {
        for (const written of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]) {
          expect(lex.numberWordStarts.hasWord(written, 0, written.length), written).toBe(true);
        }
      }
    }
  });

  it('asks wordBits() about every word that can mean something after an article (followerBits)', () => {
    // ORDINAL, NUMBER, EXTENDS, UNIT, IS_ORDINAL, IS_RANK: what mayStartFigureBeforeWord() reads of the next word
    const relevant = 4 | 16 | 128 | 256 | 512 | 1024;
    for (const lang of ['de', 'en'] as Lang[]) {
      const lex = lexicon(lang);
      const words = [...lex.units.starts, ...lex.unitSymbols.keys(), ...lex.ordinals.keys(), ...lex.rankWords, ...lex.cardinals.keys(),
        ...lex.scales.map.keys(), ...lex.fractions.keys(), ...lex.dozens.keys(), 'dreihundert', 'Tausend', 'Millionen', 'Hälfte', 'Mann', 'election']
        .filter((w) => /^\p{L}+$/u.test(w));
      for (const w of [...words, ...words.map((x) => x[0].toUpperCase() + x.slice(1))]) {
        const bits = wordBits(w, 0, w.length, lex) & relevant;
        if (bits) expect(followerBits(w, 0, w.length, lex), `${lang} ${w}`).not.toBe(0);
      }
      expect(followerBits('Mann', 0, 4, lex)).toBe(0);
    }
  });
});

describe('a sentence read where it stands in its text (findMentionsIn)', () => {
  // pieces that meet at a cut: a URL, a decimal and a word whose next token lies past the sentence's end
  const pieces = ['ein ', 'a ', 'einen', ' Euro', 'zwei', ' Drittel', 'http', '://x', 'www', '.', '5', ' ', '„', 'Mann',
    'Platz', ' drei', ' Dritte', '@', '½', ' million', '-', '\u00a0', 'ü', '\ud83d\ude00'];
  const part = fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((xs) => xs.join(''));

  const sameAsSlice = (before: string, sentence: string, after: string, lang: Lang): void => {
    const whole = before + sentence + after;
    const start = before.length;
    const end = start + sentence.length;
    const lex = lexicon(lang);
    const inSlice = figureStart(sentence, lex);
    expect(figureStart(whole, lex, start, end), JSON.stringify([before, sentence, after])).toBe(inSlice < 0 ? -1 : inSlice + start);
    const shifted = findMentions(sentence, lang).map((m) => ({ ...m, aStart: m.aStart + start, aEnd: m.aEnd + start }));
    expect(findMentionsIn(whole, start, end, lang)).toEqual(shifted);
  };

  it('does not look past the sentence for the token after a word', () => {
    for (const [sentence, after] of [['ein http', '://x.de'], ['Er hat ein www', '.x.de'], ['ein .', '5'], ['Er hat einen', ' Euro'], ['zwei', ' Drittel']]) {
      sameAsSlice('Davor 5. ', sentence!, after!, 'de');
    }
    sameAsSlice('', 'Platz', ' drei', 'de');
    sameAsSlice('', 'a', ' million', 'en');
  });

  it('finds what the sliced sentence holds, at the same places', () => {
    fc.assert(
      fc.property(part, part, part, fc.constantFrom<Lang>('de', 'en'), (before, sentence, after, lang) => sameAsSlice(before, sentence, after, lang)),
      { numRuns: 5000 },
    );
  });
});

// matchPhrase(), the phrase-end test and the date cue search ask a KeyFilter before lower-casing a token
describe('the filter before a lower-cased lookup (KeyFilter)', () => {
  const spellings = (w: string): string[] => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)];

  it('lets every word of the phrase tables and date cues of the lexicon through, in any case', () => {
    for (const lang of ['de', 'en'] as Lang[]) {
      const lex = lexicon(lang);
      const tables = [lex.units, lex.scales, lex.timeOfDay, lex.listWords, lex.months, lex.references, lex.currencyPrefixes,
        lex.ratePhrases, lex.oneInWords];
      const lists: Array<[Set<string>, KeyFilter]> = [[lex.dateCues, lex.dateCueKeys], ...tables.flatMap((t) =>
        [[t.starts, t.startKeys], [t.ends, t.endKeys]] as Array<[Set<string>, KeyFilter]>)];
      for (const [words, filter] of lists) {
        for (const w of words) for (const x of spellings(w)) if (x.toLowerCase() === w) expect(filter.mayHold(x, 0, x.length), `${lang} ${x}`).toBe(true);
      }
    }
  });

  it('turns a token away only when its lower-cased text is not in the set', () => {
    // letters whose toLowerCase() is not the key's lower-casing: "İ", "Ā", the Kelvin sign, final sigma
    const letter = fc.constantFrom('a', 'A', 'Ä', 'ä', 'ß', 'İ', 'i', 'Ā', 'ā', 'Σ', 'σ', 'ς', '\u212a', 'k', 'µ', 'Þ', 'þ', '%', '$', '-', 'ﬀ');
    const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.array(word, { maxLength: 6 }), word, (words, token) => {
      const set = new Set(words.map((w) => w.toLowerCase()));
      if (set.has(token.toLowerCase())) expect(new KeyFilter(set).mayHold(`x ${token} y`, 2, 2 + token.length)).toBe(true);
    }), { numRuns: 5000 });
    expect(new KeyFilter(['prozent']).mayHold('Mann', 0, 4)).toBe(false);
  });
});

/** Rough sentence pieces of the seed articles with their language's lexicon: the claims tested hold for any string. */
function* seedPieces(): Generator<{ piece: string; lex: ReturnType<typeof lexicon> }> {
  const dir = '../shared/seeds';
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = fs.readFileSync(`${dir}/${file}`, 'utf8');
    const lang: Lang = /\b(der|die|und)\b/.test(text) ? 'de' : 'en';
    const lex = lexicon(lang);
    for (const piece of text.split(/(?<=[.!?])\s+|\n/)) yield { piece, lex };
  }
}
