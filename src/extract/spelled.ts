// Numbers written as words: "dreihundertfünfzig", "zwei Millionen", "twenty-one",
// "one hundred and six", "zwei Drittel", "two and a half", "ein halbes Dutzend".
// Hand-written because no available library reads German compounds and both
// languages' fractions with the word positions the lexer needs.
import type { Lexicon, Morpheme } from './lexicon.js';
import { lower, Tok, Token, type Tokens } from './tokenize.js';

export interface SpelledNumber {
  /** token range [start, end) */
  start: number;
  end: number;
  value: number;
  precision: number;
  /**
   * Only an article, "one"/"eins" or a zero word: a figure only before a unit or a
   * scale, or when it is all the sentence says.
   */
  weak: boolean;
  /** a scale word was part of it ("zwei Millionen") */
  hasScale: boolean;
  /** ended in a fraction word ("zwei Drittel"): the caller checks for a partitive */
  fraction: boolean;
  /** denominator of that fraction (0 without one) */
  den: number;
  /** only an article ("a", "ein"): never a figure on its own */
  article: boolean;
  /** the last scale word's factor (1 without one) */
  scale: number;
  /** ended in a fraction word that may be an ordinal or a period ("three quarters", "a third") */
  ambiguous: boolean;
}

/** 'times': a count of occasions in one word ("dreimal", "twice"), a number by itself that nothing extends */
type WordKind = 'num' | 'hundred' | 'scale' | 'article' | 'zero' | 'dozen' | 'frac' | 'mixed' | 'and' | 'point' | 'times';

/**
 * The role of a word in a number written in words. One shape for every kind (unused
 * fields 0/false), so that V8 keeps the code reading them monomorphic.
 */
interface Word {
  k: WordKind;
  /** value of 'num', 'scale', 'dozen', 'mixed' and 'times' */
  v: number;
  /** 'num': a weak cardinal */
  weak: boolean;
  /** 'frac': the denominator, and whether the word is also a half noun */
  den: number;
  half: boolean;
}

const word = (k: WordKind, v = 0, weak = false, den = 0, half = false): Word => ({ k, v, weak, den, half });

/** Value of a compound number word ("dreihundertneunundneunzigtausendfünfhundertneun"), or null. */
export function compoundValue(word: string, lex: Lexicon): number | null {
  const byFirst = lex.morphemes;
  if (!byFirst || word.length < 3) return null;
  let parts: Morpheme[] | null = null;
  for (let i = 0; i < word.length;) {
    const candidates = byFirst.get(word[i]!);
    if (!candidates) return null;
    let found: Morpheme | undefined;
    for (const m of candidates) if (word.startsWith(m.text, i)) { found = m; break; }
    if (!found) return null;
    (parts ??= []).push(found);
    i += found.text.length;
  }
  return parts ? evaluateMorphemes(parts) : null;
}

/** [units|teens] hundert [below-100] [tausend [units] hundert [below-100]] [einhalb|viertel] */
function evaluateMorphemes(p: Morpheme[]): number | null {
  let k = 0;
  const below100 = (): number | null => {
    const a = p[k];
    if (!a) return null;
    if (a.kind === 'unit' && p[k + 1]?.kind === 'and' && p[k + 2]?.kind === 'tens') {
      k += 3;
      return a.value + p[k - 1]!.value;
    }
    if (a.kind === 'unit' || a.kind === 'teen' || a.kind === 'tens') { k++; return a.value; }
    return null;
  };
  const group = (): number | null => {
    let hundreds: number | null = null;
    const a = p[k];
    if (a && (a.kind === 'unit' || a.kind === 'teen') && p[k + 1]?.kind === 'hundred') { hundreds = a.value * 100; k += 2; }
    else if (a?.kind === 'hundred') { hundreds = 100; k++; }
    const rest = below100();
    if (rest === null) return hundreds;
    return (hundreds ?? 0) + rest;
  };
  let total: number;
  const g = group();
  if (p[k]?.kind === 'thousand') {
    k++;
    total = (g ?? 1) * 1000 + (group() ?? 0);
  } else {
    if (g === null) return null;
    total = g;
  }
  if (p[k]?.kind === 'half') { total += 0.5; k++; }
  else if (p[k]?.kind === 'quarter' && total < 10) { total /= 4; k++; }
  return k === p.length ? total : null;
}

/** The role of every fixed number word of a language, built once: one lookup per word. */
const WORD_TABLES = new WeakMap<Lexicon, Map<string, Word>>();

