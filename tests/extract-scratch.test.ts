import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/extract/index.js';
import { tokenize, tokenizeByRules, type Tokens } from '../src/extract/tokenize.js';
import type { Lang } from '../src/types.js';

// Scratch tokenizations reuse their Token objects sentence after sentence (a pool by
// token index). A sentence must read the same whatever was read before it, and a
// pooled token must say what a fresh one says.

const PIECES = ['Der', 'Umsatz', 'stieg', 'um', '2,8', '400.000', '12', '500', 'Mio.', 'Euro', '%', 'Prozent', 'rund', 'bis', '-', '–',
  '2014', 'im', 'Mai', 'drei', 'Millionen', 'US-Dollar', '$', '1.5bn', 'about', 'half', 'of', 'the', '(', ')', '.', ',', 'Platz', '3',
  'jeder', 'Dritte', 'A320', 'COVID-19', '½', 'ein', 'Barrel', 'kostete', '80', 'Dollar', 'Höhepunkt', 'the', 'peak', 'came', 'in'];
const sentence = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((xs) => xs.join(' '));
const lang = fc.constantFrom<Lang>('de', 'en');

describe('scratch tokens', () => {
  it('give a sentence the same mentions whatever was read before', () => {
    fc.assert(fc.property(sentence, sentence, lang, (a, b, l) => {
      const first = JSON.stringify(findMentions(a, l));
      findMentions(b, l);
      expect(JSON.stringify(findMentions(a, l))).toBe(first);
    }), { numRuns: 400 });
  });

  it('are the tokens a fresh tokenization makes', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      tokenize(b, true).at(0);
      const pooled = tokenize(a, true);
      const fresh = tokenize(a);
      for (let k = pooled.length - 1; k >= 0; k -= 2) {
        const p = pooled.at(k)!;
        const f = fresh.at(k)!;
        expect([p.type, p.start, p.end, p.space, p.text, p.src]).toEqual([f.type, f.start, f.end, f.space, f.text, f.src]);
      }
    }), { numRuns: 300 });
  });
});

describe('URLs in the tokenizer', () => {
  it('skips a URL only where it starts, and reads words with "h" or "w" as words', () => {
    const s = 'hat HTTPS://x.de www.a.de Www.b wird ht5 WWW.c hTtp://d h w https://e.f/g?h=1 wwwx';
    const toks = tokenize(s);
    const out: Array<[number, string]> = [];
    for (let k = 0; k < toks.length; k++) out.push([toks.typeAt(k), s.slice(toks.startAt(k), toks.endAt(k))]);
    expect(out).toEqual([[1, 'hat'], [5, 'HTTPS://x.de'], [5, 'www.a.de'], [1, 'Www'], [3, '.'], [1, 'b'], [1, 'wird'], [4, 'ht5'],
      [5, 'WWW.c'], [1, 'hTtp'], [3, ':'], [3, '//'], [1, 'd'], [1, 'h'], [1, 'w'], [5, 'https://e.f/g?h=1'], [1, 'wwwx']]);
  });
});

describe('the tokenizer loop', () => {
  // the loop cuts plain words, numbers and marks itself and writes them into the columns: the same tokens the full rules cut
  const columns = (toks: Tokens): number[][] => {
    const out: number[][] = [];
    for (let k = 0; k < toks.length; k++) out.push([toks.typeAt(k), toks.startAt(k), toks.endAt(k), toks.spaceAt(k) ? 1 : 0]);
    return out;
  };
  const chars = ['a', 'Z', 'ü', 'ß', 'h', 't', 'w', 'H', 'T', 'W', ':', '/', '1', '0', '9', '.', ',', "'", '-', '–', '„', '#', '@', '½', '⅓',
    ' ', '\u00a0', '\u2009', '\n', 'e', 'x', '^', '²', '(', '\ud83d', '\ude00', 'p', 's', 'm', 'k'];
  const text = fc.array(fc.constantFrom(...chars, ...PIECES.map((p) => ` ${p}`)), { maxLength: 60 }).map((xs) => xs.join(''));

  it('cuts the tokens tokenAt() cuts', () => {
    fc.assert(fc.property(text, (s) => {
      const expected = columns(tokenizeByRules(s));
      expect(columns(tokenize(s))).toEqual(expected);
      expect(columns(tokenize(s, true))).toEqual(expected);
    }), { numRuns: 3000 });
  });

  it('reads a sentence where it stands in a larger text as it reads its slice, never past its end', () => {
    fc.assert(fc.property(text, text, text, (before, sentence, after) => {
      const whole = before + sentence + after;
      const start = before.length;
      const shifted = columns(tokenize(sentence)).map(([type, s, e, space]) => [type!, s! + start, e! + start, space!]);
      expect(columns(tokenize(whole, false, start, start + sentence.length))).toEqual(shifted);
      expect(columns(tokenize(whole, true, start, start + sentence.length))).toEqual(shifted);
    }), { numRuns: 3000 });
  });

  it('grows the columns past their first size', () => {
    const s = Array.from({ length: 6000 }, (_, k) => (k % 3 ? 'a' : '—')).join(' ') + ' 5 %';
    expect(columns(tokenize(s, true))).toEqual(columns(tokenizeByRules(s)));
  });
});
