// Per-language segmentation data compiled into sets once, shared by the
// normaliser (line joins, hyphens) and the segmenter (boundaries).
import type { Lang } from '../types.js';
import type { SegmentationData } from './data.js';
import { segmentation as de } from '../lang/de/segmentation.js';
import { segmentation as en } from '../lang/en/segmentation.js';

const DATA: Record<Lang, SegmentationData> = { de, en };

/** What a word before a full stop is, as bits (one word may be several). */
export const Abbreviation = {
  /** "Dr.", "Prof.": never ends a sentence */
  Prepositive: 1,
  /** "p.m.": ends one before a capital that is no acronym */
  CapitalisedBoundary: 2,
  /** an abbreviation in any case */
  AnyCase: 4,
  /** lower case as listed (languages that capitalise nouns): an abbreviation only lower-case or opening a sentence */
  LowerOnly: 8,
} as const;

export interface LanguageRules {
  /**
   * The three abbreviation lists in one map (lower case, spaces removed) to
   * Abbreviation bits: one lookup per word instead of four.
   */
  abbreviations: ReadonlyMap<string, number>;
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
  ordinalHeads: ReadonlySet<string>;
  lineEndWords: ReadonlySet<string>;
  hyphenConjunctions: ReadonlySet<string>;
  hyphenKeepPrefixes: ReadonlySet<string>;
}

const cache = new Map<Lang, LanguageRules>();

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase().replace(/\s+/g, '')));

/**
 * Each entry's Abbreviation bits. Abbreviations are case-insensitive, except,
 * for languages that capitalise nouns, lower-case entries: those match only
 * lower-case words or sentence openers.
 */
function abbreviationMap(d: SegmentationData): Map<string, number> {
  const map = new Map<string, number>();
  const add = (xs: readonly string[], bit: (x: string) => number): void => {
    for (const x of xs) {
      const key = x.toLowerCase().replace(/\s+/g, '');
      map.set(key, (map.get(key) ?? 0) | bit(x));
    }
  };
  add(d.prepositiveAbbreviations, () => Abbreviation.Prepositive);
  add(d.capitalisedBoundaryAbbreviations, () => Abbreviation.CapitalisedBoundary);
  add(d.abbreviations, (a) => (d.capitalisedNouns && a[0] !== a[0].toUpperCase() ? Abbreviation.LowerOnly : Abbreviation.AnyCase));
  return map;
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
      abbreviations: abbreviationMap(d),
      longestPlainAbbreviation: longestPlain([...d.abbreviations, ...d.prepositiveAbbreviations, ...d.capitalisedBoundaryAbbreviations]),
      starters: new Set(d.sentenceStarters),
      capitalisedNouns: d.capitalisedNouns,
      ordinalPeriod: d.ordinalPeriod,
      months: new Set(d.months),
      ordinalContext: lower(d.ordinalContext),
      cardinalContext: lower(d.cardinalContext),
      ordinalHeads: new Set(d.ordinalHeads ?? []),
      lineEndWords: lower(d.lineEndWords),
      hyphenConjunctions: lower(d.hyphenConjunctions),
      hyphenKeepPrefixes: lower(d.hyphenKeepPrefixes),
    };
    cache.set(lang, rules);
  }
  return rules;
}
