// The source each figure of a text gets (one helper for the attribution test files).
import { makeInput, type FigureSpec } from '../fixtures/context-period/input.js';
import { resolveAttributions } from '../src/context/attribution.js';
import type { Lang } from '../src/types.js';

export function sources(text: string, figures: Array<string | FigureSpec>, lang: Lang = 'de') {
  return resolveAttributions(makeInput(text, lang, figures));
}
