// Document metadata from the text itself: the headline, the article's own
// dateline and the publisher it names. Web scrapes carry teasers of other
// stories with their own datelines ("Lüdenscheid, 05.12.2025 (lifePR) - ..."),
// so a date counts by how much its line looks like a dateline, and the
// article's head is read first.
import type { Lang } from '../types.js';
import type { ContextInput, DocumentMetadata } from './types.js';
import type { AttributionLexicon } from './attribution-lexicon.js';
import { fullDates } from './metadata-date.js';
import { isAsciiSpace } from '../lang/unicode.js';
import { attribution as deAttribution } from '../lang/de/attribution.js';
import { attribution as enAttribution } from '../lang/en/attribution.js';
import { time as deTime } from '../lang/de/time.js';
import { time as enTime } from '../lang/en/time.js';
import type { TimeLexicon } from './period-lexicon.js';
import { boilerplate as deBoilerplate } from '../lang/de/boilerplate.js';
import { boilerplate as enBoilerplate } from '../lang/en/boilerplate.js';

const SOURCES: Record<Lang, AttributionLexicon> = { de: deAttribution, en: enAttribution };
const TIME: Record<Lang, TimeLexicon> = { de: deTime, en: enTime };

// The section classifier's cue lists (owned there) tell a cookie banner or a
// navigation line from a headline; read structurally so their shape may grow.
type Cues = Partial<Record<'whole' | 'prefix' | 'phrases' | 'meta' | 'label', string[]>>;
const BOILERPLATE: Record<Lang, Cues> = { de: deBoilerplate as Cues, en: enBoilerplate as Cues };
// Two regexes, not one alternation of both: the anchored cues are then tried at
// the line's start alone, not (failing on "^") at each of its characters.
// The cues found anywhere are compiled twice: with `u`, as written, and without it,
// which irregexp scans about twice as fast. The two agree on a line unless it holds
// a character that `u` case-folds onto a cue's letter and the plain /i does not
// ("ſ" is "s", the Kelvin sign "k", "ẞ" "ß"; checked against every code unit in the
// tests), and as long as the cues use nothing whose meaning the flag changes (no
// \p, \w, \b, ".", negated class), which PLAIN_CUE checks.
export const FOLDED_UNDER_U = /[\u017f\u212a\u212b\u1e9e]/;
const PLAIN_CUE = /^(?:[^\\.[\]]|\\[ds.]|\[[^^\\\]]*\])*$/;
const boilerplateCache = new Map<Lang, { anchored: RegExp; anywhere: RegExp; anywherePlain: RegExp | null }>();

function boilerplateLine(lang: Lang): { anchored: RegExp; anywhere: RegExp; anywherePlain: RegExp | null } {
  let re = boilerplateCache.get(lang);
  if (!re) {
    const c = BOILERPLATE[lang];
    const anchored = [
      ...(c.whole ?? []).map((p) => `^(?:${p})$`),
      ...(c.label ?? []).map((p) => `^(?:${p})$`),
      ...(c.prefix ?? []).map((p) => `^(?:${p})`),
    ];
    const anywhere = [...(c.phrases ?? []), ...(c.meta ?? [])];
    const compile = (alts: string[], flags: string) => (alts.length ? new RegExp(alts.join('|'), flags) : /$^/);
    re = {
      anchored: compile(anchored, 'iu'),
      anywhere: compile(anywhere, 'iu'),
      anywherePlain: anywhere.every((p) => PLAIN_CUE.test(p)) ? compile(anywhere, 'i') : null,
    };
    boilerplateCache.set(lang, re);
  }
  return re;
}

/** Whether a line is boilerplate by the section classifier's cues (a match of either half). */
export function isBoilerplate(lang: Lang, line: string): boolean {
  const { anchored, anywhere, anywherePlain } = boilerplateLine(lang);
  if (anchored.test(line)) return true;
  return (anywherePlain !== null && !FOLDED_UNDER_U.test(line) ? anywherePlain : anywhere).test(line);
}

/** Blocks that count as the article's head. */
const HEAD_BLOCKS = 12;
/** A dateline line is short; body sentences that mention a date are not. */
const DATELINE_MAX_CHARS = 100;
const TITLE_MAX_CHARS = 200;

interface BlockText {
  index: number;
  aStart: number;
  text: string;
}

