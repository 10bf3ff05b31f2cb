// The organisation an article is about: "Parmalat", "Manchester United", "Deutsche Boerse".
//
// A firm's figures rarely name the firm in their own sentence ("The firm collapsed with debts
// of about 14bn euros", "the proposal values the club at £800m"), and the entity tables know
// countries, not firms. Named-entity libraries for JavaScript (compromise, wink) tag names
// sentence by sentence and cannot say which one an article is about, nor that "United" is
// "Manchester United" there; so this reads the article's capitalised names by hand.
//
// English only: German capitalises every noun, so a capital does not mark a name there.
import type { Lang } from '../types.js';
import { organisations as en } from '../lang/en/organisations.js';
import type { ContextInput } from './types.js';
import { POSSESSIVE_END } from './metric-lexicon.js';

export interface OrganisationLexicon {
  /** lower-case titles before a person's name ("mr", "sir") */
  titles: string[];
  /** capitalised words that never belong to an organisation's name (months, weekdays, offices) */
  notNames: string[];
  /** lower-case words that open a sentence before a name ("But Rover told ...") */
  openers: string[];
  /** lower-case words or signs that join two capitalised words into one name ("Bank of Scotland") */
  connectors: string[];
  /** names of reporters and wires, never what a story is about */
  publishers: string[];
  /** names the entity tables already know (countries, cities, the UN): they have codes */
  knownNames: string[];
  /** lower-case adjectives of places ("irish", "chinese"): "Irish", "Chinese" alone name no firm */
  demonyms: string[];
}

let english: Lexicon | null = null;
const lexiconFor = (lang: Lang): Lexicon | null => (lang === 'en' ? (english ??= prepare(en)) : null);

interface Lexicon {
  titles: Set<string>;
  openers: Set<string>;
  connectors: Set<string>;
  excluded: Set<string>;
  /** a capitalised word that is never part of a name */
  notName: (word: string) => boolean;
  /** a demonym ("Irish", "Chinese"): no name alone, though it may begin one ("British Airways"; kept per word) */
  demonym: (word: string) => boolean;
}

function prepare(l: OrganisationLexicon): Lexicon {
  const notNames = new Set(l.notNames);
  const verdicts = new Map<string, boolean>();
  return {
    titles: new Set(l.titles.map((t) => t.replace(/\.$/, ''))),
    openers: new Set(l.openers),
    connectors: new Set(l.connectors),
    excluded: new Set([...l.publishers, ...l.knownNames].map(bare)),
    notName: (word) => notNames.has(word),
    demonym: (word) => {
      let v = verdicts.get(word);
      if (v === undefined) {
        const lower = word.toLowerCase();
        v = l.demonyms.some((d) => lower.startsWith(d));
        if (verdicts.size < 50_000) verdicts.set(word, v);
      }
      return v;
    },
  };
}

/** A name found the article this often, and more often than any other by half, is what it is about. */
const MIN_MENTIONS = 2;
/** How many of an article's multiword names are looked at for shorter forms of them. */
const MAX_FORMS = 64;
const LEAD = 1.5;

/**
 * The organisation the article names most, in its fullest form ("Manchester United", not
 * "United"), or null when none stands out. People ("Mr Glazer", and "Malcolm Glazer" once
 * a title named him), publishers and the places and bodies the entity tables know are no
 * candidates.
 */
