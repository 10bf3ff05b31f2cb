// Quoted speech: where quotations start and end, so a figure inside one can be
// given to its speaker. Pairs: „…“ ‚…‘ (German), “…” (English), »…« and «…»,
// straight "…". A quote left open ends with its block (paragraph).
import type { Block } from '../types.js';
import { SPACE, unitClasses } from '../lang/unicode.js';

export interface QuoteSpan {
  /** analysis offsets, the quote marks included */
  start: number;
  end: number;
}

const CLOSER: Record<string, string> = { '„': '“', '“': '”', '»': '«', '«': '»', '"': '"', '‹': '›' };

const QUOTE_MARKS = '„“”»«"‹›';
const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`, 'g');

/** Does the token text begin with a quotation mark? */
export const opensWithQuoteMark = (text: string): boolean => text.length > 0 && QUOTE_MARKS.includes(text[0]!);
/**
 * A text without characters beyond Latin-1 (most English ones) can hold only these
 * marks, and indexOf finds them several times faster than the regex.
 */
const LATIN1_MARKS = ['"', '«', '»'];
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/** Marks that may stand before an opening straight quote: ( [ – — - */
const BEFORE_OPENING = [40, 91, 0x2013, 0x2014, 45];
/** Marks after which a straight quote closes: . , ; : ! ? ) */
const AFTER_CLOSING = [46, 44, 59, 58, 33, 63, 41];

function isSpace(c: number): boolean {
  return (unitClasses(c) & SPACE) !== 0;
}

/**
 * A straight quote opens when a word follows it and nothing but space or a bracket
 * precedes it. Read by code unit: a one-character string per look was garbage.
 */
export function opensStraight(text: string, i: number, blockStart: number): boolean {
  const before = i > blockStart ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return (isSpace(before) || BEFORE_OPENING.includes(before)) && !isSpace(after) && !AFTER_CLOSING.includes(after);
}

/**
 * Where the quote marks of a block are, in text order. The search runs on the block
 * cut out of the text, so that looking for the next mark stops at the block's end.
 */
function markPositions(text: string, b: Block, latin1: boolean): number[] {
  const part = text.slice(b.aStart, b.aEnd);
  const out: number[] = [];
  if (latin1) {
    // each mark's positions come in order: a sort (which copies the array) only when two kinds are found
    let kinds = 0;
    for (const mark of LATIN1_MARKS) {
      const before = out.length;
      for (let i = part.indexOf(mark); i >= 0; i = part.indexOf(mark, i + 1)) out.push(b.aStart + i);
      if (out.length > before) kinds++;
    }
    return kinds > 1 ? out.sort((x, y) => x - y) : out;
  }
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(part); m; m = QUOTE_MARK.exec(part)) out.push(b.aStart + m.index);
  return out;
}

/** The quotations of one block, in text order. */
function blockQuotes(text: string, b: Block, latin1: boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let expect = '';
  for (const i of markPositions(text, b, latin1)) {
    const c = text[i];
    if (open >= 0 && (c === expect || (expect === '“' && c === '”'))) {
      // a straight quote with a word after and a space before opens a new quotation
      // (one left open at a paragraph's end in running speech), else it closes
      if (c === '"' && opensStraight(text, i, b.aStart)) {
        out.push({ start: open, end: i });
        open = i;
        continue;
      }
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (open >= 0 && (c === '„' || (c === '"' && opensStraight(text, i, b.aStart)))) {
      // a new quotation before the last one closed: the last one ends here
      out.push({ start: open, end: i });
      open = i;
      expect = CLOSER[c];
    } else if (open < 0 && c in CLOSER && (c !== '"' || opensStraight(text, i, b.aStart))) {
      open = i;
      expect = CLOSER[c];
    }
  }
  if (open >= 0 && b.aEnd - open > 1) out.push({ start: open, end: b.aEnd });
  return out;
}

/**
 * The quotations of a text, found block by block on first use: a quotation never
 * leaves its block, and only the blocks with figures (or just before them) are asked about.
 */
export class QuoteIndex {
  private readonly byBlock: (QuoteSpan[] | undefined)[];

  constructor(private readonly text: string, private readonly blocks: Block[]) {
    this.byBlock = new Array(blocks.length);
  }

  /** whether the text has no character beyond Latin-1, found out on first use */
  private latin1: boolean | undefined;

  private quotesOf(b: number): QuoteSpan[] {
    this.latin1 ??= !BEYOND_LATIN1.test(this.text);
    return (this.byBlock[b] ??= blockQuotes(this.text, this.blocks[b], this.latin1));
  }

  /** The first block ending after `offset` (blocks are sorted and disjoint). */
  private blockFrom(offset: number): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].aEnd <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The quote containing [start, end), if any. */
  enclosing(start: number, end: number): QuoteSpan | null {
    const b = this.blockFrom(start);
    if (b >= this.blocks.length || this.blocks[b].aStart > start) return null;
    return enclosingQuote(this.quotesOf(b), start, end);
  }

  /**
   * The quote that `quote` cut short by opening before it closed, if any: its end is this
   * one's opening mark ('"... consumption is still strong. "But we expect ...': the BBC goes on
   * with the same speaker by opening each new sentence of the quote again, never closing).
   */
  reopened(quote: QuoteSpan): QuoteSpan | null {
    const b = this.blockFrom(quote.start);
    if (b >= this.blocks.length) return null;
    const quotes = this.quotesOf(b);
    // the quote before it by a binary search on starts (quotes are sorted and disjoint; a block may hold thousands)
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < quote.start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? quotes[lo - 1] : null;
    return before !== null && before.end === quote.start ? before : null;
  }

  /** The last quote overlapping [start, end), if any. */
  lastOverlapping(start: number, end: number): QuoteSpan | null {
    let last: QuoteSpan | null = null;
    for (let b = this.blockFrom(start); b < this.blocks.length && this.blocks[b].aStart < end; b++) {
      for (const q of this.quotesOf(b)) if (q.start < end && start < q.end) last = q;
    }
    return last;
  }
}

/** The quote containing [start, end), if any (quotes are sorted and disjoint). */
function enclosingQuote(quotes: QuoteSpan[], start: number, end: number): QuoteSpan | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (q.end <= start) lo = mid + 1;
    else if (q.start >= end) hi = mid - 1;
    else return q.start <= start && end <= q.end ? q : null;
  }
  return null;
}
