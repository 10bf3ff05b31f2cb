// PLACEHOLDER (owned by the segment helper): one sentence per block.
import type { AnalysisText, Block, Lang, Sentence } from '../types.js';
import { toOriginalSpan } from '../normalise/offset-map.js';

export function segment(doc: string, analysis: AnalysisText, blocks: Block[], _lang: Lang): Sentence[] {
  return blocks.map((b, index) => {
    const [start, end] = toOriginalSpan(analysis, b.aStart, b.aEnd);
    return { doc, index, text: analysis.text.slice(b.aStart, b.aEnd).replace(/\s+/g, ' ').trim(), start, end, aStart: b.aStart, aEnd: b.aEnd, block: b.index };
  });
}
