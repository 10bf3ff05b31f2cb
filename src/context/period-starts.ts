// Where a big alternation of phrase templates can match at all. Trying a regex of
// dozens of alternatives at every word of a text is what made period resolution
// slow; but each alternative can only begin with a few pairs of characters ("im",
// "In", "er", "20", "Ja" ...). This module reads those pairs off the regex sources
// once per language, and at a text position hands out a sticky regex of only the
// alternatives that can start there (in their original order, so the first one
// that matches is the same as in the full alternation), or nothing at all.
// Written by hand: no regex library computes first-character sets.

import { LETTER, NUMBER, unitClasses } from '../lang/unicode.js';
import { WORD_END, oneByteStretch, viewSource } from './period-view.js';
import { classEnd, groupBodyEnd } from './regex-source.js';

/** A node of a (small) regex syntax tree: what prefixes need, nothing more. */
type Node =
  | { t: 'chars'; chars: string[] | null } // null: any character
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const EMPTY: Node = { t: 'seq', items: [] };
const ANY: Node = { t: 'chars', chars: null };
/** Stands for "any character" inside prefix strings (a noncharacter, absent from templates). */
const WILD = '\uffff';
/** Classes larger than this are read as "any character". */
const MAX_CLASS = 64;

const DIGITS = '0123456789'.split('');
const WORD = [...DIGITS, ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'];

/** Group bodies already read, by their source. */
type ParsedGroups = Map<string, { node: Node; groups: number }>;

class Parser {
  private i = 0;
  /** capturing groups seen */
  groups = 0;

  /**
   * @param parsedGroups shared by the templates of one index (they share slots and
   *   phrases), and dropped with it: kept for good, they held ~0.35 MB per thread
   */
  constructor(
    private readonly src: string,
    private readonly parsedGroups: ParsedGroups,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`period-starts: unexpected ${this.src[this.i]} in ${this.src}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`period-starts: bad quantifier in ${this.src}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same language
    return this.quantified({ t: 'rep', node, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false) ?? EMPTY;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return { t: 'chars', chars: [c] };
  }

  private group(): Node {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; lookaround = true; }
      else if (rest === '?<=' || rest === '?<!') { this.i += 3; lookaround = true; }
      else if (rest.startsWith('?<')) {
        this.i = this.src.indexOf('>', this.i) + 1;
        this.groups++;
      } else throw new Error(`period-starts: unknown group in ${this.src}`);
    } else this.groups++;
    // a look-around matches no characters: for prefixes it is empty (a superset, so safe)
    if (lookaround) {
      this.i = this.groupEnd();
      return EMPTY;
    }
    // the same slot (a month, a year) recurs in many templates: read it once
    const end = this.groupEnd();
    const body = this.src.slice(this.i, end - 1);
    const known = this.parsedGroups.get(body);
    if (known) {
      this.i = end;
      this.groups += known.groups;
      return known.node;
    }
    const before = this.groups;
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error(`period-starts: unclosed group in ${this.src}`);
    this.parsedGroups.set(body, { node: inner, groups: this.groups - before });
    return inner;
  }

  /** Index after the ')' closing the group whose body starts at this.i. */
  private groupEnd(): number {
    const end = groupBodyEnd(this.src, this.i);
    if (end < 0) throw new Error(`period-starts: unclosed group in ${this.src}`);
    return end;
  }

  /** The characters an escape stands for; null for an assertion (\b); ANY where too many. */
  private escape(inClass: boolean): Node | null {
    const c = this.src[this.i++];
    if (c === 'd') return { t: 'chars', chars: DIGITS };
    if (c === 's') return { t: 'chars', chars: [' '] }; // whitespace: folded to a space (see fold)
    if (c === 'w') return { t: 'chars', chars: WORD };
    if ((c === 'b' || c === 'B') && !inClass) return null;
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (c === 'u' && this.src[this.i] === '{') {
      const end = this.src.indexOf('}', this.i);
      const ch = String.fromCodePoint(parseInt(this.src.slice(this.i + 1, end), 16));
      this.i = end + 1;
      return { t: 'chars', chars: [ch] };
    }
    if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      const ch = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + len), 16));
      this.i += len;
      return { t: 'chars', chars: [ch] };
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c in controls) return { t: 'chars', chars: [controls[c]] };
    // \s, \S, \D, \W, back references: anything
    if (/[A-Za-z1-9]/.test(c)) return ANY;
    return { t: 'chars', chars: [c] };
  }

  private charClass(): Node {
    if (this.src[this.i] === '^') {
      this.i = this.classEnd();
      return ANY;
    }
    const chars = new Set<string>();
    let any = false;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error(`period-starts: unclosed class in ${this.src}`);
      let from: string | null;
      if (this.src[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        if (!e || e.t !== 'chars' || e.chars === null) { any = true; continue; }
        if (e.chars.length > 1) { e.chars.forEach((ch) => chars.add(ch)); continue; }
        from = e.chars[0];
      } else from = this.src[this.i++];
      // half of a surrogate pair: code units are not characters here
      if (from >= '\ud800' && from <= '\udfff') any = true;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        let to = this.src[this.i++];
        if (to === '\\') {
          const e = this.escape(true);
          if (!e || e.t !== 'chars' || e.chars === null || e.chars.length !== 1) { any = true; continue; }
          to = e.chars[0];
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a >= MAX_CLASS) any = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCharCode(k));
      } else chars.add(from);
    }
    this.i++;
    return any || chars.size > MAX_CLASS ? ANY : { t: 'chars', chars: [...chars] };
  }

  /** Index after the ']' closing the class whose body starts at this.i. */
  private classEnd(): number {
    const end = classEnd(this.src, this.i - 1);
    if (end < 0) throw new Error(`period-starts: unclosed class in ${this.src}`);
    return end;
  }
}

