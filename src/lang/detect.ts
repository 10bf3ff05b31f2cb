import type { Lang } from '../types.js';

// Function words that are frequent in one language and rare in the other. Counting
// them over the first few kilobytes tells German from English reliably for news
// text; a full n-gram model would be overkill for two languages.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'auch', 'wird', 'werden', 'zu', 'im', 'bei', 'nach', 'wie', 'über', 'hat', 'haben', 'sind', 'noch', 'oder', 'aber', 'dass', 'es', 'sie', 'er', 'ich', 'du', 'wir', 'ihr', 'mein', 'kein', 'keine', 'viele', 'gibt', 'mir', 'uns', 'bitte']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'it', 'with', 'was', 'on', 'are', 'as', 'be', 'by', 'this', 'have', 'from', 'at', 'which', 'but', 'not', 'or', 'has', 'had', 'were', 'been', 'their', 'would', 'will', 'said', 'its', 'they', 'he', 'she', 'i', 'a', 'an', 'me', 'my', 'you', 'your', 'we', 'our', 'there', 'what', 'how', 'many', 'much', 'give', 'please']),
};
/** Longer words are never markers: they are skipped without being read. */
const MAX_MARKER = Math.max(...[...MARKERS.de, ...MARKERS.en].map((w) => w.length));

const SAMPLE_CHARS = 20000;

/** 1..30 for the letters a marker word is made of ([a-zäöüß] after lower-casing), 0 otherwise. */
function letterCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c === 0xe4) return 27;
  if (c === 0xf6) return 28;
  if (c === 0xfc) return 29;
  if (c === 0xdf) return 30;
  return 0;
}

/**
 * A word of at most MAX_MARKER letters as a number (5 bits a letter), so the
 * scan looks words up without slicing a string out of the text for each.
 */
function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + letterCode(word.charCodeAt(i));
  return code;
}

const DE = 1;
const EN = 2;
/** word code -> DE | EN bits */
const MARKER_CODES = new Map<number, number>();
for (const [lang, bit] of [['de', DE], ['en', EN]] as const) {
  for (const w of MARKERS[lang]) MARKER_CODES.set(wordCode(w), (MARKER_CODES.get(wordCode(w)) ?? 0) | bit);
}

/** The document's language by function words, or null when they do not decide it (short texts). */
export function detectLanguage(text: string): Lang | null {
  let de = 0;
  let en = 0;
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  // the words are the runs of [a-zäöüß], read by hand: a regex match (or a slice)
  // per word allocated more than the rest of the pipeline's bookkeeping together
  const n = sample.length;
  for (let i = 0; i < n; ) {
    let letter = letterCode(sample.charCodeAt(i));
    if (letter === 0) {
      i++;
      continue;
    }
    let code = 0;
    let j = i;
    do {
      if (j - i < MAX_MARKER) code = code * 32 + letter;
      j++;
    } while (j < n && (letter = letterCode(sample.charCodeAt(j))) !== 0);
    if (j - i <= MAX_MARKER) {
      const bits = MARKER_CODES.get(code);
      if (bits !== undefined) {
        if (bits & DE) de++;
        if (bits & EN) en++;
      }
    }
    i = j;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}
