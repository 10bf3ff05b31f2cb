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

/**
 * Snowball/Porter stem of one lowercase word: German (which also folds
 * ä/ö/ü and ß) or English.
 *
 * Not memoised here: callers keep the stems they need (metric-tokens.ts Word
 * units, metric-phrase.ts head analyses); a warm pass over either corpus stems
 * no word, and a cold one meets 85 % of its words once only, so a memo by text
 * (~20,000 entries, ~0.4 MB per language in every thread) mostly kept words that
 * never came back.
 */
export function stem(word: string, lang: Lang): string {
  return (lang === 'de' ? porterDe : porterEn).stem(word);
}
