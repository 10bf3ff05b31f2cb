import type { Claim } from '../types.js';
import { sentencesWithSeveral } from './figures.js';
import { allLanguages } from './compare-language.js';
import { revisesForecast } from './forecast-cues.js';

// A figure and the earlier level its sentence gives ("fell to 95.5 from 97.5", "von 9,1 auf 9,5
// Prozent", "nach zuvor 11,2 Prozent"; words in src/lang/<lang>/compare.ts, previousLevel) are
// one quantity at two periods, however close their values. After a revision word ("revised down
// from 157,000 to 133,000", "nach unten korrigiert") they are two estimates of one figure: a conflict.
const REVISION = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((l) => l.revisionWords).join('|')})`, 'iu');
const REVISION_VERB = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((l) => l.revisionVerbs).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:[^\\p{L}]|$)`, 'iu');

/** Between an earlier level and the new one after it: "von 9,1 auf 9,5", "from 2.5% to about 2%". */
const NEW_LEVEL = /^\s*(?:to|auf)\s+(?:[\p{L}.]+\s+){0,2}$/iu;
/** Levels further apart than this are no change of one quantity ("fell by £600 from £190,329"). */
const MAX_RATIO = 10;

const DETERMINERS = allLanguages((l) => l.previousLevel.determiners);
const DETERMINER = DETERMINERS.length ? `(?:\\s+(?:${DETERMINERS.join('|')}))?` : '';
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const pattern = (words: readonly string[], after: readonly string[] = []) =>
  new RegExp(`(?:^|[^\\p{L}])${after.length ? `(?:${alternatives(after)})\\s+` : ''}(?:${alternatives(words)})${DETERMINER}\\s*$`, 'iu');
const ANYWHERE = pattern(allLanguages((l) => l.previousLevel.anywhere));
const AFTER_REVISION = pattern(allLanguages((l) => l.previousLevel.afterRevision));
const NEEDS_NEW_LEVEL = pattern(allLanguages((l) => l.previousLevel.needsNewLevel));
const BEFORE_TIME = pattern(allLanguages((l) => l.previousLevel.beforeTime));
const TIME_WORDS = new Set(allLanguages((l) => l.previousLevel.timeWords));
const NOT_BEFORE_TIME = new Set(allLanguages((l) => l.previousLevel.notBeforeTime));
/** A year in digits: a time in every language. */
const YEAR = /^(?:19|20)\d\d$/;
/** How many words after the figure a time may come ("compared with 10% in the same period last year"). */
const TIME_REACH = 6;
const NOT_AFTER_WORDS = allLanguages((l) => l.previousLevel.notAfter);
/** "priced from £12,556": the word before the cue makes it a starting price or a range */
const NOT_AFTER = NOT_AFTER_WORDS.length
  ? pattern(allLanguages((l) => [...l.previousLevel.anywhere, ...l.previousLevel.needsNewLevel]), NOT_AFTER_WORDS)
  : null;
const LONGEST = Math.max(...allLanguages((l) => [...l.previousLevel.anywhere, ...l.previousLevel.needsNewLevel, ...l.previousLevel.afterRevision, ...l.previousLevel.beforeTime]).map((w) => w.length)) +
  Math.max(0, ...DETERMINERS.map((w) => w.length + 1)) + Math.max(0, ...NOT_AFTER_WORDS.map((w) => w.length + 1));

/**
 * Each claim introduced by a previous-level word, mapped to the claim whose earlier level it
 * is: the figure right after it across "to"/"auf" ("von 9,1 auf 9,5 Prozent", "cut from 2.5%
 * to 2%"), else (not for `needsNewLevel` words) the nearest figure before it that is no
 * earlier level itself ("rose to 4.7% from 4.6%"). Both figures carry the same unit, no bare
 * small whole number (a count's "from" is as often "two victories from 14 Tests"), and lie
 * within MAX_RATIO of each other.
 * A revision cue before them ("revised down from") marks the pair as two estimates of one figure.
 * No pair after a forecast noun: the earlier figure is the forecast it replaces, for the same period.
 */