interface Dateline {
  block: number;
  date: string;
  strength: number;
  /** the date's place in its block's text */
  at: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WHITESPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words with a letter or digit in them (runs between whitespace), counted without
 * splitting, up to `limit`: every caller compares the count with a small number, and
 * a headline candidate may be a whole paragraph.
 */
export function words(s: string, limit: number): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? isAsciiSpace(c) : WHITESPACE.test(s[i])) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      // a letter beyond the BMP is two code units: test the whole code point
      const cp = s.codePointAt(i)!;
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (word) {
      if (++count >= limit) return count;
      counted = true;
    }
  }
  return count;
}

// "Berlin (dpa) -", "[InvestmentWeek] ·", "Lüdenscheid, ": a place or publisher before the date
const DATELINE_PREFIX = /^(?:\[[^\]]{1,40}\]\s*[·|,–-]?\s*|\p{Lu}[\p{L}.\/-]*(?:\s\p{Lu}[\p{L}.\/-]*){0,2}\s?(?:\([^)]{1,30}\))?\s*[,·|–-]?\s*)?$/u;
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[.:]\d{2}\s?(?:Uhr|h\b)/;
// "(APA, dpa, 20.5.2016)", "(APA/red – 8.8. 2015)": an agency trailer dating the article
const TRAILER_BEFORE = /\(\s*\p{Lu}[\p{L}.]*(?:\s*[,/]\s*[\p{L}.]+)*\s*[,–-]?\s*$/u;
// The same trailer with its authors written out or as a desk's short code: "(red, 16. 5. 2016)",
// "(André Ballin aus Moskau, 30.12.2015)", "(Markus Bernath; 01.11.2015)", "(ste, kub, 2.11.2015)":
// names (letters only, no digits: not "(Az. 4 Ob 12/15, ...)") and a separator before the date.
// whitespace belongs to the names before a separator, never to both (a run of " ," could be split two ways each)
const TRAILER_NAMES = /\(\s*\p{L}[\p{L}.&'’\s:-]{0,60}?(?:[,;/]\s*\p{L}[\p{L}.&'’\s:-]{0,40}?)*[,;–]\s*$/u;
// A bare "(7.9.2015)" dates the article only where it ends the text after a sentence.
const TRAILER_BARE = /[.!?:)“"»]\s*\(\s*$/u;
const TRAILER_AFTER = /^\s*\)/;

function blockTexts(input: ContextInput): BlockText[] {
  const t = input.analysis.text;
  // built by push: arrays from Array#map change element kind once the caller is optimised
  const out: BlockText[] = [];
  for (const b of input.blocks) out.push({ index: b.index, aStart: b.aStart, text: t.slice(b.aStart, b.aEnd) });
  return out;
}

const markerCache = new Map<Lang, RegExp>();

function datelineMarkers(lang: Lang): RegExp {
  let re = markerCache.get(lang);
  if (!re) {
    re = new RegExp(`(?:${TIME[lang].datelineMarkers.map(escape).join('|')})\\s*:?\\s*$`, 'iu');
    markerCache.set(lang, re);
  }
  return re;
}

// Where a full date may stand (digits with a day, month and year around them): only
// there are the time rules run, not over every paragraph of a long text.
// Every alternative starts with a digit (a month name before "21, 2025" is covered
// by the window reaching back), so the search skips ahead from digit to digit.
const DATE_HINT = /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}(?:\.|st|nd|rd|th)?\s?\p{L}{3,}\.?,?\s\d{4}|\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{4}[-/]\d{2}[-/]\d{2}/u;
const HINT_BACK = 14;
/** The hint tried at one place: where the scan below stops, it says what the hint is there. */
const HINT_AT = new RegExp(DATE_HINT.source, 'uy');
// The scan over the whole text is the same pattern without the `u` flag, its letters
// widened to every code unit that may be part of one (ASCII letters, and all of a
// letter beyond ASCII including both halves of a surrogate pair): about a third
// cheaper per character than \p{L} under `u`. It matches wherever the hint does
// (\d, \s and the literals mean the same in both modes, and k >= 3 letters are
// >= 3 such code units), so trying the hint at each place the scan stops, in order,
// finds the hint's leftmost matches; a stop where the hint does not match is passed by.
const HINT_SCAN = new RegExp(DATE_HINT.source.replace('\\p{L}', '[A-Za-z\\u0080-\\uffff]'), 'g');
if (HINT_SCAN.source === DATE_HINT.source) throw new Error('metadata: the date hint scan lost its widened letters');

/** The date hint's first match at or after `from` (what DATE_HINT from lastIndex `from` finds). */
export function nextDateHint(text: string, from: number): RegExpExecArray | null {
  for (HINT_SCAN.lastIndex = from; ; ) {
    const stop = HINT_SCAN.exec(text);
    if (!stop) return null;
    HINT_AT.lastIndex = stop.index;
    const hint = HINT_AT.exec(text);
    if (hint) return hint;
    HINT_SCAN.lastIndex = stop.index + 1;
  }
}