function wordTable(lex: Lexicon): Map<string, Word> {
  let table = WORD_TABLES.get(lex);
  if (table) return table;
  table = new Map<string, Word>();
  const put = (w: string, role: Word): void => { if (!table!.has(w)) table!.set(w, role); };
  for (const w of lex.articles) put(w, word('article'));
  for (const w of lex.zeros) put(w, word('zero'));
  for (const w of lex.andWords) put(w, word('and'));
  for (const w of lex.decimalWords) put(w, word('point'));
  for (const [w, v] of lex.mixed) put(w, word('mixed', v));
  for (const [w, v] of lex.dozens) put(w, word('dozen', v));
  for (const [w, den] of lex.fractions) put(w, word('frac', 0, false, den, lex.halfNouns.has(w)));
  for (const [w, v] of lex.cardinals) {
    put(w, v === 100 ? word('hundred') : v === 1000 ? word('scale', v) : word('num', v, lex.weakCardinals.has(w)));
  }
  for (const [w, v] of lex.scales.map) if (!w.includes(' ')) put(w, word('scale', v));
  for (const [w, v] of lex.occasionWords) put(w, word('times', v));
  WORD_TABLES.set(lex, table);
  return table;
}

/** The wordTable() of the lexicon asked last: classifyWord() runs per word, and a WeakMap lookup per call was a good part of it. */
let tableLex: Lexicon | null = null;
let table = new Map<string, Word>();

function useWordTable(lex: Lexicon): Map<string, Word> {
  table = wordTable(lex);
  tableLex = lex;
  return table;
}

function classify(t: Token | undefined, lex: Lexicon): Word | null {
  if (!t) return null;
  // digits inside a number in words: "4 thousand 3 hundred and 21"
  if (t.type === Tok.Num) return /^\d{1,3}$/.test(t.text) ? word('num', Number(t.text)) : null;
  if (t.type !== Tok.Word || !mayBeNumberWord(t, lex)) return null;
  return classifyWord(lower(t), lex);
}

/**
 * False only when the word has no role in a number in words, said from its first
 * letters without lower-casing it: the word after a number is mostly a noun. Keys
 * lower-case only Latin-1 letters, so a word with another character among its first
 * three is let through (its toLowerCase() might still reach an entry).
 */
function mayBeNumberWord(t: Token, lex: Lexicon): boolean {
  const src = t.src;
  const i = t.start;
  const n = t.end - i;
  return lex.numberWordStarts.hasWord(src, i, t.end) || src.charCodeAt(i) > 0xff ||
    (n > 1 && src.charCodeAt(i + 1) > 0xff) || (n > 2 && src.charCodeAt(i + 2) > 0xff);
}

/** The role of a lower-cased word in a number written in words, or null. */
function classifyWord(w: string, lex: Lexicon): Word | null {
  const fixed = (lex === tableLex ? table : useWordTable(lex)).get(w);
  if (fixed) return fixed;
  const c = compoundValue(w, lex);
  if (c === null) return null;
  if (c === 100) return word('hundred');
  if (c === 1000) return word('scale', 1000);
  return word('num', c);
}

/** Every fixed number word of the language (articles, cardinals, fractions, scales, ...), lower-cased. */
export function fixedNumberWords(lex: Lexicon): Iterable<string> {
  return wordTable(lex).keys();
}

/**
 * What parseSpelled makes of a lower-cased word standing first: 'none' (not a number
 * word, or one that cannot open a number: "und", "Komma", "Dutzend"), 'article' ("ein", "a": a
 * number only before a scale, fraction or unit), 'number' (anything else).
 */
export function openingRole(w: string, lex: Lexicon): 'none' | 'article' | 'number' {
  const role = classifyWord(w, lex);
  // parseSpelled's opening switch has no case for these
  if (!role || role.k === 'and' || role.k === 'point' || role.k === 'dozen') return 'none';
  return role.k === 'article' ? 'article' : 'number';
}

/** Does the lower-cased word, right after an article, make the article a number ("a million", "ein Drittel")? */
export function extendsArticle(w: string, lex: Lexicon): boolean {
  const k = classifyWord(w, lex)?.k;
  // (a scale adjective may: "eine weitere Million"; parseSpelled asks for the scale after it)
  return k === 'hundred' || k === 'scale' || k === 'frac' || k === 'dozen' || lex.scaleAdjectives.has(w);
}


const EMPTY = new Token('', Tok.Punct, 0, 0, true);

const isHyphen = (t: Token | undefined): boolean =>
  !!t && t.type === Tok.Punct && (t.text === '-' || t.text === '‐' || t.text === '‑');

