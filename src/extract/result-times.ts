// Race reports name a time's unit once and give the next times bare: "won in 9.87 seconds, with
// Scott second in 9.91", "She finished third in 7.27 seconds. ... Maduaka finished fifth in 7.35."
// The scanner reads one figure at a time and takes "9.91" for a count; this pass, over a
// document's mentions in order, sees the time before it.
import type { Lang, Mention } from '../types.js';
import { bareDecimal, nextWord, phraseStartBefore } from './elided-units.js';
import { lexicon, type ExtraUnitWords } from './lexicon.js';

/** How many sentences before its own a bare time looks for the time that gives its unit. */
const SENTENCE_REACH = 3;
/**
 * How far apart a bare time and the time it takes its unit from may be: a 60m and a 200m time
 * (6.56 and 21.72 seconds) are in one report; "in 30.26" after "in 20 minutes 38 seconds" (1,238
 * seconds) is a time in minutes written with a point, not 30 seconds.
 */
const TIME_RATIO = 4;
/** A time's digits: a race time has one or two decimals ("7.35", "21.5"), not "1.234". */
const TIMED_DIGITS = /^\d{1,3}[.,]\d{1,2}$/;

/**
 * Gives each bare decimal right after one of ExtractLanguage.resultTimes.leads, with no noun of
 * its own after it, the unit of the nearest earlier time in resultTimes.units within
 * SENTENCE_REACH sentences, when the two are within TIME_RATIO of each other. Mutates the mentions.
 */
export function lendResultTimes(
  text: string,
  found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>,
  lang: Lang,
  extraUnits?: ExtraUnitWords,
): void {
  const lex = lexicon(lang, extraUnits);
  const { leads, units } = lex.resultTimes;
  if (leads.length === 0) return;
  for (let i = 1; i < found.length; i++) {
    const m = found[i].mention;
    if (!bareDecimal(m) || !TIMED_DIGITS.test(text.slice(m.aStart, m.aEnd))) continue;
    if (phraseStartBefore(text, m.aStart, leads) < 0) continue;
    // ("in 7.35 in the 60m", not "in 7.35 rounds")
    const next = nextWord(text, m.aEnd);
    if (/^\p{Ll}/u.test(next) && !lex.functionWords.has(next)) continue;
    const time = timeBefore(found, i, units);
    if (time && m.value * TIME_RATIO >= time.value && m.value <= time.value * TIME_RATIO) {
      m.unit = time.unit;
      m.kind = time.kind;
    }
  }
}

/** The nearest earlier mention in one of `units`, in mention i's sentence or the SENTENCE_REACH before it. */
function timeBefore(found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number, units: ReadonlySet<string>): Mention | null {
  const first = found[i].sentenceIndex - SENTENCE_REACH;
  for (let j = i - 1; j >= 0 && found[j].sentenceIndex >= first; j--) {
    if (units.has(found[j].mention.unit)) return found[j].mention;
  }
  return null;
}
