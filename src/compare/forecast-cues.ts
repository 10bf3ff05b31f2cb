import type { Claim } from '../types.js';
import { allLanguages, COMPARE_LANGUAGES } from './compare-language.js';

/**
 * A figure stated as an expectation ("is expected to rise 2%", "erwartet ein Plus von 1,5
 * Prozent"; words in src/lang/<lang>/compare.ts) is no measurement: a forecast and the figure
 * later measured for the same period are not a conflict, and two forecasts are no series of one
 * statistic, so forecasts are compared only with forecasts. The cue is read in the figure's
 * clause (between commas, semicolons, colons, dashes or brackets), and not past a relative
 * clause opening between it and a figure far from it ("the board is expected to meet early
 * this week to discuss the latest proposal from the US tycoon that values the club at £800m").
 */
const CUE_WORDS = allLanguages((l) => l.forecastCues).map((w) => w.replace(/ /g, '\\s+')).join('|');
const COMPOUNDS = allLanguages((l) => l.forecastCompounds).join('|') || '(?!)';
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${CUE_WORDS})|(?:${COMPOUNDS})`, 'iu');
const CUES = new RegExp(CUE.source, 'giu');
// forecast nouns (revisesForecast); "is forecast to ease": a verb (the infinitive marker and a word after it)
const FORECAST_NOUN = new RegExp([
  ...COMPARE_LANGUAGES.filter((l) => l.forecastNouns.length).map((l) =>
    `(?:^|[^\\p{L}])(?:${l.forecastNouns.join('|')})(?![\\p{L}])${l.infinitiveMarker ? `(?!\\s+${l.infinitiveMarker}\\s+\\p{L})` : ''}`),
  COMPOUNDS,
].join('|'), 'iu');
const RELATIVE = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((l) => l.relativeOpeners).join('|') || '(?!)'})(?![\\p{L}])`, 'giu');
const CLAUSE_END = ',;:()–—';
/** Does character i of s end a clause: a comma, a colon, a bracket, a dash (" - " spaced)? */
const endsClause = (s: string, i: number) => CLAUSE_END.includes(s[i]!) || (s[i] === '-' && s[i - 1] === ' ' && s[i + 1] === ' ');
const WORD_AFTER = /^[^\p{L}]*\p{L}+[^\p{L}]+/u;

/** Is the claim's figure stated as an expectation (a cue word in its clause that reaches it)? */
export function isForecast(c: Pick<Claim, 'sentence' | 'text'>): boolean {
  const s = c.sentence;
  const at = s.indexOf(c.text);
  if (at < 0 || !CUE.test(s)) return false;
  const from = clauseStart(s, at);
  let to = at + c.text.length;
  while (to < s.length && !endsClause(s, to)) to++;
  const clause = s.slice(from, to);
  const figure = at - from;
  // where the last relative clause before the figure opens: cues before it do not reach the figure
  let opens = -1;
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(clause); m && m.index < figure; m = RELATIVE.exec(clause)) opens = m.index;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(clause); m; m = CUES.exec(clause)) {
    const end = m.index + m[0].length;
    // "expect that ...": the opener right after the cue's word is what is expected
    const wordEnd = end + (WORD_AFTER.exec(clause.slice(end))?.[0].length ?? 0);
    // near the figure the cue governs it, relative clause or not ("forecast on Thursday that growth
    // would slow to 2.5%", "predicts growth that will reach 3.1%")
    if (m.index > opens || opens < wordEnd || wordsBetween(clause, end, figure) <= CUE_REACH) return true;
  }
  return false;
}

/**
 * A forecast named as a noun before `at` in its clause ("Forecasts for Japanese growth were
 * scaled back to 4.0% from 4.4%", "senkte die Wachstumsprognose von 2 auf 1,5 Prozent"): the
 * figures then are the forecast and the one it replaces, not a new level and an earlier one.
 * Not "Reuters beat profit forecasts, posting a rise to £198m from £130m": another clause's.
 */
export function revisesForecast(sentence: string, at: number): boolean {
  return FORECAST_NOUN.test(sentence.slice(clauseStart(sentence, at), at));
}

/** Where the clause holding position `at` begins (after the last comma, colon, bracket or dash before it). */
function clauseStart(s: string, at: number): number {
  let from = at;
  while (from > 0 && !endsClause(s, from - 1)) from--;
  return from;
}

/** Words between a cue and a figure within which a relative clause does not end the cue's reach. */
const CUE_REACH = 12;
const WORDS = /\p{L}+/gu;
const wordsBetween = (s: string, from: number, to: number) => s.slice(from, Math.max(from, to)).match(WORDS)?.length ?? 0;
