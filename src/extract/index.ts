// PLACEHOLDER (owned by the extract helper).
import type { Lang, Mention } from '../types.js';

/**
 * Every numeric figure in `text` (one sentence of analysis text), offsets relative to `text`.
 */
export function findMentions(text: string, lang: Lang): Mention[] {
  void lang;
  const out: Mention[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    out.push({ aStart: m.index!, aEnd: m.index! + m[0].length, value: Number(m[0].replace(/[.,]/g, '')), high: null, unit: '', kind: 'count', qualifier: 'exact', hedge: null, precision: 0 });
  }
  return out;
}
