// Units a figure leaves out because the figure before it named them: "eine Bilanzsumme von
// 11,2 Mrd. Euro. Rund 8,6 Mrd. davon werden ...", "fast 620 Millionen Euro, davon 570
// Millionen aus Deutschland". The scanner reads one sentence at a time and cannot see the
// figure that gave the unit; this pass runs over a document's mentions in order.
import type { Lang, Mention, Sentence } from '../types.js';
import { kindOfUnit } from '../lang/units.js';
import { aloneInBrackets, isBlank } from './brackets.js';
import { LETTER, MARK, unitClasses } from '../lang/unicode.js';
import { lexicon, type ExtraUnitWords, type Lexicon } from './lexicon.js';

/** A figure this large or larger can give its unit to a bare scaled figure after it. */
const LARGE = 1e5;

/**
 * Gives each bare figure that ends in a scale word and names nothing after it the unit of the
 * nearest earlier large figure in its sentence or the one before, when that figure has one.
 * A large figure without a unit ("1,93 Milliarden Nachrichten") stops the search: "Ein
 * Quartal zuvor waren es noch 949,3 Millionen" stays a count. Mutates the mentions.
 */
export function lendElidedUnits(
  text: string,
  sentences: readonly Sentence[],
  found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>,
  lang: Lang,
  extraUnits?: ExtraUnitWords,
): void {
  if (found.length === 0) return;
  const lex = lexicon(lang, extraUnits);
  if (lex.elidedUnits === 'off') return;
  for (let i = 0; i < found.length; i++) {
    const { mention: m, sentenceIndex } = found[i];
    if (bareDecimal(m) && (percentOfParallel(text, found, i, sentences[sentenceIndex].aEnd, lex) || percentOfBracketList(text, found, i))) continue;
    if (m.unit === '' && Math.abs(m.value) < LARGE && nextToElisionWord(text, m, lex) &&
      namesNothingAfter(text, m.aEnd, sentences[sentenceIndex].aEnd, lex)) {
      partOfAmountBefore(text, m, largeFigureBefore(found, i, sentenceIndex), lex);
      if (m.unit === '' && lex.elisionWords.has(wordBefore(text, m.aStart).toLowerCase())) partOfMeasureBefore(m, measureBefore(found, i, sentenceIndex));
      continue;
    }
    if (m.unit === '' && m.kind === 'count' && moneyByWordsBefore(text, found, i, sentences[sentenceIndex].aEnd, lex)) continue;
    if (m.unit !== '' || Math.abs(m.value) < LARGE || !endsInScaleWord(text, m, lex)) continue;
    const next = nextWord(text, m.aEnd);
    const word = next.toLowerCase();
    if ((lex.moneyNoun && lex.moneyNoun.test(next)) || lex.impliedMoney.adjectives.has(word) ||
      // (a verb only where no count of its sentence stands before it: "Von den 5 Millionen Kunden
      // haben bereits 2 Millionen bezahlt" counts customers)
      (lex.impliedMoney.verbs.has(word) && !countBefore(found, i, sentenceIndex))) {
      lendCurrency(m, nearestAmount(found, i), lex);
      continue;
    }
    const giver = largeFigureBefore(found, i, sentenceIndex);
    if (!giver || giver.unit === '' || kindOfUnit(giver.unit) === 'percent') continue;
    const sentence = sentences[sentenceIndex];
    if (!namesNothingAfter(text, m.aEnd, sentence.aEnd, lex)) continue;
    if (lex.countWord && lex.countWord.test(text.slice(sentence.aStart, m.aStart))) continue;
    m.unit = giver.unit;
    m.kind = kindOfUnit(giver.unit);
  }
}

/** Gives money the currency of `amount`, else the language's fallback (impliedMoney.fallback); true when it did. */
function lendCurrency(m: Mention, amount: Mention | null, lex: Lexicon): boolean {
  const unit = amount ? amount.unit : lex.impliedMoney.fallback;
  if (!unit) return false;
  m.unit = unit;
  m.kind = 'currency';
  return true;
}

/** The smallest figure that repeats an amount as a bare number: "die 50" after "50 Euro" is too likely chance. */
const REPEATED_AMOUNT_MIN = 100;

/**
 * Money the words before a bare figure show (ContextLanguage.impliedMoney): a money noun and a
 * link ("Krediten von 4,7 Millionen", "im Nennwert von 100.000") give it the currency of the
 * document's nearest amount; a determiner ("Die übrigen 30.000") the unit of an earlier amount
 * of the same value. Only where nothing counted follows. Mutates the mention; true when it did.
 */
