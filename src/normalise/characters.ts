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
 * Every Latin-1 character actionFor does not keep (a test checks the two agree).
 * On one-byte text the regex engine skips the kept runs natively, faster than
 * the loop; on two-byte text it would miss characters above U+00FF, and a
 * class reaching that far is slow there, so the loop reads such text.
 */
export const NOT_KEPT_LATIN1 = /[\x00-\x08\x0b-\x1f&<\\`\x7f\x85\xa0\xad]/g;
/** Any character above U+00FF: on a one-byte string V8 answers without reading it. */
const ABOVE_LATIN1 = /[^\x00-\xff]/;

/** The first position from `i` whose character is not kept, or the length (one-byte text only). */
function nextNotKeptLatin1(source: string, i: number): number {
  NOT_KEPT_LATIN1.lastIndex = i;
  return NOT_KEPT_LATIN1.test(source) ? NOT_KEPT_LATIN1.lastIndex - 1 : source.length;
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
  const latin1 = !ABOVE_LATIN1.test(source);
  let first = 0;
  if (latin1) first = nextNotKeptLatin1(source, 0);
  else while (first < source.length && actionFor(source.charCodeAt(first)) === Action.Keep) first++;
  if (first === source.length) return identityAnalysis(source); // nothing to do: the common case
  const b = new AnalysisBuilder();
  let runStart = 0;
  const n = source.length;
  let i = first; // everything before it is kept
  while (i < n) {
    if (latin1) {
      i = nextNotKeptLatin1(source, i);
      if (i >= n) break;
    }
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
