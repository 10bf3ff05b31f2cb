import type { Lang } from '../types.js';

// Function words that are frequent in one language and rare in the other. Counting
// them over the first few kilobytes tells German from English reliably for news
// text; a full n-gram model would be overkill for two languages.
export const MARKERS: Record<Lang, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'auch', 'wird', 'werden', 'zu', 'im', 'bei', 'nach', 'wie', 'über', 'hat', 'haben', 'sind', 'noch', 'oder', 'aber', 'dass', 'es', 'sie', 'er', 'ich', 'du', 'wir', 'ihr', 'mein', 'kein', 'keine', 'viele', 'gibt', 'mir', 'uns', 'bitte', 'laut', 'sowie', 'nur', 'um', 'aus', 'zum', 'zur', 'vom', 'beim', 'seit', 'wurde', 'sei', 'jahr', 'rund', 'knapp', 'etwa', 'mehr', 'als', 'bis', 'unter', 'gegen', 'durch', 'vor']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'are', 'as', 'be', 'by', 'this', 'have', 'from', 'at', 'which', 'but', 'not', 'or', 'has', 'had', 'were', 'been', 'their', 'would', 'will', 'said', 'its', 'they', 'he', 'she', 'i', 'a', 'me', 'my', 'you', 'your', 'we', 'our', 'there', 'what', 'how', 'many', 'much', 'give', 'please', 'his', 'her', 'who', 'after', 'more', 'than', 'into', 'about', 'up', 'out', 'over', 'year', 'years', 'while', 'since', 'when', 'should', 'could']),
};
/**
 * Words as frequent in both languages that lean one way: they count in no score of
 * detectLanguage and decide only in leaningLanguage, after the number formats. "in" opens as
 * many German phrases as English ones, yet tells an English headline with nothing else in it
 * ("Ryanair in $4bn Boeing plane deal").
 */
export const LEANING_MARKERS: Record<Lang, ReadonlySet<string>> = { de: new Set(), en: new Set(['in']) };
/** Longer words are never markers: they are skipped without being read. */
const MAX_MARKER = Math.max(...[...MARKERS.de, ...MARKERS.en, ...LEANING_MARKERS.de, ...LEANING_MARKERS.en].map((w) => w.length));

// the scan packs a word of up to MAX_MARKER letters into 31 bits, 5 bits a letter
if (MAX_MARKER * 5 > 31) throw new Error('marker words too long for a 32-bit word code');

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
const LEAN_DE = 4;
const LEAN_EN = 8;
/**
 * word code -> DE | EN bits, as a hash table without collisions between markers
 * (the multiplier is searched for at load): one probe and no branch per word,
 * since whether a word is a marker is a coin toss the CPU mispredicts.
 */
const TABLE_BITS = 11;
const tableKeys = new Int32Array(1 << TABLE_BITS); // empty slots: key 0, bits 0
const tableBits = new Uint8Array(1 << TABLE_BITS);
const markerCodes = new Map<number, number>();
for (const [words, bit] of [[MARKERS.de, DE], [MARKERS.en, EN], [LEANING_MARKERS.de, LEAN_DE], [LEANING_MARKERS.en, LEAN_EN]] as const) {
  for (const w of words) {
    const code = wordCode(w);
    markerCodes.set(code, (markerCodes.get(code) ?? 0) | bit);
  }
}
function collisionFree(multiplier: number): boolean {
  const slots = new Set<number>();
  for (const code of markerCodes.keys()) slots.add(Math.imul(code, multiplier) >>> (32 - TABLE_BITS));
  return slots.size === markerCodes.size;
}
let multiplier = 0x9e3779b1;
while (!collisionFree(multiplier)) multiplier = (multiplier + 2) | 0;
const MULTIPLIER = multiplier;
for (const [code, bits] of markerCodes) {
  const slot = Math.imul(code, MULTIPLIER) >>> (32 - TABLE_BITS);
  tableKeys[slot] = code;
  tableBits[slot] = bits;
}

/**
 * What the scan reads, gathered for one destructuring into locals: a module-scope
 * binding is read from the module's context at each use in the loop, with a check
 * that it is initialised (and MULTIPLIER, when it lies above 2^31, converted from a heap number).
 */
const SCAN = {
  letterOf: LETTER_OF,
  keys: tableKeys,
  bits: tableBits,
  multiplier: MULTIPLIER | 0,
  slotShift: 32 - TABLE_BITS,
  maxMarker: MAX_MARKER,
  dottedI: DOTTED_I,
};

/** The document's language by function words, or null when they do not decide it (short texts). */
export function detectLanguage(text: string): Lang | null {
  let de = 0;
  let en = 0;
  // words with ä, ö, ü or ß: half a German marker each, which decides a short text with
  // few function words ("In Österreich leben 8,4 Millionen Menschen laut Zensus 2011.")
  // and is outweighed by an English text's markers around a German name
  let umlautWords = 0;
  let leanDe = 0;
  let leanEn = 0;
  // the words are the runs of [a-zäöüß] in the lower-cased first SAMPLE_CHARS, read
  // by hand through LETTER_OF: a regex match (or a slice) per word allocated more
  // than the rest of the pipeline's bookkeeping together
  const { letterOf, keys, bits: markerBits, multiplier, slotShift, maxMarker, dottedI } = SCAN;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; ) {
    let letter = letterOf[text.charCodeAt(i)];
    if (letter === 0) {
      i++;
      continue;
    }
    // 5 bits a letter, exact up to MAX_MARKER letters: only longer words lose
    // their first letters, and those are never looked up; no length test per
    // letter, which mispredicted once per long word
    let code = 0;
    let umlaut = 0;
    let j = i;
    for (;;) {
      const last = letter === dottedI;
      if (last) letter = 9;
      umlaut |= (26 - letter) >>> 31;
      code = (code << 5) | letter;
      j++;
      if (last || j >= n) break;
      letter = letterOf[text.charCodeAt(j)];
      if (letter === 0) break;
    }
    // longer words look up code 0, which is no marker; hit is 1 when the slot's key is the code
    const short = ~((maxMarker - (j - i)) >> 31);
    const key = code & short;
    const slot = Math.imul(key, multiplier) >>> slotShift;
    const diff = keys[slot] ^ key;
    const hit = ((diff | -diff) >>> 31) ^ 1;
    const bits = markerBits[slot] & -hit;
    // two points a marker; leaning markers counted apart (leaningLanguage)
    de += (bits & DE) << 1;
    en += bits & EN;
    leanDe += (bits & LEAN_DE) >> 2;
    leanEn += (bits & LEAN_EN) >> 3;
    umlautWords += umlaut;
    i = j;
  }
  lastLeanDe = leanDe;
  lastLeanEn = leanEn;
  const german = de + umlautWords;
  if (german === en) return null;
  return german > en ? 'de' : 'en';
}

/** The leaning markers of the text detectLanguage read last (one scan serves both functions). */
let lastLeanDe = 0;
let lastLeanEn = 0;

/**
 * The language the leaning markers point to where nothing else decides (detectLanguage and the
 * number formats gave no answer): "Ryanair in $4bn Boeing plane deal" is English, while
 * "Wahl in Spanien: Podemos holt 20 Prozent" was already decided German by its "20 Prozent".
 */
export function leaningLanguage(text: string): Lang | null {
  detectLanguage(text);
  if (lastLeanDe === lastLeanEn) return null;
  return lastLeanDe > lastLeanEn ? 'de' : 'en';
}