export function mainOrganisation(input: ContextInput): string | null {
  const lex = lexiconFor(input.lang);
  if (!lex) return null;
  const runs: Run[] = [];
  const lowerCase = new Set<string>();
  const people = new Set<string>();
  for (const s of input.sentences) {
    const tokens = tokenise(input.analysis.text, s.aStart, s.aEnd);
    for (const t of tokens) if (!t.capital) lowerCase.add(t.word.toLowerCase());
    for (const r of namesIn(tokens, lex, people)) runs.push(r);
  }
  // a word the article also writes in lower case is an ordinary word ("The", "They", "Shares")
  const ordinary = (w: string) => lowerCase.has(w.toLowerCase()) || lex.openers.has(w.toLowerCase());
  const nameOf = (r: Run) => openerName(r, ordinary, lex.connectors);
  const counts = new Map<string, number>();
  const forms = fullForms(runs.map(nameOf), lex, people, ordinary);
  for (const r of runs) {
    const name = forms.get(nameOf(r));
    // a people ("South Koreans") holds its words like any name ("Roma" stays ambiguous) but is no organisation
    if (name && !namesPeople(name, lex)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < MIN_MENTIONS || (second && first[1] < LEAD * second[1])) return null;
  return first[0];
}

/** "South Koreans", "Roma Czechs": a name ending in a demonym in the plural names a people. */
function namesPeople(name: string, lex: Lexicon): boolean {
  const at = name.lastIndexOf(' ');
  if (at < 0) return false;
  const last = name.slice(at + 1);
  return last.endsWith('s') && lex.demonym(last);
}

interface Token {
  word: string;
  capital: boolean;
  /** only a space before it: a name may go on across it */
  joined: boolean;
  /** ends in "'s": the name ends here */
  possessive: boolean;
}

/** A run of capitalised words: a name, or a sentence opener and a name. */
interface Run {
  words: string[];
  /** the run starts the sentence (its first word may be an ordinary word: "Shares", "The") */
  opener: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
/** every part of a hyphenated word capitalised: "US-China", not "State-owned" */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}&'’]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}&'’]*)*$/u;
const INFLECTED = /\p{Ll}(?:ing|ed|ly)$/u;

/** Strips what ends a word but is no part of the name: "'s", "’", a full stop. */
const bare = (w: string) => w.replace(POSSESSIVE_END, '').replace(/\.$/, '');

function tokenise(whole: string, from: number, to: number): Token[] {
  // the sentence's own text: a search for the next word never runs on into the rest of the document
  const text = whole.slice(from, to);
  const out: Token[] = [];
  let end = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const joined = out.length > 0 && m.index === end + 1 && text.charCodeAt(end) === 32;
    out.push({ word: bare(raw), capital: NAME_WORD.test(raw), joined, possessive: POSSESSIVE_END.test(raw) });
    end = m.index + raw.length;
  }
  return out;
}

/** The runs of capitalised words in one sentence's tokens; names after a title go to `people`. */
function namesIn(tokens: readonly Token[], lex: Lexicon, people: Set<string>): Run[] {
  const runs: Run[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t.capital || lex.notName(t.word)) {
      k++;
      continue;
    }
    if (lex.titles.has(t.word.toLowerCase())) {
      // "Mr Malcolm Glazer": every capitalised word after the title is the person's
      for (k++; k < tokens.length && tokens[k].joined && tokens[k].capital; k++) people.add(tokens[k].word);
      continue;
    }
    const words = [t.word];
    const opener = k === 0;
    let last = t;
    k++;
    while (k < tokens.length && !last.possessive) {
      const n = tokens[k];
      if (!n.joined) break;
      if (n.capital && !lex.notName(n.word) && !lex.titles.has(n.word.toLowerCase())) {
        words.push(n.word);
        last = n;
        k++;
        continue;
      }
      const after = tokens[k + 1];
      if (lex.connectors.has(n.word) && after && after.joined && after.capital && !lex.notName(after.word)) {
        words.push(n.word, after.word);
        last = after;
        k += 2;
        continue;
      }
      break;
    }
    runs.push({ words, opener });
  }
  return runs;
}

/**
 * The name a run gives. A sentence's first word is capitalised anyway: it is part of the name
 * where the article never writes it in lower case ("Parmalat, the Italian food group, ...";
 * not "But Rover told ..." nor "Shares in ..." where the text has "but" and "shares"), nor
 * a participle or adverb ("Excluding the car sector", "Overall"). The connector after a word
 * left out goes too: "Creditors of Parmalat" names "Parmalat".
 */
