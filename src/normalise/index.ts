// normalise: decoded original -> analysis text + blocks.
//   1. characters: line ends, invisible characters, spaces, HTML debris
//   2. layout: soft line wraps joined, hyphenation undone, clean-ups applied
//   3. blocks: the paragraphs, headings and list lines of the result
// Every analysis character keeps its original position (offset-map.ts).
import type { AnalysisText, Block, Lang, SourceText } from '../types.js';
import { languageRules } from '../segment/language.js';
import { hasAlnum, isSpaceCode } from '../segment/chars.js';
import { AnalysisBuilder, originalLength } from './offset-map.js';
import { normaliseCharacters } from './characters.js';
import { type Line, type Lines, PAGE_NUMBER, splitLines } from './lines.js';
import { decideJoin, detectLayout, letterFragmentRuns, type JoinContext } from './layout.js';
import { buildVocabulary, type Vocabulary } from './hyphen.js';
import { Join } from './join.js';

export interface NormalisedText {
  analysis: AnalysisText;
  blocks: Block[];
}

export function normalise(source: SourceText, lang: Lang): NormalisedText {
  const chars = normaliseCharacters(source.text);
  const analysis = joinLines(chars, lang);
  return { analysis, blocks: findBlocks(analysis.text) };
}

/** Pass 2: decide every line break and write the text with soft breaks joined. */
export function joinLines(chars: AnalysisText, lang: Lang): AnalysisText {
  const text = chars.text;
  const lines = splitLines(text);
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines.blank(i)) content.push(i);
  // each content line as one object, built once for the decisions and the writing
  const views: Line[] = [];
  for (const i of content) views.push(lines.at(i));
  const joins = content.length < 2 ? [] : decideJoins(text, lines, lang, content, views);

  const unchanged = joins.every((j) => j === Join.Hard) && content.every((k) => lines.untouched(k));
  if (content.length === 0 || unchanged) return chars; // every line break is real: the common case for scrapes
  const b = new AnalysisBuilder(chars);
  b.copy(text, 0, lines.cStart[content[0]]);
  for (let k = 0; k < content.length; k++) {
    const line = views[k];
    const join = k < joins.length ? joins[k] : null;
    emitContent(b, text, line, join === Join.DropHyphen ? line.cEnd - 1 : line.cEnd);
    // a hard break keeps what lies between the lines, but not a leader cut from the line's end
    const after = line.cut ? line.end : line.cEnd;
    if (join === null) {
      b.copy(text, after, text.length);
      break;
    }
    const nextStart = lines.cStart[content[k + 1]];
    if (join === Join.Hard) b.copy(text, after, nextStart);
    else if (join === Join.Space) b.replace(' ', line.cEnd, nextStart);
    // Glue and DropHyphen: nothing between the two lines
  }
  return b.build(originalLength(chars));
}

/**
 * The join after each content line but the last. The layout is read only for a
 * text of two content lines or more: a text of one has no break to decide, and
 * the layout and fragment runs were 0.2 MB of garbage a pass over the German corpus
 * (joinLines 0.68 -> 0.48 MB; its texts are all one line).
 */
function decideJoins(text: string, lines: Lines, lang: Lang, content: number[], views: Line[]): Join[] {
  let vocabulary: Vocabulary | null = null;
  const rules = languageRules(lang);
  const ctx: JoinContext = {
    text,
    lines,
    layout: detectLayout(text, lines, rules),
    rules,
    vocabulary: () => (vocabulary ??= buildVocabulary(text)),
    fragmentRun: letterFragmentRuns(text, lines),
  };
  const joins: Join[] = [];
  for (let k = 0; k + 1 < content.length; k++) joins.push(decideJoin(ctx, content[k], content[k + 1], views[k], views[k + 1]));
  return joins;
}

function emitContent(b: AnalysisBuilder, text: string, line: Line, end: number): void {
  let pos = line.cStart;
  for (const e of line.edits) {
    if (e.from >= end) break;
    b.copy(text, pos, e.from);
    b.replace(e.replacement, e.from, Math.min(e.to, end));
    pos = Math.min(e.to, end);
  }
  b.copy(text, pos, end);
}

/** Pass 3: every line of the analysis text with a letter or digit in it is a block, trimmed. */
export function findBlocks(text: string): Block[] {
  const blocks = collectBlocks(text, true);
  // A text that is nothing but a number ("2") is content, not a page number.
  return blocks.length ? blocks : collectBlocks(text, false);
}

function collectBlocks(text: string, dropPageNumbers: boolean): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s && hasAlnum(text, s, e) && !(dropPageNumbers && e - s <= 4 && PAGE_NUMBER.test(text.slice(s, e)))) {
      blocks.push({ index: blocks.length, aStart: s, aEnd: e });
    }
    start = end + 1;
  }
  return blocks;
}
