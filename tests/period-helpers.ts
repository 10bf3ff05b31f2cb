// The period each figure of a text gets (one helper for the period test files).
import { makeInput, type FigureSpec } from '../fixtures/context-period/input.js';
import { resolvePeriods } from '../src/context/period.js';
import type { Lang } from '../src/types.js';

export function periods(text: string, figures: Array<string | FigureSpec>, date: string | null = null, lang: Lang = 'de') {
  return resolvePeriods(makeInput(text, lang, figures), date);
}