function moneyByWordsBefore(
  text: string, found: ReadonlyArray<{ mention: Mention }>, i: number, sentenceEnd: number, lex: Lexicon,
): boolean {
  const implied = lex.impliedMoney;
  if (implied.nounLinks.length === 0 && implied.determiners.size === 0) return false;
  const m = found[i].mention;
  const first = wordBefore(text, m.aStart);
  if (first === '') return false;
  const linkStart = implied.nounLinks.length ? phraseStartBefore(text, m.aStart, implied.nounLinks) : -1;
  if (linkStart >= 0) {
    // (a noun of money itself, not "Mandatsgewinn von drei", "Stimmenverluste von 40.000")
    const noun = wordBefore(text, linkStart).toLowerCase();
    if (!implied.linkNouns.has(noun) || !namesNothingAfter(text, m.aEnd, sentenceEnd, lex)) return false;
    return lendCurrency(m, nearestAmount(found, i), lex);
  }
  if (Math.abs(m.value) < REPEATED_AMOUNT_MIN) return false;
  const firstLower = first.toLowerCase();
  const firstStart = startOfWordBefore(text, m.aStart, first);
  // the determiner right before, or before one lower-case adjective ("die übrigen")
  const determined = implied.determiners.has(firstLower) ||
    (!CAPITAL.test(first) && !lex.functionWords.has(firstLower) && implied.determiners.has(wordBefore(text, firstStart).toLowerCase()));
  if (!determined || !namesNothingAfter(text, m.aEnd, sentenceEnd, lex)) return false;
  const same = sameAmountBefore(found, i);
  return same !== null && lendCurrency(m, same, lex);
}