function openerName(r: Run, ordinary: (w: string) => boolean, connectors: ReadonlySet<string>): string {
  if (!r.opener || (!ordinary(r.words[0]) && !INFLECTED.test(r.words[0]))) return r.words.join(' ');
  let from = 1;
  while (from < r.words.length && connectors.has(r.words[from])) from++;
  return r.words.slice(from).join(' ');
}

/**
 * Every name of the article mapped to its fullest form: an acronym to the words it abbreviates
 * ("LSE" -> "London Stock Exchange"), a word of one longer name to that name ("United" ->
 * "Manchester United", unless "Manchester City" is named too). Excluded names and people map
 * to nothing.
 */
function fullForms(found: readonly string[], lex: Lexicon, people: ReadonlySet<string>, ordinary: (w: string) => boolean): Map<string, string> {
  const counts = new Map<string, number>();
  for (const n of found) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  const excluded = (n: string) =>
    lex.excluded.has(n) || n.split(' ').some((w) => people.has(w)) || (!n.includes(' ') && (ordinary(n) || lex.demonym(n)));
  // a known name ("Bank of England", a publisher) is no candidate, but its words are its own:
  // "the Bank" is that bank, not a firm called "Bank" (it maps to '', nothing)
  const known = (n: string) => lex.excluded.has(n);
  const out = new Map<string, string>();
  // only the names an article repeats most are looked at for other forms: a text of nothing but
  // capitalised words costs no more than a few passes
  const multiword = [...counts.keys()].filter((n) => n.includes(' ') && (!excluded(n) || known(n)));
  const byCount = multiword.sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || (a < b ? -1 : 1));
  for (const n of byCount.slice(MAX_FORMS)) out.set(n, known(n) ? '' : n);
  // longest first: "MG Rover China" is a longer form of "MG Rover", never the other way round
  const longer = byCount.slice(0, MAX_FORMS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const n of longer) {
    // "Man Utd" is "Manchester United" where the article writes both
    const full = longer.find((l) => l !== n && abbreviates(n, l));
    out.set(n, known(n) || (full && known(full)) ? '' : full ?? n);
  }
  // each word of a long name, and its initials, points to it ("United", "LSE")
  const holdersOf = new Map<string, string[]>();
  for (const l of longer) {
    if (out.get(l) !== (known(l) ? '' : l)) continue;
    for (const w of new Set([...l.split(' '), initials(l)])) {
      const list = holdersOf.get(w);
      if (list) list.push(l);
      else holdersOf.set(w, [l]);
    }
  }
  for (const n of counts.keys()) {
    if (excluded(n) || n.includes(' ')) continue;
    const holders = holdersOf.get(n) ?? [];
    // nested holders ("MG Rover", "MG Rover China") are one name: the shortest
    const shortest = holders.reduce<string | null>((a, h) => (a === null || h.length < a.length ? h : a), null);
    if (shortest && holders.every((h) => h.startsWith(shortest) || h.endsWith(shortest))) out.set(n, known(shortest) ? '' : shortest);
    else if (!holders.length) out.set(n, n);
  }
  return out;
}

/** Each word of `short` abbreviates the word of `long` at its place: first letter equal, the rest in order ("Utd", "United"). */
function abbreviates(short: string, long: string): boolean {
  // every word shorter and with the same first letter: a shorter name with that first letter, checked
  // before any split (an article's names are paired 64 x 64)
  if (short.length >= long.length || short.charCodeAt(0) !== long.charCodeAt(0)) return false;
  const a = short.split(' ');
  const b = long.split(' ');
  if (a.length !== b.length) return false;
  return a.every((w, i) => w.length < b[i].length && w[0] === b[i][0] && inOrder(w.toLowerCase(), b[i].toLowerCase()));
}

function inOrder(letters: string, word: string): boolean {
  let at = 0;
  for (const ch of letters) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "London Stock Exchange" -> "LSE" (connectors left out). */
const initials = (name: string) =>
  name.split(' ').filter((w) => CAPITAL.test(w)).map((w) => w[0]).join('');
