// Reads the noun phrase that names a source next to a cue and shortens it to a
// name: "der Politologe Boris Meschujew" -> "Boris Meschujew", "nach Angaben der
// Statistik Austria" -> "Statistik Austria", "Polizeiangaben" -> "Polizei",
// "eine Sprecherin der Stadt Graz" -> "Stadt Graz".
// Hand-written because no available library parses German or English noun
// phrases; capitalisation, articles and a few word lists carry it.
import { detached } from '../lang/detach.js';
import { unitClasses, UPPER } from '../lang/unicode.js';
import type { AttributionLexicon } from './attribution-lexicon.js';
import { cueTokens, EndingFilter, internWords, Token, WordFilter } from './attribution-tokens.js';
import { MEMO_MAX } from './memo.js';

/** Longest phrase read on either side of a cue, in tokens. */
const MAX_PHRASE = 9;
/** "UK-based", "London-listed": a capitalised place glued to a lower-case participle or adjective */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
/** Attributive words skipped between a German article and its noun ("einer am Mittwoch veröffentlichten Umfrage"). */
const MAX_ATTRIBUTIVE = 6;
/** Dashes that open and close an aside: inside a German attribute, between a subject and its verb (attribution-cues.ts). */
export const DASHES = new Set(['–', '—', '-']);
/** How many tokens such an aside may hold. */
const ASIDE_TOKENS = 14;
/** "BdB", "CBI", "ZEW": two capitals or more in one word of letters */
const ACRONYM = /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;
/** how many words a participle's attribute before a document may have, its own places and articles included */
const LONG_ATTRIBUTIVE = 16;
/** how many lower-case words of a role may stand between "by" and a report's author (authorOfReportBefore) */
const ROLE_WORDS_BEFORE_AUTHOR = 3;

/**
 * What a cue's phrase turned out to be. Every phrase has all four fields (made by
 * the functions below): one hidden class, so the code reading them stays optimised.
 */
export type Phrase =
  /** articled: "der Sozialarbeiter" is a common noun, never expanded to a person's full name;
   *  via: the document noun the name was read through ("Angaben der Polizei": "angaben") */
  | { type: 'name'; text: string; articled: boolean; via: string | null; fresh: false }
  /**
   * a document without its author ("laut dem Bericht"): an earlier source, else the document;
   * fresh: named without a definite article ("laut Medienberichten", "according to a report"),
   * so it is not one the text has introduced, and its author is nobody named before
   */
  | { type: 'document'; text: string; articled: false; via: null; fresh: boolean }
  /**
   * a pronoun or "the company": the source is an earlier one; text is empty, or the
   * pronoun of a relative clause (", which it said") that stands for itself when nothing resolves it;
   * via: the role noun of "the bank", "the firm" (lower case), which an earlier name of that
   * type ("the Bank of England") answers first
   */
  | { type: 'anaphor'; text: string; articled: false; via: string | null; fresh: false }
  | { type: 'none'; text: ''; articled: false; via: null; fresh: false };

/**
 * The tokens' texts joined by spaces. A loop, not map+join: arrays from Array#map
 * change element kind once the caller is optimised, and join's code is thrown away.
 */
function spoken(tokens: Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) out += k === 0 ? tokens[k].text : ' ' + tokens[k].text;
  return out;
}

/** An English word that may be a verb in the past or the third person ("accused", "hires"; not "news", "business", "economics"). */
const VERB_LIKE = /(?:ed|[^sswc]s)$/;

