import type { Claim } from '../types.js';
import { allLanguages } from './compare-language.js';

/**
 * A figure stated as an expectation ("is expected to rise 2%", "erwartet ein Plus von 1,5
 * Prozent"; words in src/lang/<lang>/compare.ts) is no measurement: a forecast and the figure
 * later measured for the same period are not a conflict, and two forecasts are no series of one
 * statistic, so forecasts are compared only with forecasts. The cue is read in the figure's
 * clause (between commas, semicolons, colons, dashes or brackets).
 */
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((l) => l.forecastCues).map((w) => w.replace(/ /g, '\\s+')).join('|')})`, 'iu');
const CLAUSE_END = ',;:()–—';
/** Does character i of s end a clause: a comma, a colon, a bracket, a dash (" - " spaced)? */
const endsClause = (s: string, i: number) => CLAUSE_END.includes(s[i]!) || (s[i] === '-' && s[i - 1] === ' ' && s[i + 1] === ' ');

/** Is the claim's figure stated as an expectation (a cue word in its clause)? */
export function isForecast(c: Pick<Claim, 'sentence' | 'text'>): boolean {
  const s = c.sentence;
  const at = s.indexOf(c.text);
  if (at < 0 || !CUE.test(s)) return false;
  let from = at;
  while (from > 0 && !endsClause(s, from - 1)) from--;
  let to = at + c.text.length;
  while (to < s.length && !endsClause(s, to)) to++;
  return CUE.test(s.slice(from, to));
}
