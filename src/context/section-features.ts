// Text blocks and what they look like, for telling an article's body from the
// boilerplate around it (after jusText: length, stopword density, sentence
// shape, plus lexicon cues and link-list shape; section.ts decides).
import type { Lang } from '../types.js';
import { metrics as deMetrics } from '../lang/de/metrics.js';
import { metrics as enMetrics } from '../lang/en/metrics.js';
import { boilerplate as deCues } from '../lang/de/boilerplate.js';
import { boilerplate as enCues } from '../lang/en/boilerplate.js';
import { hasPrice, hasReduction, isFactLine, isSocialLine, SHAPE_MAX } from './section-shapes.js';
import {
  blockScanner, confirmHits, countStopwords, countWords, hits, lowerText, scanBlock, wordSet, type BlockScan, type BlockScanner, type WordSet,
} from './section-text.js';

/** the cue lists `scanBlock` looks for, by index; all but the first two matter on short blocks only */
const PHRASES = 0;
const CONSENT = 1;
const SHOP = 2;
const ROLE = 3;
const BIO = 4;
const RIGHTS = 5;

/** Per-language boilerplate cues: regex sources, matched case-insensitively on one block. */
export interface BoilerplateCues {
  /** a block that is nothing but this ("vor 18 Minuten", "Startseite", "Sign in") */
  whole: string[];
  /** an ad label alone on its block ("Anzeige", "Advertisement"): the block group after it is the ad */
  label: string[];
  /** blocks that end an article: comment counters, share buttons, tag lists */
  tail: string[];
  /** a block that starts with this ("Anzeige:", "Disclaimer") */
  prefix: string[];
  /** credit lines ("Foto:", "©"): boilerplate themselves, but they sit inside articles too */
  credit: string[];
  /** phrases that mark a short block ("Newsletter", "zu gewinnen", "sign up for") */
  phrases: string[];
  /** date/time/source stamps that mark a short line without a sentence ("18:00 Uhr", "Lesezeit") */
  meta: string[];
  /** a block starting with this announces teasers of other stories ("Lesen Sie auch", "Related stories") */
  teaserIntro: string[];
  /** words of cookie/consent banners: two in a short block, three in a long one */
  consent: string[];
  /** a block starting with this is an author box ("Über die Autorin") */
  authorIntro: string[];
  /** a short block at the edge of the article naming a newsroom role and a career is an author box */
  authorRole: string[];
  authorBio: string[];
  /** words of shop and ad lines ("sparen", "UVP", "free delivery") */
  shop: string[];
  /** plain words (not regexes) of share bars and counter lines ("Likes", "Kommentare", "teilen") */
  social: string[];
  /** a heading that opens the article's own fact box ("Zahlen & Fakten", "At a glance") */
  factIntro: string[];
  /** copyright footer phrases ("Alle Rechte vorbehalten"): the page ends there */
  rights: string[];
}

export interface TextUnit {
  /** analysis offsets */
  start: number;
  end: number;
  text: string;
  /** a blank line (or the start of the text) comes before it */
  afterBlank: boolean;
  /**
   * one line that does not stand alone (`standsAlone`): the whole-line cues
   * (label, tail, whole, tag, counter, cut-off teaser, menu) are known absent
   */
  plainLine?: boolean;
}

/**
 * Why a block is boilerplate. Weak cues (credits, date stamps) mark their own
 * block only; `opens` cues (ad labels, "Lesen Sie auch") also the block group
 * after them; tail cues end the article.
 */
export type Cue = 'whole' | 'label' | 'tail' | 'tag' | 'teaser' | 'intro' | 'author' | 'prefix' | 'credit' | 'meta'
  | 'nav' | 'caps' | 'phrase' | 'consent' | 'social' | 'footer';
export const WEAK_CUES: ReadonlySet<Cue> = new Set(['credit', 'meta']);
export const OPENING_CUES: ReadonlySet<Cue> = new Set(['label', 'intro', 'author']);
export const TAIL_CUES: ReadonlySet<Cue> = new Set(['tail', 'tag', 'teaser', 'footer']);

