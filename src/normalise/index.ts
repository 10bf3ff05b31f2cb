// PLACEHOLDER (owned by the normalise/segment helper): CRLF only, every newline hard.
import type { AnalysisText, Block, Lang, SourceText } from '../types.js';
import { AnalysisBuilder } from './offset-map.js';

export interface NormalisedText {
  analysis: AnalysisText;
  blocks: Block[];
}

export function normalise(source: SourceText, _lang: Lang): NormalisedText {
  const t = source.text;
  const b = new AnalysisBuilder();
  let i = 0;
  while (i < t.length) {
    const j = t.indexOf('\r', i);
    if (j < 0) { b.copy(t, i, t.length); break; }
    b.copy(t, i, j);
    b.replace('\n', j);
    i = t[j + 1] === '\n' ? j + 2 : j + 1;
  }
  const analysis = b.build(t.length);
  const blocks: Block[] = [];
  let start = 0;
  const text = analysis.text;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || text[k] === '\n') {
      if (text.slice(start, k).trim()) blocks.push({ index: blocks.length, aStart: start, aEnd: k });
      start = k + 1;
    }
  }
  return { analysis, blocks };
}
