// One pass over a block finds every character the segmenter reacts to:
// sentence punctuation (splitBlock), quotation and bracket marks (spans.ts),
// bullets and list-marker ends (lists.ts), and whitespace that a sentence's
// text must collapse. These were four native regex scans of every block; a
// regex class of several characters reads ~0.6 ns a character, a table load
// in one JavaScript loop about as much, so one loop does the work of four.

import { IntList } from './int-list.js';

/** Character roles as bits per UTF-16 code unit. */
const Role = {
  /** . ! ? … and their full-width, CJK and interrobang forms */
  Terminator: 1,
  /** - – —: punctuation only before a closing quote ('to--" At this') */
  Dash: 2,
  /** the quotes a dash may break off before */
  QuoteAfterDash: 4,
  /** opens or closes a quotation or bracket (spans.ts) */
  SpanMark: 8,
  /** "," : two of them are typed for „ */
  Comma: 16,
  Bullet: 32,
  /** "." or ")" closing a list marker, when a space follows */
  MarkerEnd: 64,
  /** whitespace other than " " (what /[^\S ]/ matches) */
  OtherSpace: 128,
} as const;

const ROLES = new Uint16Array(0x10000);
function mark(chars: string, bit: number): void {
  for (let k = 0; k < chars.length; k++) ROLES[chars.charCodeAt(k)] |= bit;
}
mark('.!?…‽⁇⁈⁉．。！？｡', Role.Terminator);
mark('-–—', Role.Dash);
mark('"\'”“’‘»«', Role.QuoteAfterDash);
mark('()[]{}„“”»«"\'‚‘’', Role.SpanMark);
mark(',', Role.Comma);
mark('•◦▪▫●○■□►▸▶‣⁃➢➤✓✔', Role.Bullet);
mark('.)', Role.MarkerEnd);
/** Every UTF-16 code unit /\s/ matches besides " " (a test checks the two agree). */
export const OTHER_SPACES = '\t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
mark(OTHER_SPACES, Role.OtherSpace);

export interface BlockMarks {
  /**
   * Sentence punctuation, and dashes followed by a closing quote: what
   * /[.!?…‽⁇⁈⁉．。！？｡]|[-–—](?=["'”“’‘»«])/g finds in the block.
   */
  punctuation: IntList;
  /** Quotation and bracket marks, and ",,": what /[()[\]{}„“”»«"'‚‘’]|,,/g finds. */
  spanMarks: IntList;
  /** Bullets, and "." or ")" before a space: what /[•◦▪▫●○■□►▸▶‣⁃➢➤✓✔]|[.)](?= )/g finds. */
  listMarks: IntList;
  /**
   * Where a sentence's text needs collapsing, each list ascending: the second
   * space of two in a row, and whitespace other than a space (together what
   * /  |[^\S ]/ finds, at the last character of each match). A sentence holding
   * one of these positions has whitespace to collapse: searching each sentence
   * again cost more than these lists.
   */
  spacePairs: IntList;
  otherSpaces: IntList;
}

/**
 * The one BlockMarks scanBlock fills: blocks are segmented one at a time, and
 * lists made afresh per block were most of the segmenter's garbage.
 */
const MARKS: BlockMarks = {
  punctuation: new IntList(), spanMarks: new IntList(), listMarks: new IntList(), spacePairs: new IntList(), otherSpaces: new IntList(),
};

/**
 * The marks of text[from, to) (a block: nothing past `to` is read). The answer is
 * shared: valid until the next call.
 */
export function scanBlock(text: string, from: number, to: number): BlockMarks {
  const { punctuation, spanMarks, listMarks } = MARKS;
  punctuation.clear();
  spanMarks.clear();
  listMarks.clear();
  let otherSpace = false;
  // Two spaces in a row are looked for without a branch: a test per space
  // ("is this a space? was the last one?") went the wrong way at every word,
  // and cost the loop more than all its other work together.
  let space = 0;
  let pairs = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const isSpace = ((c ^ 32) - 1) >>> 31; // 1 for " ", else 0
    pairs |= isSpace & space;
    space = isSpace;
    const role = ROLES[c];
    if (role === 0) continue;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    if (role & Role.Terminator || (role & Role.Dash && next >= 0 && ROLES[next] & Role.QuoteAfterDash)) punctuation.push(i);
    if (role & Role.SpanMark || (role & Role.Comma && next === 44)) {
      spanMarks.push(i);
      // ",,," holds one ",," (the regex's matches did not overlap); a comma has no other role
      if (role & Role.Comma) {
        i++;
        space = 0;
      }
    }
    if (role & Role.Bullet || (role & Role.MarkerEnd && next === 32)) listMarks.push(i);
    if (role & Role.OtherSpace) otherSpace = true;
  }
  MARKS.spacePairs.clear();
  MARKS.otherSpaces.clear();
  // Noting where, in the loop above, cost it more (~40 %: it keeps fewer
  // values in registers) than searching the few blocks that have some again.
  if (pairs !== 0) findSpacePairs(text, from, to, MARKS.spacePairs);
  if (otherSpace) findOtherSpaces(text, from, to, MARKS.otherSpaces);
  return MARKS;
}

/**
 * The second space of each pair in text[from, to). The search after the last
 * pair may run on to the next pair of the text, a stretch no other block's
 * search covers: linear over a document.
 */
function findSpacePairs(text: string, from: number, to: number, out: IntList): void {
  for (let k = text.indexOf('  ', from); k >= 0 && k + 1 < to; k = text.indexOf('  ', k + 1)) out.push(k + 1);
}

function findOtherSpaces(text: string, from: number, to: number, out: IntList): void {
  for (let i = from; i < to; i++) if (ROLES[text.charCodeAt(i)]! & Role.OtherSpace) out.push(i);
}
