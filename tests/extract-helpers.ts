// Shared helpers for the extract-stage tests: findMentions with the printed text attached.
import { findMentions } from '../src/extract/index.js';
import type { Lang, Mention } from '../src/types.js';

export interface Found extends Mention {
  text: string;
}

export function found(sentence: string, lang: Lang = 'de'): Found[] {
  return findMentions(sentence, lang).map((m) => ({ ...m, text: sentence.slice(m.aStart, m.aEnd) }));
}

/** The printed texts of all figures in the sentence. */
export const texts = (sentence: string, lang: Lang = 'de'): string[] => found(sentence, lang).map((m) => m.text);

/** The one figure the sentence holds (fails the test otherwise). */
export function only(sentence: string, lang: Lang = 'de'): Found {
  const all = found(sentence, lang);
  if (all.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(sentence)}, got ${JSON.stringify(all.map((m) => m.text))}`);
  return all[0]!;
}
