import type { Claim } from '../types.js';

/**
 * Words that make a figure an expectation rather than a measurement: "is expected to rise 2%",
 * "forecasts growth of 8% in 2005", "erwartet ein Plus von 1,5 Prozent", "Prognose". A forecast
 * and the figure later measured for the same period are not a conflict, and two forecasts are
 * no series of one statistic: forecasts are compared only with forecasts. Lower-case word
 * beginnings, by language; read in the figure's clause (between commas, semicolons, colons,
 * dashes or brackets).
 */
export const FORECAST_CUES: Record<'de' | 'en', readonly string[]> = {
  de: ['prognos', 'erwart', 'rechnet mit', 'rechnen mit', 'vorhergesagt', 'voraussichtlich', 'vorausgesagt', 'schätzt, dass', 'dürfte', 'dürften'],
  en: ['forecast', 'predict', 'expect', 'projected', 'projection', 'outlook', 'is set to', 'are set to', 'anticipat'],
};

const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${[...FORECAST_CUES.de, ...FORECAST_CUES.en].map((w) => w.replace(/ /g, '\\s+')).join('|')})`, 'iu');
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
