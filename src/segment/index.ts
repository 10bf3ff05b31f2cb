// segment: blocks of the analysis text -> sentences.
//
// A hand-written rule-based splitter rather than Intl.Segmenter: the ICU
// sentence rules break "am 20. | Mai", "z. | B. | Wasser" and "Prof. | Dr. |
// Meyer" and inside quotations, and know neither German ordinals nor
// abbreviations as data; no npm package covers German news either.
// One linear scan per block: find sentence punctuation, read the run of it
// (boundaries.ts), skip it inside quotations and brackets (spans.ts), and
// split list items run together on a line (lists.ts). Sentences never cross a
// block, so headings and list lines without a full stop are sentences of their own.
import type { AnalysisText, Block, Lang, Sentence } from '../types.js';
import { SpanMap } from '../normalise/offset-map.js';
import { codeAt } from '../lang/unicode.js';
import { hasAlnum, isLetterAt, isSpaceCode, isUpperAt } from './chars.js';
import { boundaryAfter, isTerminatorCode, readCluster, type BoundaryContext } from './boundaries.js';
import { findListStarts } from './lists.js';
import { languageRules, type LanguageRules } from './language.js';
import { findSpans, type Spans } from './spans.js';
import { IntList } from './int-list.js';
import { scanBlock, type BlockMarks } from './marks.js';

export function segment(doc: string, analysis: AnalysisText, blocks: Block[], lang: Lang): Sentence[] {
  const rules = languageRules(lang);
  const text = analysis.text;
  const sentences: Sentence[] = [];
  const toOriginal = new SpanMap(analysis);
  for (const block of blocks) {
    const marks = scanBlock(text, block.aStart, block.aEnd);
    const ranges = splitBlock(text, block.aStart, block.aEnd, rules, marks);
    // sentences are pieces of their block, in order: the block's places to
    // collapse tell each sentence whether it has one (no search of its text)
    const { spacePairs, otherSpaces } = marks;
    let pair = 0;
    let other = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      const aStart = ranges.get(r);
      const aEnd = ranges.get(r + 1);
      const raw = text.slice(aStart, aEnd);
      // a range is trimmed: a pair's second space inside it has its first one inside too
      while (pair < spacePairs.length && spacePairs.get(pair) < aStart) pair++;
      while (other < otherSpaces.length && otherSpaces.get(other) < aStart) other++;
      const plain = (pair === spacePairs.length || spacePairs.get(pair) >= aEnd) &&
        (other === otherSpaces.length || otherSpaces.get(other) >= aEnd);
      sentences.push({
        doc,
        index: sentences.length,
        text: plain ? raw : raw.replace(SPACE_RUN_TO_COLLAPSE, ' '),
        start: toOriginal.start(aStart),
        end: toOriginal.end(aStart, aEnd),
        aStart,
        aEnd,
        block: block.index,
      });
    }
  }
  return sentences;
}

/**
 * The whitespace runs /\s+/g would replace that are not a lone space already: a
 * run of two or more, or one character other than " " (a run is taken whole by
 * the first branch, so each one matches entirely or not at all). Replacing every
 * lone space by itself made a piece of the result per word.
 */
const SPACE_RUN_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** The scratch lists of splitBlock: one block is split at a time. */
const CUTS = new IntList();
const RANGES = new IntList();

/**
 * Sentence spans of one block, trimmed, as start and end pairs in one list
 * (no pair array per sentence). The answer is shared: valid until the next call.
 */