/** Initial class: good = article prose, bad = boilerplate, near/short = decided by neighbours. */
export type UnitClass = 'good' | 'near' | 'short' | 'bad';

export interface UnitFeatures {
  length: number;
  /** NaN when not counted (most blocks need the count only now and then) */
  words: number;
  stopwordDensity: number;
  /** ends like a sentence */
  terminal: boolean;
  /** looks like a heading: under 100 characters, no final punctuation */
  heading: boolean;
  /** a menu or tag entry ("- Finanzen") */
  listItem: boolean;
  /** a short shop or ad line: a price, a reduction or a shop word */
  commercial: boolean;
  /** a price that is not a fact-box value */
  priced: boolean;
  /** a "Label: figure" line of a fact box */
  fact: boolean;
  /** a fact-box heading ("Zahlen & Fakten") */
  factIntro: boolean;
  /** cookie/consent words in the block */
  consentHits: number;
  /** reads like an author bio; boilerplate only at the edges of the article (section.ts) */
  bio: boolean;
  cue: Cue | null;
  initial: UnitClass;
}

interface CompiledCues {
  whole: RegExp;
  label: RegExp;
  tail: RegExp;
  prefix: RegExp;
  credit: RegExp;
  meta: RegExp;
  teaserIntro: RegExp;
  /** promo phrases, consent words, shop words, author roles and bios, copyright phrases */
  scanner: BlockScanner;
  authorIntro: RegExp;
  social: Set<string>;
  factIntro: RegExp;
  stopwords: WordSet;
}

const CUES: Record<Lang, BoilerplateCues> = { de: deCues, en: enCues };
const STOPWORDS: Record<Lang, readonly string[]> = { de: deMetrics.stopwords, en: enMetrics.stopwords };
const compiled = new Map<Lang, CompiledCues>();

const alt = (xs: string[]): string => xs.map((x) => `(?:${x})`).join('|');
const wholeRe = (xs: string[]): RegExp => new RegExp(`^(?:${alt(xs)})[\\s\\u00a0:.!]*$`, 'iu');

function cuesFor(lang: Lang): CompiledCues {
  let c = compiled.get(lang);
  if (!c) {
    const raw = CUES[lang];
    c = {
      whole: wholeRe(raw.whole),
      label: wholeRe(raw.label),
      tail: wholeRe(raw.tail),
      prefix: new RegExp(`^(?:${alt(raw.prefix)})`, 'iu'),
      credit: new RegExp(`^(?:${alt(raw.credit)})`, 'iu'),
      meta: new RegExp(alt(raw.meta), 'iu'),
      teaserIntro: new RegExp(`^(?:${alt(raw.teaserIntro)})\\b`, 'iu'),
      scanner: blockScanner(
        [raw.phrases, raw.consent, raw.shop, raw.authorRole, raw.authorBio, raw.rights],
        [true, true, false, false, false, false],
      ),
      authorIntro: new RegExp(`^(?:${alt(raw.authorIntro)})(?![\\p{L}\\p{N}])`, 'iu'),
      social: new Set(raw.social),
      factIntro: new RegExp(`^(?:${alt(raw.factIntro)})[\\s\\u00a0:.!]*$`, 'iu'),
      stopwords: wordSet(STOPWORDS[lang]),
    };
    compiled.set(lang, c);
  }
  return c;
}