/**
 * The strings of up to k characters a match of `node` can begin with; one shorter
 * than k means a match may end there. Any character is WILD.
 */
function prefixes(node: Node, k: number): Set<string> {
  if (k === 0) return new Set(['']);
  let memo = prefixMemo.get(node);
  if (!memo) prefixMemo.set(node, (memo = new Map()));
  let hit = memo.get(k);
  if (!hit) memo.set(k, (hit = computePrefixes(node, k)));
  return hit;
}

// the same slot (months, years) recurs at every position of a template
const prefixMemo = new WeakMap<Node, Map<number, Set<string>>>();

function computePrefixes(node: Node, k: number): Set<string> {
  switch (node.t) {
    case 'chars':
      return new Set(node.chars === null ? [WILD] : node.chars.map((c) => (c.length === 1 ? fold(c.charCodeAt(0)) : WILD)));
    case 'alt': {
      const out = new Set<string>();
      for (const o of node.options) for (const s of prefixes(o, k)) out.add(s);
      return out;
    }
    case 'seq':
      return sequencePrefixes(node.items, k);
    case 'rep': {
      // copies beyond min + k add nothing new within k characters
      const most = Math.min(node.max, node.min + k);
      const out = new Set<string>();
      for (let n = node.min; n <= most; n++) for (const s of sequencePrefixes(new Array<Node>(n).fill(node.node), k)) out.add(s);
      return out;
    }
  }
}

function sequencePrefixes(items: Node[], k: number): Set<string> {
  let current = new Set(['']);
  for (const item of items) {
    if ([...current].every((s) => s.length >= k)) break;
    const next = new Set<string>();
    for (const s of current) {
      if (s.length >= k) next.add(s);
      else for (const t of prefixes(item, k - s.length)) next.add(s + t);
    }
    current = next;
  }
  return current;
}

const WHITESPACE = /\s/;

/**
 * Characters the index does not tell apart: any whitespace is " " (\s would
 * otherwise multiply the prefixes by 25) and any digit "0" (years and days would
 * make thousands). Applied to templates and text alike, so whatever matches a
 * template still finds its prefix.
 */
function foldCode(code: number): number {
  if (code < 128) return ASCII_FOLD[code];
  return WHITESPACE.test(String.fromCharCode(code)) ? 32 : code;
}

const ASCII_FOLD = new Uint8Array(128).map((_, c) => (c >= 48 && c <= 57 ? 48 : WHITESPACE.test(String.fromCharCode(c)) ? 32 : c));

function fold(code: number): string {
  return String.fromCharCode(foldCode(code));
}

/** A letter or digit, by code unit (a lone surrogate is neither), quickly for ASCII. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (unitClasses(code) & (LETTER | NUMBER)) !== 0;
}

/**
 * The alternatives that may match at a position, each as a sticky regex of its
 * own. Tried in their original order, the first that matches is the one the full
 * alternation would have chosen, with the same match: an alternation tries its
 * branches in order, each with the rest of the pattern (the suffix) after it.
 * One regex per alternative rather than one per subset: each compiled regex
 * costs tens of kilobytes of machine code in every thread, and the subsets
 * repeat the same alternatives many times over.
 */
