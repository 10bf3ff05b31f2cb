// The start index must never hide a time expression: at every position of real
// corpus text, the alternatives it hands out match exactly what the whole
// alternation of a language's templates matches there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StartIndex, execSubset } from '../src/context/period-starts.js';
import { WORD_END, oneByteStretch, viewSource } from '../src/context/period-view.js';

const oneByteView = (text: string) => oneByteStretch(text, 0, text.length);
import { time as de } from '../src/lang/de/time.js';
import { time as en } from '../src/lang/en/time.js';
import { compileTime, slotSources } from '../src/context/period-scan.js';
import { compileTriggers, scanChrono, type CompiledTriggers } from '../src/context/period-chrono.js';

const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');

/** The first articles of a corpus, or a few real sentences where the corpus is absent. */
function sample(lang: 'de' | 'en', fallback: string): string {
  const file = path.join(CORPUS, `${lang}-news.jsonl`);
  if (!fs.existsSync(file)) return fallback;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 40);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n');
}

/** Capturing groups in a regex source. */
const captures = (source: string) => new RegExp(`${source}|`, 'u').exec('')!.length - 1;

/**
 * Per position: [alternative, match] of the full alternation over the text and of
 * the index's subset over what the index reads (the one-byte copy where it reads that).
 */
function compare(alternatives: string[], text: string, minMatches = 1): void {
  const full = new RegExp(`(?:${alternatives.map((a) => `(${a})`).join('|')})${WORD_END}`, 'yu');
  const index = new StartIndex(alternatives, WORD_END);
  const subject = index.subject(text, 0, text.length);
  let matches = 0;
  for (let p = 0; p < text.length; p++) {
    full.lastIndex = p;
    const m = full.exec(text);
    const subset = index.at(text, p, text.length);
    if (m === null) {
      if (subset) expect(execSubset(subset, subject, p)).toBeNull();
      continue;
    }
    matches++;
    expect(subset, `a match at ${p} ("${m[0]}") is not offered`).not.toBeNull();
    const n = execSubset(subset!, subject, p);
    expect(n?.m[0].length).toBe(m[0].length);
    // the same alternative, by the wrapping group of the full alternation
    let k = 0;
    let group = 1;
    while (m[group] === undefined) group += 1 + captures(alternatives[k++]);
    expect(n!.index).toBe(k);
    // and the same groups: the alternative's own captures follow its wrapping group
    const own = captures(alternatives[k]);
    expect(n!.m.slice(n!.marker + 1, n!.marker + 1 + own)).toEqual(m.slice(group + 1, group + 1 + own));
  }
  expect(matches).toBeGreaterThanOrEqual(minMatches);
}