// Structural, language-independent shapes.
/** a cut-off teaser: "... mindern […] (01)", "... Ein … (3)" */
const TRUNCATED = /(?:\[(?:…|\.\.\.)\]|(?:…|\.\.\.)[\s\u00a0]*\(\d+\))[\s\u00a0]*(?:\(\d+\))?[\s\u00a0]*$/u;
const COUNTER_ONLY = /^[\s\u00a0]*[[(]?\d+[\])]?[\s\u00a0]*$/u;
const BULLET = /^[\s\u00a0]*(?:[-–•*·▪►]|\d+\.)\s+/u;
/** the first character a bullet can start with, to skip the replace on prose */
const BULLET_START = /^[\s\u00a0\-–•*·▪►\d]/u;
const HASHTAG_ONLY = /^[\s\u00a0]*(?:[-–•*·]\s*)?#\S+[\s\u00a0]*$/u;
const TERMINAL = /[.!?…]["“”»«'’)]*[\s\u00a0]*$/u;
/** separators of menus, breadcrumbs and footers: "Kontakt | Impressum", "Startseite › Wirtschaft" */
const NAV_SEPARATOR = /\s[|·•›»]\s|\s\/\s/gu;
const HAS_NAV_SEPARATOR = /\s[|·•›»/]\s/u;

const LONG = 200;
const SHORT = 60;
const GOOD_DENSITY: Record<Lang, number> = { de: 0.22, en: 0.28 };
const NEAR_DENSITY: Record<Lang, number> = { de: 0.15, en: 0.2 };
/** a medium block that reads like prose: sentence end, this many function words */
const PROSE_DENSITY = 0.3;
const PROSE_LENGTH = 100;
const PHRASE_SHORT_BLOCK = 300;
const META_MAX = 120;
/** menus and footers of links are short */
const NAV_MAX = 400;
/** a line this long that stops without punctuation may be a wrapped paragraph line */
const WRAPPED_LINE = 45;
const WRAP_LOOKAHEAD = 20;

/** Lines that are boilerplate on their own ("vor 18 Minuten", "… […] (01)") never join a paragraph. */
function standsAlone(line: string, cues: CompiledCues): boolean {
  const bare = line.replace(BULLET, '');
  return cues.whole.test(bare) || cues.label.test(bare) || cues.tail.test(bare) || HASHTAG_ONLY.test(line)
    || COUNTER_ONLY.test(line) || TRUNCATED.test(line.slice(-END_SLICE)) || (line.length <= NAV_MAX && isNavList(line))
    || (line.length <= META_MAX && cues.meta.test(line) && !TERMINAL.test(line));
}

/**
 * The text as blocks: lines, re-joined where a paragraph was wrapped. A line
 * continues the one before when it starts lowercase, or when the previous
 * line is long, has no final punctuation and the run of lines ends in a
 * sentence (a list of headlines never does).
 */
export function textUnits(text: string, lang: Lang): TextUnit[] {
  const cues = cuesFor(lang);
  const lines: Array<{ start: number; end: number; text: string; blank: boolean; alone: boolean }> = [];
  for (let pos = 0; pos <= text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // String#trim, not a regex: /\s+$/ rescans a long run of spaces from every start (quadratic)
    const trimmed = text.slice(pos, nl).trim();
    lines.push({ start: pos, end: nl, text: trimmed, blank: !trimmed, alone: trimmed ? standsAlone(trimmed, cues) : false });
    pos = nl + 1;
  }
  // wrapEnds[i]: the run of wrapped-looking lines from i ends in a sentence
  const endsInSentence = (i: number): boolean => {
    for (let j = i; j < lines.length && j <= i + WRAP_LOOKAHEAD; j++) {
      const l = lines[j];
      if (l.blank || l.alone || BULLET.test(l.text)) return false;
      if (TERMINAL.test(l.text)) return true;
      if (j > i && l.text.length < WRAPPED_LINE) return false;
    }
    return false;
  };
  const units: TextUnit[] = [];
  let open: TextUnit | null = null;
  let prev: (typeof lines)[number] | null = null;
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      blank = true;
      open = null;
      prev = null;
      continue;
    }
    const continues = open !== null && prev !== null && !l.alone && !prev.alone && !TERMINAL.test(prev.text)
      && !BULLET.test(l.text) && !/:$/.test(prev.text) && (
      /^\p{Ll}/u.test(l.text) || /[-‐]$/u.test(prev.text) || (prev.text.length >= WRAPPED_LINE && endsInSentence(i))
    );
    if (continues && open) {
      open.end = l.end;
      open.text = `${open.text} ${l.text}`;
      open.plainLine = false;
    } else {
      open = { start: l.start, end: l.end, text: l.text, afterBlank: blank, plainLine: !l.alone };
      units.push(open);
    }
    prev = l;
    blank = false;
  }
  return units;
}