export interface Subset {
  /** indices of the alternatives in it, in their original order */
  members: number[];
  regexes: RegExp[];
}

/** A match of one member of a subset; the member's own groups start at m[2] (m[1] wraps it). */
export interface SubsetMatch {
  m: RegExpExecArray;
  /** index of the alternative that matched */
  index: number;
  /** the group wrapping the alternative */
  marker: number;
}

/** The first member of `subset` that matches `part` at `at`, or null. */
export function execSubset(subset: Subset, part: string, at: number): SubsetMatch | null {
  const { members, regexes } = subset;
  for (let j = 0; j < regexes.length; j++) {
    const re = regexes[j];
    re.lastIndex = at;
    const m = re.exec(part);
    if (m !== null) return { m, index: members[j], marker: 1 };
  }
  return null;
}

/** A trie of prefixes, made deterministic: WILD children are merged into the others. */
class TrieNode {
  readonly next = new Map<number, TrieNode>();
  wild: TrieNode | null = null;
  /** alternatives with a prefix ending here */
  readonly ends = new Set<number>();
  /** alternatives possible when the text leads here: ends on the path from the root */
  possible: number[] = [];
}

function mergeTries(a: TrieNode, b: TrieNode): TrieNode {
  const out = new TrieNode();
  for (const i of a.ends) out.ends.add(i);
  for (const i of b.ends) out.ends.add(i);
  for (const [code, child] of a.next) {
    const other = b.next.get(code) ?? b.wild;
    out.next.set(code, other ? mergeTries(child, other) : child);
  }
  for (const [code, child] of b.next) {
    if (out.next.has(code)) continue;
    out.next.set(code, a.wild ? mergeTries(a.wild, child) : child);
  }
  out.wild = a.wild && b.wild ? mergeTries(a.wild, b.wild) : (a.wild ?? b.wild);
  return out;
}

/** Merges each node's WILD child into its explicit children, top down. */
function determinise(node: TrieNode, path: ReadonlySet<number>): TrieNode {
  const out = new TrieNode();
  for (const i of node.ends) out.ends.add(i);
  const possible = new Set([...path, ...node.ends]);
  out.possible = [...possible].sort((a, b) => a - b);
  for (const [code, child] of node.next) out.next.set(code, determinise(node.wild ? mergeTries(child, node.wild) : child, possible));
  if (node.wild) out.wild = determinise(node.wild, possible);
  return out;
}

/**
 * Characters looked at: enough to tell "die Jahre" from "die Regierung", and "von
 * Mai" or "the year" from "von der" or "the firm" (with 4, half the words of a
 * sentence with figures still ran a template's regex, a few in a hundred matching).
 */
const DEPTH = 5;

export class StartIndex {
  /** 1 for the code units a match may start with (all of them when some alternative starts with anything) */
  readonly first = new Uint8Array(65536);
  private readonly groupCounts: number[] = [];
  // The trie as flat tables, node 0 the root; children as node + 1 (0: none).
  /**
   * child by ASCII character: node * columns + the character's column (16 bits: half the
   * size, see the constructor). A column per folded character that labels some edge,
   * column 0 for all others (no child there): a row per node of 128 was mostly zeros.
   */
  private readonly ascii: Uint16Array;
  /** per ASCII code unit: its column in `ascii` (folding included) */
  private readonly column = new Uint8Array(128);
  private readonly columns: number;
  /** child by any other character, keyed node * 65536 + character */
  private readonly other = new Map<number, number>();
  /** child for any character the node has no own child for */
  private readonly wild: Int32Array;
  /** per node: the alternatives possible when the text leads there */
  private readonly possible: number[][] = [];
  private readonly subsets: Array<Subset | null | undefined> = [];
  /** per alternative: its sticky regex, made on first use */
  private readonly regexes: RegExp[] = [];
  /**
   * Whether the regexes read the one-byte copy of the text (period-view.ts), and
   * their sources: the alternatives as given, or as the copy spells them.
   */
  readonly readsView: boolean;
  private readonly sources: string[];

