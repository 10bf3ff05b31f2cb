// Chart and league reports name a rank once and let the next ones stand bare: "Dizzee Rascal
// in at number 12 and The Zutons at 20", "the UK ended up in 15th place, while the Eurythmics
// wound up at a lowly 38". The scanner reads one figure at a time and takes "20" and "38" for
// counts; this pass, over a document's mentions in order, sees the rank before them. It also reads
// a rank from the phrase after a bare number ("slipped to 64 in the world").
import type { Lang, Mention } from '../types.js';
import { nextWord, wordBefore } from './elided-units.js';
import { lexicon, type ExtraUnitWords, type Lexicon } from './lexicon.js';

/** The highest position a bare number in a rank's slot is read as (charts run to 200). */
const HIGHEST_RANK = 200;
/** The same where a ranking is named ("his ranking down at 212"): world rankings run to thousands. */
const HIGHEST_NAMED_RANK = 5000;
/** "at 20", "at a lowly 38": the slot word, then an article and one adjective at most (group 1: the slot word). */
const RANK_SLOT = /(?<![\p{L}])(\p{L}+)(?:\s+(?:a|an|ein|einen|einem)\s+\p{Ll}+)?\s+$/u;
const CAPITAL = /^\p{Lu}/u;
/** How far before a figure RANK_SLOT looks. */
const SLOT_REACH = 32;

/**
 * Makes each bare whole number a rank that stands in a rank's slot (ExtractLanguage.rankParallel)
 * after a rank of its sentence (amounts between), or before one that comes next, with no noun of its
 * own after it. Mutates the mentions.
 */
export function rankParallels(
  text: string,
  found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>,
  lang: Lang,
  extraUnits?: ExtraUnitWords,
): void {
  const lex = lexicon(lang, extraUnits);
  ranksByPhraseAfter(text, found, lex);
  if (found.length < 2) return;
  const { before } = lex.rankParallel;
  if (before.size === 0) return;
  for (let i = 0; i < found.length; i++) {
    const m = found[i].mention;
    // the rank before it, past the amounts of money it was given with ("at number four with $7.7m,
    // just ahead of Million Dollar Baby at five"); anything else between ends the list ("at number
    // one with 38%, the Tories at 33" lists shares)
    let g = i - 1;
    while (g > 0 && found[g].sentenceIndex === found[i].sentenceIndex && found[g].mention.kind === 'currency') g--;
    // failing one, the rank the list goes on with ("Estelle came in at 39, ... and Jamelia took the 44th place")
    // (g is -1 for the document's first figure)
    const rankBefore = g >= 0 && found[g].sentenceIndex === found[i].sentenceIndex && found[g].mention.kind === 'rank';
    const rankNext = !rankBefore && i + 1 < found.length && found[i + 1].sentenceIndex === found[i].sentenceIndex && found[i + 1].mention.kind === 'rank';
    if (!rankBefore && !rankNext) continue;
    if (!isBareWhole(text, m)) continue;
    const from = rankBefore ? Math.max(found[g].mention.aEnd, m.aStart - SLOT_REACH) : Math.max(0, m.aStart - SLOT_REACH);
    const slot = RANK_SLOT.exec(text.slice(from, m.aStart));
    if (!slot || !before.has(slot[1]!.toLowerCase())) continue;
    if (countsNounAfter(text, m, lex)) continue;
    // German "auf N" after a verb is a level ("stieg auf 40"); the gapped list slot has a noun or a name before it ("sein Kollege auf 38")
    if (!lex.capitalisedNames && !CAPITAL.test(wordBefore(text, from + slot.index))) continue;
    m.kind = 'rank';
  }
}

/**
 * "has slipped to 64 in the world", "his ranking down at 168": a bare whole number after a rank's
 * lead and before a phrase of ranking, or with a ranking's noun shortly before the lead
 * (ExtractLanguage.rankAfter), is a rank, whatever ranks the sentence has. Mutates the mentions.
 */
function ranksByPhraseAfter(text: string, found: ReadonlyArray<{ mention: Mention }>, lex: Lexicon): void {
  const { leads, phrases, nouns } = lex.rankAfter;
  if (phrases.length === 0 && nouns.size === 0) return;
  for (const { mention: m } of found) {
    if (!isBareWhole(text, m, HIGHEST_NAMED_RANK) || !leads.has(wordBefore(text, m.aStart).toLowerCase())) continue;
    if (rankPhraseAfter(text, m.aEnd, phrases)) m.kind = 'rank';
    // "ranking down at 168, ...", not "the rankings at 12 teams": no noun of its own after it
    else if (nouns.size > 0 && rankingNounBefore(text, m.aStart, nouns) && !countsNounAfter(text, m, lex)) m.kind = 'rank';
  }
}

/** How far before a figure a ranking's noun is looked for. */
const NOUN_REACH = 48;
/** The words of a clause before the lead word right before a figure (group 1). */
const WORDS_BEFORE_LEAD = /([\p{L}' ]*?)\b\p{L}+\s+$/u;

/** Is one of `nouns` among the three words before the lead before `start` ("his ranking down at", "world ranking rose to")? */
function rankingNounBefore(text: string, start: number, nouns: ReadonlySet<string>): boolean {
  const words = WORDS_BEFORE_LEAD.exec(text.slice(Math.max(0, start - NOUN_REACH), start))?.[1] ?? '';
  return words.trim().split(' ').slice(-3).some((w) => nouns.has(w.toLowerCase()));
}

/**
 * Does a noun the figure counts follow it? "at 38 points" counts points; a link word goes on with
 * the list, and in English so does a capital ("at 20 The Zutons ..."), which in German is the
 * counted noun ("kommt auf 25 Abgeordnete").
 */
function countsNounAfter(text: string, m: Mention, lex: Lexicon): boolean {
  const next = nextWord(text, m.aEnd);
  return next !== '' && !lex.rankParallel.after.has(next.toLowerCase()) && (next === next.toLowerCase() || !lex.capitalisedNames);
}

/** A count of no unit, a whole number in a rank's reach, printed as one word ("20", not "20 points")? */
function isBareWhole(text: string, m: Mention, highest = HIGHEST_RANK): boolean {
  return m.kind === 'count' && m.unit === '' && m.high === null && Number.isInteger(m.value) && m.value >= 1 && m.value <= highest &&
    !/\s/.test(text.slice(m.aStart, m.aEnd));
}

/** Does one of `phrases` (lower case) follow offset `end`, after one space, as whole words? */
function rankPhraseAfter(text: string, end: number, phrases: readonly string[]): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  for (const p of phrases) {
    if (text.slice(end + 1, end + 1 + p.length).toLowerCase() === p && !/\p{L}/u.test(text.charAt(end + 1 + p.length))) return true;
  }
  return false;
}