/** Longest dateline marker (in code units) of any language. */
const MARKER_MAX = Math.max(...Object.values(TIME).flatMap((t) => t.datelineMarkers.map((m) => m.length)));

/**
 * The end of the text before a date that a marker ("Stand:", "Published") can
 * stand in: markers end in a letter and only whitespace and one colon may follow
 * them, so the marker regex (anchored at the end) needs no more than this.
 */
function markerTail(before: string): string {
  let e = before.length;
  const space = (i: number) => i >= 0 && WHITESPACE.test(before[i]);
  while (space(e - 1)) e--;
  if (before[e - 1] === ':') e--;
  while (space(e - 1)) e--;
  return before.slice(Math.max(0, e - MARKER_MAX));
}

/**
 * What a dateline's block adds whatever date in it is looked at: being short, and
 * naming a source. Read once per block, not per date: a block may be a whole
 * article with dozens of dates, and these read all of it.
 */
function blockStrength(block: string): number {
  let strength = 0;
  if (block.trim().length <= DATELINE_MAX_CHARS) strength++;
  if (hasSourceCue(block) || hasPublisherMark(block)) strength++;
  return strength;
}

/** The source cues: words of one length, so a cue ends a fixed distance before its colon's run of spaces. */
const SOURCE_CUES = ['Quelle', 'Source'];
const SOURCE_CUE_AT = new RegExp(`\\b(?:${SOURCE_CUES.join('|')})\\s*:`, 'iy');
const SOURCE_CUE_CHARS = SOURCE_CUES[0].length;
if (SOURCE_CUES.some((c) => c.length !== SOURCE_CUE_CHARS)) throw new Error('metadata: source cues must be of one length');

/** Where the run of whitespace that ends at `colon` starts (`colon` itself when there is none). */
function spacesBefore(text: string, colon: number): number {
  let run = colon;
  while (run > 0 && WHITESPACE.test(text[run - 1])) run--;
  return run;
}

/**
 * Whether "Quelle:" or "Source:" stands in the block (/\b(?:Quelle|Source)\s*:/i anywhere),
 * tried before each colon alone: a match is a six-letter cue, then the whole whitespace
 * run before a colon, then that colon.
 */
export function hasSourceCue(block: string): boolean {
  for (let colon = block.indexOf(':'); colon >= 0; colon = block.indexOf(':', colon + 1)) {
    const run = spacesBefore(block, colon);
    if (run < SOURCE_CUE_CHARS) continue;
    SOURCE_CUE_AT.lastIndex = run - SOURCE_CUE_CHARS;
    if (SOURCE_CUE_AT.test(block)) return true;
  }
  return false;
}

const BRACKET_MARK_AT = /\[[^\]]{2,40}\]/uy;
const PAREN_MARK_AT = /\(\s*\p{L}[\p{L}\s]{1,20}\)/uy;

/**
 * Whether a publisher mark ("[InvestmentWeek]", "(dpa)") stands in the block:
 * /\[[^\]]{2,40}\]|\(\s*\p{L}[\p{L}\s]{1,20}\)/u anywhere, tried at each '[' and '('
 * alone (where its two halves begin): finding one character is many times cheaper
 * than a regex's scan of a whole article.
 */
export function hasPublisherMark(block: string): boolean {
  for (let at = block.indexOf('['); at >= 0; at = block.indexOf('[', at + 1)) {
    BRACKET_MARK_AT.lastIndex = at;
    if (BRACKET_MARK_AT.test(block)) return true;
  }
  for (let at = block.indexOf('('); at >= 0; at = block.indexOf('(', at + 1)) {
    PAREN_MARK_AT.lastIndex = at;
    if (PAREN_MARK_AT.test(block)) return true;
  }
  return false;
}

/** How much a date's surroundings look like a dateline (0 = a date in running text). */
function datelineStrength(block: string, blockWide: number, at: number, end: number, markers: RegExp): number {
  const before = block.slice(0, at);
  let strength = blockWide;
  if (CLOCK.test(block.slice(end, end + 20)) || CLOCK.test(before.slice(-20))) strength++;
  if (DATELINE_PREFIX.test(before)) strength++;
  if (markers.test(markerTail(before))) strength += 2;
  if (TRAILER_AFTER.test(block.slice(end, end + 8))) {
    const tail = before.slice(-80);
    if (TRAILER_BEFORE.test(before.slice(-40)) || TRAILER_NAMES.test(tail)) strength += 2;
    else if (TRAILER_BARE.test(tail) && block.slice(end).trim() === ')') strength += 2;
  }
  return strength;
}

