// Word tokens of one sentence, with absolute analysis offsets, for the metric
// resolver. A small hand-written tokenizer: it has to keep German hyphen
// compounds ("US-Exporte") and abbreviations ("U.S.") whole, and mark which
// tokens belong to a figure.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  lower: string;
  /** absolute analysis offsets */
  start: number;
  end: number;
  kind: TokenKind;
  /** index of the input mention this token is part of, or -1 */
  mention: number;
  /** 0: none; 1: comma, dash, bracket; 2: clause break (; :) */
  boundary: number;
  /** what the text alone says, shared by every token with this text */
  word: Word;
}

/**
 * What a token's text alone says about it, looked up once per token: the
 * sentence analysis asks many questions of each word ("could it head a noun
 * phrase?", its stems, its entity), and one table lookup per token is cheaper
 * than one per question. Filled lazily by metric-phrase.ts and entities.ts.
 */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
  /** can it head a noun phrase, by the word alone (outside / inside a figure): 0 unknown, 1 yes, 2 no */
  candidate: number;
  candidateInFigure: number;
  /** the word-level part of "is it an attributive adjective": 0 unknown, 1 yes, 2 no */
  adjective: number;
  /** stem units (metric-lexicon.ts wordUnits), null until asked */
  units: string[] | null;
  /** entity data (entities.ts), undefined until asked */
  entity: unknown;
}

/** Words by text, for one lexicon (their answers depend on it). */
export type WordTable = Map<string, Word>;
/** distinct words kept before a table starts afresh: memory stays bounded */
const WORD_TABLE_MAX = 100_000;

function wordOf(table: WordTable, text: string): Word {
  let w = table.get(text);
  if (!w) {
    if (table.size >= WORD_TABLE_MAX) table.clear();
    w = { text, lower: text.toLowerCase(), kind: kindOf(text), candidate: 0, candidateInFigure: 0, adjective: 0, units: null, entity: undefined };
    table.set(text, w);
  }
  return w;
}

// Linear: every alternative starts with a different class and the repeated
// groups begin with a fixed delimiter ("." or "-" or an apostrophe).
const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?(?:-[\p{L}\p{M}\p{N}]+)*(?:['’]\p{L}*)?-?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

// Commas, dashes and brackets set off a part of a clause (an apposition, a
// conversion "(£600m)"): crossing one costs, but the subject may lie beyond.
// Semicolons, colons and list bullets start a new clause.
const BOUNDARY: Record<string, number> = {
  ',': 1, '–': 1, '—': 1, '-': 1, '(': 1, ')': 1, '[': 1, ']': 1,
  ';': 2, ':': 2, '|': 2, '·': 2, '•': 2, '!': 2, '?': 2,
};

const NUM_START = /^\p{N}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;

/** What a token is, by its first character (ASCII decided without a regex: most tokens are). */
function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57 ? 'num' : (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : 'punct';
  return NUM_START.test(t) ? 'num' : LETTER_START.test(t) ? 'word' : 'punct';
}

export interface MentionSpan {
  aStart: number;
  aEnd: number;
  /** the mention's index in the input */
  index: number;
}

/** Tokens of text[start, end); `spans` (sorted by aStart) mark figure tokens; `words` interns their texts. */
export function tokenize(text: string, start: number, end: number, spans: readonly MentionSpan[], words: WordTable = new Map()): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  let s = 0;
  // exec, not matchAll: no iterator and match copies per token
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const a = start + m.index;
    const b = a + t.length;
    while (s < spans.length && spans[s].aEnd <= a) s++;
    const inSpan = s < spans.length && spans[s].aStart < b && spans[s].aEnd > a ? spans[s].index : -1;
    const word = wordOf(words, t);
    const kind = word.kind;
    // a period inside a sentence ends an abbreviation, not a clause; a lone hyphen
    // ("Berlin - Das ...") is a dash
    const boundary = kind === 'punct' ? BOUNDARY[t] ?? 0 : 0;
    out.push({ text: word.text, lower: word.lower, start: a, end: b, kind, mention: inSpan, boundary, word });
  }
  return out;
}
