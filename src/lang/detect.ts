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

/** LETTER_OF value of "İ": lower-cases to "i" + U+0307, so it is an "i" that ends its word. */
const DOTTED_I = 31;
/**
 * letterCode of every UTF-16 unit's lower-case form, as one table: the scan then
 * reads the text as it is instead of a lower-cased copy of it, one load a char.
 * Besides A-Z and ÄÖÜ, only these lower-case into [a-zäöüß] (checked over all
 * of Unicode): U+1E9E "ẞ" -> "ß", U+212A Kelvin sign -> "k", U+0130 "İ" -> "i̇".
 */
const LETTER_OF = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) LETTER_OF[c] = letterCode(c);
for (let c = 65; c <= 90; c++) LETTER_OF[c] = letterCode(c + 32);
for (const c of [0xe4, 0xf6, 0xfc, 0xdf]) LETTER_OF[c] = letterCode(c);
for (const c of [0xc4, 0xd6, 0xdc]) LETTER_OF[c] = letterCode(c + 32);
LETTER_OF[0x1e9e] = letterCode(0xdf);
LETTER_OF[0x212a] = letterCode(0x6b);
LETTER_OF[0x130] = DOTTED_I;

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
/**
 * word code -> DE | EN bits, as an open-addressing table of typed arrays: a
 * look-up per short word is the scan's main cost, and this is cheaper than a Map.
 */
const TABLE_BITS = 10;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableKeys = new Int32Array(1 << TABLE_BITS); // 0 = empty slot (no word codes to 0)
const tableBits = new Uint8Array(1 << TABLE_BITS);
const slotOf = (code: number): number => Math.imul(code, 0x9e3779b1) >>> (32 - TABLE_BITS);
function markerBits(code: number): number {
  for (let slot = slotOf(code); ; slot = (slot + 1) & TABLE_MASK) {
    const key = tableKeys[slot];
    if (key === code) return tableBits[slot];
    if (key === 0) return 0;
  }
}
for (const [lang, bit] of [['de', DE], ['en', EN]] as const) {
  for (const w of MARKERS[lang]) {
    const code = wordCode(w);
    let slot = slotOf(code);
    while (tableKeys[slot] !== 0 && tableKeys[slot] !== code) slot = (slot + 1) & TABLE_MASK;
    tableKeys[slot] = code;
    tableBits[slot] |= bit;
  }
}

/** The document's language by function words, or null when they do not decide it (short texts). */
export function detectLanguage(text: string): Lang | null {
  let de = 0;
  let en = 0;
  // the words are the runs of [a-zäöüß] in the lower-cased first SAMPLE_CHARS, read
  // by hand through LETTER_OF: a regex match (or a slice) per word allocated more
  // than the rest of the pipeline's bookkeeping together
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; ) {
    let letter = LETTER_OF[text.charCodeAt(i)];
    if (letter === 0) {
      i++;
      continue;
    }
    let code = 0;
    let j = i;
    for (;;) {
      const last = letter === DOTTED_I;
      if (last) letter = 9;
      if (j - i < MAX_MARKER) code = code * 32 + letter;
      j++;
      if (last || j >= n) break;
      letter = LETTER_OF[text.charCodeAt(j)];
      if (letter === 0) break;
    }
    if (j - i <= MAX_MARKER) {
      const bits = markerBits(code);
      if (bits & DE) de++;
      if (bits & EN) en++;
    }
    i = j;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}
