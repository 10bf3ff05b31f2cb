import type { Lang } from '../types.js';

// Function words that are frequent in one language and rare in the other. Counting
// them over the first few kilobytes tells German from English reliably for news
// text; a full n-gram model would be overkill for two languages.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'auch', 'wird', 'werden', 'zu', 'im', 'bei', 'nach', 'wie', 'über', 'hat', 'haben', 'sind', 'noch', 'oder', 'aber', 'dass', 'es', 'sie', 'er', 'ich', 'du', 'wir', 'ihr', 'mein', 'kein', 'keine', 'viele', 'gibt', 'mir', 'uns', 'bitte']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'it', 'with', 'was', 'on', 'are', 'as', 'be', 'by', 'this', 'have', 'from', 'at', 'which', 'but', 'not', 'or', 'has', 'had', 'were', 'been', 'their', 'would', 'will', 'said', 'its', 'they', 'he', 'she', 'i', 'a', 'an', 'me', 'my', 'you', 'your', 'we', 'our', 'there', 'what', 'how', 'many', 'much', 'give', 'please']),
};
/** Longer words are never markers: they are skipped without being sliced out. */
const MAX_MARKER = Math.max(...[...MARKERS.de, ...MARKERS.en].map((w) => w.length));

const SAMPLE_CHARS = 20000;

/** [a-zäöüß]: the letters a marker word is made of (after lower-casing). */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;

/** The document's language by function words, or null when they do not decide it (short texts). */
export function detectLanguage(text: string): Lang | null {
  const counts: Record<Lang, number> = { de: 0, en: 0 };
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  // the words are the runs of [a-zäöüß]; read by hand, since a regex match per word
  // allocated more than the rest of the pipeline's bookkeeping together
  const n = sample.length;
  for (let i = 0; i < n; ) {
    if (!isWordCode(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCode(sample.charCodeAt(j))) j++;
    if (j - i <= MAX_MARKER) {
      const w = sample.slice(i, j);
      if (MARKERS.de.has(w)) counts.de++;
      if (MARKERS.en.has(w)) counts.en++;
    }
    i = j;
  }
  if (counts.de === counts.en) return null;
  return counts.de > counts.en ? 'de' : 'en';
}