/** Can a number word worth `v` follow a running value `current`: "hundred" + "six", "twenty" + "one". */
function canAdd(current: number, v: number): boolean {
  if (current === 0) return true;
  if (v >= 100 || !Number.isInteger(current)) return false;
  if (current % 100 === 0) return true;
  return current % 100 >= 20 && current % 10 === 0 && v < 10;
}

/** A hyphen at k written without spaces on either side ("one-and-a-half")? */
function gluedHyphenAt(toks: Tokens, k: number): boolean {
  const t = toks.at(k);
  return !!t && isHyphen(t) && !t.space && !!toks.at(k + 1) && !toks.at(k + 1)!.space;
}

/**
 * Tells whether token i opens the sentence or a clause, asked only where the answer
 * matters (the scanner: passing it, not a closure over i, makes nothing per word read).
 */
export interface ClauseStarts {
  atClauseStart(i: number): boolean;
}

/** Does token i open a clause, by `clauseStart` as parseSpelled() takes it? */
const opensClause = (clauseStart: boolean | ClauseStarts, i: number): boolean =>
  typeof clauseStart === 'boolean' ? clauseStart : clauseStart.atClauseStart(i);

/**
 * The spelled number starting at token i, or null. `clauseStart` tells whether the
 * token opens the sentence or a clause (a capitalised German number word elsewhere
 * is a noun: "Claudia Tausend", "außer Acht").
 */