export function changePartners(claims: readonly Claim[]): ChangePairs {
  const out: ChangePairs = { partners: new Map(), revised: new Set() };
  // a bare small whole number after "from" is as often a part of a whole ("two victories from 14 Tests")
  const levelLike = (c: Claim) => c.kind !== 'date' && (c.unit !== '' || !(Number.isInteger(c.value) && Math.abs(c.value) < 100));
  for (const list of sentencesWithSeveral(claims, levelLike)) {
    // the k-th claim printed "2.5%" is the k-th "2.5%" of its sentence
    const seen = new Map<string, number>();
    const at = list.map((c) => {
      const k = seen.get(c.text) ?? 0;
      seen.set(c.text, k + 1);
      return occurrence(c.sentence, c.text, k);
    });
    const cue = list.map((c, i) => {
      if (at[i] < 0) return null;
      const kind = introducedBy(c.sentence.slice(Math.max(0, at[i] - LONGEST - (c.hedge?.length ?? 0) - 4), at[i]), c.hedge);
      return kind === 'beforeTime' && !timeFollows(c.sentence.slice(at[i] + c.text.length)) ? null : kind;
    });
    for (let i = 0; i < list.length; i++) {
      if (!cue[i]) continue;
      const c = list[i];
      let partner = -1;
      if (cue[i] !== 'afterRevision' && cue[i] !== 'beforeTime' && i + 1 < list.length && at[i + 1] >= 0 && NEW_LEVEL.test(c.sentence.slice(at[i] + c.text.length, at[i + 1]))) partner = i + 1;
      else if (cue[i] !== 'needsNewLevel') for (let j = i - 1; j >= 0 && partner < 0; j--) if (!cue[j] && at[j] >= 0) partner = j;
      if (partner < 0 || !levelsOfOneQuantity(c, list[partner])) continue;
      const first = Math.min(at[i], at[partner]);
      // "forecasts were scaled back to 4.0% from 4.4%": the old forecast for the same period, no earlier level
      if (revisesForecast(c.sentence, first)) continue;
      // "instead of" names an earlier level only in a revision ("revised up to 139,000 instead of 96,000")
      if (cue[i] === 'afterRevision' && !REVISION_VERB.test(c.sentence.slice(0, first))) continue;
      out.partners.set(c.id, list[partner].id);
      // a revision word before the first of the two figures
      if (REVISION.test(c.sentence.slice(0, first))) out.revised.add(c.id);
    }
  }
  return out;
}

export interface ChangePairs {
  /** earlier level's claim id -> the new level's */
  partners: Map<string, string>;
  /** earlier levels whose change is a revision of one figure ("revised down from X to Y") */
  revised: Set<string>;
}

function levelsOfOneQuantity(a: Claim, b: Claim): boolean {
  if (a.unit !== b.unit || !a.value || !b.value) return false;
  const ratio = Math.abs(a.value / b.value);
  return ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO;
}

function occurrence(s: string, text: string, k: number): number {
  let at = s.indexOf(text);
  for (let i = 0; i < k && at >= 0; i++) at = s.indexOf(text, at + text.length);
  return at;
}

/**
 * Does a time follow the figure in its clause ("14% four years ago", "0.5% in the previous quarter",
 * "1,1 Prozent im Vorjahr", "20 Prozent 2015")? Not past a capitalised word that is no time (a
 * place: "1.5% in France last year") or a word that gives the figure another subject ("of").
 */
function timeFollows(after: string): boolean {
  const clause = CLAUSE_PIECE.exec(after)?.[0] ?? '';
  const words = clause.split(/\s+/).filter(Boolean);
  for (let k = 0; k < words.length && k < TIME_REACH; k++) {
    const word = words[k];
    const lower = word.toLowerCase();
    if (TIME_WORDS.has(lower) || YEAR.test(word)) return true;
    if (NOT_BEFORE_TIME.has(lower) || lower !== word) return false;
  }
  return false;
}

/** The text after a figure up to the next punctuation mark that ends a clause piece. */
const CLAUSE_PIECE = /^[^,;:.!?()\[\]\u2013\u2014"“”„]*/u;

/** Which previous-level word ends `before` (the hedge of the figure aside), if any. */
function introducedBy(before: string, hedge: string | null): 'anywhere' | 'needsNewLevel' | 'afterRevision' | 'beforeTime' | null {
  if (hedge) {
    const h = before.toLowerCase().lastIndexOf(hedge.toLowerCase());
    if (h >= 0 && before.slice(h + hedge.length).trim() === '') before = before.slice(0, h);
  }
  if (NOT_AFTER?.test(before)) return null;
  return ANYWHERE.test(before) ? 'anywhere' : NEEDS_NEW_LEVEL.test(before) ? 'needsNewLevel' : AFTER_REVISION.test(before) ? 'afterRevision'
    : BEFORE_TIME.test(before) ? 'beforeTime' : null;
}
