// The bilingual metric lexicon (lexicon/metrics.yaml): every word it lists
// must lead back to its own metric, however the stemmer folds it, and German
// compounds of listed words must split at the right place.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ANAPHOR, LEVEL_LEFT, PARTITIVE_RIGHT, lexiconFor, wordFlags, wordUnits } from '../src/context/metric-lexicon.js';
import { analyseHead } from '../src/context/metric-phrase.js';
import { metricKeys as keys } from './context-metric-support.js';
import type { Lang } from '../src/types.js';

interface RawConcept { key: string; de?: string[]; en?: string[] }
const raw = parse(fs.readFileSync(path.resolve(__dirname, '..', 'lexicon', 'metrics.yaml'), 'utf8')) as { concepts: RawConcept[] };

function keyOfWords(words: string, lang: Lang): string | null {
  const parts = words.split(/\s+/);
  const head = parts.pop()!;
  const premods = parts.map((w) => ({ units: wordUnits(w, lang), noun: lang === 'en' }));
  return analyseHead(premods, head, lexiconFor(lang)).concept?.key ?? null;
}

describe('metric lexicon', () => {
  it('flags exactly the words of the grammar lists the resolver tests by flag', () => {
    for (const lang of ['de', 'en'] as const) {
      const lex = lexiconFor(lang);
      const g = lex.grammar;
      const lists: Array<[number, readonly string[]]> = [[ANAPHOR, g.anaphors], [PARTITIVE_RIGHT, g.partitiveRight], [LEVEL_LEFT, g.levelLeft]];
      // the listed words, their neighbours in the other lists, and words of neither
      const words = [...g.anaphors, ...g.partitiveRight, ...g.levelLeft, ...g.stopwords.slice(0, 50), 'Das', 'exporte', 'of.', ',', '3'];
      for (const [flag, list] of lists) for (const w of words) expect([lang, w, (wordFlags(lex, w) & flag) !== 0]).toEqual([lang, w, list.includes(w)]);
    }
  });

  it('has unique keys and maps every listed word back to its own metric', () => {
    const keys = raw.concepts.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const wrong: string[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const c of raw.concepts) {
        for (const term of c[lang] ?? []) {
          const got = keyOfWords(term, lang);
          if (got !== c.key) wrong.push(`${lang} "${term}": ${got} instead of ${c.key}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('tells words apart that the stemmer folds together', () => {
    // Snowball folds these pairs onto one stem; the written form decides
    expect(keyOfWords('Gewinner', 'de')).toBeNull();
    expect(keyOfWords('Gewinn', 'de')).toBe('profit');
    expect(keyOfWords('Arbeitslose', 'de')).toBe('unemployed');
    expect(keyOfWords('Arbeitslosigkeit', 'de')).toBe('unemployment.rate');
    expect(keyOfWords('Haushalte', 'de')).toBe('households');
    expect(keyOfWords('Haushalts', 'de')).toBe('budget');
    expect(keyOfWords('interesting', 'en')).toBeNull();
  });

  it('splits German compounds at a known head and keeps the modifier', () => {
    const lex = lexiconFor('de');
    const oil = analyseHead([], 'Erdölreserven', lex);
    expect([oil.concept?.key, [...oil.facets]]).toEqual(['reserves', ['oil']]);
    expect(analyseHead([], 'Gesamtexportvolumens', lex).concept?.key).toBe('exports');
    // a cut that leaves no word ("Plattenv|ertrag") or only a verb prefix ("Ver|teuerung") is no split
    expect(analyseHead([], 'Plattenvertrag', lex).concept).toBeNull();
    expect(analyseHead([], 'Direktor', lex).concept).toBeNull();
  });
});

describe('British and American spellings', () => {
  it('share one stem, so "150 programs" and "150 programmes" have one key', () => {
    expect(wordUnits('programmes', 'en')).toEqual(wordUnits('programs', 'en'));
    expect(wordUnits('centres', 'en')).toEqual(wordUnits('centers', 'en'));
    expect(wordUnits('licence', 'en')).toEqual(wordUnits('license', 'en'));
    // not the party: "Labour" stays apart from American "labor"
    expect(wordUnits('Labour', 'en')).not.toEqual(wordUnits('labor', 'en'));
  });
});

describe('a counter word glued to a figure ("30-man", "30-strong")', () => {
  it('leaves the counted noun to the word after it', async () => {
    const { analyse } = await import('../src/pipeline/analyse.js');
    const key = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims[0].metric?.key;
    expect(key("Bell has been added to England's 30-man squad to face Ireland.")).toBe('noun:squad');
    expect(key('Goode has been named in a 30-man training squad.')).toBe('noun:squad');
    expect(key('Parry has to deliver a new 60,000-seat stadium.')).toBe('seats');
  });
});

describe('productivity is a metric of its own', () => {
  // Porter stems "productivity" to "product": unlisted, a productivity figure became a product's
  it('is not a product\'s figure in either language', () => {
    expect(keys('Labour productivity in the plant rose 3% last year.', 'en', ['3%'])).toEqual(['productivity.change']);
    expect(keys('Die Produktivität der Werke stieg um 3 Prozent.', 'de', ['3 Prozent'])).toEqual(['productivity.change']);
    expect(keys('Sales of the new product rose 3% last year.', 'en', ['3%'])).not.toEqual(['productivity.change']);
  });
});
