// HTML debris in plain text: entities ("&amp;", "&#8222;") and tags ("<em>",
// "</p>") that scrapers leave behind. Only well-formed entities and tags with
// a real HTML tag name are touched, so "a < b" or "R&D" stay as they are.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  bdquo: '„', ldquo: '“', rdquo: '”', sbquo: '‚', lsquo: '‘', rsquo: '’', prime: '′', Prime: '″',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', copy: '©', reg: '®', trade: '™',
  deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', middot: '·',
  bull: '•', shy: '', zwj: '', zwnj: '', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', ccedil: 'ç',
  Eacute: 'É', ntilde: 'ñ', oslash: 'ø', aring: 'å', iexcl: '¡', iquest: '¿', percnt: '%',
};

/** The decoded entity starting at `i` (which holds "&"), or null. */
export function decodeEntityAt(s: string, i: number): { text: string; length: number } | null {
  const semi = s.indexOf(';', i + 2);
  if (semi < 0 || semi - i > 10) return null;
  const body = s.slice(i + 1, semi);
  let code = -1;
  if (body.charCodeAt(0) === 35) {
    // &#8222; &#x201E;
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
    code = parseInt(digits, hex ? 16 : 10);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    let text = String.fromCodePoint(code);
    if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) text = ' ';
    else if (code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) text = '';
    return { text, length: semi - i + 1 };
  }
  if (!/^[A-Za-z][A-Za-z0-9]{1,7}$/.test(body)) return null;
  const text = NAMED[body];
  return text === undefined ? null : { text, length: semi - i + 1 };
}

/** Tags that end a paragraph: dropping them must leave a line break. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr',
  'td', 'th', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'address', 'title', 'body',
  'html', 'head', 'form', 'fieldset', 'legend', 'details', 'summary', 'option', 'select', 'textarea',
]);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'meta', 'link', 'input', 'button', 'source', 'picture', 'svg',
  'path', 'iframe', 'video', 'audio', 'script', 'style', 'noscript',
]);

/** A tag starting at `i` (which holds "<"): its length and whether it breaks a paragraph. */
export function htmlTagAt(s: string, i: number): { length: number; block: boolean } | null {
  let j = i + 1;
  if (s.charCodeAt(j) === 33 && s.startsWith('!--', j)) {
    const close = s.indexOf('-->', j + 3);
    return close < 0 || close - i > 2000 ? null : { length: close + 3 - i, block: false };
  }
  if (s.charCodeAt(j) === 47) j++; // </...>
  const nameStart = j;
  while (j < s.length && j - nameStart < 12) {
    const c = s.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && j > nameStart)) j++;
    else break;
  }
  if (j === nameStart) return null;
  const name = s.slice(nameStart, j).toLowerCase();
  const block = BLOCK_TAGS.has(name);
  const known = block || INLINE_TAGS.has(name);
  const closing = nameStart === i + 2;
  const c = s.charCodeAt(j);
  if (c !== 62 && c !== 47 && c !== 32 && c !== 10 && c !== 9) return null; // ">", "/", whitespace
  // attributes: up to the next ">", never across another "<"
  for (let k = j; k < s.length && k - i < 1000; k++) {
    const d = s.charCodeAt(k);
    if (d === 62) {
      // other markup (XML, XLIFF) only when it cannot be prose: a closing tag
      // "</bpt>" or attributes written name="value"
      if (!known && !(closing && k === j) && !/^\s+[\w:-]+="[^"]*"/.test(s.slice(j, k))) return null;
      return { length: k + 1 - i, block };
    }
    if (d === 60) return null;
  }
  return null;
}

/** An HTML tag escaped as text ("&lt;b&gt;", "&lt;/em&gt;") at `i`: its length, or 0. */
export function escapedTagAt(s: string, i: number): number {
  if (!s.startsWith('&lt;', i)) return 0;
  let j = i + 4;
  if (s[j] === '/') j++;
  const nameStart = j;
  while (j < s.length && j - nameStart < 12 && /[a-zA-Z0-9]/.test(s[j])) j++;
  const name = s.slice(nameStart, j).toLowerCase();
  if (!(BLOCK_TAGS.has(name) || INLINE_TAGS.has(name)) || !s.startsWith('&gt;', j)) return 0;
  return j + 4 - i;
}
