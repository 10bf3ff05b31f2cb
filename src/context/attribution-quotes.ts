// Quoted speech: where quotations start and end, so a figure inside one can be
// given to its speaker. Pairs: „…“ ‚…‘ (German), “…” (English), »…« and «…»,
// straight "…". A quote left open ends with its block (paragraph).
import type { Block } from '../types.js';

export interface QuoteSpan {
  /** analysis offsets, the quote marks included */
  start: number;
  end: number;
}

const CLOSER: Record<string, string> = { '„': '“', '“': '”', '»': '«', '«': '»', '"': '"', '‹': '›' };
const QUOTE_MARK = /[„“”»«"‹›]/g;

/** A straight quote opens when a word follows it and nothing but space or a bracket precedes it. */
function opensStraight(text: string, i: number, blockStart: number): boolean {
  const before = i > blockStart ? text[i - 1] : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s(\[–—-]/.test(before) && /[^\s.,;:!?)]/.test(after);
}

export function findQuotes(text: string, blocks: Block[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // most texts have few quote marks: jump from one to the next
  QUOTE_MARK.lastIndex = 0;
  let next = QUOTE_MARK.exec(text);
  for (const b of blocks) {
    let open = -1;
    let expect = '';
    while (next && next.index < b.aStart) next = QUOTE_MARK.exec(text);
    for (; next && next.index < b.aEnd; next = QUOTE_MARK.exec(text)) {
      const i = next.index;
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
  }
  return out;
}

/** The quote containing [start, end), if any (quotes are sorted and disjoint). */
export function enclosingQuote(quotes: QuoteSpan[], start: number, end: number): QuoteSpan | null {
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