  /**
   * @param alternatives regex sources; each is wrapped in a capturing group
   * @param suffix appended after the alternation (a word-end look-ahead)
   */
  constructor(
    private readonly alternatives: string[],
    private readonly suffix: string,
  ) {
    const trie = new TrieNode();
    const parsedGroups: ParsedGroups = new Map();
    alternatives.forEach((source, index) => {
      const parser = new Parser(source, parsedGroups);
      const starts = prefixes(parser.parse(), DEPTH);

      this.groupCounts.push(parser.groups);
      for (const s of starts) {
        let node = trie;
        for (const ch of s) {
          if (ch === WILD) node = node.wild ??= new TrieNode();
          else {
            const code = ch.charCodeAt(0);
            let child = node.next.get(code);
            if (!child) node.next.set(code, (child = new TrieNode()));
            node = child;
          }
        }
        node.ends.add(index);
      }
    });
    const root = determinise(trie, new Set());
    // number the nodes breadth first and lay them out in the tables
    const nodes: TrieNode[] = [root];
    const ids = new Map<TrieNode, number>([[root, 0]]);
    for (let k = 0; k < nodes.length; k++) {
      const n = nodes[k];
      for (const child of [...n.next.values(), ...(n.wild ? [n.wild] : [])]) {
        if (!ids.has(child)) {
          ids.set(child, nodes.length);
          nodes.push(child);
        }
      }
    }
    if (nodes.length >= 0xffff) throw new Error(`period-starts: ${nodes.length} trie nodes do not fit 16 bits`);
    // columns for the folded ASCII characters on edges; the code units folded to one share its column
    const columnOf = new Uint8Array(128);
    let columns = 1;
    for (const n of nodes) for (const code of n.next.keys()) if (code < 128 && columnOf[code] === 0) columnOf[code] = columns++;
    for (let code = 0; code < 128; code++) this.column[code] = columnOf[ASCII_FOLD[code]];
    this.columns = columns;
    this.ascii = new Uint16Array(nodes.length * columns);
    this.wild = new Int32Array(nodes.length);
    nodes.forEach((n, id) => {
      this.possible.push(n.possible);
      for (const [code, child] of n.next) {
        if (code < 128) this.ascii[id * columns + columnOf[code]] = ids.get(child)! + 1;
        else this.other.set(id * 65536 + code, ids.get(child)! + 1);
      }
      if (n.wild) this.wild[id] = ids.get(n.wild)! + 1;
    });
    if (root.wild || root.ends.size > 0) this.first.fill(1);
    for (const code of root.next.keys()) this.first[code] = 1;
    // a folded digit stands for all of them (a folded space starts no word: not needed)
    if (this.first[48]) this.first.fill(1, 48, 58);
    // The copy is read the same way only where no match starts at any character (or
    // at none): then no match starts in a surrogate pair either.
    const viewSources = alternatives.map(viewSource);
    this.readsView = !root.wild && root.ends.size === 0 && (suffix === WORD_END || suffix === '') && viewSources.every((v) => v !== null);
    this.sources = this.readsView ? (viewSources as string[]) : alternatives;
  }

  /** What execSubset() is to read for text[from, to): the one-byte copy of it, where the regexes read that. */
  subject(text: string, from: number, to: number): string {
    return this.readsView ? oneByteStretch(text, from, to) : text.slice(from, to);
  }

  /**
   * The alternatives that may match at text[p] (a match ends by text[to]), as one
   * sticky regex, or null when none can: decided on the next few characters.
   */
  at(text: string, p: number, to: number): Subset | null {
    let node = 0;
    const end = Math.min(to, p + DEPTH);
    for (let i = p; i < end; i++) {
      const code = text.charCodeAt(i);
      // (folded before the table is chosen: a non-ASCII space such as U+1680 is the ASCII space's child)
      const f = code < 128 ? code : foldCode(code);
      let child = f < 128 ? this.ascii[node * this.columns + this.column[f]] : (this.other.get(node * 65536 + f) ?? 0);
      if (child === 0) child = this.wild[node];
      if (child === 0) break;
      node = child - 1;
    }
    let subset = this.subsets[node];
    if (subset === undefined) {
      const possible = this.possible[node];
      subset = this.subsets[node] = possible.length ? this.subset(possible) : null;
    }
    return subset;
  }

  private subset(possible: number[]): Subset {
    // both arrays filled by push: one elements kind for every subset, so the
    // scanners' optimised code does not meet an array of another kind ("wrong map")
    const members: number[] = [];
    const regexes: RegExp[] = [];
    for (const i of possible) {
      members.push(i);
      regexes.push(this.regexOf(i));
    }
    return { members, regexes };
  }

  private regexOf(i: number): RegExp {
    return (this.regexes[i] ??= new RegExp(`(${this.sources[i]})${this.suffix}`, 'yu'));
  }
}
