// The period each figure of a text gets (one helper for the period test files).
import { makeInput, type FigureSpec } from '../fixtures/context-period/input.js';
import { resolvePeriods } from '../src/context/period.js';
import { analyse } from '../src/pipeline/analyse.js';
import { splitRelative } from '../src/context/relative-period.js';
import type { Lang } from '../src/types.js';

/** The calendar periods, as claims give them in `period` (an undated article's "im Vorjahr" is null here). */
export function periods(text: string, figures: Array<string | FigureSpec>, date: string | null = null, lang: Lang = 'de') {
  return resolvePeriods(makeInput(text, lang, figures), date).map((p) => splitRelative(p).period);
}

/** The periods an undated article gives relative to its own year, as claims give them in `relativePeriod` ("[Y-1]"). */
export function relativePeriods(text: string, figures: Array<string | FigureSpec>, lang: Lang = 'de') {
  return resolvePeriods(makeInput(text, lang, figures), null).map((p) => splitRelative(p).relativePeriod);
}

/** Each claim of a whole text run through the pipeline, with its period: [text, period]. */
export function claimPeriods(text: string, lang: Lang = 'en'): Array<[string, string | null]> {
  return analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.period]);
}