function splitBlock(text: string, from: number, to: number, rules: LanguageRules, marks: BlockMarks): IntList {
  const spans = findSpans(text, from, to, marks.spanMarks);
  const { splits, periods: markerPeriods } = findListStarts(text, from, to, rules, marks.listMarks);

  const cuts = CUTS;
  cuts.clear();
  const ctx: BoundaryContext = { text, from, to, sentenceStart: from, rules, quotes: { to: from, count: 0 }, sentenceQuotes: { to: from, count: 0 } };
  let span = 0;
  let split = 0;
  // the punctuation of the block, in order; `resume` skips what a cluster already read
  const punctuation = marks.punctuation;
  let resume = from;
  for (let p = 0; p < punctuation.length; p++) {
    const i = punctuation.get(p);
    if (i < resume) continue;
    if (!isTerminatorCode(text.charCodeAt(i))) {
      // a dash before a closing quote
      const end = interruptedQuoteEnd(text, i, to, spans, rules);
      if (end >= 0) {
        cuts.push(end);
        ctx.sentenceStart = end + 1;
      }
      continue;
    }
    // "(?)", "[...]", "(!)": marks inside brackets, not sentence ends
    if (i > from && (text.charCodeAt(i - 1) === 0x28 /* ( */ || text.charCodeAt(i - 1) === 0x5b /* [ */)) {
      resume = readCluster(text, i, to).end;
      continue;
    }
    while (split < splits.length && splits.get(split) <= i) {
      cuts.push(splits.get(split));
      ctx.sentenceStart = splits.get(split++);
    }
    const cluster = readCluster(text, i, to);
    resume = Math.max(cluster.end, i + 1);
    if (markerPeriods.includes(i)) continue;
    while (span < spans.open.length && spans.close.get(span) < i) span++;
    // A bracket that opens a sentence holds sentences of its own
    // ("(Gewaltige Bühne. Im Zentrum ein Transportflugzeug. ...)"); elsewhere it is an aside.
    const inside = span < spans.open.length && spans.open.get(span) < i &&
      !(spans.bracket.get(span) === 1 && onlyOpenersBetween(text, ctx.sentenceStart, spans.open.get(span)));
    const spanClose = inside ? spans.close.get(span) : -1;
    if (inside && cluster.end <= spanClose) continue; // punctuation inside a quotation or bracket
    let end = boundaryAfter(ctx, cluster);
    if (end >= 0 && inside && end <= spanClose) end = cluster.end; // an early cut may not fall inside the quotation
    if (end >= 0) {
      cuts.push(end);
      let next = end;
      while (next < to && isSpaceCode(text.charCodeAt(next))) next++;
      ctx.sentenceStart = next;
    }
  }
  while (split < splits.length) cuts.push(splits.get(split++));
  cuts.sort();

  const ranges = RANGES;
  ranges.clear();
  let start = from;
  cuts.push(to);
  for (let c = 0; c < cuts.length; c++) {
    const cut = cuts.get(c);
    if (cut <= start) continue;
    addCapped(ranges, text, start, cut);
    start = cut;
  }
  return ranges;
}

/**
 * The longest sentence kept whole, in characters. Every claim repeats its sentence and the context
 * stage reads the sentence around each figure, so a page of figures without a full stop (a table
 * flattened by a scrape, a list run together) would cost the square of its length: 560 KB of
 * "lag bei 5 Prozent, " ran out of memory after two minutes. The longest sentence in the 3,253
 * corpus articles has 1,314 characters.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/**
 * addRange for [s, e), cut into pieces of at most MAX_SENTENCE_LENGTH: each at the last line
 * break or semicolon in its second half, else the last comma before a space, else the last space,
 * else at the limit (not between the halves of a surrogate pair).
 */
function addCapped(ranges: IntList, text: string, s: number, e: number): void {
  while (e - s > MAX_SENTENCE_LENGTH) {
    const limit = s + MAX_SENTENCE_LENGTH;
    const half = s + (MAX_SENTENCE_LENGTH >> 1);
    let strong = -1;
    let comma = -1;
    let space = -1;
    for (let k = limit; k > half && strong < 0; k--) {
      const code = text.charCodeAt(k - 1);
      if (code === 0x0a || code === 0x3b /* ; */) strong = k;
      else if (code === 0x2c /* , */ && comma < 0 && isSpaceCode(text.charCodeAt(k))) comma = k;
      else if (space < 0 && isSpaceCode(code)) space = k;
    }
    let cut = strong >= 0 ? strong : comma >= 0 ? comma : space >= 0 ? space : limit;
    if (cut === limit && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    addRange(ranges, text, s, cut);
    s = cut;
  }
  addRange(ranges, text, s, e);
}

function onlyOpenersBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k)) && !'„“"\'‘‚«»([{'.includes(text[k])) return false;
  return true;
}

/**
 * A quotation broken off with a dash and followed by a new sentence:
 * '... afore she comes, to--" At this moment'. Returns the end after the
 * closing quote, or -1.
 */
function interruptedQuoteEnd(text: string, i: number, to: number, spans: Spans, rules: LanguageRules): number {
  const close = i + 1;
  if (codeAt(text, close + 1) !== 32 || !spans.close.includes(close)) return -1;
  let k = close + 1;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= to || !isUpperAt(text, k)) return -1;
  if (rules.capitalisedNouns) {
    let e = k;
    while (e < to && isLetterAt(text, e)) e++;
    if (!rules.starters.has(text.slice(k, e))) return -1;
  }
  return close + 1;
}

/**
 * Trim [s, e) and add it to `ranges` (start and end pairs); punctuation left on its own joins the
 * sentence before it, up to MAX_SENTENCE_LENGTH: beyond it the pieces addCapped cut stay apart.
 * Joined without that limit, a megabyte of "((((" became one sentence again, read whole by every
 * later stage, and each piece rescanned the growing sentence before it for a letter (quadratic).
 */
function addRange(ranges: IntList, text: string, s: number, e: number): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  const n = ranges.length;
  if (n > 0 && e - ranges.get(n - 2) <= MAX_SENTENCE_LENGTH && (!hasAlnum(text, s, e) || !hasAlnum(text, ranges.get(n - 2), ranges.get(n - 1)))) {
    ranges.set(n - 1, e);
    return;
  }
  ranges.push(s);
  ranges.push(e);
}