describe('start index over time templates', () => {
  const templates = (lex: typeof de) => {
    const c = compileTime(lex);
    return (c.starts as unknown as { alternatives: string[] }).alternatives;
  };
  const triggers = (lex: typeof de) => lex.chronoTriggers.map((t) => t.pattern.replace(/\{month\}/g, `(?:${slotSources(lex).month})`));

  it('offers every German rule and trigger match in corpus text', () => {
    const text = sample('de', 'In den ersten sieben Monaten 2025 flossen 10,1 Milliarden Euro. Am 21. Januar 2025 und im Vorjahr, seit Mai 2014.');
    compare(templates(de), text);
    compare(triggers(de), text);
  });

  it('offers every English rule and trigger match in corpus text', () => {
    const text = sample('en', 'In the first half of 2004 profits rose to £125m, a year earlier on January 21, 2005, last year.');
    compare(templates(en), text);
    compare(triggers(en), text);
  });

  it('reads the German templates through the one-byte copy', () => {
    expect(compileTime(de).starts.readsView).toBe(true);
    expect(compileTime(en).starts.readsView).toBe(true);
  });

  // The copy stands Latin-1 characters for the others; whatever the text holds,
  // each template must match in the copy what it matches in the text itself.
  it('matches the same in the one-byte copy as in any text', () => {
    const pieces = [
      ' ', '  ', '\n', '\u2009', '\u1680', '\u00a0', '–', '—', '-', '/', '.', ',', '2014', '2015', '3', '21.', 'Mai', 'März', 'Januar',
      'im', 'ersten', 'Quartal', 'Jahr', 'bis', 'seit', 'the', 'first', 'half', 'of', 'year', 'in', 'since', 'ago', 'last', 'H1',
      '2014–2015', '2014 – 15', 'Mai–Juni', 'May–June', 'ğ', 'ª', '²', '\x80', '\x96', '\x0b', '\x01', '\u{1d400}', '\ud835', '\udc00', '€', '„', '’', '\u0663',
    ];
    const alternatives = [...templates(de), ...triggers(de), ...templates(en), ...triggers(en)];
    const pairs = alternatives.map((a) => [new RegExp(`(${a})${WORD_END}`, 'yu'), new RegExp(`(${viewSource(a)})${WORD_END}`, 'yu')] as const);
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (whole, a, b) => {
        // a stretch of a text, as the scanners read one
        const from = a % (whole.length + 1);
        const to = from + (b % (whole.length - from + 1));
        const t = whole.slice(from, to);
        const view = oneByteStretch(whole, from, to);
        for (let p = 0; p < t.length; p++) {
          for (const [inText, inView] of pairs) {
            inText.lastIndex = p;
            inView.lastIndex = p;
            const m = inText.exec(t);
            const n = inView.exec(view);
            expect(n?.[0].length, `${inText.source} at ${p}`).toBe(m?.[0].length);
            // captures (the slots) are read as text: the same characters
            if (m && n) expect(n.slice(2)).toEqual(m.slice(2));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps offsets and what the templates tell apart in the copy', () => {
    const text = 'a–b\u2009c\u0663d€e\x80f\u{1d400}g\ud835h';
    const view = oneByteView(text);
    expect(view.length).toBe(text.length);
    expect(/^[\x00-\xff]*$/.test(view)).toBe(true);
    // whitespace stays whitespace, letters and digits stay letters or digits, nothing else becomes either
    for (let i = 0; i < text.length; i++) {
      expect(/\s/u.test(view[i]), `at ${i}`).toBe(/\s/u.test(text[i]));
      const cp = String.fromCodePoint(text.codePointAt(i)!);
      if (!(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) expect(/[\p{L}\p{N}]/u.test(view[i]), `at ${i}`).toBe(/^[\p{L}\p{N}]/u.test(cp));
    }
    expect(oneByteView('plain Latin-1 text, Jänner')).toBe('plain Latin-1 text, Jänner');
  });

  it('hands chrono a trigger as written, not as the copy spells it', () => {
    const seen: string[] = [];
    const parser = { parse: (span: string) => (seen.push(span), []) };
    const c = { ...compileTriggers(de), parser } as unknown as CompiledTriggers;
    const text = 'Er kam 3. Mai\u16802015 zurück – 3. Mai 2015.';
    scanChrono(c, text, 0, text.length, { year: 2015, month: 6, day: 1 });
    expect(seen).toEqual(['3. Mai\u16802015', '3. Mai 2015']);
  });

  it('admits only templates the copy reads the same way', () => {
    expect(viewSource('(1[89]\\d\\d)\\s?[-–]\\s?(\\d\\d)')).toMatch(/^\(1\[89\]\\d\\d\)\\s\?\[-\\x[89][0-9a-f]\]\\s\?\(\\d\\d\)$/);
    for (const source of ['a.b', '\\w+', '[^a]', '\\p{L}', '\\bJahr', '(\\d\\s\\d)', '(–)', 'ğ', '\\u2013', '(a)\\1', '[\\x00-z]', 'ª']) {
      expect(viewSource(source), source).toBeNull();
    }
  });

});