/**
 * The article's dateline: the first date (in text order) whose line looks like a
 * dateline twice over, preferring the head (which comes first, so the first such
 * date wins wherever it is); else the first in a short head line that looks like
 * one at all. Read in text order and stopped at the first date that wins: a long
 * article's later dates need not be looked at.
 */
function findDateline(input: ContextInput, blocks: BlockText[]): Dateline | null {
  const markers = datelineMarkers(input.lang);
  const text = input.analysis.text;
  let weak: Dateline | null = null;
  for (const b of blocks) {
    const found: ReturnType<typeof fullDates> = [];
    for (let h = nextDateHint(b.text, 0); h; h = nextDateHint(b.text, h.index + h[0].length)) {
      const from = b.aStart + Math.max(0, h.index - HINT_BACK);
      const to = b.aStart + Math.min(b.text.length, h.index + h[0].length + 2);
      for (const d of fullDates(input.lang, text, from, to)) if (!found.some((f) => f.start === d.start)) found.push(d);
    }
    const blockWide = found.length > 0 ? blockStrength(b.text) : 0;
    for (const d of found) {
      const at = d.start - b.aStart;
      const strength = datelineStrength(b.text, blockWide, at, d.end - b.aStart, markers);
      // blocks come in order, the head's first: the first strong date is the head's if it has one
      if (strength >= 2) return { block: b.index, date: d.date, strength, at };
      if (strength >= 1 && weak === null && b.index < HEAD_BLOCKS && b.text.trim().length <= DATELINE_MAX_CHARS) {
        weak = { block: b.index, date: d.date, strength, at };
      }
    }
  }
  return weak;
}

/** A first line such as "Investmentweek": short, no sentence, and a publication's name. */
function masthead(input: ContextInput, blocks: BlockText[]): string | null {
  const first = blocks[0];
  if (!first) return null;
  const line = first.text.trim();
  if (line.length > 30 || words(line, 4) > 3 || /[\d„“”"«».!?:;,]/.test(line)) return null;
  const lower = line.toLowerCase();
  if (SOURCES[input.lang].mastheadWords.some((w) => lower.includes(w))) return line;
  // the rest of the text in lower case (a copy of all of it) only where the words did not decide
  const rest = input.analysis.text.slice(first.aStart + first.text.length).toLowerCase();
  return rest.includes(lower) ? line : null;
}

/**
 * "Quelle: dpa": a cue, a colon and a name. The regex is tried just before each
 * colon, not at every character of a block that may be the whole article: a
 * match holds the colon right after its cue and what whitespace follows it, and
 * begins at most a separator and the longest cue before that whitespace.
 */
export class PublisherLabel {
  private readonly sticky: RegExp;
  private readonly longestCue: number;

  constructor(cues: string[]) {
    // no colon in a cue: a match's colon is then the first after its start (checked, not assumed)
    if (cues.some((c) => c.includes(':'))) throw new Error(`metadata: a publisher cue holds a colon: ${cues.join(', ')}`);
    this.sticky = new RegExp(`(?:^|[\\s·|])(?:${cues.map(escape).join('|')})\\s*:\\s*([^·|\\n]{2,40}?)\\s*(?:[·|]|$)`, 'iuy');
    this.longestCue = Math.max(0, ...cues.map((c) => c.length));
  }

  /** The leftmost match in `text`, as the regex unanchored finds it. */
  find(text: string): RegExpExecArray | null {
    // every start tried once, in ascending order
    let next = 0;
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      const run = spacesBefore(text, colon);
      for (let s = Math.max(next, run - this.longestCue - 1); s < colon; s++) {
        // past the text's start a match starts at a separator ([\s·|]): the regex runs there alone
        if (s > 0 && !isLabelSeparator(text.charCodeAt(s))) continue;
        this.sticky.lastIndex = s;
        const m = this.sticky.exec(text);
        if (m) return m;
      }
      next = Math.max(next, colon);
    }
    return null;
  }
}

/** [\s·|] of the publisher label's regex */
function isLabelSeparator(c: number): boolean {
  if (c < 128) return isAsciiSpace(c) || c === 0x7c;
  return c === 0xb7 || WHITESPACE.test(String.fromCharCode(c));
}

const labelCache = new Map<Lang, PublisherLabel>();

function publisherLabel(lang: Lang): PublisherLabel {
  let label = labelCache.get(lang);
  if (!label) {
    label = new PublisherLabel(SOURCES[lang].publisherCues);
    labelCache.set(lang, label);
  }
  return label;
}

function findPublisher(input: ContextInput, blocks: BlockText[], dateline: Dateline | null, mast: string | null): string | null {
  const label = publisherLabel(input.lang);
  for (const b of blocks) {
    if (b.index >= HEAD_BLOCKS && b.index !== dateline?.block) continue;
    const m = label.find(b.text);
    if (m) return m[1].trim();
  }
  if (dateline) {
    const line = blocks[dateline.block].text;
    const bracket = /\[([^\]]{2,40})\]/.exec(line);
    if (bracket) return bracket[1].trim();
    // "Berlin (dpa) - ...", "Lüdenscheid, 05.12.2025 (lifePR) - ..."
    const agency = /^[^()]{0,60}?\(([\p{L}][\p{L}\s/.-]{0,25})\)\s*[-–]/u.exec(line);
    if (agency) return agency[1].trim();
    // "(APA, dpa, 20.5.2016)"
    const trailer = /\(\s*([\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{L}.]+)*)\s*[,–-]?\s*$/u.exec(line.slice(0, dateline.at));
    if (trailer && dateline.strength >= 2) return trailer[1].replace(/\s*[,/]\s*$/, '').trim();
  }
  for (const b of blocks.slice(0, 4)) {
    const agency = /^\p{Lu}[\p{L}.\/-]*(?:\s\p{Lu}[\p{L}.\/-]*){0,2}\s\(([\p{L}][\p{L}\s/.,-]{0,25})\)\s*[-–]/u.exec(b.text.trim());
    if (agency) return agency[1].trim();
  }
  return mast;
}