/** /\d/.test(t.text), read without making the text. */
function hasDigit(t: Token): boolean {
  for (let k = 0; k < t.textLength; k++) {
    const c = t.codeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export const NONE: Phrase = { type: 'none', text: '', articled: false, via: null, fresh: false };
export const ANAPHOR: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
/** A personal pronoun as the phrase ("he said", "sagte er"): an anaphor that names a person before it. */
export const PRONOUN: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
/** ... one that says a gender ("she said"): it does not stand for "Mr Brown". */
export const PRONOUN_MALE: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
export const PRONOUN_FEMALE: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
/** ... one that never stands for a person ("it said"). */
export const PRONOUN_NEUTER: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
/** ... one of a group ("they said"): it may stand for the plural name its sentence opens with ("The Tories ..., who they say"). */
export const PRONOUN_PLURAL: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };

/** "nach ihren Angaben" with no subject in its clause: its owner is named before (of either gender, or male/neuter "seinen", female/plural "ihren") */
export const POSSESSIVE_OWNER: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
export const POSSESSIVE_OWNER_MALE: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
export const POSSESSIVE_OWNER_FEMALE: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
export const isPossessiveOwner = (p: Phrase): boolean => p === POSSESSIVE_OWNER || p === POSSESSIVE_OWNER_MALE || p === POSSESSIVE_OWNER_FEMALE;
export const possessiveOwnerGender = (p: Phrase): 'male' | 'female' | null => (p === POSSESSIVE_OWNER_MALE ? 'male' : p === POSSESSIVE_OWNER_FEMALE ? 'female' : null);
/** Any personal pronoun, whatever its gender. */
export const isPronoun = (p: Phrase): boolean => p === PRONOUN || p === PRONOUN_MALE || p === PRONOUN_FEMALE || p === PRONOUN_NEUTER || p === PRONOUN_PLURAL;

const roleAnaphors = new Map<string, Phrase>();

/** "the bank", "the firm": an anaphor that remembers its role noun (one object per noun). */
export function roleAnaphor(noun: string): Phrase {
  let p = roleAnaphors.get(noun);
  if (!p) {
    p = { type: 'anaphor', text: '', articled: false, via: noun, fresh: false };
    roleAnaphors.set(noun, p);
  }
  return p;
}

/** the role words of each personRoleAnaphor (weak: nothing kept once the phrase is gone) */
const roleOfPhrase = new WeakMap<Phrase, string>();

/**
 * "the spokesman", "the first minister": an anaphor for a person named before, like ANAPHOR, that
 * keeps its role words as the answer of last resort.
 */
export function personRoleAnaphor(role: string): Phrase {
  const p: Phrase = { type: 'anaphor', text: '', articled: false, via: null, fresh: false };
  roleOfPhrase.set(p, role);
  return p;
}

/** where each personRoleAnaphor that names a person by age ("the 20-year-old") has its age figure */
const ageFigureAt = new WeakMap<Phrase, number>();

/**
 * "said the 20-year-old": a person named before, by age; like a pronoun, the subject before may
 * be meant. `at`: the analysis offset of the age figure, which is no figure of the speaker's words.
 */
export function ageAnaphor(words: string, at: number, gender: 'male' | 'female' | null = null): Phrase {
  const p = personRoleAnaphor(words);
  ageFigureAt.set(p, at);
  if (gender) ageGender.set(p, gender);
  return p;
}

/** the gender an ageAnaphor's article shows ("der 61-Jährige", "die 40-Jährige") */
const ageGender = new WeakMap<Phrase, 'male' | 'female'>();

/** The gender of an ageAnaphor's article, or null. */
export const ageGenderOf = (p: Phrase): 'male' | 'female' | null => ageGender.get(p) ?? null;

/** Whether a phrase is an ageAnaphor. */
export const isAgeAnaphor = (p: Phrase): boolean => ageFigureAt.has(p);

/** Where an ageAnaphor's age figure starts, or -1. */
export const ageFigureOf = (p: Phrase): number => ageFigureAt.get(p) ?? -1;

/** The role words of a personRoleAnaphor, or null. */
export const roleOf = (p: Phrase): string | null => roleOfPhrase.get(p) ?? null;

/** ", which it said": the pronoun, kept as the answer of last resort. */
export function relativeAnaphor(pronoun: string): Phrase {
  return { type: 'anaphor', text: pronoun, articled: false, via: null, fresh: false };
}

export function namePhrase(text: string, articled = false, via: string | null = null): Phrase {
  return { type: 'name', text, articled, via, fresh: false };
}

/** A token of digits only, up to four ("984", "4"). */
function isWholeNumber(t: Token): boolean {
  return /^\d{1,4}$/.test(t.text);
}

/** "der Statistik zufolge", "according to the figures": a document named just before; its author, else none */
export const EARLIER_DOCUMENT: Phrase = { type: 'document', text: '', articled: false, via: null, fresh: false };

export function documentPhrase(text: string, fresh: boolean): Phrase {
  return { type: 'document', text, articled: false, via: null, fresh };
}

interface NounPhrase {
  /** the phrase opened with an article */
  articled: boolean;
  /**
   * it opened with a definite one ("der Studie", "the report"), or an owner follows it ("a survey
   * for the charity"): a thing the text has introduced, or whose author it names
   */
  introduced: boolean;
  core: Token[];
  owner: NounPhrase | null;
  apposition: Token[] | null;
  /** the article it opened with, lower-case ("der", "the"), if any */
  article?: string;
}

/** The lexicon's word lists as sets, built once per language. */
interface ReaderSets {
  articles: Set<string>;
  possessives: Set<string>;
  demonstratives: Set<string>;
  adjectiveEnding: RegExp | null;
  anaphors: Set<string>;
  anaphoricNouns: Set<string>;
  describedBodyNouns: Set<string>;
  describedBodyNotNames: Set<string>;
  institutions: Set<string>;
  anonymous: Set<string>;
  official: Set<string>;
  ownerLinks: Set<string>;
  connectors: Set<string>;
  givenNames: Set<string>;
  documents: Set<string>;
  titles: Set<string>;
  generic: Set<string>;
  roleWords: Set<string>;
  roleModifiers: Set<string>;
  descriptors: Set<string>;
  stops: Set<string>;
  adverbs: Set<string>;
  prepositions: Set<string>;
  documentLengths: number[];
  compoundHeads: Map<string, string | null>;
  /** endings of the document nouns and role suffixes, and the role words: most words need no lookup */
  documentEndings: EndingFilter;
  /** the endings of `sourceDocuments` */
  sourceEndings: EndingFilter;
  roleEndings: EndingFilter;
  roleSuffixes: SuffixIndex;
  roleWordFilter: WordFilter;
  /** stop words, articles, possessives and anaphors: the words that are never names */
  functionWords: WordFilter;
  adverbsAndPrepositions: WordFilter;
}

/** A number for a word's last three code units (equal endings, equal numbers). */
function tailKey(w: string): number {
  const n = w.length;
  return (Math.imul(Math.imul(w.charCodeAt(n - 3), 31) + w.charCodeAt(n - 2), 31) + w.charCodeAt(n - 1)) | 0;
}

/** Word endings grouped by their last three letters: a word is checked only against those that may fit. */
class SuffixIndex {
  private readonly byTail = new Map<number, string[]>();
  private readonly short: string[] = [];

  constructor(suffixes: string[]) {
    for (const s of suffixes) {
      if (s.length < 3) { this.short.push(s); continue; }
      const key = tailKey(s);
      const list = this.byTail.get(key);
      if (list) list.push(s);
      else this.byTail.set(key, [s]);
    }
  }

  /** Whether `word` ends in one of the suffixes. */
  endsAny(word: string): boolean {
    for (const s of this.short) if (word.endsWith(s)) return true;
    if (word.length < 3) return false;
    const list = this.byTail.get(tailKey(word));
    if (list) for (const s of list) if (word.endsWith(s)) return true;
    return false;
  }
}

const setsCache = new WeakMap<AttributionLexicon, ReaderSets>();

/** Every word of the lexicon's lists, cues split like the text ("geht aus+hervor": "geht", "aus", "hervor"). */
function lexiconWords(lex: AttributionLexicon): string[] {
  const out: string[] = [];
  for (const value of Object.values(lex) as unknown[]) {
    const entries = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
    for (const entry of entries) for (const part of entry.split('+')) out.push(...cueTokens(part));
  }
  return out;
}

function readerSets(lex: AttributionLexicon): ReaderSets {
  let sets = setsCache.get(lex);
  if (!sets) {
    // the lexicon's words are what tokens are asked about: those equal to one need no string of their own
    internWords(lexiconWords(lex));
    sets = {
      articles: new Set(lex.articles),
      possessives: new Set(lex.possessives),
      demonstratives: new Set(lex.demonstratives),
      adjectiveEnding: lex.adjectiveEndings.length ? new RegExp(`(?:${lex.adjectiveEndings.join('|')})$`) : null,
      anaphors: new Set(lex.anaphors),
      anaphoricNouns: new Set(lex.anaphoricNouns),
      describedBodyNouns: new Set(lex.describedBodies?.nouns ?? []),
      describedBodyNotNames: new Set(lex.describedBodies?.notNames ?? []),
      institutions: new Set(lex.institutions ?? []),
      anonymous: new Set(lex.anonymousDocuments),
      official: new Set(lex.officialAdjectives ?? []),
      ownerLinks: new Set(lex.ownerLinks),
      connectors: new Set(lex.nameConnectors),
      givenNames: new Set([...lex.gender.maleNames, ...lex.gender.femaleNames]),
      documents: new Set(lex.documentNouns),
      titles: new Set(lex.titles),
      generic: new Set(lex.genericSources),
      roleWords: new Set(lex.roleWords),
      roleModifiers: new Set(lex.roleModifiers ?? []),
      descriptors: new Set(lex.descriptorWords),
      stops: new Set(lex.stopWords),
      adverbs: new Set(lex.skippableAdverbs),
      prepositions: new Set(lex.prepositions),
      documentLengths: [...new Set(lex.documentNouns.map((d) => d.length))].sort((a, b) => b - a),
      compoundHeads: new Map(),
      documentEndings: new EndingFilter(lex.documentNouns),
      sourceEndings: new EndingFilter(lex.sourceDocuments),
      roleEndings: new EndingFilter(lex.roleSuffixes),
      roleSuffixes: new SuffixIndex(lex.roleSuffixes),
      roleWordFilter: new WordFilter(lex.roleWords),
      functionWords: new WordFilter([...lex.stopWords, ...lex.articles, ...lex.possessives, ...lex.anaphors]),
      adverbsAndPrepositions: new WordFilter([...lex.skippableAdverbs, ...lex.prepositions]),
    };
    setsCache.set(lex, sets);
  }
  return sets;
}

export class PhraseReader {
  private readonly articles: Set<string>;
  private readonly possessives: Set<string>;
  private readonly demonstratives: Set<string>;
  private readonly anaphors: Set<string>;
  private readonly anaphoricNouns: Set<string>;
  private readonly describedBodyNouns: Set<string>;
  private readonly describedBodyNotNames: Set<string>;
  private readonly institutions: Set<string>;
  private readonly anonymous: Set<string>;
  private readonly official: Set<string>;
  private readonly ownerLinks: Set<string>;
  private readonly connectors: Set<string>;
  /** given names of either gender (lowercase): where a person's name starts (givenNameAt) */
  private readonly givenNames: Set<string>;
  private readonly documents: Set<string>;
  private readonly titles: Set<string>;
  private readonly generic: Set<string>;
  private readonly roleWords: Set<string>;
  private readonly roleModifiers: Set<string>;
  private readonly descriptors: Set<string>;
  private readonly stops: Set<string>;
  private readonly adverbs: Set<string>;
  private readonly prepositions: Set<string>;
  /** lengths of the document nouns, longest first, to find a compound's tail by lookup */
  private readonly documentLengths: number[];

  /**
   * @param nameLike whether a capitalised sentence opener is a name ("Trump") and
   *   not a function word ("In", "Dabei"): German capitalises both there.
   */
  private readonly adjectiveEnding: RegExp | null;

  constructor(private readonly lex: AttributionLexicon, private readonly nameLike: (word: string) => boolean = () => true) {
    const s = readerSets(lex);
    this.articles = s.articles;
    this.possessives = s.possessives;
    this.demonstratives = s.demonstratives;
    this.adjectiveEnding = s.adjectiveEnding;
    this.anaphors = s.anaphors;
    this.anaphoricNouns = s.anaphoricNouns;
    this.describedBodyNouns = s.describedBodyNouns;
    this.describedBodyNotNames = s.describedBodyNotNames;
    this.institutions = s.institutions;
    this.anonymous = s.anonymous;
    this.official = s.official;
    this.ownerLinks = s.ownerLinks;
    this.connectors = s.connectors;
    this.givenNames = s.givenNames;
    this.documents = s.documents;
    this.titles = s.titles;
    this.generic = s.generic;
    this.roleWords = s.roleWords;
    this.roleModifiers = s.roleModifiers;
    this.descriptors = s.descriptors;
    this.stops = s.stops;
    this.adverbs = s.adverbs;
    this.prepositions = s.prepositions;
    this.documentLengths = s.documentLengths;
    this.compoundHeads = s.compoundHeads;
    this.documentEndings = s.documentEndings;
    this.sourceEndings = s.sourceEndings;
    this.roleEndings = s.roleEndings;
    this.roleSuffixes = s.roleSuffixes;
    this.roleWordFilter = s.roleWordFilter;
    this.functionWords = s.functionWords;
    this.adverbsAndPrepositions = s.adverbsAndPrepositions;
  }

  private readonly compoundHeads: Map<string, string | null>;
  private readonly documentEndings: EndingFilter;
  private readonly sourceEndings: EndingFilter;
  private readonly roleEndings: EndingFilter;
  private readonly roleSuffixes: SuffixIndex;
  private readonly roleWordFilter: WordFilter;
  private readonly functionWords: WordFilter;
  private readonly adverbsAndPrepositions: WordFilter;

  // the word filters first: most tokens are none of these words and need no lower-case string
  isPreposition(t: Token | undefined): boolean {
    return !!t && t.word && this.adverbsAndPrepositions.mayHave(t) && this.prepositions.has(t.lower);
  }

  /** The first token of a sentence counts as a name only if it is one elsewhere too. */
  private openerOk(tokens: Token[], k: number): boolean {
    return k !== 0 || !tokens[0].cap || this.nameLike(tokens[0].text);
  }

  isArticle(t: Token | undefined): boolean {
    return !!t && this.functionWords.mayHave(t) && this.articles.has(t.lower);
  }

  isAdverb(t: Token | undefined): boolean {
    return !!t && this.adverbsAndPrepositions.mayHave(t) && this.adverbs.has(t.lower);
  }

  /** "his", "their", "sein" (AttributionLexicon.possessives) */
  isPossessive(t: Token | undefined): boolean {
    return !!t && this.functionWords.mayHave(t) && this.possessives.has(t.lower);
  }

  isStop(t: Token | undefined): boolean {
    return !!t && this.functionWords.mayHave(t) && this.stops.has(t.lower);
  }

  /** A capitalised word that can be part of a name (not a time word like "Ende", "Montag"). */
  nameWord(t: Token | undefined): boolean {
    if (!t || !t.word) return false;
    const listed = this.functionWords.mayHave(t);
    if (listed && (this.stops.has(t.lower) || this.articles.has(t.lower))) return false;
    if (t.cap) return !listed || (!this.possessives.has(t.lower) && !this.anaphors.has(t.lower));
    // "9to5Mac": digit-led brand names mixing digits and letters (most words have no digit: no text made)
    return hasDigit(t) && /\p{L}/u.test(t.text) && !/^\d+(?:[.,]\d+)*$/.test(t.text);
  }

  isDocument(t: Token | undefined): boolean {
    // a document noun, or a compound ending in one: a word ending otherwise is neither
    return !!t && this.documentEndings.mayEnd(t) && (this.documents.has(t.lower) || this.compoundHead(t) !== null || this.ownerlessTail(t) !== null);
  }

  /**
   * The document noun a compound ends in after a first part that names no one (compoundNonOwners:
   * "schätzungen" of "Erstschätzungen", "angaben" of "Zusatzangaben"), else null.
   */
  private ownerlessTail(t: Token): string | null {
    const nonOwners = this.lex.compoundNonOwners;
    if (!nonOwners || !t.cap) return null;
    const lower = t.lower;
    for (const len of this.documentLengths) {
      const tail = lower.slice(-len);
      if (lower.length > len + 1 && this.documents.has(tail)) return nonOwners.includes(lower.slice(0, -len).replace(/-$/, '')) ? tail : null;
    }
    return null;
  }

  /**
   * A document that names no author by itself: none bare ("laut Statistik", "Zahlen zufolge"); with a
   * definite article the one named just before ("Das geht aus einer Erhebung des BKA hervor. Der
   * Statistik zufolge ..."), its author, else none, never the noun itself.
   */
  private anonymousBack(np: NounPhrase): Phrase {
    return np.articled && np.introduced && np.article !== undefined && !this.lex.indefiniteArticles.includes(np.article) ? EARLIER_DOCUMENT : NONE;
  }

  /** A document that names no author by itself: "Angaben", "Schätzungen", "Erstschätzungen". */
  private anonymousDocument(t: Token): boolean {
    if (this.anonymous.has(t.lower)) return true;
    const tail = this.ownerlessTail(t);
    return tail !== null && this.anonymous.has(tail);
  }

  /**
   * "Polizeiangaben" -> "Polizei", "DNA-Schätzungen" -> "DNA", "OECD-Auswertung" -> "OECD":
   * only tails that always name a source, or an acronym before any document noun
   * ("Arbeitslosenzahlen" names no source).
   */
  compoundOwner(t: Token): string | null {
    // asked for every capitalised word; most can give no owner, which two code-unit
    // tests tell without the compound look-up (a string and a map probe per word)
    if (!this.mayOwnCompound(t)) return null;
    const head = this.compoundHead(t);
    if (head === null) return null;
    return /^\p{Lu}{2,}$/u.test(head) || this.endsInSourceDocument(t) ? head : null;
  }

  /**
   * False when `compoundOwner` surely gives null: an acronym head ("OECD") opens the
   * word with two upper-case letters (anything beyond ASCII may be one), and any other
   * head needs the word to end in a source document noun.
   */
  mayOwnCompound(t: Token): boolean {
    if (t.textLength > 1) {
      const second = t.codeAt(1);
      if ((second >= 65 && second <= 90) || second >= 128) return true;
    }
    return this.endsInSourceDocument(t);
  }

  /** Does the word end in a document noun that always names a source ("-angaben")? */
  private endsInSourceDocument(t: Token): boolean {
    // one test of the last three letters tells most words from all the nouns
    if (!this.sourceEndings.mayEnd(t)) return false;
    for (const d of this.lex.sourceDocuments) if (t.lowerEndsWith(d)) return true;
    return false;
  }

  /** The part before a document noun in a compound ("Arbeitslosen" in "Arbeitslosenzahlen"), if any. */
  private compoundHead(t: Token): string | null {
    if (!this.lex.compoundDocuments || !t.cap || t.lowerLength < 6) return null;
    if (t.compoundHead !== undefined) return t.compoundHead;
    let head: string | null = null;
    // most words end in no document noun: only the others are looked up by spelling
    if (this.documentEndings.mayEnd(t)) {
      // asked for every capitalised word: remembered by its spelling (all it depends on)
      const cached = this.compoundHeads.get(t.text);
      if (cached === undefined) {
        head = this.findCompoundHead(t);
        if (this.compoundHeads.size >= MEMO_MAX) this.compoundHeads.clear();
        // kept past the document: its own string, not a view that keeps the article (detach.ts)
        this.compoundHeads.set(detached(t.text), head);
      } else head = cached;
    }
    t.compoundHead = head;
    return head;
  }

  private findCompoundHead(t: Token): string | null {
    const lower = t.lower;
    if (this.documents.has(lower)) return null;
    for (const len of this.documentLengths) {
      const d = lower.slice(-len);
      if (lower.length > len + 1 && this.documents.has(d)) {
        let head = t.text.slice(0, t.text.length - d.length);
        const hyphen = head.endsWith('-');
        head = head.replace(/-$/, '');
        // Fugen-s: "Regierungsangaben" -> "Regierung", "Ministeriumsangaben" -> "Ministerium"
        if (!hyphen && /(?:ung|heit|keit|tät|ion|schaft|ium|amt|tum)s$/.test(head)) head = head.slice(0, -1);
        // "Wertschätzung": a word of its own, no estimate by "Wert"
        if (!hyphen && this.lex.compoundNonOwners?.includes(head.toLowerCase())) return null;
        return head.length >= (hyphen ? 2 : 4) ? head : null;
      }
    }
    return null;
  }

  /** Is a lower-case word a generic source ("analysts"), or (`singular`) its singular ("analyst")? */
  isGenericSource(lower: string, singular = true): boolean {
    return this.generic.has(lower) || (singular && this.generic.has(`${lower}s`));
  }

  /**
   * A lower-case possessive that names a body or a role ("the company's", "the chancellor's"): the
   * body or person named before, as the noun alone would be; NONE for any other word.
   */
  possessiveNoun(t: Token): Phrase {
    if (!t.word || t.cap || !t.isPossessiveForm()) return NONE;
    const noun = t.lower.slice(0, -2);
    if (this.anaphoricNouns.has(noun)) return roleAnaphor(noun);
    return this.roleWords.has(noun) ? personRoleAnaphor(noun) : NONE;
  }

  /** "agency", "union": a noun for a body that an earlier name answers (AttributionLexicon.anaphoricNouns) */
  isBodyNoun(t: Token | undefined): boolean {
    return !!t && t.word && this.anaphoricNouns.has(t.lower);
  }

  isRole(t: Token | undefined): boolean {
    if (!t || !t.word) return false;
    if (t.role === undefined) t.role = this.findRole(t);
    return t.role;
  }

  private findRole(t: Token): boolean {
    if (this.roleWordFilter.mayHave(t) && this.roleWords.has(t.lower)) return true;
    if (!this.lex.capitalisedNouns || !this.roleEndings.mayEnd(t)) return false;
    return this.endsInRoleSuffix(t.lower);
  }

  /** Does the lower-case word end in a role suffix, past a hyphen ("us-präsident")? */
  private endsInRoleSuffix(lower: string): boolean {
    return this.roleSuffixes.endsAny(lower.slice(lower.lastIndexOf('-') + 1));
  }

  /** A head that is not a source itself but may name one after it: document, role, "analysts". */
  private hasOwnerSlot(t: Token | undefined): boolean {
    return !!t && (this.isDocument(t) || this.isRole(t) || this.generic.has(t.lower));
  }

  /**
   * Whether the capitalised tokens[k] is the object of a preposition inside attributive
   * words, not the head noun: "der im Sozialministerium angesiedelten Pensionskommission",
   * "der von Trump ernannten Richterin" (a preposition before it, an inflected participle
   * or adjective after it, then the head), "dem für Terrorismus zuständigen französischen
   * Staatsanwalt" (up to two more adjectives before the head).
   */
  private attributiveObject(tokens: Token[], k: number, end: number, skipped: number): number {
    if (skipped === 0 || !this.isPreposition(tokens[k - 1])) return 0;
    // the object may be a name of two or three words ("von Matthias Prückler"), and an aside between
    // dashes may follow it before the participle
    let o = k;
    while (o + 1 < end && o < k + 2 && tokens[o + 1].word && tokens[o + 1].cap && !this.isStop(tokens[o + 1])) o++;
    let a = o + 1;
    if (a < end && !tokens[a].word) {
      const close = this.dashAsideEnd(tokens, a, end);
      if (close < 0) return 0;
      a = close + 1;
    }
    const after = tokens[a];
    if (a + 1 >= end || !after.word || after.cap || !this.inflected(after)) return 0;
    let h = a + 1;
    while (h < end - 1 && h < a + 3 && tokens[h].word && !tokens[h].cap && !this.isAgeNoun(tokens[h]) && this.inflected(tokens[h])) h++;
    const head = tokens[h];
    // "laut der von Forsa durchgeführten repräsentativen Umfrage": the agent of a document is its author
    if (this.isDocument(head) && (this.lex.authorLinks.includes(tokens[k - 1].lower) || this.lex.ownerLinks.includes(tokens[k - 1].lower))) return 0;
    // (the head may be a person by age: "der von Matthias Prückler verteidigte 31-Jährige")
    return (head.word && head.cap) || this.isAgeNoun(head) ? o - k + 1 : 0;
  }

  /** Where an aside opened by the dash at tokens[k] closes with another dash, within ASIDE_TOKENS; -1 for none. */
  private dashAsideEnd(tokens: Token[], k: number, end: number): number {
    if (!DASHES.has(tokens[k].text)) return -1;
    for (let j = k + 1; j < end && j <= k + ASIDE_TOKENS; j++) {
      if (DASHES.has(tokens[j].text)) return j;
      if (!tokens[j].word && tokens[j].text !== ',') return -1;
    }
    return -1;
  }

  /**
   * The document noun (a German capitalised one) that a participle or adjective right before it ends
   * a long attribute opening at tokens[k] with ("am Mittwoch auf der Automesse IAA vorgestellten
   * Umfrage"), within LONG_ATTRIBUTIVE words and no punctuation; -1 for none.
   */
  private documentAfterAttribute(tokens: Token[], k: number, end: number): number {
    // (the attribute opens lower-case: "einer am Mittwoch ...", not "des Unternehmens in einer Aussendung")
    if (k >= end || !tokens[k].word || tokens[k].cap) return -1;
    // capitalised words only inside its prepositional phrases ("auf der Automesse IAA in Frankfurt"), and
    // no word but those, articles, adverbs and inflected adjectives or participles: "Laut dem zuständigen
    // Landesrat Hans Huber zeigt die jüngste Umfrage" has no such attribute
    let inPhrase = false;
    for (let j = k; j < end && j < k + LONG_ATTRIBUTIVE; j++) {
      const t = tokens[j];
      if (!t.word) return -1;
      // ("einer von Forsa durchgeführten Umfrage", "einer vom Ifo-Institut erstellten Studie": the agent is
      // the author, attributiveObject's case)
      if ((this.lex.authorLinks.includes(t.lower) || (this.ownerLinks.has(t.lower) && !this.isArticle(t))) && tokens[j + 1]?.cap && !this.isArticle(tokens[j + 1])) return -1;
      if (t.cap && this.isDocument(t)) return j >= k + 2 && !tokens[j - 1].cap && !this.isArticle(tokens[j - 1]) && this.inflected(tokens[j - 1]) ? j : -1;
      if (this.isPreposition(t)) inPhrase = true;
      else if (this.isArticle(t)) continue;
      else if (t.cap) { if (!inPhrase) return -1; }
      else if (this.inflected(t)) inPhrase = false;
      else if (!this.adverbs.has(t.lower)) return -1;
    }
    return -1;
  }

  /**
   * Past a possessive of up to four words from tokens[k] that ends in a lower-case one ("the
   * industry's", "the UK gaming industry's"; not "the Bank of England's", a name that is the
   * source itself), when a lower-case word follows it; else k.
   */
  private afterPossessive(tokens: Token[], k: number, end: number): number {
    for (let j = k; j < end && j < k + 4; j++) {
      const t = tokens[j];
      if (!t.word) return k;
      const w = t.lower;
      if (w.endsWith("'s") || w.endsWith('’s')) return !t.cap && j + 1 < end && tokens[j + 1].word && !tokens[j + 1].cap ? j + 1 : k;
    }
    return k;
  }

  /** Does an example link (AttributionLexicon.exampleLinks: "wie", "such as") end right before tokens[k]? */
  private examplesBefore(tokens: Token[], k: number): boolean {
    return (this.lex.exampleLinks ?? []).some((link) => {
      const words = link.split(' ');
      return words.every((w, n) => tokens[k - words.length + n]?.lowerIs(w));
    });
  }

  /** Whether a phrase could start at tokens[k] (article, possessive or name). */
  startsPhrase(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    return !!t && (this.isArticle(t) || this.nameWord(t) || this.possessives.has(t.lower) || this.anaphors.has(t.lower) || (!this.lex.capitalisedNouns && this.generic.has(t.lower)));
  }

  private parse(tokens: Token[], i: number, end: number, depth = 0): { np: NounPhrase; next: number } | 'anaphor' | null {
    let k = i;
    // lead-in after "nach Angaben": "von", "vom"
    let lead = 0;
    while (k < end && lead < 2 && this.ownerLinks.has(tokens[k].lower) && !this.isArticle(tokens[k])) { k++; lead++; }
    if (k >= end) return null;
    // "einer der Betreiber", "one of the analysts": the group speaks
    const partitive = this.lex.partitives;
    // (not after a preposition, where it is an article: "aus einer der APA vorliegenden Aufstellung")
    if (partitive && k + 2 < end && partitive.heads.includes(tokens[k].lower) && partitive.links.includes(tokens[k + 1].lower) && !this.isPreposition(tokens[k - 1])) {
      k += this.isArticle(tokens[k + 1]) ? 1 : 2;
    }
    // "its distributor has said": a body's noun after the possessive is that body, as after "the"
    const possessiveBody = this.possessives.has(tokens[k].lower) && k + 1 < end && this.isBodyNoun(tokens[k + 1]);
    if (this.possessives.has(tokens[k].lower) && !possessiveBody) {
      // "Seinen Angaben zufolge": the earlier source; "ihrer Studie zufolge" likewise
      return 'anaphor';
    }
    // "diesen Angaben zufolge", "according to these figures": the documents just named
    if (this.demonstratives.has(tokens[k].lower) && k + 1 < end && this.isDocument(tokens[k + 1])) return 'anaphor';
    const articled = this.isArticle(tokens[k]) || possessiveBody;
    if (articled) {
      k++;
      // "aus einer am Mittwoch auf der Automesse IAA in Frankfurt vorgestellten Umfrage des Bitkom": past a
      // long attribute (places, names, articles of its own) to the document its participle describes
      const document = this.lex.capitalisedNouns ? this.documentAfterAttribute(tokens, k, end) : -1;
      if (document >= 0) k = document;
      else if (this.lex.capitalisedNouns) {
        let skipped = 0;
        while (k < end && skipped < MAX_ATTRIBUTIVE && !this.isArticle(tokens[k]) && !this.isAgeNoun(tokens[k])) {
          // "der von Matthias Prückler – der auch ... tätig ist – verteidigte 31-Jährige": an aside
          // between dashes inside the attribute, after its agent
          if (!tokens[k].word) {
            const close = skipped > 0 ? this.dashAsideEnd(tokens, k, end) : -1;
            if (close < 0) break;
            k = close + 1;
            continue;
          }
          const object = tokens[k].cap && !this.isStop(tokens[k]) ? this.attributiveObject(tokens, k, end, skipped) : 1;
          if (object === 0) break;
          k += object;
          skipped += object;
        }
      } else {
        // "the annual Directions survey", "the latest Gallup poll": adjectives before the name
        let j = k;
        while (j < end && j < k + 2 && this.adjectiveBeforeName(tokens[j])) j++;
        if (j > k && j < end && this.nameWord(tokens[j]) && !this.isStop(tokens[j])) k = j;
      }
    } else if (this.lex.capitalisedNouns) {
      // "laut nordkoreanischen Staatsmedien": adjectives before a noun without article
      let j = k;
      while (j < end && j < k + 2 && this.bareAdjective(tokens[j])) j++;
      // ("laut internem Bericht": a document too, the whole phrase: "laut italienischen Medienberichten
      // Champions-League-Finalist Juventus Turin" names the papers)
      if (j > k && j < end && this.nameWord(tokens[j]) && !this.isStop(tokens[j]) && (this.isRole(tokens[j]) || this.isGroup(tokens[j]) || this.isDocument(tokens[j]))) {
        k = j;
        if (!this.isRole(tokens[j]) && !this.isGroup(tokens[j])) end = Math.min(end, this.documentEnd(tokens, j, end));
      }
    }
    // English: "the industry's trade body", "the firm's chief executive": the source is the head after the possessive
    if (articled && !this.lex.capitalisedNouns) k = this.afterPossessive(tokens, k, end);
    if (k < end && !this.openerOk(tokens, k) && !this.isArticle(tokens[k]) && (this.isPreposition(tokens[k]) || this.adverbs.has(tokens[k].lower))) return null;
    // "And ILO-based figures ...": a capitalised opener that is no name is skipped
    if (k === 0 && k < end && tokens[0].cap && !this.isArticle(tokens[0]) && !this.openerOk(tokens, 0) && this.nameWord(tokens[1])) k++;
    // English lower-case heads: "analysts", "chief executive Jeff Bewkes", "the firm"
    const headWord = (t: Token | undefined) => !!t && t.word && (this.documents.has(t.lower) || this.generic.has(t.lower) || this.roleWords.has(t.lower) || this.anaphoricNouns.has(t.lower) || this.anaphors.has(t.lower));
    // "the UK-based journal Screen Digest": a hyphenated place adjective before a descriptor and its name
    if (!this.lex.capitalisedNouns && k + 2 < end && PLACE_ADJECTIVE.test(tokens[k].text) && this.describesName(tokens, k + 1)) k++;
    // (and before such a head: "The Oscar-nominated actor" is an actor, "the London-based analyst" an analyst)
    else if (!this.lex.capitalisedNouns && k + 1 < end && PLACE_ADJECTIVE.test(tokens[k].text) && !tokens[k + 1].cap && headWord(tokens[k + 1])) k++;
    const core: Token[] = [];
    if (!this.lex.capitalisedNouns && k < end && !this.nameWord(tokens[k])) {
      // only words that make a source head, and the modifiers right before one ("aviation analyst")
      while (k < end && core.length < 4 && tokens[k].word && (!tokens[k].cap || (k === 0 && !this.openerOk(tokens, 0))) && !this.ownerLinks.has(tokens[k].lower) && !this.stops.has(tokens[k].lower)) {
        if (!headWord(tokens[k]) && !headWord(tokens[k + 1]) && !this.describesName(tokens, k) && !this.describesName(tokens, k + 1)) break;
        core.push(tokens[k++]);
      }
    }
    // "die 40-Jährige", "the 40-year-old": a person by age (shorten makes it an ageAnaphor)
    if (articled && k < end && this.ageSpeakerAt(tokens, k, end)) core.push(tokens[k++]);
    else while (k < end && core.length < MAX_PHRASE) {
      const t = tokens[k];
      if (this.nameWord(t) && (k !== 0 || this.openerOk(tokens, 0))) { core.push(t); k++; continue; }
      // "the Sunday Times", "the Sunday Telegraph": a time word opening a masthead is part of its name
      if (this.opensMasthead(t, tokens[k + 1])) { core.push(t); k++; continue; }
      // English: "The Australian government", "ONS figures", "BA chairman Martin Broughton"
      if (!this.lex.capitalisedNouns && core.length && t.word && !t.cap && (this.anaphoricNouns.has(t.lower) || this.generic.has(t.lower) || this.documents.has(t.lower) || this.roleWords.has(t.lower))) {
        core.push(t); k++; continue;
      }
      // "a City investment bank", "Spurs sporting director Frank Arnesen": a lower-case modifier between the
      // name and such a head (no verb: "Mr Brown accused shadow chancellor Oliver Letwin")
      if (!this.lex.capitalisedNouns && core.length && this.nameWord(core[core.length - 1]) && k + 1 < end && t.word && !t.cap && this.adjectiveBeforeName(t) &&
        !VERB_LIKE.test(t.lower) && this.sourceHeadAfterName(tokens[k + 1])) {
        core.push(t, tokens[k + 1]); k += 2; continue;
      }
      // "US-Präsident Donald Trump", "BA chairman Martin Broughton"
      if (t.word && this.isRole(t) && (this.nameWord(tokens[k + 1]) || this.isRole(tokens[k + 1]))) { core.push(t); k++; continue; }
      // "Office for National Statistics", "Institut für Wirtschaftsforschung", "Bank of England"
      // (a connector may be a sign, not a word: "Marks & Spencer")
      if (core.length && this.connectors.has(t.lower) && !this.isArticle(t) && this.nameWord(tokens[k + 1]) && k + 1 < end) {
        core.push(t); k++; continue;
      }
      // "Forum for the Future", "Department for the Environment": past the article too
      if (core.length && k + 2 < end && this.articledConnectorAt(tokens, k)) {
        core.push(t, tokens[k + 1]); k += 2; continue;
      }
      // "Verband der Automobilindustrie", "Institut der deutschen Wirtschaft": the genitive names the organisation
      const complementEnd = core.length ? this.organisationComplement(tokens, core[core.length - 1], k, end) : -1;
      if (complementEnd > k) {
        while (k < complementEnd) core.push(tokens[k++]);
        continue;
      }
      break;
    }
    if (core.length === 0) {
      if (k < end && this.anaphors.has(tokens[k].lower)) return 'anaphor';
      return null;
    }
    const introduced = (articled && !this.lex.indefiniteArticles.includes(tokens[i + lead].lower)) || (k < end && this.ownerLinks.has(tokens[k].lower));
    const np: NounPhrase = { articled, introduced, core, owner: null, apposition: null, article: articled ? tokens[i + lead].lower : undefined };
    const last = core[core.length - 1];
    // "figures gathered by X", "a study commissioned by X": the participle is part of the link
    // ("calculations presented to the US Senate by Dr Graham": past a short prepositional phrase)
    if (!this.lex.capitalisedNouns && k + 1 < end && this.isDocument(last) && /ed$/.test(tokens[k].lower)) {
      const by = this.agentAfterParticiple(tokens, k, end);
      if (by > 0) k = by;
    }
    // owner: "Angaben der Polizei", "Sprecherin der Stadt Graz", "figures from the ONS", "analysts at X"
    // and a genitive without article: "nach Berichten lokaler Medien" (adjectives before a group)
    const bareGenitive = this.lex.capitalisedNouns && k < end && this.bareAdjective(tokens[k]);
    // ("laut Bericht die Holding": a nominative article opens the next phrase, no owner)
    const ownerArticle = k < end && this.isArticle(tokens[k]) && (!this.lex.ownerArticles || this.lex.ownerArticles.includes(tokens[k].lower));
    if (depth < 2 && k < end && this.hasOwnerSlot(last) && (this.ownerLinks.has(tokens[k].lower) || ownerArticle || bareGenitive)) {
      const owner = this.parse(tokens, this.isArticle(tokens[k]) || bareGenitive ? k : k + 1, end, depth + 1);
      if (owner && owner !== 'anaphor') {
        np.owner = owner.np;
        k = owner.next;
      }
    }
    // apposition: "der Vorstandschef der Hagelversicherung, Kurt Weinberger, am Freitag",
    // also after an abbreviation in brackets ("der Kommission (CCDHRN), Elizardo Sanchez")
    let comma = k;
    if (comma < end && tokens[comma].textIs('(')) {
      let close = comma + 1;
      while (close < end && close <= comma + 4 && !tokens[close].textIs(')')) close++;
      if (close < end && tokens[close].textIs(')')) comma = close + 1;
    }
    if (comma < end && tokens[comma].textIs(',') && core.some((t) => this.isRole(t))) {
      const names: Token[] = [];
      let j = comma + 1;
      while (j < end && names.length < 4 && this.nameWord(tokens[j])) names.push(tokens[j++]);
      const closes = j >= end || !tokens[j].word || this.isStop(tokens[j]) || !tokens[j].cap;
      if (names.length >= (this.lex.capitalisedNouns ? 2 : 1) && closes) {
        np.apposition = names;
        k = j;
      }
    }
    return { np, next: k };
  }

  /**
   * A lower-case word English may put between an article and a name ("the annual Directions
   * survey"): no function word, no source head of its own, no preposition or link ("the extent of
   * CVRD's", "the prevalence of HIV").
   */
  private adjectiveBeforeName(t: Token): boolean {
    return t.word && !t.cap && !this.isStop(t) && !this.headLike(t) && !this.isPreposition(t) && !this.ownerLinks.has(t.lower) && !this.connectors.has(t.lower);
  }

  /** A lower-case noun that heads a source after a name and a modifier ("investment bank", "sporting director", "oil analyst"); no document. */
  private sourceHeadAfterName(t: Token | undefined): boolean {
    return !!t && t.word && !t.cap && (this.anaphoricNouns.has(t.lower) || this.generic.has(t.lower) || this.roleWords.has(t.lower));
  }

  /** A lower-case word that heads a source phrase itself: a document, a group, a role, a descriptor ("firm"). */
  private headLike(t: Token): boolean {
    return this.documents.has(t.lower) || this.generic.has(t.lower) || this.roleWords.has(t.lower) || this.anaphoricNouns.has(t.lower) || this.descriptors.has(t.lower);
  }

  /** "industry website Screen Daily": a descriptor noun with a name (or another descriptor) after it. */
  private describesName(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    if (!t || !t.word || t.cap || !this.descriptors.has(t.lower)) return false;
    const next = tokens[k + 1];
    return this.nameWord(next) || (!!next && next.word && !next.cap && this.descriptors.has(next.lower) && this.nameWord(tokens[k + 2]));
  }

  /** Where a document led by bare adjectives ends: right after it, or after its genitive owner ("laut neuen Zahlen des Innenministeriums"). */
  private documentEnd(tokens: Token[], j: number, end: number): number {
    const next = tokens[j + 1];
    return next && (this.ownerLinks.has(next.lower) || this.isArticle(next) || this.bareAdjective(next)) ? end : j + 1;
  }

  /** A noun for a group that speaks ("Staatsmedien", "Quellen"). */
  private isGroup(t: Token): boolean {
    const w = t.lower;
    for (const g of this.lex.groupSources) if (w.endsWith(g)) return true;
    return false;
  }

  /** A lower-case inflected adjective ("nordkoreanischen"), not a function word or adverb. */
  private bareAdjective(t: Token | undefined): boolean {
    if (!t || !t.word || t.cap || t.lowerLength < 4) return false;
    if (this.isPreposition(t) || this.isAdverb(t) || this.isArticle(t) || this.isStop(t)) return false;
    const w = t.lower;
    if (this.possessives.has(w) || this.anaphors.has(w) || this.ownerLinks.has(w) || this.connectors.has(w)) return false;
    return this.inflected(t);
  }

  /** Does the word end like an inflected adjective or participle (AttributionLexicon.adjectiveEndings)? */
  inflected(t: Token): boolean {
    return this.adjectiveEnding !== null && this.adjectiveEnding.test(t.lower);
  }

  /** The phrase starting at tokens[i] (after "laut", "sagte", "according to"), up to `end`. */
  readAfter(tokens: Token[], i: number, end = tokens.length): Phrase {
    const parsed = this.parse(tokens, i, Math.min(end, tokens.length));
    if (parsed === 'anaphor') return i < tokens.length && this.anaphors.has(tokens[i].lower) ? this.pronoun(tokens[i]) : ANAPHOR;
    return parsed ? this.shorten(parsed.np) : NONE;
  }

  /**
   * Where the phrase ending just before tokens[i] starts ("Trump zufolge",
   * "Die Polizei berichtet", "Hans Seitinger (ÖVP) bezifferte"), or -1.
   */
  phraseStartBefore(tokens: Token[], i: number, sentenceStart = 0): { start: number; end: number } | null {
    let k = i - 1;
    // English apposition: "X, chief executive of Y, said" / "The Halifax, meanwhile, said"
    if (!this.lex.capitalisedNouns && k > sentenceStart && tokens[k].textIs(',')) {
      let j = k - 1;
      while (j > sentenceStart && j > k - 10 && !tokens[j].textIs(',')) j--;
      if (j > sentenceStart && tokens[j].textIs(',')) return this.phraseStartBefore(tokens, j, sentenceStart);
      return null;
    }
    // German apposition of a role: "Max Müller, Sprecher der Polizei, sagte" (not a relative clause:
    // only the role, articles and prepositions between the commas)
    if (this.lex.capitalisedNouns && k > sentenceStart && tokens[k].textIs(',')) {
      const j = this.roleAppositionStart(tokens, k, sentenceStart);
      if (j >= 0) return this.phraseStartBefore(tokens, j, sentenceStart);
    }
    // "wie das Statistikamt am Montag in Brüssel mitteilte": step over places and times
    for (let pp = 0; pp < 3; pp++) {
      k = this.skipBetween(tokens, k, sentenceStart);
      const found = this.collectBefore(tokens, k, sentenceStart);
      if (!found) return null;
      const before = tokens[found.start - 1];
      // "A separate report by Jupiter forecasts": the document's author, not a place to step over
      if (before && this.ownerLinks.has(before.lower) && !this.isArticle(before) && found.start >= 2 && this.isDocument(tokens[found.start - 2])) {
        const doc = this.collectBefore(tokens, found.start - 2, sentenceStart);
        if (doc) return { start: doc.start, end: found.end };
      }
      // "…, after it said": the subject of a subordinate clause, not the object of a preposition
      if (this.isPreposition(before) && !this.isArticle(before) && !(found.end === i && this.lex.subordinators.includes(before.lower))) {
        // the phrase is a place or object ("in Brüssel", "In China"): the subject stands further left
        k = found.start - 2;
        if (k < sentenceStart) return null;
        continue;
      }
      // "Investitionsgütern wie Fahrzeuge und Maschinen meldeten": an example, not a subject
      if (before && tokens[found.start - 2] && tokens[found.start - 2].word && this.examplesBefore(tokens, found.start)) return null;
      if (this.nameWord(tokens[found.start]) && !this.openerOk(tokens, found.start) && found.end - found.start === 1) return null;
      return found;
    }
    return null;
  }

  /**
   * The comma opening a role apposition that the comma at tokens[k] closes ("Max Müller, Sprecher
   * der Polizei, sagte"): its first word a role, its other lower-case words articles or
   * prepositions; -1 for none.
   */
  private roleAppositionStart(tokens: Token[], k: number, sentenceStart: number): number {
    let j = k - 1;
    while (j > sentenceStart && j > k - 8 && !tokens[j].textIs(',')) j--;
    if (j <= sentenceStart || !tokens[j].textIs(',') || j + 1 >= k || !this.isRole(tokens[j + 1])) return -1;
    for (let m = j + 2; m < k; m++) {
      const t = tokens[m];
      if (!t.word) return -1;
      if (!t.cap && !this.isArticle(t) && !this.isPreposition(t) && !this.isStop(t)) return -1;
    }
    return j;
  }

  /** Does a time like "this week" (AttributionLexicon.timesBeforeVerb) end at tokens[k]? */
  private timeBeforeVerbEndsAt(tokens: Token[], k: number, sentenceStart: number): boolean {
    const times = this.lex.timesBeforeVerb;
    const t = tokens[k];
    const opener = tokens[k - 1];
    return !!times && k - 1 >= sentenceStart && !!t && t.word && !t.cap && opener.word && times.nouns.includes(t.lower) && times.openers.includes(opener.lower);
  }

  /** Skips adverbs, times ("am Mittwoch", "this week") and a party in parentheses ("(ÖVP)") before a verb. */
  private skipBetween(tokens: Token[], k: number, sentenceStart: number): number {
    for (let guard = 0; guard < 6 && k >= sentenceStart; guard++) {
      const t = tokens[k];
      if (this.isAdverb(t)) { k--; continue; }
      // "Oxfam's report this week said"
      if (this.timeBeforeVerbEndsAt(tokens, k, sentenceStart)) { k -= 2; continue; }
      // "das Wirtschaftsministerium heute, Dienstag mitteilte"
      if (t.textIs(',') && (this.isAdverb(tokens[k - 1]) || this.isStop(tokens[k - 1]))) { k--; continue; }
      if (this.isStop(t) && t.cap) { k--; if (k >= sentenceStart && /^(?:am|im|vom|on|in|last)$/.test(tokens[k].lower)) k--; continue; }
      if (t.textIs(')')) {
        let j = k - 1;
        while (j >= sentenceStart && j > k - 6 && !tokens[j].textIs('(')) j--;
        if (j >= sentenceStart && tokens[j].textIs('(')) { k = j - 1; continue; }
      }
      break;
    }
    return k;
  }

  private collectBefore(tokens: Token[], k: number, sentenceStart: number): { start: number; end: number } | null {
    const end = k + 1;
    let start = -1;
    while (k >= sentenceStart && end - k <= MAX_PHRASE) {
      const t = tokens[k];
      if (k === 0 && t.cap && !this.openerOk(tokens, 0) && !this.isArticle(t) && !this.anaphors.has(t.lower)) break;
      // "Germany's BdB private banks association said": the acronym a description puts before its body noun
      if (start === end - 1 && this.describedBodyNouns.has(tokens[start].lower)) {
        const named = this.describedAcronymBefore(tokens, k, sentenceStart);
        if (named >= 0) { start = named; k = named - 1; continue; }
      }
      // "der Radiosender Athina 984 berichtete", "BBC Radio 4 reported": a number ending a name
      if (start < 0 && k === end - 1 && k > sentenceStart && isWholeNumber(t) && this.nameWord(tokens[k - 1])) { start = k; k--; continue; }
      if (this.nameWord(t) || (t.word && (this.isRole(t) || this.generic.has(t.lower)))) { start = k; k--; continue; }
      if (start < 0 && t.word && this.anaphors.has(t.lower)) { start = k; k--; break; }
      // "The 27-year-old said": a person by age, with its article
      if (start < 0 && k === end - 1 && k > sentenceStart && this.ageSpeakerAt(tokens, k, end)) return { start: k - 1, end };
      // "the firm said", "The Australian government said", "the report added"
      if (start < 0 && t.word && (this.anaphoricNouns.has(t.lower) || (!this.lex.capitalisedNouns && this.documents.has(t.lower)))) { start = k; k--; continue; }
      // "the government proposal states": the body's noun before its document, right after the article
      if (start === end - 1 && k > sentenceStart && !this.lex.capitalisedNouns && t.word && this.anaphoricNouns.has(t.lower) && this.documents.has(tokens[start].lower) && this.isArticle(tokens[k - 1])) { start = k; k--; continue; }
      if (start >= 0 && this.connectors.has(t.lower) && !this.isArticle(t) && this.nameWord(tokens[k - 1])) { k--; continue; }
      // ("the Forum for the Future report": back past the article and its connector)
      if (start >= 0 && this.articledConnectorAt(tokens, k - 1) && this.nameWord(tokens[k - 2])) { k -= 2; continue; }
      if (start >= 0 && t.word && (this.ownerLinks.has(t.lower) || this.isArticle(t))) {
        const prev = tokens[k - 1];
        // "Dem Bericht der Moscow Times", "A survey by PricewaterhouseCoopers", "a spokesman for the X"
        // ("Der Bundesverband der Deutschen Industrie erwartet": an organisation's genitive complement)
        if (prev && prev.word && (this.hasOwnerSlot(prev) || (this.isArticle(t) && (this.ownerLinks.has(prev.lower) || this.organisationHead(prev))))) { k--; continue; }
        if (this.isArticle(t)) start = k;
        break;
      }
      if (start >= 0 && t.word && this.possessives.has(t.lower)) { start = k; break; }
      // "Oxfam's latest report said": adjectives between a named owner's possessive and its document
      if (start === end - 1 && !this.lex.capitalisedNouns && this.documents.has(tokens[start].lower)) {
        const owner = this.possessiveOwnerBefore(tokens, k, sentenceStart);
        if (owner >= 0) { k = owner; continue; }
      }
      if (start >= 0 && t.word && !t.cap && this.lex.capitalisedNouns && this.isArticle(tokens[k - 1])) {
        // "Der russische Außenminister": adjective after an article
        k--;
        continue;
      }
      break;
    }
    return start >= 0 ? { start, end } : null;
  }

  /**
   * The acronym ("BdB", "CBI") one to three lower-case words before tokens[k] (inclusive), with only
   * such words and a plural's apostrophe ("employers'") between, none a function word, and no place's
   * acronym ("the UK banking association" is the UK's association, not a name); -1 when there is none.
   */
  private describedAcronymBefore(tokens: Token[], k: number, sentenceStart: number): number {
    for (let j = k; j >= sentenceStart && j >= k - 3; j--) {
      const t = tokens[j];
      if (!t.word) {
        if (!/^['’]$/.test(t.text) || j === k - 3 || !/s$/.test(tokens[j - 1]?.text ?? '')) return -1;
        continue;
      }
      if (t.cap) return j < k && ACRONYM.test(t.text) && !this.describedBodyNotNames.has(t.text) ? j : -1;
      if (this.isStop(t) || this.isArticle(t) || this.isPreposition(t) || this.isAdverb(t) || this.anaphoricNouns.has(t.lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return -1;
    }
    return -1;
  }

  /**
   * The capitalised possessive ("Oxfam's") at most two lower-case words before tokens[k] (inclusive),
   * with only such words between, none a function word; -1 when there is none.
   */
  private possessiveOwnerBefore(tokens: Token[], k: number, sentenceStart: number): number {
    for (let j = k; j >= sentenceStart && j >= k - 2; j--) {
      const t = tokens[j];
      if (!t.word) return -1;
      if (t.cap) return j < k && /['’]s$/.test(t.text) ? j : -1;
      if (this.isStop(t) || this.isArticle(t) || this.generic.has(t.lower)) return -1;
    }
    return -1;
  }

  /**
   * English figures that show without an owner ("Figures show that ...", "..., new figures show",
   * "Latest figures suggest"): the bare document noun right before the verb at tokens[i], with up to
   * two lower-case words before it, opening the sentence or its clause after a comma; the guidelines'
   * "A survey ... suggests", the figures themselves the cue. Null after an owner, an article or a
   * verb ("Apacs' figures show", "the figures show", "They claim government figures show").
   */
  bareFiguresBefore(tokens: Token[], i: number): string | null {
    const head = tokens[i - 1];
    if (this.lex.capitalisedNouns || !head || !head.word || !this.anonymous.has(head.lower) || (head.cap && i - 1 > 0)) return null;
    let start = i - 1;
    while (start > 0 && start > i - 3) {
      const t = tokens[start - 1];
      if (!t.word || this.isStop(t) || this.isArticle(t) || this.isPreposition(t) || this.possessives.has(t.lower) || this.ownerLinks.has(t.lower) || t.isPossessiveForm()) break;
      if (t.cap && start - 1 > 0) return null;
      if (VERB_LIKE.test(t.lower) && !this.official.has(t.lower)) break;
      start--;
    }
    const before = tokens[start - 1];
    if (start > 0 && !before.textIs(',')) return null;
    return spoken(tokens.slice(start, i));
  }

  /** "A survey for the charity suggests", "Daten von Trading Economics zeigen": the document phrase before a verb. */
  documentBefore(tokens: Token[], i: number): Phrase {
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const t = tokens[j];
      // "a survey of 1,300 bosses suggests": separators inside a number
      if (!t.word && !((t.textIs(',') || t.textIs('.')) && /^\d/.test(tokens[j + 1]?.text ?? '') && /\d$/.test(tokens[j - 1]?.text ?? ''))) return NONE;
      // English "Jupiter Research" is a name, not the document noun "research"
      if (this.isDocument(t) && (this.lex.capitalisedNouns || !t.cap || j === 0)) {
        let start = j;
        // ("Latest research suggests": an adjective opening the sentence is no name)
        // (", wie die Facebook-Statistik zeigt", "as the figures show": the subordinator opens the clause)
        let reach = j - 3;
        for (;;) {
          // ("The Forum for the Future report": back past the article and its connector)
          if (start > 2 && this.articledConnectorAt(tokens, start - 2)) { start -= 2; reach -= 3; continue; }
          if (!(start > 0 && start > reach && tokens[start - 1].word && !this.lex.subordinateOpeners?.includes(tokens[start - 1].lower) && (this.isArticle(tokens[start - 1]) ||
            (this.openerOk(tokens, start - 1) && (this.nameWord(tokens[start - 1]) || (!tokens[start - 1].cap && !this.isPreposition(tokens[start - 1]))))))) break;
          start--;
        }
        // ("as seriously hurt as some reports have suggested": the second "as" of a comparison)
        if (start > 0 && this.lex.subordinateOpeners?.includes(tokens[start - 1].lower) && comparedBefore(tokens, start - 1)) return NONE;
        return this.readAfter(tokens, start, i);
      }
    }
    return NONE;
  }

  /**
   * The document opening the subject of the verb at tokens[i] when a topic follows it ("A National
   * Audit Office report on the 20 biggest projects says", "A report on the ten largest councils
   * says"): the document with its owner, not the topic's last noun nor the people its figure
   * counts; null when no document noun stands before a topic link within ten words.
   */
  documentBeforeTopic(tokens: Token[], i: number): Phrase | null {
    const links = this.lex.topicLinks;
    if (!links) return null;
    for (let j = i - 1; j >= 1 && j >= i - 10; j--) {
      const t = tokens[j];
      const numeric = /^\d/.test(t.text);
      if (!t.word && !numeric && !((t.textIs(',') || t.textIs('.')) && /^\d/.test(tokens[j + 1]?.text ?? ''))) return null;
      if (!t.word || !links.includes(t.lower)) continue;
      // ("a report of the public accounts committee says": the committee's report)
      if (this.lex.bareTopicLinks?.includes(t.lower) && this.isArticle(tokens[j + 1])) continue;
      const doc = tokens[j - 1];
      if (!doc.word || !this.isDocument(doc) || !(this.lex.capitalisedNouns || !doc.cap || j === 1)) continue;
      const subject = this.documentBefore(tokens, j);
      // (the document opens its clause: "costs in a report on 20 projects say" has another subject)
      return subject.type === 'none' ? null : subject;
    }
    return null;
  }

  /**
   * The author of a report that is the subject of the verb at tokens[i], named after an
   * author link at the end of the subject, with a figure or other words between the report
   * noun and the link ("A survey of 280 schemes by Incomes Data Services (IDS) said",
   * "Eine Umfrage unter 1.000 Firmen durch das Ifo-Institut ergab"): the author, with the
   * report noun as `via`; else null.
   */
  authorOfReportBefore(tokens: Token[], i: number, isReport: (t: Token) => boolean): Phrase | null {
    const k = this.skipBetween(tokens, i - 1, 0);
    const found = this.collectBefore(tokens, k, 0);
    if (!found) return null;
    let link = found.start - 1;
    // ("A study by handset maker Nokia", "by the research firm Gartner": the author's role before its name)
    for (let n = 0; n < ROLE_WORDS_BEFORE_AUTHOR && link > 1 && tokens[link].word && !tokens[link].cap && !this.isArticle(tokens[link]) &&
      !this.lex.authorLinks.includes(tokens[link].lower) && !this.isPreposition(tokens[link]) && !/\d/.test(tokens[link].text); n++) link--;
    if (link > 0 && this.isArticle(tokens[link]) && !this.ownerLinks.has(tokens[link].lower)) link--;
    if (link < 1 || !this.lex.authorLinks.includes(tokens[link].lower)) return null;
    // back to the report noun over words and figures ("of 280 schemes", "unter 1.000 Firmen")
    for (let j = link - 1; j >= 0 && j >= link - 8; j--) {
      const t = tokens[j];
      if (!t.word && !/^\d/.test(t.text) && !((t.textIs(',') || t.textIs('.')) && /^\d/.test(tokens[j + 1]?.text ?? ''))) return null;
      if (t.word && this.isDocument(t) && isReport(t) && (this.lex.capitalisedNouns || !t.cap || j === 0)) {
        // the report opens the subject: the sentence or its clause starts with it and its article
        let s = j;
        while (s > 0 && tokens[s - 1].word && !this.isPreposition(tokens[s - 1]) && (this.isArticle(tokens[s - 1]) || !tokens[s - 1].cap) && s > j - 3) s--;
        if (s > 0 && !tokens[s - 1].textIs(',') && !tokens[s - 1].textIs(':')) return null;
        const author = this.readAfter(tokens, found.start, found.end);
        if (author.type !== 'name') return null;
        return namePhrase(author.text, author.articled, t.lower);
      }
    }
    return null;
  }

  readBefore(tokens: Token[], i: number, sentenceStart = 0): Phrase {
    const at = this.phraseStartBefore(tokens, i, sentenceStart);
    if (!at) return NONE;
    const first = tokens[at.start];
    if (at.end - at.start === 1 && this.anaphors.has(first.lower)) return this.pronoun(first);
    // the phrase read backwards leaves out lower-case words before its head ("the first minister",
    // "the campaign's director"): whether a determiner stands there is told to shorten()
    // (the phrase may open with its own article: "the head of the firm said")
    const determiner = this.isArticle(first) || this.isPossessive(first) ? at.start : this.determinerBefore(tokens, at.start, sentenceStart);
    this.determinedBefore = determiner >= 0;
    let phrase: Phrase;
    try {
      phrase = this.readAfter(tokens, at.start, at.end);
    } finally {
      this.determinedBefore = false;
    }
    // the role with its words from the determiner on: "first minister", "attorney general"; after
    // an indefinite article someone new ("But a venue spokesman said": not the speaker before)
    if (determiner < 0 || roleOf(phrase) === null || isAgeAnaphor(phrase)) return phrase;
    const role = spoken(tokens.slice(determiner + 1, at.end));
    // (only a subject that opens its sentence: "AL Gooneratne, a bank spokesman, said" is Gooneratne)
    // ("A spokesman for the firm said" speaks for the firm named before: no one new)
    const owned = tokens.slice(determiner + 1, at.end).some((t) => this.ownerLinks.has(t.lower));
    // (or opens the clause after what was said, its verb right after it: "..., a bank spokesman told Reuters")
    const opens = determiner - sentenceStart <= 1 || (tokens[determiner - 1].textIs(',') && at.end === i);
    const fresh = this.lex.indefiniteArticles.includes(tokens[determiner].lower) && opens && !owned;
    return fresh ? namePhrase(role, true) : personRoleAnaphor(role);
  }

  /** A connector after an organisation's head noun that keeps its name going past the article after it at tokens[k] ("Forum for the Future")? */
  private articledConnectorAt(tokens: Token[], k: number): boolean {
    const named = this.lex.articledConnectors;
    const t = tokens[k];
    const head = tokens[k - 1];
    return !!named && !!t && !!head && t.word && head.cap && named.connectors.includes(t.lower) && named.heads.includes(head.lower) &&
      this.isDefiniteArticle(tokens[k + 1]) && this.nameWord(tokens[k + 2]);
  }

  /** set by readBefore while it reads: a determiner stands before the phrase it read */
  private determinedBefore = false;

  /** Where an article or a possessive ("the", "his", "China's") stands within three words before tokens[k], only words between; -1 for none. */
  private determinerBefore(tokens: Token[], k: number, sentenceStart: number): number {
    for (let j = k - 1; j >= sentenceStart && j >= k - 3; j--) {
      const t = tokens[j];
      if (!t.word) return -1;
      if (this.isArticle(t) || this.isPossessive(t) || /['’]s$/.test(t.text)) return j;
    }
    return -1;
  }

  /**
   * Where a person's name starts that ends `core` after other capitalised words: a known given
   * name followed by one or two name words, at least two words into the phrase; else -1.
   */
  private givenNameAt(core: Token[]): number {
    for (let j = Math.max(2, core.length - 3); j <= core.length - 2; j++) {
      const t = core[j];
      if (!t.cap || !this.givenNames.has(t.lower)) continue;
      // (two people: "Jonathan Wolpaw and Dennis McFarlane")
      if (core[j - 1].lower === 'and' || core[j - 1].lower === 'und' || core[j - 1].text === '&') continue;
      if (core.slice(j + 1).every((x) => x.cap && this.nameWord(x))) return j;
    }
    return -1;
  }

  /** The pronoun phrase for a personal pronoun, with its gender where the language's says one. */
  private pronoun(t: Token): Phrase {
    const g = this.lex.gender;
    return g.male.includes(t.lower) ? PRONOUN_MALE : g.female.includes(t.lower) ? PRONOUN_FEMALE : g.neuter?.includes(t.lower) ? PRONOUN_NEUTER : g.plural?.includes(t.lower) ? PRONOUN_PLURAL : PRONOUN;
  }

  /**
   * The "by" of a participle at k that names its agent: right after it, or after one short
   * prepositional phrase ("presented to the US Senate by"); -1 without.
   */
  private agentAfterParticiple(tokens: Token[], k: number, end: number): number {
    if (tokens[k + 1].lower === 'by') return k + 1;
    if (!this.isPreposition(tokens[k + 1])) return -1;
    for (let j = k + 2; j < end && j <= k + 6; j++) {
      if (!tokens[j].word) return -1;
      if (tokens[j].lower === 'by') return j;
    }
    return -1;
  }

  /** "20-year-old", "20-Jährige": digits and an age ending (AttributionLexicon.ageNounEndings). */
  isAgeNoun(t: Token): boolean {
    const endings = this.lex.ageNounEndings;
    if (!endings) return false;
    // (the first code unit read in place: asked of many words, whose lower-case strings would be garbage)
    if (t.textLength === 0) return false;
    const c = t.codeAt(0);
    if (c < 48 || c > 57) return false;
    for (let j = 0; j < endings.length; j++) {
      if (!t.lowerEndsWith(endings[j])) continue;
      // German writes the noun with a capital ("der 61-Jährige"); "der 61-jährige Niederländer" is an adjective
      return !this.lex.capitalisedNouns || (unitClasses(t.codeAt(t.textLength - endings[j].length + 1)) & UPPER) !== 0;
    }
    return false;
  }

  /** An article that does not introduce someone new ("the", "der"; not "a", "ein"). */
  isDefiniteArticle(t: Token | undefined): boolean {
    return this.isArticle(t) && !this.lex.indefiniteArticles.includes(t!.lower);
  }

  /**
   * "said the 27-year-old.", "The 27-year-old said", "sagte die 40-Jährige am Montag": an age noun
   * after a definite article that stands for a person alone: no name, role or noun follows it
   * ("the 27-year-old striker John Smith" is John Smith).
   */
  ageSpeakerAt(tokens: Token[], k: number, end: number): boolean {
    if (k < 1 || !this.isAgeNoun(tokens[k]) || !this.isDefiniteArticle(tokens[k - 1])) return false;
    const next = tokens[k + 1];
    if (k + 1 >= end || !next || !next.word) return true;
    return !next.cap && !this.nameWord(next) && (this.isPreposition(next) || this.adverbs.has(next.lower) || this.isStop(next));
  }

  /** A report or study rather than a release or a forecast (AttributionLexicon.freshDocuments). */
  private isFreshDocument(t: Token): boolean {
    const endings = this.lex.freshDocuments;
    if (!endings) return false;
    for (let j = 0; j < endings.length; j++) if (t.lowerEndsWith(endings[j])) return true;
    return false;
  }

  /** Whether a noun phrase is a request ("einer Team Stronach-Anfrage"): it names who asked, not who answered. */
  private asks(np: NounPhrase): boolean {
    return this.isRequest(np.core[np.core.length - 1]);
  }

  /** Whether a word is a request noun or ends in one (AttributionLexicon.requestNouns). */
  isRequest(t: Token | undefined): boolean {
    return !!t && this.lex.requestNouns.some((r) => t.lower.endsWith(r));
  }

  /** The short name in a phrase: names after roles, owners of documents and roles, compounds split. */
  private shorten(np: NounPhrase): Phrase {
    if (np.apposition) return namePhrase(spoken(np.apposition));
    let core = np.core;
    // "said the 20-year-old", "sagte die 20-Jährige": someone named before, by age
    if (np.articled && np.introduced && core.length === 1 && this.isAgeNoun(core[0])) {
      return ageAnaphor(spoken(core), core[0].start, this.lex.ageArticleGender?.[np.article ?? ''] ?? null);
    }
    // German: drop lower-case adjectives left before the noun
    if (this.lex.capitalisedNouns) while (core.length && !core[0].cap && !this.nameWord(core[0])) core = core.slice(1);
    if (core.length === 0) return np.owner ? this.shorten(np.owner) : NONE;
    // a title alone names nobody: "Lord of the Rings director Peter Jackson" is the director
    if (core.length === 1 && this.titles.has(core[0].lower.replace(/\.$/, ''))) return np.owner ? this.shorten(np.owner) : NONE;
    // "President Castro's chief aide", "Bill Gates's lawyer": a person's aide is another person
    const personal = this.lex.capitalisedNouns ? null : this.personalRole(core);
    if (personal) return namePhrase(personal);
    const last = core[core.length - 1];
    const names = core.filter((t) => this.nameWord(t));
    // names after the last role word: "US-Präsident Donald Trump", "chief executive Jeff Bewkes"
    let roleAt = -1;
    for (let j = 0; j < core.length - 1; j++) {
      if (!this.isRole(core[j]) || !this.nameWord(core[j + 1]) || this.isRole(core[j + 1])) continue;
      // ("General Motors", "Vice Media": a qualifier before a name that is no person's starts the name)
      if (core[j].cap && this.roleModifiers.has(core[j].lower) && !this.givenNames.has(core[j + 1].lower)) continue;
      roleAt = j;
    }
    // ("the Home Office", "the Foreign Ministry": a role word naming a body with the noun after it)
    if (roleAt >= 0 && !(roleAt + 2 === core.length && this.institutions.has(core[roleAt + 1].lower))) core = core.slice(roleAt + 1);
    // "Minister for Children, Young People and Families Margaret Hodge": a portfolio before a
    // given name and a surname that end the phrase is no part of the name
    const given = this.givenNameAt(core);
    if (given > 0) core = core.slice(given);
    else if (np.owner && !this.asks(np.owner) && core.every((t) => this.hasOwnerSlot(t) || !this.nameWord(t))) {
      // "Angaben der Polizei", "Sprecherin der Stadt Graz", "a spokesman for the Treasury"
      const owner = this.shorten(np.owner);
      const doc = core.find((t) => this.documents.has(t.lower));
      if (owner.type === 'name') return doc ? namePhrase(owner.text, owner.articled, doc.lower) : owner;
    }
    if (core.length === 1) {
      const owner = this.compoundOwner(core[0]);
      if (owner) return namePhrase(owner);
      if (this.isDocument(core[0])) return this.anonymousDocument(core[0]) ? this.anonymousBack(np) : documentPhrase(core[0].text, !np.introduced && this.isFreshDocument(core[0]));
    }
    if (!this.lex.capitalisedNouns && names.length === 0) {
      // English: a lower-case phrase is a source only as a known generic ("analysts") or a document
      const head = core[core.length - 1];
      if (this.generic.has(head.lower)) return namePhrase(spoken(core));
      // ("according to official data": the official data say it)
      if (this.documents.has(head.lower) && this.anonymous.has(head.lower) && core.length === 2 && this.official.has(core[0].lower)) return namePhrase(spoken(core), true);
      // a noun before the document names whose it is: "according to police figures" the police; "company
      // figures", "the government proposal states" the body, as "the government said"; "studio estimates" those
      if (core.length === 2 && this.documents.has(head.lower)) {
        const owner = core[0];
        const anonymous = this.anonymous.has(head.lower);
        if (anonymous && this.generic.has(owner.lower)) return namePhrase(owner.text);
        if (this.anaphoricNouns.has(owner.lower) && (anonymous || np.articled)) return roleAnaphor(owner.lower);
        if (anonymous && this.lex.documentOwnerNouns?.includes(owner.lower)) return namePhrase(spoken(core), true);
      }
      if (this.documents.has(head.lower)) return this.anonymous.has(head.lower) ? this.anonymousBack(np) : documentPhrase(head.text, !np.introduced && this.isFreshDocument(head));
      if (this.anaphoricNouns.has(head.lower)) return roleAnaphor(head.lower);
      if (this.anaphors.has(head.lower)) return ANAPHOR;
      // (its role words the last answer only after a determiner: "below analyst forecasts" names nobody)
      if (this.isRole(head)) {
        // "said a company spokesman": an indefinite article introduces someone new, nobody named before
        if (np.articled && !np.introduced && !np.owner && !np.apposition) return namePhrase(spoken(core), true);
        return np.articled || this.determinedBefore ? personRoleAnaphor(spoken(core)) : ANAPHOR;
      }
      return NONE;
    }
    if (!this.lex.capitalisedNouns) {
      // "The Australian government", "Treasury officials": the name and its head noun
      const head = core[core.length - 1];
      // (past a modifier only after "a": "a City investment bank" is no bank called City, "the Reuters news agency" is Reuters)
      const modified = core.length > 1 && !this.nameWord(core[core.length - 2]);
      const keepHead = !this.nameWord(head) && (this.anaphoricNouns.has(head.lower) || this.generic.has(head.lower)) && (!modified || (np.articled && !np.introduced));
      const firstName = core.findIndex((t) => this.nameWord(t));
      // "UK think-tank Demos", "US research firm Gartner": the name after a describing noun, not the place before it
      let described = -1;
      for (let j = core.length - 2; j >= 0 && described < 0; j--) {
        if (!core[j].cap && this.anaphoricNouns.has(core[j].lower) && this.nameWord(core[j + 1])) described = j + 1;
      }
      if (!keepHead && described > 0) core = core.slice(described);
      // (a connector only after a name: "The head of Ernst & Young" is "Ernst & Young", not "of Ernst & Young")
      core = keepHead ? core.slice(firstName) : core.filter((t, j) => this.nameWord(t) || (j > 0 && this.connectors.has(t.lower) && this.nameWord(core[j - 1])) || this.opensMasthead(t, core[j + 1]) ||
        (j > 0 && this.articledConnectorAt(core, j - 1)));
    }
    // "ONS figures", "Office for National Statistics data": drop the trailing document noun
    const tail = core[core.length - 1];
    if (core.length > 1 && !tail.cap && this.documents.has(tail.lower)) core = core.slice(0, -1);
    // "In Dar es Salaam Mr Brown said": a title inside the run starts the speaker's name
    for (let t = core.length - 2; t > 0; t--) if (this.titles.has(core[t].lower.replace(/\.$/, '')) && this.nameWord(core[t + 1])) { core = core.slice(t); break; }
    while (core.length > 1 && this.titles.has(core[0].lower.replace(/\.$/, ''))) core = core.slice(1);
    while (core.length && this.connectors.has(core[core.length - 1].lower)) core = core.slice(0, -1);
    if (core.length === 0) return NONE;
    if (core.length === 1 && this.anaphors.has(core[0].lower)) return ANAPHOR;
    const text = this.nominativeOrganisation(spoken(core).replace(/['’]s$/, ''));
    // "des Sprechers", "des Leiters": the role in the nominative
    if (core.length === 1 && np.article !== undefined && this.lex.genitiveRoleArticles?.includes(np.article)) {
      const role = this.nominativeRole(text);
      if (role) return namePhrase(role, true);
    }
    return text ? namePhrase(text, np.articled && this.lex.capitalisedNouns) : NONE;
  }

  /**
   * A person's role after that person's possessive ("President Castro's chief aide", "Bill Gates's
   * lawyer", "Mr Brown's spokesman"): the whole phrase, for the aide is not the person who owns
   * them; null when the owner may be a body ("Microsoft's chief executive" speaks for Microsoft) or
   * no role ends the phrase. The owner is a person by a title or role before it or a given name.
   */
  private personalRole(core: Token[]): string | null {
    const head = core[core.length - 1];
    if (core.length < 3 || head.cap || !this.roleWords.has(head.lower) || this.roleModifiers.has(head.lower)) return null;
    let owner = core.length - 2;
    while (owner >= 0 && !core[owner].cap) owner--;
    if (owner < 1 || !core[owner].isPossessiveForm()) return null;
    const before = core.slice(0, owner);
    const person = before.some((t) => this.titles.has(t.lower.replace(/\.$/, '')) || this.isRole(t) || this.givenNames.has(t.lower));
    return person ? spoken(core) : null;
  }

  /** Does a word end like an organisation (AttributionLexicon.organisationHeads), in any case? */
  private organisationHead(t: Token): boolean {
    return t.cap && this.genitiveOfOrganisation(t.lower) >= 0;
  }

  /**
   * For a lower-case word that ends like an organisation: the length of its genitive ending
   * ("fachverbands": 1, "verbandes": 2), 0 in the nominative; -1 for any other word.
   */
  private genitiveOfOrganisation(w: string): number {
    const o = this.lex.organisationHeads;
    if (!o) return -1;
    for (const e of o.endings) {
      if (w.endsWith(e)) return 0;
      // w.endsWith(e + g) without making e + g: asked of every capitalised word a phrase holds
      for (const g of o.genitiveEndings) if (w.endsWith(g) && w.endsWith(e, w.length - g.length)) return g.length;
    }
    return -1;
  }

  /**
   * After an organisation's head at `k`: where its genitive complement ends ("der deutschen
   * Wirtschaft": an article, lower-case adjectives, a capitalised noun), else -1.
   */
  private organisationComplement(tokens: Token[], head: Token, k: number, end: number): number {
    const o = this.lex.organisationHeads;
    if (!o || k >= end || !o.genitiveArticles.includes(tokens[k].lower) || !this.organisationHead(head)) return -1;
    let j = k + 1;
    while (j < end && j <= k + 3 && tokens[j].word && !tokens[j].cap && this.inflected(tokens[j])) j++;
    if (j >= end || !this.nameWord(tokens[j]) || this.isStop(tokens[j])) return -1;
    j++;
    return j;
  }

  /** "the Sunday Times", "the Sunday Telegraph": a capitalised time word before a masthead word is part of the name. */
  private opensMasthead(t: Token, next: Token | undefined): boolean {
    return t.cap && this.isStop(t) && this.nameWord(next) && this.lex.mastheadWords.includes(next!.lower);
  }

  /** "Sprechers" -> "Sprecher", "Direktors" -> "Direktor": a role noun without its genitive "-s", else null. */
  private nominativeRole(word: string): string | null {
    if (!word.endsWith('s')) return null;
    const stem = word.slice(0, -1);
    return this.endsInRoleSuffix(stem.toLowerCase()) ? stem : null;
  }

  /** "Fachverbands der Mineralölindustrie" -> "Fachverband der Mineralölindustrie": the head in the nominative. */
  private nominativeOrganisation(name: string): string {
    const space = name.indexOf(' ');
    const head = space < 0 ? name : name.slice(0, space);
    const genitive = this.genitiveOfOrganisation(head.toLowerCase());
    return genitive > 0 ? head.slice(0, head.length - genitive) + name.slice(head.length) : name;
  }

  /**
   * The author of the last report the tokens name with one, cue or not ("Eine Studie
   * des IHS kommt zu dem Ergebnis", "a report by Jupiter Research found"): `isReport`
   * tells report nouns from other documents.
   */
  lastAuthoredReport(tokens: Token[], isReport: (t: Token) => boolean): string | null {
    let found: string | null = null;
    for (let j = 0; j < tokens.length - 1; j++) {
      const t = tokens[j];
      if (!t.word || !this.isDocument(t) || !isReport(t)) continue;
      // "Jupiter Research's report", "Gartner Insights' survey"
      const prev = tokens[j - 1];
      const apostrophe = prev && (prev.textIs("'") || prev.textIs('’'));
      // ("Thursday's report" names a day, not an author)
      if (prev && (apostrophe || (prev.word && /['’]s$/.test(prev.text) && !this.stops.has(prev.lower.replace(/['’]s$/, ''))))) {
        const at = this.collectBefore(tokens, apostrophe ? j - 2 : j - 1, 0);
        const owner = at ? this.readAfter(tokens, at.start, at.end) : NONE;
        if (owner.type === 'name') { found = owner.text; continue; }
      }
      // "The annual Directions survey", "a Gallup poll": in English a name right before the report noun is its author
      // (the name after an article and at most two adjectives; not a possessive, nor "Nokia-sponsored")
      // (a lower-case report noun: "the British Crime Survey", "the Iraq Survey Group" are names of their own)
      if (!this.lex.capitalisedNouns && !t.cap && prev && prev.word && prev.cap && this.nameWord(prev) && !this.isStop(prev) && !/['’]s$|-\p{Ll}+$/u.test(prev.text)) {
        let s = j - 1;
        for (;;) {
          // ("The Forum for the Future report": back past the article and its connector)
          if (s > 2 && this.articledConnectorAt(tokens, s - 2)) { s -= 2; continue; }
          if (!(s > 0 && tokens[s - 1].word && tokens[s - 1].cap && this.nameWord(tokens[s - 1]) && !this.isStop(tokens[s - 1]))) break;
          s--;
        }
        let a = s - 1;
        while (a >= 0 && a >= s - 2 && this.adjectiveBeforeName(tokens[a]) && !this.isArticle(tokens[a])) a--;
        if (a >= 0 && this.isArticle(tokens[a])) { found = tokens.slice(s, j).map((x) => x.text).join(' '); continue; }
      }
      const link = tokens[j + 1];
      if (!this.ownerLinks.has(link.lower) && !this.isArticle(link)) continue;
      // the author's name right after the link ("Gutachten der im Ministerium angesiedelten
      // Kommission" is read wrong), and a report introduced as new ("Eine Studie des IHS",
      // not "laut österreichischer Erhebung der Fall war") unless the link names an author
      const first = this.isArticle(tokens[j + 2]) && !this.isArticle(link) ? tokens[j + 3] : tokens[j + 2];
      if (!first || !first.word || !first.cap || this.isArticle(first)) continue;
      if (!this.lex.authorLinks.includes(link.lower) && !this.introducedAsNew(tokens, j)) continue;
      const start = j > 0 && this.isArticle(tokens[j - 1]) ? j - 1 : j;
      const phrase = this.readAfter(tokens, start);
      if (phrase.type === 'name' && phrase.via) found = phrase.text;
    }
    return found;
  }

  /** "diesen" in "nach diesen Angaben", "these" in "according to these figures" */
  isDemonstrative(t: Token | undefined): boolean {
    return !!t && this.demonstratives.has(t.lower);
  }

  /** Whether an indefinite article opens the noun phrase of tokens[j] ("Eine neue Studie", "A separate report"). */
  private introducedAsNew(tokens: Token[], j: number): boolean {
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
      const t = tokens[k];
      if (!t.word) return false;
      if (this.lex.indefiniteArticles.includes(t.lower)) return true;
      if (t.cap && k !== 0) return false;
    }
    return false;
  }

  /** A role word alone ("Außenminister"): worth looking up the person it names. */
  roleOnly(name: string): boolean {
    return !name.includes(' ') && this.isRole(Token.of(name));
  }

  /** Role words without a name, in lower case ("chief executive", "finance minister"): a person's role, never a body. */
  roleWithoutName(name: string): boolean {
    if (!name.includes(' ')) return this.roleOnly(name);
    const words = name.split(' ');
    return words.every((w) => w !== '' && w === w.toLowerCase()) && this.isRole(Token.of(words[words.length - 1]));
  }

  /** A known given name of either gender ("Andrea"), in any case. */
  isGivenName(word: string): boolean {
    return this.givenNames.has(word.toLowerCase());
  }

  /** A title dropped from names ("Mr", "Dr.", "Herr"), in any case. */
  isTitle(word: string): boolean {
    return this.titles.has(word.toLowerCase());
  }

  isTitleOrRole(word: string): boolean {
    const lower = word.toLowerCase();
    return this.titles.has(lower) || this.articles.has(lower) || this.stops.has(lower) || this.isRole(Token.of(word));
  }

  /**
   * The person or organisation a token run introduces last: a name after a role
   * ("Plattform Global Forest Watch") or an acronym in parentheses after a name ("... (FAO)").
   */
  lastIntroduced(tokens: Token[]): string | null {
    let found: string | null = null;
    for (let j = 0; j < tokens.length - 1; j++) {
      if (tokens[j].textIs('(') && tokens[j + 2]?.textIs(')') && /^\p{Lu}{2,}$/u.test(tokens[j + 1].text) && this.nameWord(tokens[j - 1])) {
        found = tokens[j + 1].text;
        continue;
      }
      if (!this.isRole(tokens[j])) continue;
      const names: Token[] = [];
      let k = j + 1;
      while (k < tokens.length && names.length < 4 && this.nameWord(tokens[k]) && !this.isRole(tokens[k])) names.push(tokens[k++]);
      if (names.length >= 2 || (names.length === 1 && this.lex.capitalisedNouns === false)) found = spoken(names);
    }
    return found;
  }
}

/** How far back the first word of a comparison ("as ... as") may stand before its second (comparedBefore). */
const COMPARISON_REACH = 4;

/** Is the word at tokens[k] the second of a comparison: the same word a few words before it ("as seriously hurt as")? */
function comparedBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - COMPARISON_REACH; j--) {
    if (!tokens[j].word) return false;
    if (tokens[j].lower === tokens[k].lower) return true;
  }
  return false;
}
