// Per-language segmentation data compiled into sets once, shared by the
// normaliser (line joins, hyphens) and the segmenter (boundaries).
import type { Lang } from '../types.js';
import type { SegmentationData } from './data.js';
import { segmentation as de } from '../lang/de/segmentation.js';
import { segmentation as en } from '../lang/en/segmentation.js';

const DATA: Record<Lang, SegmentationData> = { de, en };

export interface LanguageRules {
  prepositive: ReadonlySet<string>;
  /**
   * is `word` (without its final period) an abbreviation? `lower`: the word lower-cased
   * (the caller has it already); `sentenceStart`: it opens the sentence
   */
  isAbbreviation(word: string, lower: string, sentenceStart: boolean): boolean;
  capitalisedBoundary: ReadonlySet<string>;
  /**
   * The longest entry without an inner period of the three abbreviation lists
   * (lower case, spaces removed): a longer word without a period is none of them.
   */
  longestPlainAbbreviation: number;
  starters: ReadonlySet<string>;
  capitalisedNouns: boolean;
  ordinalPeriod: boolean;
  months: ReadonlySet<string>;
  ordinalContext: ReadonlySet<string>;
  cardinalContext: ReadonlySet<string>;
  lineEndWords: ReadonlySet<string>;
  hyphenConjunctions: ReadonlySet<string>;
  hyphenKeepPrefixes: ReadonlySet<string>;
}

const cache = new Map<Lang, LanguageRules>();

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase().replace(/\s+/g, '')));

/**
 * Case-insensitive entries, plus (for languages that capitalise nouns) the
 * lower-case entries that only match lower-case words or sentence openers.
 */
function abbreviationMatcher(d: SegmentationData): (word: string, lower: string, sentenceStart: boolean) => boolean {
  const anyCase = new Set<string>();
  const lowerOnly = new Set<string>();
  for (const a of d.abbreviations) {
    const key = a.toLowerCase().replace(/\s+/g, '');
    if (d.capitalisedNouns && a[0] !== a[0].toUpperCase()) lowerOnly.add(key);
    else anyCase.add(key);
  }
  return (word, lower, sentenceStart) => {
    if (anyCase.has(lower)) return true;
    if (!lowerOnly.has(lower)) return false;
    return sentenceStart || word[0] !== word[0].toUpperCase();
  };
}

function longestPlain(xs: readonly string[]): number {
  let longest = 0;
  for (const x of xs) {
    const key = x.toLowerCase().replace(/\s+/g, '');
    if (!key.includes('.')) longest = Math.max(longest, key.length);
  }
  return longest;
}

export function languageRules(lang: Lang): LanguageRules {
  let rules = cache.get(lang);
  if (!rules) {
    const d = DATA[lang] ?? DATA.de;
    rules = {
      prepositive: lower(d.prepositiveAbbreviations),
      isAbbreviation: abbreviationMatcher(d),
      capitalisedBoundary: lower(d.capitalisedBoundaryAbbreviations),
      longestPlainAbbreviation: longestPlain([...d.abbreviations, ...d.prepositiveAbbreviations, ...d.capitalisedBoundaryAbbreviations]),
      starters: new Set(d.sentenceStarters),
      capitalisedNouns: d.capitalisedNouns,
      ordinalPeriod: d.ordinalPeriod,
      months: new Set(d.months),
      ordinalContext: lower(d.ordinalContext),
      cardinalContext: lower(d.cardinalContext),
      lineEndWords: lower(d.lineEndWords),
      hyphenConjunctions: lower(d.hyphenConjunctions),
      hyphenKeepPrefixes: lower(d.hyphenKeepPrefixes),
    };
    cache.set(lang, rules);
  }
  return rules;
}