function isNavigation(line: string): boolean {
  return (line.match(/[|»›>]|\s·\s/g) ?? []).length >= 2;
}

/** A paragraph of running text: a few sentences' worth of words ending like a sentence. */
function isBody(line: string): boolean {
  return words(line, 12) >= 12 && /[.!?“”"»)]$/.test(line.trim());
}

/** A whitespace run other than one plain space: what collapseSpaces changes. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** Whitespace runs as one space; the string itself when it has none to collapse (most headlines: no copy). */
export function collapseSpaces(s: string): string {
  return UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ') : s;
}

function findTitle(input: ContextInput, blocks: BlockText[], mast: string | null, dateline: Dateline | null): string | null {
  const head = blocks.slice(0, HEAD_BLOCKS);
  for (let k = 0; k < head.length; k++) {
    const b = head[k];
    // headline and body in one paragraph: the first sentence is the headline (found
    // before anything copies the whole paragraph)
    const long = b.text.length > TITLE_MAX_CHARS * 2;
    let line = long ? (input.sentences.find((s) => s.block === b.index)?.text ?? b.text.slice(0, TITLE_MAX_CHARS * 2)) : b.text;
    line = collapseSpaces(line).trim();
    if (!line || (k === 0 && mast !== null && line === mast)) continue;
    if (dateline && dateline.block === b.index && b.text.trim().length <= DATELINE_MAX_CHARS) continue;
    if (line.length > TITLE_MAX_CHARS) {
      const first = long ? null : input.sentences.find((s) => s.block === b.index);
      line = (first?.text ?? line).trim();
      if (line.length > TITLE_MAX_CHARS) line = line.slice(0, TITLE_MAX_CHARS).replace(/\s+\S*$/, '') + '…';
    }
    const lineWords = words(line, 4);
    if (isNavigation(line) || lineWords < 2 || isBoilerplate(input.lang, line)) continue;
    // a kicker ("„Unbegrenztes“ Potenzial") sits above the headline, not above the body
    const kicker = lineWords < 4;
    // a headline wrapped after a hyphen ("den US-" / "Kurswechsel zu Russland")
    const wrapped = line.endsWith('-') && /\p{L}-$/u.test(line);
    // the next block is read only for these two questions (most headlines ask neither)
    if (!kicker && !wrapped) return line;
    const after = head[k + 1]?.text.slice(0, TITLE_MAX_CHARS * 2);
    const next = after === undefined ? '' : collapseSpaces(after).trim();
    if (kicker && !isBody(next)) continue;
    if (wrapped && next && !isBody(next) && words(next, 9) <= 8) line += next;
    return line;
  }
  return null;
}

/** Title, date (YYYY-MM-DD) and publisher where the text states them. */
export function findMetadata(input: ContextInput): DocumentMetadata {
  const blocks = blockTexts(input);
  const dateline = findDateline(input, blocks);
  const mast = masthead(input, blocks);
  return {
    title: findTitle(input, blocks, mast, dateline),
    date: dateline?.date ?? null,
    publisher: findPublisher(input, blocks, dateline, mast),
  };
}