/** "Kontakt | Impressum | AGB": three or more short items between separators. */
function isNavList(text: string): boolean {
  // a test before the split: most lines have no separator, and the split allocates
  if (!HAS_NAV_SEPARATOR.test(text)) return false;
  const parts = text.split(NAV_SEPARATOR);
  if (parts.length < 3) return false;
  return parts.every((p) => p.trim().split(/\s+/).length <= 4);
}

/** an ad label with a short rider ("ANZEIGE · SHOP", "Advertisement - scroll to continue") */
const LABEL_MAX = 40;
/** an author box or a short consent notice is a short block */
const BOX_MAX = 400;
/** the shop, author and copyright lists are needed below this length only (SHAPE_MAX, PHRASE_SHORT_BLOCK, BOX_MAX) */
const SHORT_LISTS_MAX = BOX_MAX;

function hasSocialPart(text: string, social: ReadonlySet<string>): boolean {
  if (!HAS_NAV_SEPARATOR.test(text)) return false;
  const parts = text.split(NAV_SEPARATOR);
  return parts.length >= 2 && parts.some((p) => /\d/.test(p) && isSocialLine(p.trim(), social));
}

/** Blocks longer than this are scanned on their first part only: no banner or promo box is that long. */
const SCAN_MAX = 4000;

/**
 * The features of one block. Without `density` the stopwords are looked up
 * only where the meta cue needs them: the density is NaN and `initial`
 * provisional (never 'good' or 'near'), but every other
 * feature, the cue above all, is the same. The density only tells good from
 * near and short prose, which matters only next to boilerplate (section.ts
 * asks for it then).
 */
export function unitFeatures(unit: TextUnit, lang: Lang, extra: RegExp | null = null, density = true): UnitFeatures {
  const cues = cuesFor(lang);
  const text = unit.text;
  const length = text.length;
  // words, stopwords and where each cue list may match, in one pass over the block read in lower case
  // (without the stopwords the words are counted only where needed: a bullet line, a dense consent block,
  // and the block is read in place: no lowercased copy of it)
  const scanned = length > SCAN_MAX ? text.slice(0, SCAN_MAX) : text;
  const scan = scanBlock(scanned, density ? cues.stopwords : null, cues.scanner, length >= SHORT_LISTS_MAX);
  let words = scan.words;
  const stopwordDensity = !density ? NaN : words ? scan.stop / words : 0;
  // end-anchored patterns on the end only: a regex ending in $ is tried from every position
  const end = text.slice(-END_SLICE);
  const terminal = TERMINAL.test(end);
  // a menu or tag entry: a bullet and a few words, no figures (content lists have both)
  const bullet = BULLET.test(text) && !terminal;
  if (bullet && Number.isNaN(words)) words = countWords(scan);
  const listItem = bullet && words <= 4 && !/\d/.test(text);
  const bare = BULLET_START.test(text) ? text.replace(BULLET, '') : text;
  const short = length <= SHAPE_MAX;
  const shopWord = short && confirmHits(cues.scanner, scan, SHOP, 1) > 0;
  const fact = !shopWord && isFactLine(bare);
  const priced = !fact && hasPrice(bare);
  const commercial = shopWord || priced || hasReduction(bare);
  const factIntro = length < SHORT && cues.factIntro.test(bare);
  const consentHits = confirmHits(cues.scanner, scan, CONSENT, Infinity, true, true);
  const bio = length < BOX_MAX && confirmHits(cues.scanner, scan, ROLE, 1) > 0
    && confirmHits(cues.scanner, scan, BIO, 1) > 0;
  const heading = length < 100 && !terminal && !fact;
  const cue = factIntro ? null : cueOf({
    text, end, bare, length, words, density: stopwordDensity, consentHits, scan, plainLine: unit.plainLine === true,
  }, cues, extra);
  let initial: UnitClass;
  if (cue) initial = 'bad';
  else if (length >= LONG && stopwordDensity >= GOOD_DENSITY[lang]) initial = 'good';
  else if (length >= PROSE_LENGTH && terminal && stopwordDensity >= PROSE_DENSITY) initial = 'good';
  else if (length < SHORT || listItem) initial = 'short';
  else if (stopwordDensity >= NEAR_DENSITY[lang]) initial = 'near';
  else initial = 'short';
  return {
    length, words, stopwordDensity, terminal, heading, listItem, commercial, priced, fact, factIntro,
    consentHits, bio, cue, initial,
  };
}