/** Where the longest of `phrases` (lower-case words) that ends right before `end` starts, or -1. */
export function phraseStartBefore(text: string, end: number, phrases: ReadonlyArray<readonly string[]>): number {
  let best = -1;
  for (const words of phrases) {
    let at = end;
    let k = words.length - 1;
    for (; k >= 0; k--) {
      const w = wordBefore(text, at);
      if (w.toLowerCase() !== words[k]) break;
      at = startOfWordBefore(text, at, w);
    }
    if (k < 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Where the word `word` that ends before `end` (after blanks) starts, as wordBefore() read it. */
function startOfWordBefore(text: string, end: number, word: string): number {
  let e = end;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  return e - word.length;
}

/** The nearest earlier figure of the same value as mention i (AMOUNT_REACH mentions back) when it is money, else null. */
function sameAmountBefore(found: ReadonlyArray<{ mention: Mention }>, i: number): Mention | null {
  const m = found[i].mention;
  for (let j = i - 1; j >= 0 && j >= i - AMOUNT_REACH; j--) {
    const a = found[j].mention;
    // the nearest figure of that value decides: "30.000 Besucher ... Die 30.000" are visitors
    if (a.value === m.value && a.high === m.high) return a.unit !== '' && kindOfUnit(a.unit) === 'currency' ? a : null;
  }
  return null;
}

/** A figure with decimals and nothing else: no unit, no scale, no range (a count has no decimals). */
export function bareDecimal(m: Mention): boolean {
  return m.unit === '' && m.kind === 'count' && m.high === null && !Number.isInteger(m.value) && Math.abs(m.value) < 1000;
}

/**
 * "(10,25 Prozent zahlt der Arbeitnehmer, 12,55 der Arbeitgeber)", "stieg auf 5,5 Prozent, im
 * Vorjahr waren es 4,9": a bare decimal right after a percentage in its sentence, of the same
 * order, in a parallel slot (ContextLanguage.parallelLinks), is a percentage too, unless a noun
 * follows it right away ("2,5 Kinder"; an article may: "12,55 der Arbeitgeber" counts no
 * employers with decimals). Not "um 2,5 Prozent auf 8,20", a price. Mutates the mention; true when it did.
 */
function percentOfParallel(
  text: string, found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number, sentenceEnd: number, lex: Lexicon,
): boolean {
  const before = i > 0 ? found[i - 1] : undefined;
  const m = found[i].mention;
  if (!before || before.sentenceIndex !== found[i].sentenceIndex || kindOfUnit(before.mention.unit) !== 'percent') return false;
  const giver = before.mention;
  const ratio = Math.abs(m.value) / Math.max(Math.abs(giver.value), 1e-9);
  if (ratio > 10 || ratio < 0.1) return false;
  if (!parallelSlot(text, m, giver, lex)) return false;
  NEXT_WORD.lastIndex = m.aEnd;
  const next = NEXT_WORD.exec(text);
  if (next?.[1] && m.aEnd + next[0].length <= sentenceEnd && CAPITAL.test(next[1])) return false;
  m.unit = giver.unit;
  m.kind = 'percent';
  return true;
}

/** How many sentences back a bracketed list of shares may run on (percentOfBracketList). */
const BRACKET_LIST_REACH = 2;

/**
 * "Südkorea mit 4,29 Prozent vor Israel (4,11 Prozent) und Japan (3,58). Mit Finnland folgt das
 * erste EU-Land auf Platz vier (3,2). ... mit Schweden (3,16)": a bare decimal in brackets goes on
 * a list of shares in brackets from the sentences before, when the nearest bracketed figure is a
 * percentage of a like size. Mutates the mention; true when it did.
 */
function percentOfBracketList(text: string, found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number): boolean {
  const m = found[i].mention;
  if (!aloneInBrackets(text, m.aStart, m.aEnd)) return false;
  for (let j = i - 1; j >= 0 && found[i].sentenceIndex - found[j].sentenceIndex <= BRACKET_LIST_REACH; j--) {
    const giver = found[j].mention;
    if (!aloneInBrackets(text, giver.aStart, giver.aEnd)) continue;
    const ratio = Math.abs(m.value) / Math.max(Math.abs(giver.value), 1e-9);
    if (kindOfUnit(giver.unit) !== 'percent' || giver.high !== null || ratio > 10 || ratio < 0.1) return false;
    m.unit = giver.unit;
    m.kind = 'percent';
    return true;
  }
  return false;
}

/** Does `m` stand where a parallel of `giver` stands: after a bracket, a comma, a parallel link or the giver's own preposition? */
function parallelSlot(text: string, m: Mention, giver: Mention, lex: Lexicon): boolean {
  let k = m.aStart - 1;
  while (k > giver.aEnd && isBlank(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  if (c === 0x28 || c === 0x2c) return true;
  const before = wordBefore(text, m.aStart).toLowerCase();
  return before !== '' && (lex.parallelLinks.has(before) || before === wordBefore(text, giver.aStart).toLowerCase());
}

/**
 * "Kredite im Volumen von 200 Milliarden Euro, davon 50 bei der Unicredit", "50 davon entfallen
 * auf ...": a bare number beside "davon", before no noun of its own, is a part of the amount
 * before it, in its scale and unit, when it is smaller than that amount. Mutates the mention.
 */
function partOfAmountBefore(text: string, m: Mention, giver: Mention | null, lex: Lexicon): void {
  if (!giver || giver.unit === '' || kindOfUnit(giver.unit) === 'percent' || giver.high !== null) return;
  const scale = scaleIn(text.slice(giver.aStart, giver.aEnd), lex);
  if (scale <= 1 || Math.abs(m.value * scale) >= Math.abs(giver.value)) return;
  m.value *= scale;
  m.precision *= scale;
  m.unit = giver.unit;
  m.kind = kindOfUnit(giver.unit);
}

/**
 * "zu 24 Monaten verurteilt, davon 16 auf Bewährung": a bare figure after the elision word is a
 * part of the duration or quantity before it in its sentence, in its unit (when smaller).
 */
function partOfMeasureBefore(m: Mention, giver: Mention | null): void {
  if (!giver || giver.high !== null || Math.abs(m.value) >= Math.abs(giver.value)) return;
  m.unit = giver.unit;
  m.kind = giver.kind;
}

/** The nearest figure before found[i] in its sentence with a unit of time or measure, or null. */
function measureBefore(found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number, sentenceIndex: number): Mention | null {
  for (let j = i - 1; j >= 0 && found[j].sentenceIndex === sentenceIndex; j--) {
    const kind = found[j].mention.unit === '' ? null : kindOfUnit(found[j].mention.unit);
    if (kind === 'duration' || kind === 'quantity') return found[j].mention;
    if (found[j].mention.unit === '') return null;
  }
  return null;
}

/** The factor of the last scale word in a figure's text ("200 Milliarden Euro" -> 1e9), or 1. */
function scaleIn(figure: string, lex: Lexicon): number {
  const words = figure.toLowerCase().split(/\s+/);
  for (let k = words.length - 1; k >= 0; k--) {
    const f = lex.scales.map.get(words[k]!);
    if (f !== undefined) return f;
  }
  return 1;
}

/** "davon 50", "50 davon": an elision word (not a function word) right before or right after the figure. */
function nextToElisionWord(text: string, m: Mention, lex: Lexicon): boolean {
  if (lex.elisionWords.has(nextWord(text, m.aEnd).toLowerCase())) return true;
  const before = wordBefore(text, m.aStart);
  return before !== '' && lex.elisionWords.has(before.toLowerCase());
}

/** How far back wordBefore() looks: the word must end in the last 20 characters before the figure. */
const BEFORE_REACH = 20;
const WORD_BEFORE = /([\p{L}]+)[ \t\u00a0]*$/u;

/**
 * The letters (\p{L}) right before `end`, after spaces and tabs, within BEFORE_REACH
 * characters; '' when none. Read backwards by hand, as WORD_BEFORE would match on the
 * slice: the regex tried every start in the slice and allocated a match per figure
 * (0.8 MB per pass over the German corpus). A surrogate (a letter outside the BMP)
 * is left to the regex. Exported for its test.
 */
export function wordBefore(text: string, end: number): string {
  const from = Math.max(0, end - BEFORE_REACH);
  let e = end;
  while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  let s = e;
  for (; s > from; s--) {
    const c = text.charCodeAt(s - 1);
    if (isSurrogate(c)) return WORD_BEFORE.exec(text.slice(from, end))?.[1] ?? '';
    if ((unitClasses(c) & LETTER) === 0) break;
  }
  return s < e ? text.slice(s, e) : '';
}

/** How many mentions either side nearestAmount looks at: linear time over a document of nothing but such figures. */
const AMOUNT_REACH = 64;

/** The amount of money nearest to mention i in the document, before or after it (the earlier one on a tie). */
function nearestAmount(found: ReadonlyArray<{ mention: Mention }>, i: number): Mention | null {
  for (let d = 1; d <= AMOUNT_REACH; d++) {
    for (const j of [i - d, i + d]) {
      const m = found[j]?.mention;
      if (m && m.unit !== '' && kindOfUnit(m.unit) === 'currency') return m;
    }
  }
  return null;
}

/**
 * The word NEXT_WORD reads at `from` ('' when none), read by hand as wordBefore() is: a
 * match array per figure was most of what is left of this pass's garbage. A surrogate
 * in the word is left to the regex. Exported for its test.
 */
export function nextWord(text: string, from: number): string {
  let s = from;
  while (s < text.length && isBlank(text.charCodeAt(s))) s++;
  if (s === text.length || (unitClasses(text.charCodeAt(s)) & LETTER) === 0) return s < text.length && isSurrogate(text.charCodeAt(s)) ? nextWordByRegex(text, from) : '';
  let e = s + 1;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (isSurrogate(c)) return nextWordByRegex(text, from);
    if ((unitClasses(c) & (LETTER | MARK)) === 0 && c !== 0x27 && c !== 0x2d) break;
  }
  return text.slice(s, e);
}

function nextWordByRegex(text: string, from: number): string {
  NEXT_WORD.lastIndex = from;
  return NEXT_WORD.exec(text)?.[1] ?? '';
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** A large figure without a unit earlier in the same sentence: the count an elided figure after it leaves its noun to. */
function countBefore(found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number, sentenceIndex: number): boolean {
  for (let j = i - 1; j >= 0 && found[j].sentenceIndex === sentenceIndex; j--) {
    if (Math.abs(found[j].mention.value) >= LARGE && found[j].mention.unit === '') return true;
  }
  return false;
}

function largeFigureBefore(found: ReadonlyArray<{ mention: Mention; sentenceIndex: number }>, i: number, sentenceIndex: number): Mention | null {
  for (let j = i - 1; j >= 0 && found[j].sentenceIndex >= sentenceIndex - 1; j--) {
    if (Math.abs(found[j].mention.value) >= LARGE) return found[j].mention;
  }
  return null;
}

const LAST_WORD = /[\p{L}.]+$/u;

/** "8,6 Mrd.", "570 Millionen", "zwischen drei und vier Millionen": the figure's last word is a scale word. */
function endsInScaleWord(text: string, m: Mention, lex: Lexicon): boolean {
  const last = LAST_WORD.exec(text.slice(Math.max(m.aStart, m.aEnd - 16), m.aEnd));
  return last !== null && lex.scaleWords.has(last[0].toLowerCase());
}

const NEXT_WORD = /[ \t\u00a0]*([\p{L}][\p{L}\p{M}'-]*)?/uy;
const CAPITAL = /^\p{Lu}/u;
const INNER_CAPITAL = /.\p{Lu}/u;

/**
 * Nothing counted follows the figure: the sentence ends, punctuation follows, or a word that is
 * no noun ("davon", "aus", "werden"). In German nouns are capitalised ("7,9 Milliarden Verlust",
 * "10 Millionen iPhones"); a lower-case word before a capitalised one is an adjective before
 * its noun ("1,5 Millionen illegale Einwanderer"), unless it is a function word ("570
 * Millionen aus Deutschland").
 */
function namesNothingAfter(text: string, from: number, sentenceEnd: number, lex: Lexicon): boolean {
  NEXT_WORD.lastIndex = from;
  const next = NEXT_WORD.exec(text);
  const word = next?.[1];
  if (!word || from + next[0].length > sentenceEnd) return true;
  if (CAPITAL.test(word) || INNER_CAPITAL.test(word)) return false;
  if (lex.functionWords.has(word) || lex.elisionWords.has(word)) return true;
  NEXT_WORD.lastIndex = from + next[0].length;
  const after = NEXT_WORD.exec(text)?.[1];
  return !after || !CAPITAL.test(after);
}
