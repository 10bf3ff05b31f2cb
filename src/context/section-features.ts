// Text blocks and what they look like, for telling an article's body from the
// boilerplate around it (after jusText: length, stopword density, sentence
// shape, plus lexicon cues and link-list shape; section.ts decides).
import type { Lang } from '../types.js';
import { metrics as deMetrics } from '../lang/de/metrics.js';
import { metrics as enMetrics } from '../lang/en/metrics.js';
import { boilerplate as deCues } from '../lang/de/boilerplate.js';
import { boilerplate as enCues } from '../lang/en/boilerplate.js';

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
}

export interface TextUnit {
  /** analysis offsets */
  start: number;
  end: number;
  text: string;
  /** a blank line (or the start of the text) comes before it */
  afterBlank: boolean;
}

/**
 * Why a block is boilerplate. Weak cues (credits, date stamps) mark their own
 * block only; `opens` cues (ad labels, "Lesen Sie auch") also the block group
 * after them; tail cues end the article.
 */
export type Cue = 'whole' | 'label' | 'tail' | 'tag' | 'teaser' | 'intro' | 'prefix' | 'credit' | 'meta' | 'nav' | 'caps' | 'phrase';
export const WEAK_CUES: ReadonlySet<Cue> = new Set(['credit', 'meta']);
export const OPENING_CUES: ReadonlySet<Cue> = new Set(['label', 'intro']);
export const TAIL_CUES: ReadonlySet<Cue> = new Set(['tail', 'tag', 'teaser']);

/** Initial class: good = article prose, bad = boilerplate, near/short = decided by neighbours. */
export type UnitClass = 'good' | 'near' | 'short' | 'bad';

export interface UnitFeatures {
  length: number;
  words: number;
  stopwordDensity: number;
  /** ends like a sentence */
  terminal: boolean;
  /** looks like a heading: under 100 characters, no final punctuation */
  heading: boolean;
  /** a menu or tag entry ("- Finanzen") */
  listItem: boolean;
  cue: Cue | null;
  initial: UnitClass;
}

interface CompiledCues {
  whole: RegExp;
  label: RegExp;
  tail: RegExp;
  prefix: RegExp;
  credit: RegExp;
  phrases: RegExp;
  meta: RegExp;
  teaserIntro: RegExp;
  stopwords: Set<string>;
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
      phrases: new RegExp(alt(raw.phrases), 'giu'),
      meta: new RegExp(alt(raw.meta), 'iu'),
      teaserIntro: new RegExp(`^(?:${alt(raw.teaserIntro)})\\b`, 'iu'),
      stopwords: new Set(STOPWORDS[lang]),
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
const HASHTAG_ONLY = /^[\s\u00a0]*(?:[-–•*·]\s*)?#\S+[\s\u00a0]*$/u;
const TERMINAL = /[.!?…]["“”»«'’)]*[\s\u00a0]*$/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/** separators of menus, breadcrumbs and footers: "Kontakt | Impressum", "Startseite › Wirtschaft" */
const NAV_SEPARATOR = /\s[|·•›»]\s|\s\/\s/gu;

const LONG = 200;
const SHORT = 60;
const GOOD_DENSITY: Record<Lang, number> = { de: 0.22, en: 0.28 };
const NEAR_DENSITY: Record<Lang, number> = { de: 0.15, en: 0.2 };
/** a medium block that reads like prose: sentence end, this many function words */
const PROSE_DENSITY = 0.3;
const PROSE_LENGTH = 100;
const PHRASE_SHORT_BLOCK = 300;
const META_MAX = 120;
/** a line this long that stops without punctuation may be a wrapped paragraph line */
const WRAPPED_LINE = 45;
const WRAP_LOOKAHEAD = 20;

/** Lines that are boilerplate on their own ("vor 18 Minuten", "… […] (01)") never join a paragraph. */
function standsAlone(line: string, cues: CompiledCues): boolean {
  const bare = line.replace(BULLET, '');
  return cues.whole.test(bare) || cues.label.test(bare) || cues.tail.test(bare) || HASHTAG_ONLY.test(line)
    || COUNTER_ONLY.test(line) || TRUNCATED.test(line) || isNavList(line)
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
    } else {
      open = { start: l.start, end: l.end, text: l.text, afterBlank: blank };
      units.push(open);
    }
    prev = l;
    blank = false;
  }
  return units;
}

/** "Kontakt | Impressum | AGB": three or more short items between separators. */
function isNavList(text: string): boolean {
  const parts = text.split(NAV_SEPARATOR);
  if (parts.length < 3) return false;
  return parts.every((p) => p.trim().split(/\s+/).length <= 4);
}

export function unitFeatures(unit: TextUnit, lang: Lang): UnitFeatures {
  const cues = cuesFor(lang);
  const text = unit.text;
  let words = 0;
  let stop = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    if (cues.stopwords.has(m[0].toLowerCase())) stop++;
  }
  const density = words ? stop / words : 0;
  const terminal = TERMINAL.test(text);
  const length = text.length;
  // a menu or tag entry: a bullet and a few words, no figures (content lists have both)
  const listItem = BULLET.test(text) && !terminal && words <= 4 && !/\d/.test(text);
  const bare = text.replace(BULLET, '');
  const heading = length < 100 && !terminal;
  const cue = cueOf(text, bare, length, density, cues);
  let initial: UnitClass;
  if (cue) initial = 'bad';
  else if (length >= LONG && density >= GOOD_DENSITY[lang]) initial = 'good';
  else if (length >= PROSE_LENGTH && terminal && density >= PROSE_DENSITY) initial = 'good';
  else if (length < SHORT || listItem) initial = 'short';
  else if (density >= NEAR_DENSITY[lang]) initial = 'near';
  else initial = 'short';
  return { length, words, stopwordDensity: density, terminal, heading, listItem, cue, initial };
}

function cueOf(text: string, bare: string, length: number, density: number, cues: CompiledCues): Cue | null {
  if (cues.label.test(bare)) return 'label';
  if (cues.tail.test(bare)) return 'tail';
  if (cues.whole.test(bare)) return 'whole';
  if (HASHTAG_ONLY.test(text) || COUNTER_ONLY.test(text)) return 'tag';
  if (TRUNCATED.test(text)) return 'teaser';
  if (length < SHORT && cues.teaserIntro.test(bare)) return 'intro';
  if (cues.prefix.test(bare)) return 'prefix';
  if (cues.credit.test(bare)) return 'credit';
  if (isNavList(text)) return /\d/.test(text) ? 'meta' : 'nav';
  if (length <= META_MAX && density < 0.2 && cues.meta.test(text)) return 'meta';
  if (isShouting(text)) return 'caps';
  const phrases = text.match(cues.phrases)?.length ?? 0;
  // a promo box is short; a long paragraph needs several cues (an article may mention a newsletter)
  if (length < PHRASE_SHORT_BLOCK ? phrases >= 1 : phrases >= 3) return 'phrase';
  return null;
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