export function parseSpelled(toks: Tokens, i: number, lex: Lexicon, clauseStart: boolean | ClauseStarts, nested = false): SpelledNumber | null {
  const first = classify(toks.at(i), lex);
  if (!first) return null;
  // "dreier Verfahren" is a number, "ein Dreier" a noun
  if (first.k === 'num' && lex.lowerCaseCardinals.size && toks.at(i)!.type === Tok.Word &&
    lex.lowerCaseCardinals.has(lower(toks.at(i)!)) && toks.at(i)!.text !== lower(toks.at(i)!)) return null;
  if (lex.lang === 'de' && (first.k === 'num' || first.k === 'hundred' || first.k === 'zero' || first.k === 'mixed' || first.k === 'scale' || first.k === 'times')) {
    const c = toks.at(i)!.text.charCodeAt(0);
    // "die Fünf-Prozent-Hürde": capitalised as the start of a compound, still a number
    const compound = isHyphen(toks.at(i + 1)) && !toks.at(i + 1)!.space;
    if (c !== lower(toks.at(i)!).charCodeAt(0) && !compound && !opensClause(clauseStart, i)) return null;
  }
  if (lex.lang === 'en' && first.k !== 'article') {
    // "an opening Six Nations loss", "the Big Four": a capitalised number word inside the sentence
    // next to another capitalised word is part of a name
    const t = toks.at(i)!;
    const capital = (k: number): boolean => {
      const n = toks.at(k);
      // (an all-capital word is a heading run into the sentence: "OTHER GAFFES Three people")
      return !!n && n.type === Tok.Word && n.text.charCodeAt(0) !== lower(n).charCodeAt(0) && n.text !== n.text.toUpperCase();
    };
    // ("on Five television", "contacted Five to", "Ocean's Eleven": capitalised after a lower-case word, a name too)
    const lowerBefore = (k: number): boolean => {
      const n = toks.at(k);
      return !!n && n.type === Tok.Word && n.text.charCodeAt(0) === lower(n).charCodeAt(0);
    };
    if (capital(i) && (capital(i + 1) || capital(i - 1) || lowerBefore(i - 1)) && !opensClause(clauseStart, i) &&
      t.text !== t.text.toUpperCase()) return null;
  }
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let strong = false;
  let hasScale = false;
  let fraction = false;
  let den = 0;
  let lastAdded = 0;
  let ambiguous = false;
  let decimals = -1;
  let j = i;
  // the first word decides what may follow
  switch (first.k) {
    case 'article': {
      // "a"/"ein" is a number only before hundred, a scale, a fraction, a dozen or "halbe"
      // ("-a-half" in "one-and-a-half": past a glued hyphen)
      let at = gluedHyphenAt(toks, i + 1) ? i + 2 : i + 1;
      // "eine weitere Million": an adjective between the article and its scale word
      const adjective = toks.at(at);
      // (not "eine weitere Millionen-Investition": the scale word opens a compound)
      if (adjective && adjective.type === Tok.Word && lex.scaleAdjectives.has(lower(adjective)) && classify(toks.at(at + 1), lex)?.k === 'scale' &&
        !gluedHyphenAt(toks, at + 2)) at++;
      const next = classify(toks.at(at), lex);
      if (!next) return { start: i, end: i + 1, value: 1, precision: 0.5, weak: true, hasScale: false, fraction: false, den: 0, article: true, scale: 1, ambiguous: false };
      if (next.k !== 'hundred' && next.k !== 'scale' && next.k !== 'frac' && next.k !== 'dozen') {
        return { start: i, end: i + 1, value: 1, precision: 0.5, weak: true, hasScale: false, fraction: false, den: 0, article: true, scale: 1, ambiguous: false };
      }
      current = 1;
      j = at;
      break;
    }
    case 'zero':
      j = i + 1;
      if (classify(toks.at(j), lex)?.k !== 'point') return { start: i, end: j, value: 0, precision: 0.5, weak: true, hasScale: false, fraction: false, den: 0, article: false, scale: 1, ambiguous: false };
      break;
    case 'num':
      current = first.v;
      strong = !first.weak;
      j = i + 1;
      break;
    case 'hundred':
      current = 100;
      strong = true;
      j = i + 1;
      break;
    case 'scale':
      // only "tausend"/"thousand" stand alone as a number; "Millionen Versicherte" is vague
      if (first.v !== 1000 || !lex.cardinals.has(lower(toks.at(i)!))) return null;
      total = 1000;
      lastScale = 1000;
      hasScale = true;
      strong = true;
      j = i + 1;
      break;
    case 'mixed':
      current = first.v;
      strong = true;
      j = i + 1;
      break;
    case 'times':
      return { start: i, end: i + 1, value: first.v, precision: 0.5, weak: false, hasScale: false, fraction: false, den: 0, article: false, scale: 1, ambiguous: false };
    case 'frac': {
      // "half a million", "quarter million", "half a dozen": a leading fraction of a scale
      current = 1 / first.den;
      fraction = true;
      j = i + 1;
      if (classify(toks.at(j), lex)?.k === 'article') j++;
      const next = classify(toks.at(j), lex);
      if (!next || (next.k !== 'scale' && next.k !== 'dozen')) return null;
      break;
    }
    default:
      return null;
  }
  loop: while (j < toks.length) {
    let t = toks.at(j);
    // "twenty-one", "fifty - two", "two-thirds", "one - fourth"
    let hyphenated = false;
    if (isHyphen(t) && j > i) {
      const after = classify(toks.at(j + 1), lex);
      // ("one-and-a-half": a glued "and" too)
      if (!after || fraction || !(after.k === 'num' || after.k === 'frac' || (after.k === 'and' && gluedHyphenAt(toks, j)))) break;
      j++;
      t = toks.at(j);
      hyphenated = true;
    }
    const w = classify(t, lex);
    if (!w) break;
    switch (w.k) {
      case 'num':
        if (fraction || !canAdd(current, w.v)) break loop;
        current += w.v;
        lastAdded = w.v;
        strong = true;
        break;
      case 'hundred':
        if (fraction || current <= 0 || current >= 100 || !Number.isInteger(current)) break loop;
        current *= 100;
        strong = true;
        break;
      case 'scale':
        if (w.v >= lastScale || (current === 0 && total === 0)) break loop;
        if (current === 0) break loop;
        total += current * w.v;
        current = 0;
        lastScale = w.v;
        hasScale = true;
        strong = true;
        fraction = false;
        den = 0;
        break;
      case 'dozen':
        if (current === 0) break loop;
        // "three hundred and two dozen" = 300 + 24: the dozen counts the last part only
        if (lastAdded > 0 && lastAdded < current) current += lastAdded * (w.v - 1);
        else current *= w.v;
        lastAdded = 0;
        strong = true;
        break;
      case 'frac':
        // everything before is the numerator: "twenty-three fifths" = 23/5
        if ((current === 0 && total === 0) || fraction) break loop;
        current = (total + current) / w.den;
        total = 0;
        lastScale = Infinity;
        den = w.den;
        fraction = true;
        strong = true;
        ambiguous = !hyphenated && lex.fractionsNeedOf.has(lower(t!)) && !lex.partitive.has(lower(toks.at(j + 1) ?? EMPTY)) &&
          classify(toks.at(j + 1), lex)?.k !== 'scale';
        // "two thirds of a million", "a quarter of a point": "of a" + scale multiplies
        if (lex.partitive.has(lower(toks.at(j + 1) ?? EMPTY)) && classify(toks.at(j + 2), lex)?.k === 'article') {
          const sc = classify(toks.at(j + 3), lex);
          if (sc?.k === 'scale') {
            total = current * sc.v;
            current = 0;
            lastScale = sc.v;
            hasScale = true;
            fraction = false;
            j += 4;
            continue loop;
          }
        }
        break;
      case 'and': {
        // one level only: "one and one and one ..." must not recurse through the whole sentence
        if (fraction || nested) break loop;
        // a fraction after "and": "one and a half", "twenty and three fifths",
        // "one million and a half", "one billion and a quarter million"
        const sub = parseSpelled(toks, gluedHyphenAt(toks, j + 1) ? j + 2 : j + 1, lex, true, true);
        if (sub && !sub.weak && sub.fraction) {
          if (sub.value < 1) {
            if (current > 0) current += sub.value;
            else if (total > 0 && Number.isFinite(lastScale)) total += sub.value * lastScale;
            else break loop;
          } else {
            // improper: "one hundred and thirty-two fifths" = 132/5
            current = (total + current) / sub.den + sub.value;
            total = 0;
            lastScale = Infinity;
            fraction = true;
            den = sub.den;
          }
          strong = true;
          j = sub.end;
          continue loop;
        }
        // "five and a half million", "fünf und drei Viertel Milliarden": (5 + 1/2) million
        if (sub && !sub.weak && sub.hasScale && current > 0 && total === 0 && sub.value < sub.scale && sub.scale > current) {
          total = (current + sub.value / sub.scale) * sub.scale;
          current = 0;
          lastScale = sub.scale;
          hasScale = true;
          strong = true;
          j = sub.end;
          continue loop;
        }
        if (sub && !sub.weak && sub.hasScale && current === 0 && total > 0 && sub.value < lastScale) {
          total += sub.value;
          strong = true;
          j = sub.end;
          continue loop;
        }
        // "five million and six million", "between 100 million and 118 million": two numbers, the second
        // with a scale as large as the first's (a range or a list, read by the scanner)
        if (sub && sub.hasScale && sub.scale >= lastScale) break loop;
        const a = classify(toks.at(j + 1), lex);
        // "one hundred and six", "twenty-one trillion and three hundred"
        if (a?.k === 'num' && ((current > 0 && current % 100 === 0 && classify(toks.at(j + 2), lex)?.k !== 'hundred') || (current === 0 && total > 0))) {
          j++;
          continue loop;
        }
        break loop;
      }
      case 'point': {
        // "zwei Komma drei", "two hundred point zero three": digits after the point
        let digits = '';
        let k = j + 1;
        for (;;) {
          const d = classify(toks.at(k), lex);
          if (d?.k === 'zero') digits += '0';
          else if (d?.k === 'num' && d.v < 10 && Number.isInteger(d.v)) digits += String(d.v);
          else break;
          k++;
        }
        if (!digits) {
          // "point seventy-one", "point eleven"
          const sub = parseSpelled(toks, j + 1, lex, true, true);
          if (sub && !sub.weak && !sub.fraction && !sub.hasScale && Number.isInteger(sub.value) && sub.value < 100) {
            digits = String(sub.value);
            k = sub.end;
          }
        }
        if (!digits) break loop;
        current += Number(`0.${digits}`);
        decimals = digits.length;
        strong = true;
        j = k;
        break loop;
      }
      default:
        break loop;
    }
    j++;
  }
  if (!strong) {
    if (first.k === 'num') return { start: i, end: j, value: current, precision: 0.5, weak: true, hasScale: false, fraction: false, den: 0, article: false, scale: 1, ambiguous: false };
    return null;
  }
  // "zwei Mrd. Euro": the abbreviation's dot belongs to the scale word, as after digits ("2 Mrd. Euro")
  if (hasScale && j > i) {
    const last = toks.at(j - 1);
    const dot = toks.at(j);
    if (last && last.type === Tok.Word && dot && dot.type === Tok.Punct && dot.text === '.' && !dot.space && lex.scales.map.has(`${lower(last)}.`)) j++;
  }
  const value = total + current;
  const precision = decimals >= 0 ? 0.5 * 10 ** -decimals
    : fraction ? 0
      : hasScale && current === 0 ? (Number.isInteger(total / lastScale) ? 0.5 : 0.25) * lastScale
        : 0.5;
  return { start: i, end: j, value, precision, weak: false, hasScale, fraction, den: fraction ? den : 0, article: false, scale: hasScale ? lastScale : 1, ambiguous: fraction && ambiguous };
}