/** enough of a block's end for TERMINAL and TRUNCATED */
const END_SLICE = 48;
/** a long block is a banner only when different consent words are this dense (per word) */
const CONSENT_DENSITY = 0.03;

interface Block {
  text: string;
  /** the last END_SLICE characters */
  end: string;
  /** without a leading bullet */
  bare: string;
  length: number;
  /** NaN: not counted yet */
  words: number;
  density: number;
  consentHits: number;
  scan: BlockScan;
  plainLine: boolean;
}

function cueOf(b: Block, cues: CompiledCues, extra: RegExp | null): Cue | null {
  const { text, end, bare, length, words, density, consentHits, scan, plainLine } = b;
  // on a plain line, textUnits has tested the whole-line cues already
  if ((!plainLine && cues.label.test(bare)) || (length <= LABEL_MAX && isLabelled(bare, cues))) return 'label';
  if (!plainLine && cues.tail.test(bare)) return 'tail';
  if (!plainLine && cues.whole.test(bare)) return 'whole';
  if (!plainLine && (HASHTAG_ONLY.test(text) || COUNTER_ONLY.test(text))) return 'tag';
  if (isSocialLine(bare, cues.social)) return 'social';
  if (!plainLine && TRUNCATED.test(end)) return 'teaser';
  if (length < SHORT && cues.teaserIntro.test(bare)) return 'intro';
  if (length < SHORT && cues.authorIntro.test(bare)) return 'author';
  if (cues.prefix.test(bare) || (length < BOX_MAX && cues.authorIntro.test(bare))) return 'prefix';
  if (length < PHRASE_SHORT_BLOCK && confirmHits(cues.scanner, scan, RIGHTS, 1) > 0) return 'footer';
  if (cues.credit.test(bare)) return 'credit';
  if (!plainLine && length <= NAV_MAX && isNavList(text)) return /\d/.test(text) ? 'meta' : 'nav';
  // a byline or date line that ends in counters: "By Tom Harper · 12 June 2025 · 3.2k shares"
  if (length <= META_MAX && hasSocialPart(text, cues.social)) return 'meta';
  if (length <= META_MAX && cues.meta.test(text) && (Number.isNaN(density) ? densityOf(scan, cues) : density) < 0.2) {
    return 'meta';
  }
  if (isShouting(text)) return 'caps';
  // a banner is short and dense with consent words; an article on data protection uses a few of them
  if (length < PHRASE_SHORT_BLOCK ? consentHits >= 2
    : consentHits >= 3 && consentHits >= CONSENT_DENSITY * (Number.isNaN(words) ? countWords(scan) : words)) return 'consent';
  // a promo box is short; a long paragraph needs several cues (an article may mention a newsletter)
  const needed = length < PHRASE_SHORT_BLOCK ? 1 : 3;
  let phrases = confirmHits(cues.scanner, scan, PHRASES, needed, false);
  if (extra && phrases < needed) phrases += hits(lowerText(scan), extra, { limit: needed - phrases });
  if (phrases >= needed) return 'phrase';
  return null;
}

/** the stopword density of a block scanned without the stopwords */
function densityOf(scan: BlockScan, cues: CompiledCues): number {
  countStopwords(scan, cues.stopwords);
  return scan.words ? scan.stop / scan.words : 0;
}

/** An ad label followed by a short rider after a separator: "Anzeige · Shop", "ANZEIGE | Partnerangebot". */
function isLabelled(bare: string, cues: CompiledCues): boolean {
  const cut = bare.search(/[·|•–—:-]/u);
  if (cut <= 0 || /\d/.test(bare)) return false;
  return cues.label.test(bare.slice(0, cut).trim());
}

/** ALL-CAPS exclaimed promo lines ("RETTE DEIN GELD!"); not caps headings. */
function isShouting(text: string): boolean {
  if (text.length > 80 || !text.includes('!')) return false;
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) upper++;
    }
  }
  return letters >= 10 && upper / letters > 0.8 && /\s/.test(text.trim());
}
