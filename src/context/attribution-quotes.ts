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

export function findQuotes(text: string, blocks: Block[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const b of blocks) {
    let open = -1;
    let expect = '';
    for (let i = b.aStart; i < b.aEnd; i++) {
      const c = text[i];
      if (open >= 0) {
        // German „ closes with “; English “ with ”; a stray ” also ends a German quote
        if (c === expect || (expect === '“' && c === '”')) {
          out.push({ start: open, end: i + 1 });
          open = -1;
        }
      } else if (c in CLOSER) {
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
