// Builds the input the context resolvers see from plain text, with mentions
// placed by hand (the number lexer is tested elsewhere): lines are blocks,
// sentences end at ". " before a capital, a figure is found with indexOf.
import { identityAnalysis } from '../src/normalise/offset-map.js';
import type { Block, ClaimKind, Lang, Mention, Sentence } from '../src/types.js';
import type { ContextInput } from '../src/context/types.js';
import { resolveMetrics } from '../src/context/metric.js';
import { analyse } from '../src/pipeline/analyse.js';

export interface FigureSpec {
  /** the figure as printed ("2,8 Milliarden Dollar") */
  text: string;
  kind?: ClaimKind;
  unit?: string;
  /** which occurrence of `text` (1-based) */
  occurrence?: number;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || text[k] === '\n') {
      if (text.slice(start, k).trim()) blocks.push({ index: blocks.length, aStart: start, aEnd: k });
      start = k + 1;
    }
  }
  return blocks;
}

function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    let s = b.aStart;
    for (let i = b.aStart; i < b.aEnd; i++) {
      if (/[.!?]/.test(text[i]) && text[i + 1] === ' ' && /[A-ZÄÖÜ„"]/.test(text[i + 2] ?? '') && !/\d/.test(text[i - 1] ?? '')) {
        out.push(sentence(text, out.length, s, i + 1, b.index));
        s = i + 2;
      }
    }
    out.push(sentence(text, out.length, s, b.aEnd, b.index));
  }
  return out;
}

function sentence(text: string, index: number, aStart: number, aEnd: number, block: number): Sentence {
  return { doc: 'test', index, text: text.slice(aStart, aEnd), start: aStart, end: aEnd, aStart, aEnd, block };
}

function guessKind(figure: string): { kind: ClaimKind; unit: string } {
  if (/Prozentpunkt|percentage point/.test(figure)) return { kind: 'percent', unit: 'pp' };
  if (/Prozent|%|per cent/.test(figure)) return { kind: 'percent', unit: '%' };
  if (/Euro|€|euros/.test(figure)) return { kind: 'currency', unit: 'EUR' };
  if (/Dollar|\$/.test(figure)) return { kind: 'currency', unit: 'USD' };
  if (/£|pounds/.test(figure)) return { kind: 'currency', unit: 'GBP' };
  if (/Barrel|barrels/.test(figure)) return { kind: 'quantity', unit: 'bbl' };
  if (/Kubikmeter|cubic met/.test(figure)) return { kind: 'quantity', unit: 'm3' };
  return { kind: 'count', unit: '' };
}

/** The context input for `text` with one mention per figure spec, in text order. */
export function contextInput(text: string, lang: Lang, figures: Array<string | FigureSpec>): ContextInput {
  const blocks = blocksOf(text);
  const sentences = sentencesOf(text, blocks);
  const mentions = figures.map((f) => {
    const spec = typeof f === 'string' ? { text: f } : f;
    let at = -1;
    for (let n = 0; n < (spec.occurrence ?? 1); n++) at = text.indexOf(spec.text, at + 1);
    if (at < 0) throw new Error(`figure not in text: ${spec.text}`);
    const guess = guessKind(spec.text);
    const mention: Mention = {
      aStart: at, aEnd: at + spec.text.length, value: 0, high: null, unit: spec.unit ?? guess.unit,
      kind: spec.kind ?? guess.kind, qualifier: 'exact', hedge: null, precision: 0,
    };
    const sentenceIndex = sentences.findIndex((s) => s.aStart <= at && at < s.aEnd);
    return { mention, sentenceIndex };
  });
  return { lang, analysis: identityAnalysis(text), blocks, sentences, mentions };
}

/** The metric keys resolveMetrics gives the figures placed in `text`, in order. */
export function metricKeys(text: string, lang: Lang, figures: Array<string | FigureSpec>): string[] {
  return resolveMetrics(contextInput(text, lang, figures)).map((m) => m.metric.key);
}

/** Each claim the whole pipeline finds in one line of `text`: the figure, its metric key and entities. */
export function analysedClaims(text: string, lang: Lang): Array<{ text: string; key: string | undefined; entities: string[] }> {
  return analyse({ path: 't.txt', text: `${text}\n`, encoding: 'utf-8' }, { lang }).claims.map((c) => ({
    text: c.text, key: c.metric?.key, entities: c.entities,
  }));
}
