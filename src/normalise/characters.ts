// First normalisation pass, character by character: line ends, invisible
// characters, exotic spaces, HTML debris. The result keeps one analysis
// character per visible original character wherever it can, so spans map back
// exactly.
import type { AnalysisText } from '../types.js';
import { AnalysisBuilder, identityAnalysis } from './offset-map.js';
import { decodeEntityAt, escapedTagAt, htmlTagAt } from './html.js';

const enum Action {
  Keep = 0,
  Drop,
  Space,
  Newline,
  Special,
}

const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 32; c++) ASCII[c] = Action.Drop; // control characters
ASCII[9] = Action.Keep;
ASCII[10] = Action.Keep;
ASCII[11] = Action.Newline; // vertical tab
ASCII[12] = Action.Newline; // form feed: a PDF page break
ASCII[13] = Action.Special; // CR, CRLF
for (const c of '&<\\`') ASCII[c.charCodeAt(0)] = Action.Special;
ASCII[0x7f] = Action.Drop;

/** What to do with a UTF-16 code unit (everything not listed is kept). */
function actionFor(c: number): Action {
  if (c < 0x80) return ASCII[c];
  if (c > 0xad && c < 0x180e) return Action.Keep;
  if (c === 0xad) return Action.Drop; // soft hyphen
  if (c === 0xa0 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return Action.Space;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x180e) return Action.Drop;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return Action.Newline;
  return Action.Keep;
}

/**
 * Every UTF-16 unit actionFor does not keep, and a few rare ones it keeps (a test
 * checks over all 65,536). The regex engine skips the kept runs natively, also on
 * two-byte text (most German articles: one "–" makes a string two-byte), 2-5x
 * faster than a loop. The class is kept to few ranges on purpose (U+0080-U+009F
 * and U+202A-U+202E join their neighbours): with 17 ranges V8's search on
 * two-byte text was 10x slower than with 16.
 */
export const NOT_KEPT = /[\x00-\x08\x0b-\x1f&<\\`\x7f-\xa0\xad\u180e\u2000-\u200d\u2028-\u202f\u205f\u2060\u3000\ufeff]/g;

/** Whether the pass keeps the UTF-16 unit `c` as it is (exported for the test of NOT_KEPT). */
export function keepsUnit(c: number): boolean {
  return actionFor(c) === Action.Keep;
}

/** The first position from `i` whose character is not kept, or the length. */
function nextNotKept(source: string, i: number): number {
  NOT_KEPT.lastIndex = i;
  return NOT_KEPT.test(source) ? NOT_KEPT.lastIndex - 1 : source.length;
}

/**
 * CRLF and CR become "\n"; soft hyphens, zero-width characters and stray
 * control characters disappear; no-break and other Unicode spaces become " "
 * (so every later stage can treat " " as the only space); HTML entities are
 * decoded and HTML tags dropped (scraped text often keeps them); a backtick
 * used as a quotation mark becomes an apostrophe; the two-character escapes
 * "\n" and "\r" left in text dumped from JSON become line breaks.
 */
export function normaliseCharacters(source: string): AnalysisText {
  const first = nextNotKept(source, 0);
  if (first === source.length) return identityAnalysis(source); // nothing to do: the common case
  const b = new AnalysisBuilder();
  let runStart = 0;
  const n = source.length;
  let i = first; // everything before it is kept
  while (i < n) {
    i = nextNotKept(source, i);
    if (i >= n) break;
    const c = source.charCodeAt(i);
    const action = actionFor(c);
    if (action === Action.Keep) {
      i++;
      continue;
    }
    let consumed = 1;
    let out: string | null = null; // null: keep the character after all
    switch (action) {
      case Action.Drop:
        out = '';
        break;
      case Action.Space:
        out = ' ';
        break;
      case Action.Newline:
        out = '\n';
        break;
      case Action.Special:
        if (c === 13) {
          out = '\n';
          if (source.charCodeAt(i + 1) === 10) consumed = 2;
        } else if (c === 0x60) {
          out = "'";
        } else if (c === 0x26) {
          const escapedTag = escapedTagAt(source, i);
          const entity = escapedTag ? { text: '', length: escapedTag } : decodeEntityAt(source, i);
          if (entity) {
            out = entity.text;
            consumed = entity.length;
          }
        } else if (c === 0x3c) {
          const tag = htmlTagAt(source, i);
          if (tag) {
            out = tag.block ? '\n' : '';
            consumed = tag.length;
          }
        } else if (c === 0x5c) {
          const next = source.charCodeAt(i + 1);
          const after = source.charCodeAt(i + 2);
          // "\n" / "\r" escapes, but not "\new" in a path: the letter after must not continue a word
          if ((next === 110 || next === 114) && !(after >= 97 && after <= 122)) {
            out = '\n';
            consumed = 2;
          }
        }
        break;
    }
    if (out === null) {
      i++;
      continue;
    }
    b.copy(source, runStart, i);
    b.replace(out, i, i + consumed);
    i += consumed;
    runStart = i;
  }
  b.copy(source, runStart, n);
  return b.build(n);
}
