// The only module that touches `natural`. We load single stemmer submodules:
// the package root eagerly requires every component and prints to stdout.
// The submodules are CommonJS without their own typings, hence createRequire
// and the narrow interface below.
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

interface StemmerModule {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const porterDe = require('natural/lib/natural/stemmers/porter_stemmer_de') as StemmerModule;
const porterEn = require('natural/lib/natural/stemmers/porter_stemmer') as StemmerModule;

// Stemming runs on every noun near every figure; a bounded memo keeps that cheap.
const MEMO_LIMIT = 20_000;
const memo: Record<Lang, Map<string, string>> = { de: new Map(), en: new Map() };

/**
 * Snowball/Porter stem of one lowercase word: German (which also folds
 * ä/ö/ü and ß) or English.
 */
export function stem(word: string, lang: Lang): string {
  const cache = memo[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = (lang === 'de' ? porterDe : porterEn).stem(word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
