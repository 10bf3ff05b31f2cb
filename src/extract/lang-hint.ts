// A tie-breaker for language detection on texts too short for function words:
// "twenty percent", "100 Prozent", "75 Millionen Dollar". Counts words that belong
// to only one language's number and unit vocabulary.
import type { Lang } from '../types.js';
import { LANGS } from '../types.js';
import { lexicon } from './lexicon.js';

let VOCAB: Map<string, Lang> | null = null;

function vocabulary(): Map<string, Lang> {
  if (VOCAB) return VOCAB;
  const seen = new Map<string, Set<Lang>>();
  for (const lang of LANGS) {
    const lex = lexicon(lang);
    const words = [
      ...lex.cardinals.keys(), ...lex.scales.map.keys(), ...lex.fractions.keys(), ...lex.dozens.keys(),
      ...lex.units.map.keys(), ...lex.negativeWords, ...lex.decimalWords, ...lex.andWords,
    ];
    for (const w of words) {
      if (!/^[a-zäöüß]{3,}$/.test(w)) continue;
      if (!seen.has(w)) seen.set(w, new Set());
      seen.get(w)!.add(lang);
    }
  }
  VOCAB = new Map();
  for (const [w, langs] of seen) if (langs.size === 1) VOCAB.set(w, [...langs][0]!);
  return VOCAB;
}

/**
 * The language whose number and unit words the text uses more, or null when it
 * uses none or both equally. Meant for ties of a function-word detector.
 */
export function numberLanguageHint(text: string): Lang | null {
  const vocab = vocabulary();
  const counts: Record<Lang, number> = { de: 0, en: 0 };
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const m of sample.toLowerCase().matchAll(/[a-zäöüß]{3,}/g)) {
    const lang = vocab.get(m[0]);
    if (lang) counts[lang]++;
  }
  if (counts.de === counts.en) return numberFormatHint(sample);
  return counts.de > counts.en ? 'de' : 'en';
}

// Separators that only one convention writes: "1,234,567" and "9.2321" are
// English, "1.234.567" and "3,25" German. "4.800" or "1,500" say nothing.
const ENGLISH_NUMBER = /\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3}(?:,\d{3})+\.\d|(?<![\d.,])\d*\.(?:\d{1,2}|\d{4,})(?![\d.,])/g;
const GERMAN_NUMBER = /\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d{1,3}(?:\.\d{3})+,\d|(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])/g;

/** The language whose number formatting the text uses, or null when it is ambiguous. */
export function numberFormatHint(text: string): Lang | null {
  const en = text.match(ENGLISH_NUMBER)?.length ?? 0;
  const de = text.match(GERMAN_NUMBER)?.length ?? 0;
  if (en === de) return null;
  return en > de ? 'en' : 'de';
}
