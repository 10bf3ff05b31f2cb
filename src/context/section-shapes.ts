// Language-independent line shapes that tell boilerplate from article blocks
// beyond word cues: price lines of a shop box, share/counter bars, "Label:
// figure" lines of a fact box. All checks run on short blocks only, so their
// regexes never see long texts (each is linear anyway).

/**
 * a price: "189,00 €", "€ 19", "£1", "50 €", "19.99 $", "EUR 49"; not an amount
 * of money in the news ("$1.6bn", "£3m")
 */
const PRICE = /\d,(?:\d{2}|-{1,2})[\s\u00a0]?(?:€|eur\b|euro\b)|(?:[€$£]|(?:eur|usd|chf|gbp)\b)[\s\u00a0]?\d+(?:[.,]\d+)*(?![\d.,]|[\s\u00a0]?(?:bn|mn|m|k|mio|mrd|million|billion|trillion|millionen|milliarden)\b)|\d[\s\u00a0]?[€$£]/iu;
/** a reduction: "-30 %", "– 25%" */
const PERCENT_OFF = /(?:^|[\s(])[-–−][\s\u00a0]?\d+[\s\u00a0]?%/u;
/** share networks, the same in every language */
const NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'telegram', 'reddit', 'threads', 'mastodon',
  'bluesky', 'xing', 'flipboard', 'instagram', 'tiktok', 'youtube', 'messenger', 'sms',
]);
const TOKEN_SPLIT = /[\s\u00a0|·•,/:()[\]]+/u;
const FIRST_TOKEN = /[^\s\u00a0|·•,/:()[\]]+/u;
const COUNT = /^\d[\d.,]*[km]?$/iu;
const ICON = /^[^\p{L}\p{N}]+$/u;

export const SHAPE_MAX = 160;

/** every price has a digit: a quick test before the long alternation */
const DIGIT = /\d/;

export function hasPrice(text: string): boolean {
  return text.length <= SHAPE_MAX && DIGIT.test(text) && PRICE.test(text);
}

export function hasReduction(text: string): boolean {
  return text.length <= SHAPE_MAX && text.includes('%') && PERCENT_OFF.test(text);
}

/**
 * A share bar or counter line: nothing but counts, social words, network
 * names and icons ("1.234 Likes · 56 Kommentare", "Teilen: Facebook | X | E-Mail").
 */
export function isSocialLine(text: string, words: ReadonlySet<string>): boolean {
  if (text.length > SHAPE_MAX) return false;
  // most lines fail on their first word: check it before splitting the line
  const first = FIRST_TOKEN.exec(text)?.[0].toLowerCase();
  if (first && !COUNT.test(first) && !words.has(first) && !NETWORKS.has(first) && !ICON.test(first)) return false;
  let counts = 0;
  let social = 0;
  for (const raw of text.split(TOKEN_SPLIT)) {
    if (!raw) continue;
    const t = raw.toLowerCase();
    if (COUNT.test(t)) counts++;
    else if (words.has(t) || NETWORKS.has(t)) social++;
    else if (!ICON.test(t)) return false;
  }
  return social >= 1 && (counts >= 1 || social >= 2);
}

/**
 * A fact-box line: a short label, a colon and a short value with a figure
 * ("Leistung: 45 MW", "Investitionen 2024: 221 Mio. Euro"). A teaser headline
 * ("Immobilien: Wohnkredite um 30 Prozent eingebrochen") has a longer value.
 */
export function isFactLine(text: string): boolean {
  if (text.length > 120) return false;
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 50) return false;
  const label = text.slice(0, colon);
  if (!/\p{L}/u.test(label) || label.trim().split(/\s+/).length > 5) return false;
  const value = text.slice(colon + 1).trim();
  if (!/\d/.test(value)) return false;
  const words = value.split(/\s+/);
  if (words.length > 4) return false;
  return words.findIndex((w) => /\d/.test(w)) <= 2;
}

/**
 * User phrases from the config file as one regex for the lowercased block
 * (null when none); `hits` keeps only whole-word matches.
 */
export function phraseRegex(phrases: readonly string[]): RegExp | null {
  const alts = phrases
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+'));
  if (!alts.length) return null;
  return new RegExp(alts.join('|'), 'g');
}
