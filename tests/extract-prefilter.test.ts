import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanSentence } from '../src/extract/index.js';
import { lexicon } from '../src/extract/lexicon.js';
import { figureStart, mayHoldFigure } from '../src/extract/prefilter.js';
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
    const dir = '../shared/seeds';
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const lang: Lang = /\b(der|die|und)\b/.test(fs.readFileSync(`${dir}/${file}`, 'utf8')) ? 'de' : 'en';
      const lex = lexicon(lang);
      // rough sentence pieces are enough: the claim holds for any string
      for (const piece of fs.readFileSync(`${dir}/${file}`, 'utf8').split(/(?<=[.!?])\s+|\n/)) {
        if (!mayHoldFigure(piece, lex)) {
          expect(scanSentence(piece, lex), piece).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lets the scanner start where the pre-check found its reason, with the same findings (seed articles)', () => {
    const dir = '../shared/seeds';
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const lang: Lang = /\b(der|die|und)\b/.test(fs.readFileSync(`${dir}/${file}`, 'utf8')) ? 'de' : 'en';
      const lex = lexicon(lang);
      for (const piece of fs.readFileSync(`${dir}/${file}`, 'utf8').split(/(?<=[.!?])\s+|\n/)) {
        const from = figureStart(piece, lex);
        if (from <= 0) continue;
        expect(scanSentence(piece, lex, from), piece).toEqual(scanSentence(piece, lex, 0));
        checked++;
      }
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
});
