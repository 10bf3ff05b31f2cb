// Finds the cues of one sentence that say who a figure comes from ("laut X",
// "X zufolge", "sagte X", "Daten von X zeigen", "hatte ... geschätzt") and reads
// the phrase each points at. Which cue speaks for which figure, pronouns and
// quotations are the resolver's business (attribution.ts).
import type { AttributionLexicon } from './attribution-lexicon.js';
import { cueTokens, internWords, Picker, tokenize, WordFilter, type Token } from './attribution-tokens.js';
import { ANAPHOR, DASHES, NONE, POSSESSIVE_OWNER, POSSESSIVE_OWNER_FEMALE, POSSESSIVE_OWNER_MALE, documentPhrase, namePhrase, relativeAnaphor, type PhraseReader, type Phrase } from './attribution-phrase.js';
import type { NameIndex } from './attribution-names.js';

/** A cue in a sentence and the source phrase it points at. */
export interface Cue {
  /** analysis offsets of the cue word(s) */
  start: number;
  end: number;
  phrase: Phrase;
  /** "So beurteilt der Politologe X die Lage." – only speaks for a quote just before */
  inversion: boolean;
  /** a document without author ("laut dem Bericht") stands for the source when no earlier one is named */
  documentIsSource: boolean;
  /** explicit source cues ("laut", "zufolge") outrank reporting verbs, which outrank documents */
  rank: number;
  /**
   * -1, or where the noun phrase ends that the cue stands inside ("der laut
   * Geschäftsordnung vorgesehenen Wahl"): it speaks only for figures up to there
   */
  scopeEnd: number;
  /**
   * -1, or where the clause starts that the cue's subject opens after a conjunction or
   * comma ("…, and Nationwide reported 0.4%"): it speaks only for figures after there,
   * and before cues ahead of it. With scopeEnd set: where the subordinate clause starts
   * that the cue speaks for ("…, after it said …")
   */
  clauseStart: number;
  /**
   * -1, or where the figure starts that a reduced relative after it modifies ("the full £7.4m
   * from the Treasury announced by Gordon Brown"): figures ending before there are not its
   */
  appliesFrom: number;
  /**
   * -1, or the span [asideStart, asideEnd) of a relative clause or apposition between the cue's
   * subject and its verb ("Mr Blair, who has four children, said"): the narrator's words about
   * the speaker, not what the speaker says, so figures inside are not the cue's
   */
  asideStart: number;
  asideEnd: number;
}

/** how far after a verb like "described" a joined "and said" may stand (see coordinatedSpeech) */
const COORDINATION_WINDOW = 30;
/** how far after a verb like "kritisierte" its said content may start (see saysContent) */
const SAYS_CONTENT_WINDOW = 16;
/** how far after a verb the colon that opens what it says may stand (colonAfterVerb): its subject and particle */
const COLON_REACH = 6;
/** how many words after a verb like "told" the link to its nominal content may stand (scopeNominalContent) */
const NOMINAL_LINK_REACH = 6;
/** how many words after a noun of speech its link ("announcement in July that") may stand (possessiveSpeechCues) */
const SPEECH_LINK_REACH = 4;
/** how long an apposition between a name and its verb may be (nameBeforeRole) */
const APPOSITION_TOKENS = 14;

export const RANK_EXPLICIT = 0;
export const RANK_VERB = 1;
export const RANK_DOCUMENT = 2;

/** Every cue is made here, all fields in one order: one hidden class for V8. */
function makeCue(start: number, end: number, phrase: Phrase, rank: number, documentIsSource = false, inversion = false, scopeEnd = -1, clauseStart = -1, appliesFrom = -1, asideStart = -1, asideEnd = -1): Cue {
  return { start, end, phrase, inversion, documentIsSource, rank, scopeEnd, clauseStart, appliesFrom, asideStart, asideEnd };
}

interface CompiledCues {
  /**
   * cue tokens and the particle that must follow later ("geht aus ... hervor"), by first token;
   * `adjacent`: right after the source's noun phrase ("In Militärkreisen hieß es")
   */
  after: Map<string, Array<{ tokens: string[]; particle: string | null; adjacent: boolean; commission: boolean }>>;
  before: string[][];
  /** first tokens of `before` cues: most words start none */
  beforeFirst: Set<string>;
  verbs: Map<string, string[] | null>;
  /** reporting verbs that need said content (see AttributionLexicon.clauseVerbs) */
  clauseVerbs: Set<string>;
  /** AttributionLexicon.reflexiveVerbs */
  reflexiveVerbs: Set<string>;
  reflexivePronouns: Set<string>;
  /** AttributionLexicon.narrativeObjects */
  narrativeVerbs: Set<string>;
  narrativeObjects: Set<string>;
  participles: Map<string, string[] | null>;
  /** participle -> the word that must follow it right away, or null */
  passiveParticiples: Map<string, string | null>;
  passiveAuxiliaries: Set<string>;
  agentLinks: Set<string>;
  auxiliaries: Set<string>;
  stateAuxiliaries: Set<string>;
  show: Set<string>;
  reported: Set<string>;
  documentPrepositions: Set<string>;
  reportNouns: Set<string>;
  /** the preposition that takes any document noun ("nach Berechnung der X") */
  firstDocumentPreposition: string | null;
  anaphoric: Set<string>;
  agentParticiple: RegExp | null;
  sourceDocuments: string[];
  reportNounList: string[];
  /**
   * every word some cue starts with or tests for ("laut", "sagte", "in", "zeigt",
   * "genannten"): a word outside it can only be a compound naming its source
   */
  cueWords: Set<string>;
  cueFilter: WordFilter;
  relativePronouns: Set<string>;
  relativeAnaphors: Set<string>;
  headingDocuments: Set<string>;
  /** the words reportsSpeech() looks for: reported speech and the conjunctions that stop it */
  speechFilter: WordFilter;
  /** AttributionLexicon.contentConjunctions */
  contentConjunctions: Set<string>;
  clauseConjunctions: Set<string>;
  /** AttributionLexicon.adjacentParticles */
  adjacentParticles: Set<string>;
  subordinators: Set<string>;
  joinedOnly: Set<string>;
  absoluteLink: string | null;
  gappedLinks: Set<string>;
  absoluteVerbs: Set<string>;
  /** AttributionLexicon.publishedDocuments */
  publishVerbs: Set<string>;
  documentParticiples: Set<string>;
  participleSpeech: Set<string>;
  /** AttributionLexicon.participleLinks, with the comma */
  participleLinks: Set<string>;
  /** role words as listed, whole (not as endings: "Vorrat" ends as "Rat" does): a headline's "Zeitung:" */
  headlineRoles: Set<string>;
  /** cues naming the clause's own subject as the source (AttributionLexicon.ownAccount), by first token */
  ownAccount: Map<string, Array<{ tokens: string[]; possessive: boolean }>>;
  /** subordinators and subordinateOpeners: words that open a subordinate clause before a main one */
  subordinateOpeners: Set<string>;
  amountVerbs: Set<string>;
  /** AttributionLexicon.roleDuties, each split into its words */
  roleDuties: string[][];
  /** AttributionLexicon.valuationVerbs, its verbs and words as sets */
  valuation: { verbs: Set<string>; link: string; reach: number; notSubjects: Set<string> };
  infinitiveMarkers: Set<string>;
  amountLeads: Set<string>;
  amountNumberWords: Set<string>;
  amountOrdinals: Set<string>;
  amountObjects: Set<string>;
  nounLikeVerbs: Set<string>;
  nounVerbFollowers: Set<string>;
  amountObjectFollowers: Set<string>;
  /** "Das sagte X" (see CueFinder.pointsBack) */
  pointing: {
    openers: Set<string>;
    verbs: Set<string>;
    negations: Set<string>;
    particles: Set<string>;
    /** "teilte+mit", "geht+hervor": a particle a cue's verb takes itself */
    verbParticles: Set<string>;
  };
}

function byFirstToken<T extends { tokens: string[] }>(cues: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of cues) {
    const list = out.get(c.tokens[0]);
    if (list) list.push(c);
    else out.set(c.tokens[0], [c]);
  }
  return out;
}

/** verb -> the particles one of which must follow it ("sprach+von", "sprach+vom"), or null when none must. */
function particleMap(list: string[]): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  for (const v of list) {
    const [verb, particle] = v.split('+');
    const known = out.get(verb);
    if (known === null) continue;
    out.set(verb, particle === undefined ? null : [...(known ?? []), particle]);
  }
  return out;
}

const compiledCache = new WeakMap<AttributionLexicon, CompiledCues>();
const openerCache = new WeakMap<AttributionLexicon, Set<string>>();

/** Capitalised sentence openers that are no names: the lexicon's openers, articles, prepositions, adverbs. */
export function openerSet(lex: AttributionLexicon): Set<string> {
  let set = openerCache.get(lex);
  if (!set) {
    set = new Set([...lex.openers, ...lex.articles, ...lex.prepositions, ...lex.skippableAdverbs, ...lex.anaphors, ...lex.possessives]);
    openerCache.set(lex, set);
  }
  return set;
}

function compileCues(lex: AttributionLexicon): CompiledCues {
  const hit = compiledCache.get(lex);
  if (hit) return hit;
  const commissions = new Set(lex.commissionCues ?? []);
  // longest cue first, so "nach einer Studie" beats "nach"
  const after = byFirstToken(
    lex.sourceAfter
      .map((cue) => {
        // "in++hieß": the particle right after the source's noun phrase
        const adjacent = cue.includes('++');
        const [phrase, particle] = cue.split(/\+\+?/);
        return { tokens: cueTokens(phrase), particle: particle ?? null, adjacent, commission: commissions.has(cue) };
      })
      .sort((a, b) => b.tokens.length - a.tokens.length),
  );
  const beforeFirst = new Set(lex.sourceBefore.map((cue) => cueTokens(cue)[0]));
  const verbs = particleMap(lex.speechVerbs);
  const participles = particleMap(lex.perfectParticiples);
  const show = new Set(lex.showVerbs);
  const documentPrepositions = new Set(lex.documentPrepositions);
  const anaphoric = new Set(lex.anaphoricCues);
  // "put+at": the participle and the word that must follow it
  const passiveParticiples = new Map(lex.passiveParticiples.map((p) => {
    const [w, next] = p.split('+');
    return [w, next ?? null] as [string, string | null];
  }));
  const ownAccount = byFirstToken([
    ...(lex.ownAccount ?? []).map((cue) => ({ tokens: cueTokens(cue), possessive: false })),
    ...(lex.possessiveAccount ?? []).map((cue) => ({ tokens: cueTokens(cue), possessive: true })),
  ].sort((a, b) => b.tokens.length - a.tokens.length));
  const cueWords = new Set([
    ...after.keys(), ...ownAccount.keys(), ...beforeFirst, ...anaphoric, ...documentPrepositions, ...verbs.keys(),
    ...participles.keys(), ...passiveParticiples.keys(), ...show, ...(lex.absoluteSpeech?.verbs ?? []), ...(lex.publishedDocuments?.participles ?? []), ...(lex.soWord ? [lex.soWord] : []), ...agentParticipleForms(lex),
  ]);
  internWords(cueWords);
  internWords(SUBORDINATORS);
  // one literal for every language (no spread): the cue code sees one hidden class
  const c: CompiledCues = {
    after,
    before: lex.sourceBefore.map(cueTokens),
    beforeFirst,
    verbs,
    clauseVerbs: new Set(lex.clauseVerbs),
    reflexiveVerbs: new Set(lex.reflexiveVerbs.verbs),
    reflexivePronouns: new Set(lex.reflexiveVerbs.pronouns),
    narrativeVerbs: new Set(lex.narrativeObjects?.verbs ?? []),
    narrativeObjects: new Set(lex.narrativeObjects?.objects ?? []),
    participles,
    passiveParticiples,
    passiveAuxiliaries: new Set(lex.passiveAuxiliaries),
    agentLinks: new Set(lex.agentLinks),
    auxiliaries: new Set(lex.perfectAuxiliaries),
    stateAuxiliaries: new Set(lex.stateAuxiliaries ?? []),
    show,
    reported: new Set(lex.reportedSpeech),
    documentPrepositions,
    reportNouns: new Set(lex.reportNouns),
    firstDocumentPreposition: lex.documentPrepositions[0] ?? null,
    anaphoric,
    agentParticiple: lex.agentParticiples.length ? new RegExp(`^(?:${lex.agentParticiples.join('|')})(?:${lex.adjectiveEndings.join('|')})?$`) : null,
    sourceDocuments: lex.sourceDocuments,
    reportNounList: lex.reportNouns,
    cueWords,
    cueFilter: new WordFilter(cueWords),
    speechFilter: new WordFilter([...lex.reportedSpeech, ...lex.contentConjunctions]),
    contentConjunctions: new Set(lex.contentConjunctions),
    relativePronouns: new Set(lex.relativePronouns),
    relativeAnaphors: new Set(lex.relativeAnaphors),
    headingDocuments: new Set(lex.headingDocuments),
    clauseConjunctions: new Set(lex.clauseConjunctions),
    adjacentParticles: new Set(lex.adjacentParticles ?? []),
    subordinators: new Set(lex.subordinators),
    joinedOnly: new Set(lex.joinedOnlyVerbs),
    absoluteLink: lex.absoluteSpeech?.link ?? null,
    gappedLinks: new Set(lex.gappedLinks ?? []),
    absoluteVerbs: new Set(lex.absoluteSpeech?.verbs ?? []),
    publishVerbs: new Set(lex.publishedDocuments?.verbs ?? []),
    documentParticiples: new Set(lex.publishedDocuments?.participles ?? []),
    participleSpeech: new Set(lex.participleSpeech ?? []),
    participleLinks: new Set([',', ...(lex.participleLinks ?? [])]),
    headlineRoles: new Set([...lex.roleSuffixes, ...lex.roleWords]),
    ownAccount,
    subordinateOpeners: new Set([...lex.subordinators, ...(lex.subordinateOpeners ?? [])]),
    amountVerbs: new Set(lex.amountVerbs?.verbs ?? []),
    roleDuties: (lex.roleDuties ?? []).map((duty) => duty.split(' ')),
    valuation: {
      verbs: new Set(lex.valuationVerbs?.verbs ?? []), link: lex.valuationVerbs?.link ?? '', reach: lex.valuationVerbs?.reach ?? 0,
      notSubjects: new Set(lex.valuationVerbs?.notSubjects ?? []),
    },
    infinitiveMarkers: new Set(lex.infinitiveMarkers ?? []),
    amountLeads: new Set([...(lex.amountVerbs?.leads ?? []), ...(lex.amountVerbs?.ordinals ?? [])]),
    amountNumberWords: new Set(lex.amountVerbs?.numberWords ?? []),
    amountOrdinals: new Set(lex.amountVerbs?.ordinals ?? []),
    amountObjects: new Set(lex.amountVerbs?.objects ?? []),
    nounLikeVerbs: new Set(lex.nounLikeVerbs?.verbs ?? []),
    nounVerbFollowers: new Set(lex.nounLikeVerbs?.followers ?? []),
    amountObjectFollowers: new Set(lex.amountVerbs?.objectFollowers ?? []),
    pointing: {
      openers: new Set(lex.retrospectiveOpeners),
      verbs: new Set(lex.retrospectiveVerbs),
      negations: new Set(lex.negations),
      particles: new Set(lex.separableParticles),
      verbParticles: new Set([...lex.speechVerbs, ...lex.sourceAfter].filter((v) => v.includes('+')).map((v) => {
        const [verb, particle] = v.split('+');
        return `${verb.split(' ')[0]}+${particle.split(' ')[0]}`;
      })),
    },
  };
  compiledCache.set(lex, c);
  return c;
}

/** The inflected forms the agent-participle pattern accepts ("genannt", "genannten"); the stems are plain words. */
function agentParticipleForms(lex: AttributionLexicon): string[] {
  return lex.agentParticiples.flatMap((stem) => ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => stem + ending));
}

function matchesAt(tokens: Token[], i: number, cue: string[]): boolean {
  if (i + cue.length > tokens.length) return false;
  for (let k = 0; k < cue.length; k++) if (!tokens[i + k].lowerIs(cue[k])) return false;
  return true;
}

const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»', '‘', '’']);
/** Relative pronouns after a comma ("Jay-Z, who said"). */
const RELATIVES = ['who', 'which', 'der', 'die'];

/** Words between a publishing verb and its document ("released new growth figures showing"). */
const MAX_DOCUMENT_MODIFIERS = 2;

/** How many words a speaker's name after its verb may have before a relative clause about it. */
const SPEAKER_AFTER_VERB = 6;

/** A closing quotation mark (one character: asked only of such tokens, no string made for words). */
function isClosingQuote(t: Token): boolean {
  return t.textLength === 1 && CLOSING_QUOTES.has(t.text);
}

/** £, $, €, ¥ */
function isCurrencySign(t: Token): boolean {
  const c = t.codeAt(0);
  return c === 0xa3 || c === 0x24 || c === 0x20ac || c === 0xa5;
}

/**
 * Does a phrase's text hold a figure ("500 Mitarbeiter")? A word that starts with a digit; a
 * name with digits inside ("Check24", "O2") is none.
 */
function holdsFigure(text: string): boolean {
  return /(?:^|\s)\d/.test(text);
}

/** Starts with a digit or "%" (/^[\d%]/), read without making the token's text. */
function isNumeric(t: Token): boolean {
  const c = t.codeAt(0);
  return (c >= 48 && c <= 57) || c === 37;
}

/**
 * A whole number that is part of a name before it ("der Radiosender Athina 984 am Mittwoch
 * berichtete", "BBC Radio 4 reported"): after a capitalised word, before no noun or percent sign.
 */
function numberInName(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !prev.word || !prev.cap || k - 1 === 0) return false;
  if (!/^\d+$/.test(tokens[k].text)) return false;
  return !next || (next.word && !next.cap);
}

/** Words a noun phrase before an adjacent particle may have ("In Brüsseler Militärkreisen hieß es"). */
const PHRASE_BEFORE_PARTICLE = 5;

/** Whether a token from index `from` on is `word` (lower case), read without making the tokens' strings. */
function hasWordFrom(tokens: Token[], from: number, word: string): boolean {
  for (let k = from; k < tokens.length; k++) if (tokens[k].lowerIs(word)) return true;
  return false;
}

/**
 * One of a verb's particles from `from` on; a separable one ("gab ... an", "teilte ... mit") only
 * where it closes its clause (before a mark or a conjunction: "kündigte ... an und nannte"), so "gab
 * es an verschiedenen Orten" holds no "gab an" while "sprach von 45.000" needs its preposition anywhere.
 * A particle of two words needs both in order ("geht+von aus": "geht von 20 Prozent aus").
 */
function particleFrom(tokens: Token[], from: number, particles: readonly string[], separable: ReadonlySet<string>, conjunctions: ReadonlySet<string>): string | null {
  for (let k = from; k < tokens.length; k++) {
    for (const p of particles) {
      // two words: a preposition, then the separable particle closing the clause ("geht von 20 Prozent aus")
      const space = p.indexOf(' ');
      if (space > 0) {
        if (tokens[k].lowerIs(p.slice(0, space)) && particleFrom(tokens, k + 1, [p.slice(space + 1)], separable, conjunctions)) return p;
        continue;
      }
      if (!tokens[k].lowerIs(p)) continue;
      const next = tokens[k + 1];
      if (!separable.has(p) || !next || !next.word || conjunctions.has(next.lower)) return p;
    }
  }
  return null;
}

/** Are tokens[from, to) all words, none a number? */
function wordsOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k].word || isNumeric(tokens[k])) return false;
  return true;
}

/** The first of `links` after token i in its clause (up to a comma), else null. */
function linkInClause(tokens: Token[], i: number, links: ReadonlySet<string>): string | null {
  for (let k = i + 1; k < tokens.length && !tokens[k].textIs(','); k++) if (links.has(tokens[k].lower)) return tokens[k].lower;
  return null;
}

/**
 * Where the clause holding token i ends: its next comma outside brackets that opens another clause
 * (`opens`: ", and the studio said", ", the shares rose"; not ", including one million"), else the
 * last token's end.
 */
function clauseEndAfter(tokens: Token[], i: number, opens: (t: Token) => boolean): number {
  let depth = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k].textIs('(')) depth++;
    else if (tokens[k].textIs(')') && depth > 0) depth--;
    else if (depth === 0 && tokens[k].textIs(',') && (k + 1 >= tokens.length || opens(tokens[k + 1]))) return tokens[k].start;
  }
  return tokens[tokens.length - 1].end;
}

/** Words a name opening a sentence may have ("Borussia Dortmund", "Oxfam senior policy adviser" is not one) */
const MAX_OPENING_NAME = 6;
/** how many words an opening phrase before the subject may have ("In his pre-Budget report, Mr Brown") */
const MAX_OPENING_PHRASE = 8;
/** an English verb in the past ("surprised", "defended"): no modifier of a name */
const PAST_FORM = /^[a-z]{3,}ed$/;
/** How far back a German field before the verb is looked for (a few phrases: "Noch vor dem Beschluss des neuen Gesetzes im Landtag") */
const PREFIELD_REACH = 16;
/** how far into a time phrase opening the sentence its year may stand ("Für das laufende Jahr 2016": 4) */
const PREFIELD_YEAR_REACH = 5;
/** Words an absolute construction's subject may have ("with finance minister Hans Eichel saying"). */
const MAX_ABSOLUTE_SUBJECT = 5;
// words opening a subordinate clause after a comma (German and English)
const SUBORDINATORS = new Set(['wie', 'dass', 'ob', 'weil', 'der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'as', 'which', 'who', 'that']);

export class CueFinder {
  private readonly cues: CompiledCues;
  /**
   * only words that may start a cue, and where compounds name sources ("Polizeiangaben")
   * the capitalised words that may be such a compound, can give one: a third of German
   * words are capitalised, and few of them can
   */
  private readonly picker: Picker;
  /** isReport, bound once */
  private readonly reportTest = (t: Token): boolean => this.isReport(t);

  constructor(
    private readonly lex: AttributionLexicon,
    private readonly reader: PhraseReader,
    private readonly names: NameIndex,
  ) {
    this.cues = compileCues(lex);
    this.picker = new Picker(this.cues.cueFilter, lex.compoundDocuments ? (t) => reader.mayOwnCompound(t) : null);
  }

  /** German Konjunktiv I in a main clause: reported speech going on from the sentence before. */
  reportsSpeech(tokens: Token[]): boolean {
    // English has no such mood: nothing to look for
    if (this.cues.reported.size === 0) return false;
    // after "dass" it is the mood of the clause, not reported speech
    const filter = this.cues.speechFilter;
    for (const t of tokens) {
      if (!filter.mayHave(t)) continue;
      if (this.cues.contentConjunctions.has(t.lower)) return false;
      if (this.cues.reported.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * The dash that opens the aside closed by the dash at tokens[close], a word before it, no colon,
   * semicolon or quote inside ("the firm - China's biggest jet fuel supplier -"), else -1.
   */
  private dashAsideOpening(tokens: Token[], close: number): number {
    for (let k = close - 1; k > 0 && k >= close - APPOSITION_TOKENS; k--) {
      const t = tokens[k];
      if (DASHES.has(t.text)) return k < close - 1 && tokens[k - 1].word ? k : -1;
      if (t.textIs(';') || t.textIs(':') || t.textIs('.') || isClosingQuote(t)) return -1;
    }
    return -1;
  }

  /**
   * The comma that opens the aside closed by the comma at tokens[close], when the aside starts with
   * a relative pronoun or an article ("The firm, which ...,", "X, a banker who ...,"), else -1.
   */
  private asideOpening(tokens: Token[], close: number): number {
    let listed = false;
    for (let k = close - 1, end = close; k > 0 && k >= close - 25; k--) {
      const t = tokens[k];
      // (a colon between capitalised words is a title's: "Star Wars: The Phantom Menace")
      if (t.textIs(';') || (t.textIs(':') && !(tokens[k - 1].cap && tokens[k + 1].cap)) || isClosingQuote(t)) return -1;
      if (!t.textIs(',')) {
        // ("whose films include Schindler's List, Michael Collins and Star Wars,": a list of names ends the aside)
        if (end === close && this.lex.listConjunctions?.includes(t.lower) && tokens[k - 1].cap && tokens[k + 1].cap) listed = true;
        continue;
      }
      // ("who have indicted 19 people in Newark, New Jersey,": a place and its state, one name)
      if (placeAndRegion(tokens, k, close)) continue;
      const first = tokens[k + 1];
      if (first && this.lex.asideOpeners.includes(first.lower)) return k;
      if (!listed || !this.namesOnly(tokens, k + 1, end)) return -1;
      end = k;
    }
    return -1;
  }

  /** Are tokens [from, to) capitalised words, with name connectors, list conjunctions and colons between them? */
  private namesOnly(tokens: Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t.word && t.cap) continue;
      const inner = k > from && k < to - 1 && tokens[k - 1].cap && tokens[k + 1].cap;
      if (inner && (t.textIs(':') || this.lex.nameConnectors.includes(t.lower) || this.lex.listConjunctions?.includes(t.lower))) continue;
      return false;
    }
    return to > from;
  }

  /** "as already announced by": a comment opener (AttributionLexicon.commentOpeners) a word or two before the participle at i. */
  private afterCommentOpener(tokens: Token[], i: number): boolean {
    const openers = this.lex.commentOpeners;
    if (!openers) return false;
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (openers.includes(tokens[k].lower)) return true;
    return false;
  }

  /**
   * Does `particle` follow a noun phrase that starts at token `from`: capitalised words, articles
   * and inflected adjectives only, at least one noun ("Brüsseler Militärkreisen hieß", not "Wien
   * stiegen die Preise ..., hieß")?
   */
  private particleAfterPhrase(tokens: Token[], from: number, particle: string): boolean {
    // (a particle of words in a row: "hieß es", not "heißt das")
    const words = particle.split(' ');
    let nouns = 0;
    for (let k = from; k < tokens.length && k < from + PHRASE_BEFORE_PARTICLE + 1; k++) {
      const t = tokens[k];
      if (t.lowerIs(words[0])) return nouns > 0 && words.every((w, n) => tokens[k + n]?.lowerIs(w));
      if (!t.word) return false;
      if (t.cap) nouns++;
      else if (!this.reader.isArticle(t) && !this.reader.inflected(t)) return false;
    }
    return false;
  }

  /** An auxiliary of the passive right before tokens[i] ("were announced", "has been unveiled"). */
  private afterPassiveAuxiliary(tokens: Token[], i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (!this.cues.passiveAuxiliaries.has(tokens[k].lower) && tokens[k].lower !== 'been') continue;
      // "the £7.4m which was announced by the SEC": a relative clause modifies the figure before it
      const before = tokens[k - 1];
      return !(before && RELATIVES.includes(before.lower)) && !(before && before.lower === 'that');
    }
    return false;
  }

  /**
   * Does what is said start at tokens[from], not a speaker: an article and a figure (figureOpensContent),
   * or a finite verb (contentVerbs) within a few words, before any punctuation?
   */
  private opensContent(tokens: Token[], from: number): boolean {
    if (this.figureOpensContent(tokens, from)) return true;
    if (this.cues.contentConjunctions.has(tokens[from].lower)) return true;
    // "said he believed a 300p bid would do": a pronoun with a word after it is the subject of what is said
    if (this.lex.pronounAfterVerbEndsClause && this.lex.anaphors.includes(tokens[from].lower) && tokens[from + 1]?.word && !tokens[from + 1].cap) return true;
    const verbs = this.lex.contentVerbs;
    if (verbs.length === 0) return false;
    for (let k = from; k < tokens.length && k <= from + 5; k++) {
      const t = tokens[k];
      // ("said analysts who have studied the market": the relative clause is the speaker's)
      if (!t.word || RELATIVES.includes(t.lower)) return false;
      if (k > from && verbs.includes(t.lower)) return true;
    }
    return false;
  }

  /**
   * "said the 138p a share offer provided ...": an article and a figure with no capitalised word in the
   * next four tokens; not "said the 27-year-old", "sagte der 33-jährige Franzose Mathieu", "said 3
   * spokesperson Belinda Henderson", "berichtete 9to5Mac".
   */
  private figureOpensContent(tokens: Token[], from: number): boolean {
    const figure = from + 1;
    const t = tokens[figure];
    if (!t || !this.reader.isArticle(tokens[from]) || !isNumeric(t) || numberInName(tokens, figure) || this.reader.isAgeNoun(t)) return false;
    for (let k = figure; k < tokens.length && k < figure + 4; k++) if (tokens[k].word && tokens[k].cap) return false;
    return true;
  }

  /**
   * The name between two commas ending at `comma` when the words before the first comma are a
   * role or a body ("Argentine Economic Minister, Roberto Lavagna,", "Leading plaintiff, the University of
   * California,"), else null; with `firstAside`, only where no comma stands before the first one.
   */
  private appositionName(tokens: Token[], comma: number, firstAside = false): Phrase | null {
    let open = comma - 1;
    while (open > 0 && open > comma - 8 && !tokens[open].textIs(',')) open--;
    if (open <= 0 || !tokens[open].textIs(',') || open === comma - 1) return null;
    if (firstAside && tokens.slice(0, open).some((t) => t.textIs(','))) return null;
    // names only, an article before them and connectors inside ("Leading plaintiff, the University of California, said")
    for (let k = open + 1; k < comma; k++) {
      const t = tokens[k];
      if (this.reader.nameWord(t)) continue;
      if (k === open + 1 && this.reader.isDefiniteArticle(t) && k + 1 < comma) continue;
      if (k > open + 1 && this.lex.nameConnectors.includes(t.lower) && this.reader.nameWord(tokens[k - 1]) && this.reader.nameWord(tokens[k + 1])) continue;
      return null;
    }
    // the role right before the comma, or before its owner ("The director of public prosecutions, Ken Macdonald, says");
    // or a body right before it ("The French statistics agency, INSEE, expects")
    if (this.reader.isBodyNoun(tokens[open - 1])) {
      const body = this.reader.readAfter(tokens, open + 1, comma);
      return body.type === 'name' ? body : null;
    }
    let role = open - 1;
    // (back past the words of the owner's name, "&" too: "The head of Ernst & Young, John Smith,")
    for (let n = 0; n < 8 && role > 0 && (tokens[role].word || this.lex.nameConnectors.includes(tokens[role].lower)) && !this.reader.isRole(tokens[role]); n++) role--;
    if (!this.reader.isRole(tokens[role]) || (role < open - 1 && !this.lex.ownerLinks.includes(tokens[role + 1].lower) && !this.roleInPlace(tokens, role, open) &&
      !this.roleDutyAt(tokens, role + 1, open))) return null;
    const name = this.reader.readAfter(tokens, open + 1, comma);
    return name.type === 'name' ? name : null;
  }

  /** Does one of AttributionLexicon.roleDuties ("in charge of") start at tokens[k], with words after it before tokens[open]? */
  private roleDutyAt(tokens: Token[], k: number, open: number): boolean {
    return this.cues.roleDuties.some((duty) => duty.length < open - k && duty.every((w, j) => tokens[k + j].lowerIs(w)));
  }

  /** "correspondent in Jakarta" before the comma at tokens[open]: the role, a place link and capitalised words only. */
  private roleInPlace(tokens: Token[], role: number, open: number): boolean {
    if (!this.lex.rolePlaceLinks?.includes(tokens[role + 1].lower) || role + 2 >= open) return false;
    for (let k = role + 2; k < open; k++) if (!tokens[k].cap) return false;
    return true;
  }

  /** The name before the comma that opens an apposition ending at tokens[comma] whose first words hold a role, or null. */
  private nameBeforeRole(tokens: Token[], comma: number): Phrase | null {
    let open = comma - 1;
    while (open > 0 && open > comma - APPOSITION_TOKENS && !tokens[open].textIs(',')) open--;
    if (open <= 0 || !tokens[open].textIs(',') || open === comma - 1) return null;
    // (a role among its first words, or anywhere in one opened by an article: "High, the Rugby Football
    // Union's referees' manager, claimed")
    const reach = this.reader.isArticle(tokens[open + 1]) ? comma - 1 : open + 3;
    let role = false;
    for (let k = open + 1; k < comma && k <= reach && !role; k++) role = this.reader.isRole(tokens[k]);
    if (!role || !this.reader.nameWord(tokens[open - 1])) return null;
    const name = this.reader.readBefore(tokens, open, 0);
    return name.type === 'name' && !name.articled && !holdsFigure(name.text) ? name : null;
  }

  /**
   * "the central bank released growth figures showing ...": the subject of the publishing verb a
   * word or two before the document right before the participle at i, else null.
   */
  private publisherOfDocument(tokens: Token[], i: number): Phrase | null {
    if (!this.reader.isDocument(tokens[i - 1])) return null;
    for (let k = i - 2; k >= 1 && k >= i - 1 - MAX_DOCUMENT_MODIFIERS - 1; k--) {
      if (!tokens[k].word) return null;
      if (!this.cues.publishVerbs.has(tokens[k].lower)) continue;
      const subject = this.reader.readBefore(tokens, k, 0);
      return subject.type === 'none' ? null : subject;
    }
    return null;
  }

  /** "with analysts saying": the link word before the subject of the verb at i (CompiledCues.absoluteLink), else -1. */
  private absoluteLinkBefore(tokens: Token[], i: number): number {
    const link = this.cues.absoluteLink;
    if (link === null) return -1;
    for (let k = i - 1; k >= 0 && k >= i - MAX_ABSOLUTE_SUBJECT - 1; k--) {
      if (!tokens[k].word) return -1;
      if (tokens[k].lowerIs(link)) return k < i - 1 ? k : -1;
    }
    return -1;
  }

  /**
   * Token span [open, close] of the aside subjectOf() last read its subject past (the commas
   * around "who has four children"), or -1s: read by the caller right after the call.
   */
  private asideOpen = -1;
  private asideClose = -1;

  /** The subject of a verb at tokens[i] whose clause a comma at tokens[i - 1] ends: before the aside the comma closes. */
  private subjectBeforeAside(tokens: Token[], i: number): Phrase {
    // "The firm, which is to receive £24.5m from Chelsea, said", "Stephen Schechter, a banker who
    // has held talks with Borussia Dortmund, said": the subject before a relative clause or an
    // apposition with an article, not the last name inside it
    // "Argentine Economic Minister, Roberto Lavagna, told", "Leading plaintiff, the University of California,
    // said": the name between the commas, not its role (before an aside that opens with an article)
    // (only as the sentence's first aside: "Hans Reckers, a board member of Germany's central bank, the
    // Bundesbank, said" nests the bank's name in Reckers' aside)
    const apposed = this.appositionName(tokens, i - 1, true);
    if (apposed) return apposed;
    let open = this.asideOpening(tokens, i - 1);
    // ("Kurt Huber, der Trainer der Grazer, die ..., warnte": asides nest; the subject precedes the first)
    for (let n = 0, outer = open; n < 2 && outer > 0; n++) {
      outer = this.asideOpening(tokens, open);
      if (outer > 0) open = outer;
    }
    if (open > 0) {
      // ("John Smith, 54, who joined the bank in 1990, said": the name before the age)
      const named = open > 2 && isNumeric(tokens[open - 1]) && tokens[open - 2].textIs(',') ? open - 2 : open;
      const subject = this.reader.readBefore(tokens, named, 0);
      // ("The 27-year-old, who scored 12 goals, said": a figure is no name)
      if (subject.type !== 'none' && !/\d/.test(subject.text)) {
        // (the age is the narrator's too)
        this.asideOpen = named;
        this.asideClose = i - 1;
        return subject;
      }
    }
    const named = this.appositionName(tokens, i - 1);
    if (named) return named;
    // "Richard Cassidy, technischer Chef der Sicherheitsfirma Alert Logic, rät": the name before an
    // apposition that holds a role word among its first words
    const before = this.nameBeforeRole(tokens, i - 1);
    if (before) return before;
    return this.reader.readBefore(tokens, i, 0);
  }

  /** The subject of a reporting verb at tokens[i]: before it ("Trump sagte") or after it ("sagte Trump"). */
  private subjectOf(tokens: Token[], i: number, afterCue: boolean): Phrase {
    this.asideOpen = -1;
    this.asideClose = -1;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Anglo-American, the international mining company, which estimates": the name the apposition describes
    if (this.afterRelativePronoun(tokens, i)) {
      const antecedent = this.nameBeforeApposition(tokens, i - 2);
      if (antecedent) return antecedent;
    }
    // ", which it said could reach 14.8%", ", die es auf 5 Prozent schätzt": the pronoun speaks
    const relative = this.relativeSubject(tokens, i);
    if (relative) return relative;
    // "A survey of 280 schemes by IDS said": the report's author, not the figure in the subject
    const authored = this.reader.authorOfReportBefore(tokens, i, this.reportTest);
    if (authored) return authored;
    // "A National Audit Office report on the 20 biggest projects says": the report, not its topic
    const topical = this.reader.documentBeforeTopic(tokens, i);
    if (topical) return topical;
    // "Mit zumindest 50 Millionen rechnet der Ex-Direktor X", "Für 2016 erwartet X 300 Euro": a field opened
    // by a preposition before the verb holds no subject (German), the subject follows the verb
    if (this.lex.capitalisedNouns && prev?.word && this.prepositionField(tokens, i)) {
      const subject = next?.word ? this.reader.readAfter(tokens, i + 1) : NONE;
      if (subject.type === 'name' && !this.opensContent(tokens, i + 1)) return subject;
    }
    // "A small number, 17%, said they wouldn't": a share in apposition to the subject, its own people speak
    if (tokens[i - 1]?.textIs(',') && tokens[i - 2]?.textIs('%') && tokens[i - 3] && isNumeric(tokens[i - 3]) && tokens[i - 4]?.textIs(',')) return NONE;
    // "69% of over-55s say", "70% said they would": the figure's own people speak
    // ("… 0.8% in January and Nationwide reported": a conjunction opens the speaker's own clause)
    for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
      if (!tokens[k].word && !tokens[k].textIs('%')) break;
      // "2% after the Bank of England said": the figure is the main clause's
      if (this.cues.subordinators.has(tokens[k].lower)) break;
      if (k < i - 1 && afterCue && this.cues.clauseConjunctions.has(tokens[k].lower) && (this.reader.phraseStartBefore(tokens, i, 0)?.start ?? -1) > k && this.figureFollows(tokens, i)) break;
      // "The 27-year-old said": a person by age, no figure of people
      if (this.reader.ageSpeakerAt(tokens, k, i)) break;
      // "In 2004 Tesco said", "In June 2004 the firm said": a time before the subject, no figure of people
      if (this.yearAfterPreposition(tokens, k)) break;
      if (isNumeric(tokens[k]) && !numberInName(tokens, k)) return NONE;
    }
    // ("told the French media": whom the speaker told)
    let after = next && (next.word || next.textIs('(')) && !this.lex.addresseeVerbs?.includes(tokens[i].lower) ? this.reader.readAfter(tokens, i + 1) : NONE;
    // "said the government had adopted a cautious approach", "have said they need more": what is said, not who says it
    if (after.type !== 'none' && this.opensContent(tokens, i + 1)) after = NONE;
    // "„…“, sagte Trump" / "…, said Mr Smith": the subject follows
    if (!prev) return after;
    if (prev.textIs(',')) {
      if (tokens[i - 2] && isClosingQuote(tokens[i - 2])) return after;
      // "Jeff Bewkes, chief executive of Time Warner, said": the subject before the apposition
      if (after.type !== 'none') return after;
      return this.subjectBeforeAside(tokens, i);
    }
    // "Deutsche Boerse, the German stock exchange ..., has (also) said": auxiliaries and adverbs between the aside and the verb
    // (tokens[verb - 1] is prev or a word before it: it exists)
    let verb = i;
    while (verb > 1 && i - verb < 3 && this.reader.isAdverb(tokens[verb - 1])) verb--;
    if (verb < i && verb > 1 && tokens[verb - 1].textIs(',') && after.type === 'none' && !isClosingQuote(tokens[verb - 2])) {
      const subject = this.subjectBeforeAside(tokens, verb);
      if (subject.type !== 'none') return subject;
    }
    // "the firm - China's biggest jet fuel supplier - said" (or "- has said"): the subject before an aside between dashes
    if (DASHES.has(tokens[verb - 1].text) && after.type === 'none') {
      const open = this.dashAsideOpening(tokens, verb - 1);
      const subject = open > 0 ? this.reader.readBefore(tokens, open, 0) : NONE;
      if (subject.type !== 'none' && !/\d/.test(subject.text)) {
        this.asideOpen = open;
        this.asideClose = verb - 1;
        return subject;
      }
    }
    if (!prev.word && !prev.textIs(')') && !this.reader.ageSpeakerAt(tokens, i - 1, i)) return after;
    // "Jay-Z, who said": the subject stands before the comma
    if (RELATIVES.includes(prev.lower) && tokens[i - 2]?.textIs(',')) {
      return this.reader.readBefore(tokens, i - 2, 0);
    }
    // "minister Heizo Takenaka who said": "who" (a person's relative only) right after a name
    if (prev.lower === 'who' && !prev.cap && tokens[i - 2]?.word && tokens[i - 2].cap) {
      const named = this.reader.readBefore(tokens, i - 1, 0);
      if (named.type === 'name') return named;
    }
    const before = this.reader.readBefore(tokens, i, 0);
    const noSubjectBefore = this.prefieldIsNoSubject(tokens, i);
    if (before.type === 'none') return noSubjectBefore ? after : before;
    // "Die positive Seite des neuen Abodienstes betont nun der Youtube-Star Pewdiepie": a name in a
    // genitive right before the verb belongs to the fronted object; the subject follows the verb
    // (past an adverb after the verb: "betont nun der Youtube-Star")
    if (this.genitiveBeforeVerb(tokens, i)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && this.reader.isAdverb(tokens[k])) k++;
      const subject = k === i + 1 ? after : this.reader.readAfter(tokens, k);
      if (subject.type === 'name' && !this.opensContent(tokens, k)) return subject;
    }
    if (after.type === 'none') return before;
    if (noSubjectBefore && this.lex.capitalisedNouns) return after;
    if (this.prefieldIsAddressee(tokens, i)) return after;
    // "Dabei sagte der Minister": a capitalised sentence opener is no subject
    const first = tokens[0];
    if (before.type === 'name' && prev === first && !this.isOpenerName(first.text)) return after;
    // "Stolz erzählt Bürgermeister Hans Huber": a lone opener used nowhere else as a name
    // is no subject when a role and a name follow the verb
    // ("Gruselig beschrieb sie"): likewise before a pronoun
    if (before.type === 'name' && prev === first && this.lex.capitalisedNouns && !this.names.isNameLike(first.text)
      && ((this.reader.isRole(next) && this.reader.nameWord(tokens[i + 2])) || after.type === 'anaphor')) return after;
    return before;
  }

  /**
   * The pronoun subject of a reporting verb in a relative clause: a comma, a relative
   * pronoun, a pronoun, then words or figures up to the verb (German puts it last).
   */
  private relativeSubject(tokens: Token[], i: number): Phrase | null {
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const t = tokens[k];
      if (t.textIs(',')) {
        const rel = tokens[k + 1];
        const pronoun = tokens[k + 2];
        if (k + 2 >= i || !this.cues.relativePronouns.has(rel.lower) || !this.cues.relativeAnaphors.has(pronoun.lower)) return null;
        return relativeAnaphor(pronoun.text);
      }
      if (!t.word && !isNumeric(t) && !t.textIs('%')) return null;
    }
    return null;
  }

  /**
   * "In Zahlen des Innenministeriums ausgedrückt: ...", "Die Daten der Polizei: ...": a document
   * owned by a named source, alone before a colon at the sentence start, heads what follows.
   */
  private headingCue(tokens: Token[], out: Cue[]): void {
    let colon = -1;
    for (let k = 0; k < tokens.length && k <= 10; k++) {
      if (tokens[k].textIs(':')) { colon = k; break; }
      if (!tokens[k].word) return;
    }
    if (colon < 1) return;
    const colonStart = tokens[colon].start;
    if (colon === 1) {
      // "Zeitung: Schlecker ...", "NGO: 198 Zivilisten ... getötet": a headline that opens with its
      // source, a role ("Fazit:", "Tirol:" name none; a document alone, "Studie:", "Antwort:", is no author;
      // the role as listed: "Vorrat:" only ends as "Rat" does)
      const head = tokens[0];
      if (!out.some((cue) => cue.start < colonStart) && head.word && this.cues.headlineRoles.has(head.lower)) {
        out.push(makeCue(head.start, tokens[1].end, namePhrase(head.text), RANK_EXPLICIT));
      }
      return;
    }
    for (const cue of out) if (cue.start < colonStart) return;
    let k = 0;
    if (this.cues.documentPrepositions.has(tokens[0].lower)) k++;
    while (k < colon && this.reader.isArticle(tokens[k])) k++;
    if (k >= colon || !this.cues.headingDocuments.has(tokens[k].lower)) return;
    const phrase = this.reader.readAfter(tokens, k, colon);
    if (phrase.type === 'name') out.push(makeCue(tokens[0].start, tokens[colon].end, phrase, RANK_EXPLICIT));
  }

  /** Does a perfect auxiliary stand before tokens[i] in its clause (no comma or subordinator between)? */
  private perfectAuxiliaryBefore(tokens: Token[], i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - PREFIELD_REACH * 2; k--) {
      const t = tokens[k];
      if (t.textIs(',') || t.textIs(';') || t.textIs(':') || this.cues.subordinators.has(t.lower)) return false;
      if (this.cues.auxiliaries.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * Does the field before tokens[verb] (after a comma, colon or dateline dash) open with an adverb
   * and a prepositional phrase ("Noch vor dem Beschluss ... haben die Klubobleute")? Not "Auch die
   * Polizei hat": there the adverb stands before the subject. German fields are short: a few words.
   */
  private prefieldOpensWithAdverb(tokens: Token[], verb: number): boolean {
    const from = Math.max(0, verb - PREFIELD_REACH);
    let start = from;
    for (let k = verb - 1; k >= from; k--) if (tokens[k].textIs(',') || tokens[k].textIs(':') || tokens[k].textIs('–')) { start = k + 1; break; }
    if (start === from && from > 0) return false;
    const first = tokens[start];
    return start + 1 < verb && this.reader.isAdverb(first) && !this.reader.isPreposition(first) && this.reader.isPreposition(tokens[start + 1]);
  }

  /** "Das Ministerium hatte im Juni mitgeteilt": the subject opens the sentence or follows the auxiliary. */
  private perfectSubject(tokens: Token[], participle: number): Phrase {
    let aux = -1;
    let ownClause = true;
    for (let k = participle - 1; k >= 0; k--) {
      if (this.cues.auxiliaries.has(tokens[k].lower)) { aux = k; break; }
      // ("..., die Mannschaft ist aber gewarnt": a state; the "hat" further back is another clause's)
      if (ownClause && this.cues.stateAuxiliaries.has(tokens[k].lower)) return NONE;
      if (tokens[k].textIs(',')) ownClause = false;
    }
    // "Ende 2014 war der Abbau von 110 Stellen bekanntgegeben worden": a passive names no speaker
    if (this.cues.passiveAuxiliaries.has(tokens[participle + 1]?.lower ?? '')) return NONE;
    // "…, nachdem die Voestalpine mitgeteilt hatte": the auxiliary last, the subject after the subordinator
    if (aux < 0 && this.cues.auxiliaries.has(tokens[participle + 1]?.lower ?? '')) {
      for (let k = participle - 1; k >= 0 && !tokens[k].textIs(','); k--) {
        if (!this.cues.subordinators.has(tokens[k].lower)) continue;
        return this.reader.startsPhrase(tokens, k + 1) ? this.reader.readAfter(tokens, k + 1, participle) : NONE;
      }
    }
    if (aux < 0) return NONE;
    // "Von Reuters befragte Ökonomen hatten ... erwartet"; a place before the auxiliary is skipped
    // ("Noch vor dem Beschluss des Gesetzes haben die Klubobleute ... verkündet": after an adverb the subject follows it)
    const before = this.prefieldOpensWithAdverb(tokens, aux) ? NONE : this.reader.readBefore(tokens, aux, 0);
    if (before.type !== 'none') return before;
    return this.reader.startsPhrase(tokens, aux + 1) ? this.reader.readAfter(tokens, aux + 1) : NONE;
  }

  /**
   * The agent of a passive participle at tokens[i], NONE for a passive without one, or
   * null when no passive auxiliary stands in its clause (then it is no passive). The agent
   * follows a link ("von", "by") between the auxiliary and the participle or after it.
   */
  private passiveAgent(tokens: Token[], i: number): Phrase | null {
    const c = this.cues;
    const clauseEnd = (t: Token) => t.textIs(',') || t.textIs(';') || t.textIs(':') || t.textIs('–') || t.textIs('—') || t.textIs('-');
    let aux = -1;
    for (let k = i - 1; k >= 0 && k >= i - 15 && !clauseEnd(tokens[k]); k--) {
      if (c.passiveAuxiliaries.has(tokens[k].lower)) { aux = k; break; }
    }
    // "…, der vom Verband auf 2 Mio. Euro geschätzt wurde": the auxiliary after it
    if (aux < 0) {
      for (let k = i + 1; k < tokens.length && k <= i + 2 && !clauseEnd(tokens[k]); k++) {
        if (c.passiveAuxiliaries.has(tokens[k].lower)) { aux = k; break; }
      }
    }
    if (aux < 0) return null;
    const agentAt = (from: number, to: number): Phrase | null => {
      for (let k = from; k < to; k++) {
        if (clauseEnd(tokens[k])) return null;
        if (!c.agentLinks.has(tokens[k].lower)) continue;
        const next = tokens[k + 1];
        if (!next || !next.word || isNumeric(next)) continue;
        const phrase = this.reader.readAfter(tokens, k + 1, to);
        if (phrase.type !== 'none' && !/\d/.test(phrase.text)) return phrase;
      }
      return null;
    };
    let before = aux;
    if (aux > i) {
      before = i - 1;
      while (before >= 0 && before >= i - 15 && !clauseEnd(tokens[before])) before--;
    }
    let end = i + 1;
    while (end < tokens.length && end <= i + 12 && !clauseEnd(tokens[end])) end++;
    return agentAt(before + 1, i) ?? (this.lex.agentFollows ? agentAt(i + 1, end) : null) ?? NONE;
  }

  /**
   * "Dem STANDARD sagte die Sprecherin", "Der Zeitung sagte ein Sprecher": the field before
   * the verb is whom the speaker told (a dative article, or a masthead word as its head),
   * and the subject follows the verb (not an object: "zitierte einen Sprecher").
   */
  private prefieldIsAddressee(tokens: Token[], verb: number): boolean {
    if (verb < 2 || this.lex.addresseeArticles.length === 0) return false;
    // only words before the verb, and words in brackets ("Die Aktiva (Total Assets) der Aval beziffert")
    let depth = 0;
    for (let k = 0; k < verb; k++) {
      if (tokens[k].textIs('(')) depth++;
      else if (tokens[k].textIs(')') && depth > 0) depth--;
      else if (!tokens[k].word && depth === 0) return false;
    }
    // the subject right after the verb: an article or a name, not "berichtete von dem Fall"
    const next = tokens[verb + 1];
    if (!next || !next.word || this.lex.objectArticles.includes(next.lower) || this.reader.isPreposition(next)) return false;
    if (!this.reader.isArticle(next) && !next.cap) return false;
    const first = tokens[0];
    // (an accusative object opening the sentence is no subject either: "Den Schaden beziffert die Versicherung")
    if (this.lex.addresseeArticles.includes(first.lower)) return true;
    if (this.lex.objectArticles.includes(first.lower) && !this.lex.articlePlaces?.includes(tokens[1].lower)) return true;
    // "Die Zahl der Arbeitslosen schätzt das Wifo auf ...": an amount estimates nothing, it is the object
    // (with a verb of estimating: "Der Verlust bestätigt die Befürchtungen" has its subject up front)
    const amounts = this.lex.amountObjects;
    if (amounts && this.reader.isArticle(first) && isAmountNoun(tokens[1].lower, amounts) && amounts.verbs.includes(tokens[verb].lower)) return true;
    return this.lex.mastheadArticles.includes(first.lower) && this.lex.mastheadWords.includes(tokens[verb - 1].lower);
  }

  private isOpenerName(word: string): boolean {
    return !openerSet(this.lex).has(word.toLowerCase()) || this.names.isNameLike(word);
  }

  /**
   * "Das sagte X", "Dies teilte X mit", "Das zeigt eine Studie der X": a demonstrative
   * alone before a reporting verb is its object, the phrase after the verb its subject,
   * and the sentence points back at the one before. Not other verbs ("Das erklärt die
   * hohe Inflation": the demonstrative is the subject), not a denial ("Das bestätigte X
   * nicht"), not with another verb's particle at the end ("Das schreibt das Gesetz vor").
   */
  pointsBack(tokens: Token[], verb: number): boolean {
    const p = this.cues.pointing;
    if (verb !== 1 || !p.openers.has(tokens[0].lower) || !p.verbs.has(tokens[1].lower)) return false;
    let last = tokens.length - 1;
    while (last > 1 && !tokens[last].word) last--;
    const end = tokens[last].lower;
    if (last > 1 && p.particles.has(end) && !p.verbParticles.has(`${tokens[1].lower}+${end}`)) return false;
    for (let k = 2; k < tokens.length; k++) if (p.negations.has(tokens[k].lower)) return false;
    return true;
  }

  /** Whether the noun phrase from tokens[k] is headed by a document ("eine neue Studie", "figures from"), past articles and lower-case words. */
  private documentAfter(tokens: Token[], k: number): boolean {
    for (let n = 0; k < tokens.length && n < 4 && tokens[k].word; k++, n++) {
      const t = tokens[k];
      if (this.reader.isDocument(t)) return !this.reader.isRequest(t);
      if (t.cap && this.lex.capitalisedNouns) return false;
    }
    return false;
  }

  /** Does the clause of the verb at tokens[verb] open with a preposition ("Mit 300 Euro rechnet")? */
  private prepositionField(tokens: Token[], verb: number): boolean {
    let start = 0;
    for (let k = verb - 1; k >= 0; k--) if (tokens[k].textIs(',') || tokens[k].textIs(':') || tokens[k].textIs('–')) { start = k + 1; break; }
    return start < verb - 1 && this.reader.isPreposition(tokens[start]);
  }

  /**
   * German puts the verb second: when the field before it is a place, time or
   * adverb ("In China rechnet der VW-Rivale", "Dabei sagte der Minister"), the
   * subject follows the verb.
   */
  private prefieldIsNoSubject(tokens: Token[], verb: number): boolean {
    // "Für den Gewinn vor Zinsen, Steuern und Abschreibungen (Ebitda) rechnet das Unternehmen":
    // a sentence opening with a preposition puts the main verb's subject after it,
    // unless a subordinate clause ("…, wie X berichtete") holds the verb
    const opener = tokens[0];
    if (this.pointsBack(tokens, verb)) return true;
    // "Auch China kritisierte": a focus adverb before the subject, both in the field before the verb
    const focus = opener && this.reader.isAdverb(opener) && !this.reader.isPreposition(opener) && verb > 1 && this.reader.phraseStartBefore(tokens, verb, 1)?.start === 1;
    if (opener && verb > 0 && !focus && (this.reader.isPreposition(opener) || this.reader.isAdverb(opener))) {
      let sub = false;
      for (let k = 1; k < verb && !sub; k++) sub = tokens[k - 1].textIs(',') && SUBORDINATORS.has(tokens[k].lower);
      if (!sub) return true;
    }
    let start = 0;
    for (let k = verb - 1; k >= 0; k--) if (tokens[k].textIs(',') || tokens[k].textIs(':')) { start = k + 1; break; }
    const first = tokens[start];
    if (!first || start >= verb) return true;
    if (this.reader.isPreposition(first) || this.reader.isAdverb(first) || this.reader.isStop(first) || isNumeric(first)) return true;
    return start === 0 && first.cap && !this.reader.isArticle(first) && !this.isOpenerName(first.text) && !this.reader.nameWord(tokens[start + 1]);
  }

  /**
   * Does a genitive article (AttributionLexicon.genitiveRoleArticles) open the last words before the
   * verb at tokens[verb], after a noun ("Seite des neuen Abodienstes betont")?
   */
  private genitiveBeforeVerb(tokens: Token[], verb: number): boolean {
    const articles = this.lex.genitiveRoleArticles;
    if (!articles) return false;
    for (let k = verb - 1; k > 0 && k >= verb - 4; k--) {
      const t = tokens[k];
      if (!t.word) return false;
      if (t.lowerIsAnyOf(articles)) return tokens[k - 1].word && tokens[k - 1].cap && !this.reader.isArticle(tokens[k - 1]);
    }
    return false;
  }

  /** Does an infinitive marker and a lower-case word follow tokens[k] ("… zu sammeln")? */
  private infinitiveAfter(tokens: Token[], k: number): boolean {
    const marker = tokens[k + 1];
    const verb = tokens[k + 2];
    return !!marker && !!verb && verb.word && !verb.cap && this.cues.infinitiveMarkers.has(marker.lower);
  }

  /** "Expertenschätzungen gehen von ... aus", "An der Spitze der OECD-Auswertung": a compound that names its source. */
  private compoundCue(tokens: Token[], i: number, out: Cue[]): boolean {
    const t = tokens[i];
    // "aus ihrer Modellberechnung": a possessive names the owner, the compound's head is no source
    if (this.reader.isPossessive(tokens[i - 1])) return false;
    // "um die nötigen Umgebungsinformationen zu sammeln": the object of an infinitive is gathered, not cited
    if (this.infinitiveAfter(tokens, i)) return false;
    const owner = this.reader.compoundOwner(t);
    if (owner && (/^\p{Lu}{2,}$/u.test(owner) || this.endsInSourceDocument(t))) {
      out.push(makeCue(t.start, t.end, namePhrase(owner), RANK_EXPLICIT));
      return true;
    }
    return false;
  }

  /**
   * Whether the word ends in a document noun that names its source ("-angaben"). A loop,
   * not some() with an arrow: a closure over `t` would make V8 allocate a context on every
   * call of the caller, which is asked about every capitalised word.
   */
  private endsInSourceDocument(t: Token): boolean {
    const documents = this.cues.sourceDocuments;
    for (let j = 0; j < documents.length; j++) if (t.lowerEndsWith(documents[j])) return true;
    return false;
  }

  /** "in einer Studie", "in a report": a document that names its author, unlike "in den Arbeitslosenzahlen". */
  isReport(doc: Token): boolean {
    return this.isReportWord(doc.lower);
  }

  /** Do the tokens open with a cue that names its source after it ("According to recent figures, ...")? */
  opensWithSourceCue(tokens: Token[]): boolean {
    return !!tokens[0] && (this.cues.after.get(tokens[0].lower)?.some((cue) => matchesAt(tokens, 0, cue.tokens)) ?? false);
  }

  /** isReport for a lower-case word */
  isReportWord(lower: string): boolean {
    return this.cues.reportNouns.has(lower) || this.cues.reportNounList.some((r) => lower.endsWith(r));
  }

  /**
   * Whether the sentence cites a report through a document preposition without naming its
   * author there ("Jupiter said in a report", "In einer Studie kommt das IHS zu dem Schluss"):
   * then the sentence's speaker wrote it.
   */
  citesReport(tokens: Token[]): boolean {
    for (let i = 0; i < tokens.length - 1; i++) {
      // every word compared in place: a lower-case string for each would be garbage
      if (!tokens[i].lowerIsAnyOf(this.lex.documentPrepositions)) continue;
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && tokens[k].word && !this.reader.isDocument(tokens[k]) && (!tokens[k].cap || this.reader.isArticle(tokens[k]))) k++;
      const doc = tokens[k];
      if (doc && k <= i + 3 && this.reader.isDocument(doc) && this.isReport(doc)) return true;
    }
    return false;
  }

  /**
   * English "BA's estimated revenues", "a predicted extra £250m": adjectives, not verbs. German
   * only after an indefinite article or a preposition and its article ("durch das erwartete
   * Bevölkerungswachstum"): "Das erwartete die Regierung" opens with a pronoun.
   */
  private adjectival(tokens: Token[], i: number): boolean {
    const before = tokens[i - 1];
    if (!this.lex.capitalisedNouns) return this.reader.isArticle(before) || /['’]s$/.test(before?.text ?? '');
    // ("Über das berichtete die Zeitung": an article after it makes "das" a pronoun and the word a verb)
    if (!this.reader.isArticle(before) || this.reader.isArticle(tokens[i + 1])) return false;
    if (this.lex.indefiniteArticles.includes(before.lower) || (i >= 2 && this.reader.isPreposition(tokens[i - 2]))) return true;
    // "ein Anstieg der berichtete(n) Vorfälle": a genitive after a noun, the word before the noun it describes
    const noun = tokens[i - 2];
    return i >= 3 && noun.word && noun.cap && !this.reader.isArticle(noun) && tokens[i + 1]?.word === true && tokens[i + 1].cap;
  }

  /**
   * [start, end) offsets of a relative clause right after the speaker a verb names behind it ("said
   * Vettel, who has already won three races this year."; "sagte Vettel, der heuer drei Rennen gewann,"),
   * up to the next comma or the sentence's end; null where none follows.
   */
  private relativeAfterSpeaker(tokens: Token[], verb: number): [number, number] | null {
    // (only behind words it reports: ", said X, who"; "Reports say Standard Life, which owns 1%" names what is said)
    const before = tokens[verb - 1];
    if (!before || !(before.textIs(',') || isClosingQuote(before))) return null;
    let k = verb + 1;
    // the speaker: an article or title and capitalised words
    while (k < tokens.length && k <= verb + SPEAKER_AFTER_VERB && tokens[k].word && (tokens[k].cap || this.reader.isArticle(tokens[k]))) k++;
    if (k === verb + 1 || k + 1 >= tokens.length || !tokens[k].textIs(',') || !RELATIVES.includes(tokens[k + 1].lower) || tokens[k + 1].cap) return null;
    let e = k + 2;
    // ("said Spacey, who, as Darin, sings all 18 songs": an aside between commas right after the pronoun is inside the clause)
    if (e < tokens.length && tokens[e].textIs(',')) {
      e++;
      while (e < tokens.length && !tokens[e].textIs(',')) e++;
      e++;
    }
    while (e < tokens.length && !tokens[e].textIs(',')) e++;
    return [tokens[k + 1].start, e < tokens.length ? tokens[e].start : tokens[tokens.length - 1].end];
  }

  /**
   * A cue between an article and the attributive words of its noun ("der laut
   * Geschäftsordnung vorgesehenen Wahl", "die laut Polizei 3.000 Menschen zählende
   * Demo") speaks only for that noun phrase: where it ends, else -1.
   */
  private attributiveEnd(tokens: Token[], cue: number, after: number): number {
    if (!this.lex.capitalisedNouns || cue === 0) return -1;
    const prev = tokens[cue - 1];
    // ", die laut Ankläger eine ... Konstruktion darstellte": a relative pronoun, not an article
    if (!this.reader.isArticle(prev) || tokens[cue - 2]?.textIs(',')) return -1;
    // the source ("Polizei", "der Polizei"), then lower-case attributive words and figures, then the noun
    let k = after;
    if (k < tokens.length && this.reader.isArticle(tokens[k])) k++;
    const source = k;
    while (k < tokens.length && k < source + 4 && tokens[k].word && tokens[k].cap) k++;
    if (k === source) return -1;
    let attributive = false;
    for (let n = 0; k < tokens.length && n < 6; n++, k++) {
      const w = tokens[k];
      if (!w.word && !isNumeric(w)) return -1;
      // "die im Auftrag der AK erstellte Studie": a document's author is the source of its figures
      if (w.cap && !isNumeric(w)) return attributive && !this.reader.isDocument(w) ? w.end : -1;
      if (!isNumeric(w) && this.reader.inflected(w) && !this.reader.isArticle(w)) attributive = true;
    }
    return -1;
  }

  /**
   * Where the content of ", saying ..." at tokens[i] ends: before a clause joined by a
   * conjunction other than "and" ("warning more rises could hurt but the unions want a £6 rate")
   * or a semicolon, else at the end of the sentence.
   */
  private participleScopeEnd(tokens: Token[], i: number): number {
    for (let k = i + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.textIs(';') || (t.word && t.lower !== 'and' && t.lower !== 'und' && this.cues.clauseConjunctions.has(t.lower))) return t.start;
      // ("…, saying waiting lists fell 10%, and Labour said …": a clause of its own after a comma)
      if (t.textIs(',') && k + 1 < tokens.length && this.cues.clauseConjunctions.has(tokens[k + 1].lower)) return t.start;
    }
    return tokens[tokens.length - 1].end;
  }

  /**
   * The pronoun or name a sentence opens with, as the subject of its first verb ("It made ...",
   * "Motorola has conducted ..."), else NONE. A name must stand alone before the verb or an
   * apposition: in "UK advertising giant WPP has posted" the name comes after lower-case words,
   * which this does not read.
   */
  private openingSubject(tokens: Token[]): Phrase {
    // ("Meanwhile Ms Hutt defended her record": past one adverb before a name; "In his pre-Budget
    // report, Mr Brown surprised ...": past an opening phrase of a preposition, to its comma)
    const from = tokens.length > 1 && this.reader.isAdverb(tokens[0]) && !this.reader.isPreposition(tokens[0]) && tokens[1].word && tokens[1].cap
      ? 1
      : this.afterOpeningPhrase(tokens);
    const first = tokens[from];
    if (!first || !first.word || this.reader.isPreposition(first) || this.reader.isAdverb(first)) return NONE;
    // "If Labour wins and says …", "When Tesco cut prices and warned …": a subordinate clause first
    if (this.cues.subordinateOpeners.has(first.lower)) return NONE;
    // (a pronoun read as one, with its gender)
    if (this.lex.anaphors.includes(first.lower)) return this.reader.readBefore(tokens, from + 1, from);
    let k = from;
    while (k < tokens.length && k < from + MAX_OPENING_NAME && tokens[k].word && tokens[k].cap) k++;
    if (k === from || k >= tokens.length) return NONE;
    if (tokens[k].word) {
      // a name after a role or one or two modifiers belongs to the subject ("UK advertising giant WPP",
      // "Oxfam senior policy adviser Max Lawson"); not after a verb ("defended her record on Tuesday")
      let j = k;
      let role = false;
      // (a verb in the past first ends the subject: "Mr Brown surprised some City experts")
      if (PAST_FORM.test(tokens[k].lower) && !this.reader.isRole(tokens[k])) j = k + 4;
      while (j < tokens.length && j < k + 4 && tokens[j].word && !tokens[j].cap) {
        if (this.reader.isRole(tokens[j])) role = true;
        j++;
      }
      if (j < tokens.length && tokens[j].word && tokens[j].cap && (role || j - k <= 2)) return NONE;
    } else if (!tokens[k].textIs(',')) return NONE;
    const phrase = this.reader.readAfter(tokens, from);
    return phrase.type === 'name' ? phrase : NONE;
  }

  /** Does a word that may start a cue naming a source after it ("according to") stand in tokens[from, to)? */
  private sourceCueBetween(tokens: Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (!this.cues.cueFilter.mayHave(tokens[k])) continue;
      const cues = this.cues.after.get(tokens[k].lower);
      if (cues?.some((cue) => cue.particle === null && matchesAt(tokens, k, cue.tokens))) return true;
    }
    return false;
  }

  /**
   * Where the subject starts after an opening phrase of a preposition and its comma ("In his
   * pre-Budget report, Mr Brown"): the token after the comma, when a capitalised word; else 0.
   */
  private afterOpeningPhrase(tokens: Token[]): number {
    if (!this.reader.isPreposition(tokens[0])) return 0;
    for (let k = 1; k < tokens.length && k <= MAX_OPENING_PHRASE; k++) {
      const t = tokens[k];
      if (t.textIs(',')) return tokens[k + 1]?.word && tokens[k + 1].cap ? k + 1 : 0;
      if (!t.word) return 0;
    }
    return 0;
  }

  /**
   * The subject of the clause whose own account tokens[i, end) cite. Opening the sentence, the
   * cue is followed by the subject after a comma ("By its own account, Tesco ...") or, in German,
   * by the finite verb and then the subject ("Eigenen Angaben zufolge hat der Oligarch ...").
   * Inside the sentence it follows the subject ("haben die Ermittler nach eigenen Angaben ...")
   * or the subject opens the clause ("Die Firma hat nach eigenen Angaben ...", "Graz – Die
   * Energie Steiermark AG investiert nach eigenen Angaben ..."), unless a figure does ("Zwei
   * Millionen Euro hat die FPÖ nach eigenen Angaben ...": then only the first reading). In a
   * relative clause it is what the clause is about ("Der Konzern, der nach eigenen Angaben ...").
   */
  private ownAccountSubject(tokens: Token[], i: number, end: number, clause: number): Phrase {
    if (this.afterRelativePronoun(tokens, i)) return this.reader.readBefore(tokens, i - 2, 0);
    if (i > 0) {
      // ("Allein Check24 hat nach eigenen Angaben ...": past an adverb opening the clause)
      if (this.reader.isAdverb(tokens[clause]) && !this.reader.isPreposition(tokens[clause]) && clause + 1 < i) clause++;
      const before = this.reader.readBefore(tokens, i, clause);
      const opening = this.reader.startsPhrase(tokens, clause) ? this.reader.readAfter(tokens, clause, i) : NONE;
      // "Sie besucht das Haus laut eigenem Bekunden": a pronoun opening the clause is its subject, the
      // phrase right before the cue then the verb's object
      if (opening.type === 'anaphor') return opening;
      if ((before.type === 'name' || before.type === 'anaphor') && !holdsFigure(before.text)) return before;
      return holdsFigure(opening.text) ? NONE : opening;
    }
    const comma = tokens[end]?.textIs(',') ?? false;
    // German: the finite verb comes second, after the field the cue fills
    const subject = comma ? end + 1 : this.lex.capitalisedNouns && tokens[end]?.word ? end + 1 : end;
    return this.reader.startsPhrase(tokens, subject) ? this.reader.readAfter(tokens, subject) : NONE;
  }

  /** The owner a possessive account points back to, by the gender its possessive shows (AttributionLexicon.possessiveGender). */
  private possessiveOwner(words: string[]): Phrase {
    const genders = this.lex.possessiveGender ?? {};
    const gender = words.map((w) => genders[w]).find((g) => g !== undefined);
    return gender === 'male' ? POSSESSIVE_OWNER_MALE : gender === 'female' ? POSSESSIVE_OWNER_FEMALE : POSSESSIVE_OWNER;
  }

  /**
   * The name before an apposition of an article and words that the comma at tokens[comma] closes
   * ("Anglo-American, the international mining company,"), or null.
   */
  private nameBeforeApposition(tokens: Token[], comma: number): Phrase | null {
    let open = comma - 1;
    while (open > 0 && open > comma - 8 && !tokens[open].textIs(',')) open--;
    if (open <= 0 || !tokens[open].textIs(',') || !this.reader.isArticle(tokens[open + 1])) return null;
    for (let k = open + 2; k < comma; k++) if (!tokens[k].word) return null;
    const name = this.reader.readBefore(tokens, open, 0);
    return name.type === 'name' ? name : null;
  }

  /** Does a comma and a relative pronoun stand right before tokens[i] ("Der Konzern, der ...")? */
  private afterRelativePronoun(tokens: Token[], i: number): boolean {
    return i > 1 && tokens[i - 2].textIs(',') && this.cues.relativePronouns.has(tokens[i - 1].lower);
  }

  /**
   * The first token of the clause tokens[i] stands in: after the last comma (not inside a figure),
   * semicolon, colon, dash or clause word (subordinator or conjunction) before it; 0 for none.
   */
  private clauseStartBefore(tokens: Token[], i: number): number {
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k];
      if (clauseCommaAt(tokens, k)) return k + 1;
      if (t.textIs(';') || t.textIs(':') || t.textIs('–') || t.textIs('—')) return k + 1;
      if (t.word && (this.cues.subordinators.has(t.lower) || this.cues.clauseConjunctions.has(t.lower))) return k + 1;
    }
    return 0;
  }

  /**
   * Where the clause that goes on at tokens[k] ends: at a semicolon, or a comma (not inside a
   * figure) before a clause word or a new subject's article; the sentence's end for none.
   */
  private clauseEndAfter(tokens: Token[], k: number): number {
    for (let j = k; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.textIs(';')) return t.start;
      if (!clauseCommaAt(tokens, j)) continue;
      const next = tokens[j + 1];
      if (next && next.word && (this.cues.subordinators.has(next.lower) || this.cues.clauseConjunctions.has(next.lower) || this.reader.isArticle(next))) return t.start;
    }
    return tokens[tokens.length - 1].end;
  }

  /** Does a subordinate clause open before tokens[i] ("after a judge ruled against it, saying …": whose saying)? */
  private subordinateBefore(tokens: Token[], i: number): boolean {
    for (let k = Math.max(1, i - PREFIELD_REACH * 2); k < i; k++) if (this.cues.subordinateOpeners.has(tokens[k].lower)) return true;
    return false;
  }

  /** Does a figure (digits), or a bracket after one ("$280bn (£155bn)"), stand right before tokens[i]? */
  private figureBefore(tokens: Token[], i: number): boolean {
    let k = i - 1;
    if (k >= 0 && tokens[k].text === ')') {
      while (k >= 0 && tokens[k].text !== '(' && i - k < 8) k--;
      k--;
    }
    // ("the 27-year-old said": a person by age)
    return k >= 0 && tokens[k].word && /\d/.test(tokens[k].text) && !this.reader.ageSpeakerAt(tokens, k, k + 1) && !this.yearOfPrefield(tokens, k);
  }

  /** Is tokens[k] a year after a preposition, or after one and a month ("in 2004", "in June 2004")? */
  private yearAfterPreposition(tokens: Token[], k: number): boolean {
    if (k < 1 || !YEAR_TOKEN.test(tokens[k].text)) return false;
    const before = tokens[k - 1].cap && k > 1 ? tokens[k - 2] : tokens[k - 1];
    return before.word && before.lowerIsAnyOf(this.lex.prepositions);
  }

  /**
   * Is tokens[k] a year in a time phrase the sentence opens with ("Für 2016 erwartet das Wifo",
   * "Im Jahr 2016 rechnet", "Für das laufende Jahr 2016 peilt die VIG ... an"): a time before the
   * verb, not a figure making the verb a noun.
   */
  private yearOfPrefield(tokens: Token[], k: number): boolean {
    if (k > PREFIELD_YEAR_REACH || !YEAR_TOKEN.test(tokens[k].text) || !tokens[0].lowerIsAnyOf(this.lex.prepositions)) return false;
    for (let j = 1; j < k; j++) if (!tokens[j].word || /\d/.test(tokens[j].text)) return false;
    return true;
  }

  /**
   * Where the colon starts that ends the clause of the verb at tokens[i] right after its subject
   * and particle ("räumt der Studienautor ein:", "said Mr Brown:", "Gold said:"), else -1: only
   * names, articles and the particle between (not "said the Liberals could win in three ways:").
   */
  private colonAfterVerb(tokens: Token[], i: number, particle: readonly string[] | null | undefined): number {
    for (let k = i + 1; k < tokens.length && k <= i + COLON_REACH; k++) {
      const t = tokens[k];
      if (t.textIs(':')) return t.start;
      if (!t.word || !(t.cap || this.reader.isArticle(t) || particle?.includes(t.lower))) return -1;
    }
    return -1;
  }

  /**
   * The source of the verb of valuing at tokens[i] (AttributionLexicon.valuationVerbs): its subject,
   * read before it only ("That sale valued Ferrari at ..." names no source, not Ferrari), when a figure
   * stands right after its link and the subject is no deal ("the proposal, which values the club at").
   */
  private valuer(tokens: Token[], i: number): Phrase {
    const v = this.cues.valuation;
    let link = i + 1;
    while (link < tokens.length && !tokens[link].lowerIs(v.link)) link++;
    let figure = false;
    for (let k = link + 1; k < tokens.length && k <= link + v.reach && !figure; k++) figure = isNumeric(tokens[k]) || isCurrencySign(tokens[k]);
    if (!figure) return NONE;
    // (past auxiliaries and adverbs, "have valued": the reader's skippable words)
    let k = i - 1;
    while (k > 0 && this.reader.isAdverb(tokens[k])) k--;
    // (", which values": the noun before the relative pronoun)
    const head = k > 1 && RELATIVES.includes(tokens[k].lower) && tokens[k - 1].textIs(',') ? tokens[k - 2] : tokens[k];
    if (!head || v.notSubjects.has(head.lower)) return NONE;
    return this.reader.readBefore(tokens, i, 0);
  }

  /** Does the amount verb at tokens[i] take a figure as its object (AttributionLexicon.amountVerbs)? */
  private addsAmount(tokens: Token[], i: number): boolean {
    const c = this.cues;
    let k = i + 1;
    for (let n = 0; n < 2 && k < tokens.length && tokens[k].word && c.amountLeads.has(tokens[k].lower); n++) k++;
    const figure = tokens[k];
    // the figure right after the verb or its leads, or an ordinal lead itself ("added a second")
    const isFigure = !!figure && (isNumeric(figure) || isCurrencySign(figure) || (figure.word && c.amountNumberWords.has(figure.lower)));
    if (!isFigure && !(k > i + 1 && c.amountOrdinals.has(tokens[k - 1].lower))) return this.addsObject(tokens, i);
    // "Mr Smith added 500 jobs would be lost": the figure opens what he said
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      if (!tokens[j].word) break;
      if (this.lex.contentVerbs.includes(tokens[j].lower)) return false;
    }
    return true;
  }

  /**
   * Does the amount verb at tokens[i] take one of amountObjects ("added the Dubai Championship trophy
   * to his collection"): after an article or possessive and at most two more words, with a follower
   * word, a mark or the sentence's end right after it?
   */
  private addsObject(tokens: Token[], i: number): boolean {
    const c = this.cues;
    const lead = tokens[i + 1];
    if (c.amountObjects.size === 0 || !lead || !lead.word || !(this.reader.isArticle(lead) || this.reader.isPossessive(lead))) return false;
    for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
      const t = tokens[k];
      if (!t.word) return false;
      if (!c.amountObjects.has(t.lower)) continue;
      const next = tokens[k + 1];
      if (next && next.word && !c.amountObjectFollowers.has(next.lower)) return false;
      // "added the penalty for late filing would rise": a finite verb after it makes it what was said
      for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
        if (!tokens[j].word) break;
        if (this.lex.contentVerbs.includes(tokens[j].lower)) return false;
      }
      return true;
    }
    return false;
  }

  /** Whether the verb at tokens[i] follows a conjunction right away ("…, and said", "… und sagte"): no subject of its own. */
  private joinedWithoutSubject(tokens: Token[], i: number): boolean {
    const prev = tokens[i - 1];
    return !!prev && prev.word && this.cues.clauseConjunctions.has(prev.lower);
  }

  /**
   * The index of a reporting verb (not one needing said content) joined to the verb at
   * tokens[i] by a conjunction without a subject of its own ("described … and said"),
   * in the same sentence; else -1.
   */
  private coordinatedSpeech(tokens: Token[], i: number): number {
    for (let k = i + 2; k < tokens.length && k <= i + COORDINATION_WINDOW; k++) {
      const t = tokens[k];
      if (t.textIs(';') || t.textIs(':')) return -1;
      if (!t.word || t.cap || !this.cues.verbs.has(t.lower) || this.cues.clauseVerbs.has(t.lower) || this.cues.joinedOnly.has(t.lower)) continue;
      return this.joinedWithoutSubject(tokens, k) ? k : -1;
    }
    return -1;
  }

  /**
   * Whether a reporting verb that also takes a plain object ("kritisierte die Übung")
   * introduces said content here: a colon, a quote or a "dass" clause after it, or
   * content before it (", kritisierte Japan").
   */
  private saysContent(tokens: Token[], i: number): boolean {
    const prev = tokens[i - 1];
    if (prev && (prev.textIs(',') || isClosingQuote(prev))) return true;
    // "Police described the man as …, about 30 years old, and said …": a speaking verb joined to it
    if (this.coordinatedSpeech(tokens, i) >= 0) return true;
    // the subject and a time ("kritisierte Minister X am Montag:") come first: a window keeps a
    // sentence of many such verbs linear
    const last = Math.min(tokens.length, i + 1 + SAYS_CONTENT_WINDOW);
    for (let k = i + 1; k < last; k++) {
      const t = tokens[k];
      if (t.textIs(':') || (t.textLength === 1 && CLOSING_QUOTES.has(t.text))) return true;
      if (t.textIs(',') && this.cues.contentConjunctions.has(tokens[k + 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * Where the clause starts whose subject speaks through the verb at tokens[i], when that
   * subject stands before the verb right after a clause conjunction ("… 0.8% and Nationwide
   * reported a rise of 0.4%"), or after a comma with a figure after the verb ("…, die
   * Sparkasse sprach von 3 Prozent"); else -1. "Prices rose 0.8%, Halifax said." opens no
   * clause: nothing follows.
   */
  private clauseStart(tokens: Token[], i: number, phrase: Phrase): number {
    if (phrase.type !== 'name' && phrase.type !== 'anaphor') return -1;
    const at = this.reader.phraseStartBefore(tokens, i, 0);
    if (!at || at.start < 2 || at.end !== i) return -1;
    const before = this.reader.readBefore(tokens, i, 0);
    if (before.type !== phrase.type || before.text !== phrase.text) return -1;
    let b = at.start - 1;
    const link = tokens[b];
    if (this.cues.clauseConjunctions.has(link.lower)) {
      if (tokens[b - 1]?.textIs(',')) b--;
    } else if (!link.textIs(',')) return -1;
    // ("figures showed China's economy grew by 9.5% and experts say the picture remains strong": a
    // conjunction opens the second speaker's clause even with no figure in it; the 9.5% is not theirs)
    return this.figureFollows(tokens, i) || this.cues.clauseConjunctions.has(link.lower) ? tokens[b].start : -1;
  }

  /** Where the verb at tokens[i] starts with up to two auxiliaries before it ("has confirmed", "had been predicting"). */
  private auxiliariesStart(tokens: Token[], i: number): number {
    let verb = i;
    while (verb > 0 && i - verb < 2 && (this.lex.contentVerbs.includes(tokens[verb - 1].lower) || tokens[verb - 1].lowerIsAnyOf(this.lex.passiveAuxiliaries))) verb--;
    return verb;
  }

  /**
   * Whether the verb at tokens[i] and its subject are what a figure is compared with ("twice what
   * some analysts had been expecting", "more than analysts had expected"): a comparison word
   * (AttributionLexicon.comparisonStandards) right before the subject, past the verb's auxiliaries.
   */
  private comparisonStandard(tokens: Token[], i: number): boolean {
    const standards = this.lex.comparisonStandards;
    if (!standards) return false;
    const verb = this.auxiliariesStart(tokens, i);
    const at = this.reader.phraseStartBefore(tokens, verb, 0);
    if (!at || at.end !== verb) return false;
    // (past one determiner: "what some analysts", "than most economists")
    let k = at.start - 1;
    if (k > 0 && tokens[k].word && !tokens[k].cap && !tokens[k].lowerIsAnyOf(standards)) k--;
    return k >= 0 && tokens[k].lowerIsAnyOf(standards);
  }

  /**
   * The first cue's own clause when a conjunction opens it after something else ("Blackburn want
   * £6m for the midfielder but chief executive John Williams has confirmed ..."): where the
   * conjunction stands, else -1. What comes before it is not the speaker's.
   */
  private conjoinedStart(tokens: Token[], i: number, phrase: Phrase): number {
    if (phrase.type !== 'name' && phrase.type !== 'anaphor') return -1;
    // the subject right before the verb, or before its auxiliaries ("John Williams has confirmed",
    // "economists had been predicting")
    const verb = this.auxiliariesStart(tokens, i);
    const at = this.reader.phraseStartBefore(tokens, verb, 0);
    if (!at || at.start < 3 || at.end !== verb) return -1;
    // past the words the phrase read backwards leaves out before its head ("but the biggest
    // drugmaker", "but Europe's biggest drugmaker"): a determiner, a possessive, adjectives
    let first = at.start;
    while (first > 2 && at.start - first < 3 && tokens[first - 1].word && !this.cues.clauseConjunctions.has(tokens[first - 1].lower) &&
      (!tokens[first - 1].cap || /['’]s$/.test(tokens[first - 1].text))) first--;
    const link = tokens[first - 1];
    // "Mit 43 Millionen Euro wollte die ÖVP ... bewerkstelligen, die Grünen ... rechneten eher mit ...": in
    // German an article and its noun after a comma, then the verb, open a main clause of their own
    // (a relative pronoun takes no capitalised noun after it: ", die 2015 ... rechneten")
    if (first === at.start && link.textIs(',') && this.lex.capitalisedNouns && this.reader.isArticle(tokens[at.start]) && tokens[at.start + 1]?.cap) return link.start;
    if (!this.cues.clauseConjunctions.has(link.lower)) return -1;
    // "and"/"und" open a clause of their own only after a comma ("..., and it expects a rise");
    // without one they join subjects ("Smith and Jones said")
    // ("... grew by 9.5% in 2004 and experts say the picture remains strong": a figure or year before
    // it ends a clause, no subject is joined to it)
    if (link.lower === 'and' || link.lower === 'und') {
      const before = tokens[first - 2];
      return before.textIs(',') || before.textIs('%') || isNumeric(before) ? link.start : -1;
    }
    return link.start;
  }

  /**
   * Whether a figure (not a year) follows the verb at tokens[i] in its own clause: before a
   * semicolon or a clause conjunction ("UK Coal said, but the price was £1.18" is no such clause).
   */
  private figureFollows(tokens: Token[], i: number): boolean {
    for (let k = i + 1; k < tokens.length && k <= i + 25; k++) {
      const t = tokens[k];
      if (t.textIs(';') || this.cues.clauseConjunctions.has(t.lower)) return false;
      if (isNumeric(t) && !YEAR_TOKEN.test(t.text)) return true;
    }
    return false;
  }

  /**
   * Where the subordinate clause ends that the reporting verb at tokens[i] stands in
   * ("…, after it said a partner would pull out", "…, nachdem das Amt 2 Prozent gemeldet
   * hatte"), and where it starts; null when the verb is in a main clause. A clause after
   * the main clause runs to the sentence end, one that opens the sentence to its first comma
   * after the verb.
   */
  private subordinateClause(tokens: Token[], i: number): { start: number; end: number } | null {
    const subs = this.cues.subordinators;
    if (subs.size === 0) return null;
    for (let j = i - 1; j >= 0 && j >= i - 14; j--) {
      const t = tokens[j];
      if (t.textIs(';') || t.textIs(':') || isClosingQuote(t)) return null;
      // a comma inside a figure ("2,2") is no clause boundary
      if (clauseCommaAt(tokens, j)) return null;
      if (!t.word || !subs.has(t.lower)) continue;
      // "Da sagte er": the verb right after the word makes it an adverb of a main clause
      if (j === i - 1) return null;
      const prev = tokens[j - 1];
      const opens = !prev || prev.textIs(',') || this.reader.phraseStartBefore(tokens, i, 0)?.start === j + 1
        || (this.reader.isArticle(tokens[j + 1]) && this.reader.phraseStartBefore(tokens, i, 0)?.start === j + 2)
        // ("after the Commons standards and privileges committee said": a subject of joined nouns)
        || (this.reader.isArticle(tokens[j + 1]) && i - j <= 8 && wordsOnly(tokens, j + 1, i));
      if (!opens) return null;
      let end = tokens[tokens.length - 1].end;
      // a clause opening the sentence ("After the bank said rates would rise to 5%, shares fell")
      const fronted = j === 0 || (j === 1 && this.cues.clauseConjunctions.has(tokens[0].lower));
      if (fronted) {
        for (let k = i + 1; k < tokens.length; k++) {
          if (clauseCommaAt(tokens, k)) { end = tokens[k].start; break; }
        }
      }
      return { start: t.start, end };
    }
    return null;
  }

  /** A verb's cue in a subordinate clause speaks only for that clause (see subordinateClause). */
  private scopeSubordinates(tokens: Token[], cues: Cue[]): void {
    if (this.cues.subordinators.size === 0) return;
    let k = 0;
    for (const cue of cues) {
      if (cue.rank !== RANK_VERB || cue.inversion || cue.scopeEnd >= 0) continue;
      while (k < tokens.length && tokens[k].start < cue.start) k++;
      if (k >= tokens.length || tokens[k].start !== cue.start) { k = 0; continue; }
      const clause = this.subordinateClause(tokens, k);
      if (clause) { cue.scopeEnd = clause.end; cue.clauseStart = clause.start; }
    }
  }

  /**
   * "Despite seeing net profits rise by 44% ..., Wall Street had expected more": a verb of the main
   * clause after a fronted concessive clause (AttributionLexicon.concessiveOpeners), with words of
   * its own after it, speaks from the last comma before it on.
   */
  private scopeAfterConcession(tokens: Token[], cues: Cue[]): void {
    const openers = this.lex.concessiveOpeners;
    if (!openers || cues.length === 0 || !tokens[0]?.word || !openers.includes(tokens[0].lower)) return;
    for (const cue of cues) {
      // (not "..., said Mr Dobrow", "..., sagte Chris Williamson": the speaker after the verb ends the sentence)
      if (cue.rank !== RANK_VERB || cue.inversion || cue.scopeEnd >= 0 || cue.clauseStart >= 0) continue;
      let comma = -1;
      let after = -1;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.end <= cue.start) {
          if (clauseCommaAt(tokens, k)) comma = k;
        } else if (t.start >= cue.end && t.word) { after = k; break; }
      }
      // (content opens lower case: "expected more", "argued that"; a name after the verb is its speaker: "said Mr Dobrow")
      if (after > 0 && tokens[after].cap) continue;
      if (comma > 0 && after > 0) cue.clauseStart = tokens[comma].end;
    }
  }

  /**
   * "told counterparts at UFJ of its decision on Friday, clearing the way for a 3 trillion yen deal": a
   * verb whose content is a noun phrase (AttributionLexicon.nominalContent) speaks only up to the
   * first comma after it when a narrating participle follows that comma.
   */
  private scopeNominalContent(tokens: Token[], cues: Cue[]): void {
    const nominal = this.lex.nominalContent;
    if (!nominal) return;
    for (const cue of cues) {
      if (cue.rank !== RANK_VERB || cue.inversion || cue.scopeEnd >= 0) continue;
      const verb = tokens.findIndex((t) => t.start === cue.start);
      if (verb < 0 || !tokens[verb].lowerIsAnyOf(nominal.verbs)) continue;
      // the link within the verb's object ("told counterparts at UFJ of")
      const link = linkWithin(tokens, verb, NOMINAL_LINK_REACH, nominal.links);
      if (link < 0) continue;
      for (let k = link + 1; k + 1 < tokens.length; k++) {
        if (!clauseCommaAt(tokens, k)) continue;
        const next = tokens[k + 1];
        if (next.word && !next.cap && next.lowerEndsWith(nominal.participleEnding) && !next.lowerIsAnyOf(nominal.speech)) cue.scopeEnd = tokens[k].start;
        break;
      }
    }
  }

  /**
   * "Chancellor Gordon Brown's announcement in July that 104,000 jobs would be cut": the owner of a
   * noun of speech (AttributionLexicon.possessiveSpeech) speaks for what its link opens.
   */
  private possessiveSpeechCues(tokens: Token[], cues: Cue[]): void {
    const speech = this.lex.possessiveSpeech;
    if (!speech) return;
    const count = cues.length;
    for (let i = 1; i < tokens.length; i++) {
      // the possessive first: it rules out nearly every word without reading the noun
      const owner = tokens[i - 1];
      if (!owner.word || !owner.isPossessiveForm()) continue;
      const noun = tokens[i];
      if (!noun.word || noun.cap || !noun.lowerIsAnyOf(speech.nouns)) continue;
      // the link within a few words ("in July that")
      const link = linkWithin(tokens, i, SPEECH_LINK_REACH, speech.links);
      if (link < 0) continue;
      // (the reader leaves the possessive's "'s" out: "Tesco's claim" is Tesco's)
      const named = this.reader.readBefore(tokens, i, 0);
      const source = named.type === 'name' || named.type === 'anaphor' ? named : this.reader.possessiveNoun(owner);
      if (source.type === 'none') continue;
      cues.push(makeCue(noun.start, noun.end, source, RANK_VERB, true, false, -1, tokens[link].start));
    }
    if (cues.length > count && count > 0) cues.sort((a, b) => a.start - b.start);
  }

  /**
   * "analyst expectations of 374m euros", "economists' forecasts of 2%": the holder of a noun of
   * estimating (AttributionLexicon.estimateNouns) speaks for what its link introduces.
   */
  private estimateNounCues(tokens: Token[], cues: Cue[]): void {
    const est = this.lex.estimateNouns;
    if (!est) return;
    let pushed = false;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const noun = tokens[i];
      if (!noun.word || noun.cap || !noun.lowerIsAnyOf(est.nouns) || !tokens[i + 1].lowerIsAnyOf(est.links)) continue;
      let holder = tokens[i - 1];
      // "analysts' forecasts": the plural's apostrophe is a token of its own
      const plural = i >= 2 && !holder.word && (holder.textIs("'") || holder.textIs('’')) && tokens[i - 2].word && tokens[i - 2].end === holder.start;
      if (plural) holder = tokens[i - 2];
      if (!holder.word) continue;
      let source: Phrase = NONE;
      if (!plural && holder.isPossessiveForm()) {
        // "the bank's prediction of": a name, or a role the text named before
        const named = this.reader.readBefore(tokens, i, 0);
        source = named.type === 'name' || named.type === 'anaphor' ? named : this.reader.possessiveNoun(holder);
      }
      // a generic source, bare or in the possessive, plural or singular: "analysts' forecasts", "analyst expectations"
      const bare = holder.text.replace(/['’]s?$/, '');
      if (source.type === 'none' && !holder.cap && this.reader.isGenericSource(bare.toLowerCase())) source = namePhrase(bare);
      if (source.type === 'none') continue;
      // it speaks for its own noun phrase only: up to the clause's next mark
      let end = i + 2;
      while (end < tokens.length && !(tokens[end].textIs(',') || tokens[end].textIs(';') || tokens[end].textIs(':') || tokens[end].textIs('.'))) end++;
      cues.push(makeCue(noun.start, noun.end, source, RANK_VERB, false, false, end < tokens.length ? tokens[end].start : -1, tokens[i + 1].start));
      pushed = true;
    }
    if (pushed && cues.length > 1) cues.sort((a, b) => a.start - b.start);
  }

  /** The tokens of the sentence at [from, to) of the text, and its cues. */
  read(text: string, from: number, to: number): { tokens: Token[]; cues: Cue[] } {
    // the tokeniser picks the words that may give a cue (see `picker`)
    const tokens = tokenize(text, from, to, this.picker);
    const cues = this.find(tokens, this.picker.picked, this.picker.count);
    this.headingCue(tokens, cues);
    this.scopeSubordinates(tokens, cues);
    this.scopeAfterConcession(tokens, cues);
    this.scopeNominalContent(tokens, cues);
    this.possessiveSpeechCues(tokens, cues);
    this.estimateNounCues(tokens, cues);
    return { tokens, cues };
  }

  /** The cues among the tokens; `picked`: the indices of the words that may give one, in order (the first `count`). */
  private find(tokens: Token[], picked: number[], count: number): Cue[] {
    const out: Cue[] = [];
    const spokenLinks: string[] = [];
    /** the cue of "demnach" (AttributionLexicon.anaphoricCues), when the sentence has one */
    let pointer: Cue | null = null;
    const c = this.cues;
    let i = -1;
    for (let j = 0; j < count; j++) {
      const p = picked[j];
      // a cue just read may have taken in the words up to i
      if (p <= i) continue;
      i = p;
      const t = tokens[i];
      if (!c.cueFilter.mayHave(t) || !c.cueWords.has(t.lower)) {
        // no cue starts here: only a compound can name a source
        if (t.cap && this.lex.compoundDocuments) this.compoundCue(tokens, i, out);
        continue;
      }
      const own = c.ownAccount.get(t.lower)?.find((cue) => matchesAt(tokens, i, cue.tokens));
      if (own) {
        const end = i + own.tokens.length;
        // ("in den nach eigenen Angaben größten Windpark", "im nach eigenen Angaben größten": after an
        // article or a preposition it qualifies one word of a noun phrase)
        // ("Der Konzern, der nach eigenen Angaben 12.000 Menschen beschäftigt": a relative pronoun, not an article)
        if (i === 0 || this.afterRelativePronoun(tokens, i) || !(this.reader.isArticle(tokens[i - 1]) || this.reader.isPreposition(tokens[i - 1]))) {
          const clause = i === 0 ? 0 : this.clauseStartBefore(tokens, i);
          // the cue speaks for its own clause: not for "Laut Polizei wurden 20 Menschen verletzt," before it
          const scopeEnd = this.clauseEndAfter(tokens, end);
          // "Die Polizei war vor Ort. Nach ihren Angaben wurden ...", "Seinen Angaben zufolge wird das Volumen ...":
          // a possessive opening the sentence points back like a pronoun, never at the subject after the verb
          // (inside, "Die Feuerwehr hat nach ihren Angaben ...", the subject before it)
          const owner = own.possessive ? this.possessiveOwner(own.tokens) : NONE;
          let subject = own.possessive && i === 0 ? owner : this.ownAccountSubject(tokens, i, end, clause);
          if (own.possessive && subject.type === 'none') subject = owner;
          out.push(makeCue(t.start, tokens[end - 1].end, subject, RANK_EXPLICIT, true, false, scopeEnd, tokens[clause].start));
        }
        i = end - 1;
        continue;
      }
      let done = false;
      const afterCues = c.after.get(t.lower);
      if (afterCues) for (const cue of afterCues) {
        if (matchesAt(tokens, i, cue.tokens) && (cue.particle === null ||
          (cue.adjacent ? this.particleAfterPhrase(tokens, i + cue.tokens.length, cue.particle) : hasWordFrom(tokens, i + 1, cue.particle)))) {
          const end = tokens[i + cue.tokens.length - 1].end;
          // only a one-word cue ("laut", "gemäß") stands inside a noun phrase; "Das geht aus ..." has a subject
          const scopeEnd = cue.tokens.length === 1 && cue.particle === null ? this.attributiveEnd(tokens, i, i + 1) : -1;
          // "the £3.2bn settlement includes the £7.4m announced by X": a participle and its agent
          // modify the nearest figure before them, not the figures of the clause before it
          // (a finite passive speaks for its subject's figures: "Sales of £2bn and profits of £200m were announced by Tesco")
          const reduced = cue.tokens.length > 1 && c.agentLinks.has(cue.tokens[cue.tokens.length - 1]) && !this.afterPassiveAuxiliary(tokens, i) && !this.afterCommentOpener(tokens, i);
          const appliesFrom = reduced ? figureBefore(tokens, i) : -1;
          // (who commissioned a work names its source only where nobody else is named: "errechnete Prodinger im
          // Auftrag der Tiroler Landesregierung" is Prodinger's figure)
          let source = this.reader.readAfter(tokens, i + cue.tokens.length);
          // "laut nationaler Anti-Polio-Initiative", "laut offizieller Statistik": a German adjective without
          // an article (lower case) before the source's noun
          const adjective = tokens[i + cue.tokens.length];
          if (source.type === 'none' && this.lex.capitalisedNouns && adjective?.word && !adjective.cap && tokens[i + cue.tokens.length + 1]?.cap) {
            source = this.reader.readAfter(tokens, i + cue.tokens.length + 1);
          }
          out.push(makeCue(t.start, end, source, cue.commission ? RANK_DOCUMENT : RANK_EXPLICIT, true, false, scopeEnd, -1, appliesFrom));
          i += cue.tokens.length - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
      if (c.beforeFirst.has(t.lower) && c.before.some((cue) => matchesAt(tokens, i, cue))) {
        out.push(makeCue(t.start, t.end, this.reader.readBefore(tokens, i, 0), RANK_EXPLICIT, true));
        continue;
      }
      if (c.anaphoric.has(t.lower)) {
        // ("Nach Zahlen des Verbands SMMT liefen demnach ...": a source named in the sentence already
        // is what "demnach" points at, not the speaker before)
        if (!out.some((cue) => cue.rank === RANK_EXPLICIT && cue.phrase.type === 'name')) {
          pointer = makeCue(t.start, t.end, ANAPHOR, RANK_EXPLICIT);
          out.push(pointer);
        }
        continue;
      }
      // "nach Berechnung der Statistik Austria", "in einer Studie des Wifo", "in a report by X"
      if (c.documentPrepositions.has(t.lower)) {
        let k = i + 1;
        // ("in the Countryfile survey", "in the Mori poll": a name before the document noun is its owner)
        while (k < tokens.length && k <= i + 4 && tokens[k].word && !this.reader.isDocument(tokens[k]) &&
          (!tokens[k].cap || this.reader.isArticle(tokens[k]) || (!this.lex.capitalisedNouns && k > i + 1 && this.reader.nameWord(tokens[k])))) k++;
        const anyDocument = t.lower === c.firstDocumentPreposition;
        const doc = tokens[k];
        if (k < tokens.length && k <= i + 4 && this.reader.isDocument(doc) && (anyDocument || this.isReport(doc))) {
          // "nach APA-Informationen", "nach Polizeiangaben": as explicit as "laut APA", and the compound
          // names the source whatever follows it ("nach UNO-Angaben beim Vorgehen der Armee")
          const explicit = k === i + 1 && anyDocument && this.reader.compoundOwner(doc) !== null;
          const phrase = this.reader.readAfter(tokens, i + 1, explicit ? k + 1 : tokens.length);
          // "in den Arbeitslosenzahlen" names nobody; "nach Berechnung der Statistik Austria" does
          // "nach diesen Angaben": the source of the sentences before
          // ("in his pre-Budget report" is the subject's own document, no pointer back)
          const pointsBack = phrase.type === 'anaphor' && this.reader.isDemonstrative(tokens[i + 1]);
          const named = phrase.type === 'name' || pointsBack || (phrase.type === 'document' && anyDocument);
          if (named) out.push(makeCue(t.start, tokens[k].end, phrase, explicit ? RANK_EXPLICIT : RANK_DOCUMENT, anyDocument));
          // (naming nobody, it leaves a cue naming a source between it and the document to be read: "in
          // 2004 according to figures published by Elspa"; not "aus als in der AMS-Untersuchung")
          if (named || !this.sourceCueBetween(tokens, i + 1, k)) i = k;
          continue;
        }
      }
      // "Expertenschätzungen gehen von ... aus", "An der Spitze der OECD-Auswertung"
      if (t.cap && this.compoundCue(tokens, i, out)) continue;
      // "wurden von den Verbänden mit 360.000 Euro beziffert", "was put at $3bn by analysts"
      const passiveNext = c.passiveParticiples.get(t.lower);
      if (!t.cap && passiveNext !== undefined && (passiveNext === null || tokens[i + 1]?.lower === passiveNext)) {
        const agent = this.passiveAgent(tokens, i);
        if (agent) {
          // the passive's subject is what was estimated, never its source
          if (agent.type !== 'none') out.push(makeCue(t.start, t.end, agent, RANK_VERB));
          continue;
        }
      }
      // "Ms Hutt defended her record, saying waiting lists were only 10% ...", "surprised the City by forecasting
      // growth of 3%": the opening subject speaks from the comma (or link word) on
      if (c.participleSpeech.has(t.lower) && i > 0 && c.participleLinks.has(tokens[i - 1].lower) && out.length === 0 && !this.subordinateBefore(tokens, i)) {
        const phrase = this.openingSubject(tokens);
        if (phrase.type !== 'none') {
          out.push(makeCue(t.start, t.end, phrase, RANK_VERB, true, false, this.participleScopeEnd(tokens, i), tokens[i - 1].start));
          continue;
        }
      }
      if (c.absoluteVerbs.has(t.lower)) {
        // it speaks for the figures from its link word to the comma that ends it ("jumped 10.7%, with
        // analysts saying $600m", "With analysts predicting 3% growth, the shares rose")
        const link = this.absoluteLinkBefore(tokens, i);
        // (without its link word it may be a progressive: "Deloitte is forecasting growth of 2%", below)
        if (link >= 0) {
          const phrase = this.reader.readAfter(tokens, link + 1, i);
          // (at the start of the sentence its first comma ends it: "With analysts predicting 3% growth, shares rose 5%")
          const opensClause = (x: Token) => link === 0 || c.clauseConjunctions.has(x.lower) || this.reader.isArticle(x) || this.lex.anaphors.includes(x.lower);
          if (phrase.type !== 'none') out.push(makeCue(t.start, t.end, phrase, RANK_VERB, false, false, clauseEndAfter(tokens, i, opensClause), tokens[link].start, tokens[link].start));
          continue;
        }
      }
      if (c.documentParticiples.has(t.lower)) {
        const publisher = this.publisherOfDocument(tokens, i);
        if (publisher) {
          out.push(makeCue(t.start, t.end, publisher, RANK_VERB));
          continue;
        }
      }
      if (!t.cap || i === 0) {
        const particle = c.verbs.get(t.lower);
        const pParticle = c.participles.get(t.lower);
        const isParticiple = pParticle !== undefined && (pParticle === null || particleFrom(tokens, 0, pParticle, c.pointing.particles, c.clauseConjunctions) !== null);
        let taken = particle ? particleFrom(tokens, i + 1, particle, c.pointing.particles, c.clauseConjunctions) : null;
        // ("found that": right after the verb)
        if (taken !== null && c.adjacentParticles.has(taken) && !tokens[i + 1]?.lowerIs(taken)) taken = null;
        // "Jones was confirmed as captain": a passive without its agent names no speaker
        // (the word before compared in place: it is any word, whose lower-case string would be garbage)
        const progressive = this.lex.progressiveVerbs?.includes(t.lower) === true;
        // (only after its auxiliary: ", expecting a rise" is a participle's clause)
        if (progressive && !(i > 0 && tokens[i - 1].lowerIsAnyOf(this.lex.passiveAuxiliaries))) continue;
        // (past adverbs: "He is also expected to cut the £85 cost")
        let aux = i - 1;
        while (aux > 0 && !tokens[aux].lowerIsAnyOf(this.lex.passiveAuxiliaries) && this.reader.isAdverb(tokens[aux])) aux--;
        const passive = !progressive && aux >= 0 && tokens[aux].lowerIsAnyOf(this.lex.passiveAuxiliaries) && !c.agentLinks.has(tokens[i + 1]?.lower ?? '');
        // "he added 1.28p per litre": an amount added, nothing said
        const addsAmount = c.amountVerbs.has(t.lower) && this.addsAmount(tokens, i);
        // "Jobless claims fell by 12,000": a plural noun before its verb, nothing said
        const nounUse = i > 0 && ((c.nounLikeVerbs.has(t.lower) && tokens[i + 1]?.word === true && c.nounVerbFollowers.has(tokens[i + 1].lower)) ||
          // "the government's $280bn (£155bn) claim": a figure before it makes the word a noun
          this.figureBefore(tokens, i));
        // "Finnland behauptete sich mit 3:1": used reflexively, the verb says nothing
        const reflexive = c.reflexiveVerbs.has(t.lower) && c.reflexivePronouns.has(tokens[i + 1]?.lower ?? '');
        // "Wasp tells the story of a young mum": a story narrated, nothing said
        const narrates = c.narrativeVerbs.has(t.lower) && (c.narrativeObjects.has(tokens[i + 1]?.lower ?? '') || c.narrativeObjects.has(tokens[i + 2]?.lower ?? ''));
        // "to claim the women's 60m hurdles": an infinitive states nothing
        const infinitive = i > 0 && c.infinitiveMarkers.has(tokens[i - 1].lower);
        // "… haben die Klubobleute eine Änderung verkündet": after an auxiliary in its clause the word is the participle
        const perfect = isParticiple && particle !== undefined && this.perfectAuxiliaryBefore(tokens, i);
        if (particle !== undefined && !perfect && !passive && !addsAmount && !nounUse && !infinitive && !reflexive && !narrates && !this.adjectival(tokens, i) && (particle === null || taken !== null) && (!c.clauseVerbs.has(t.lower) || this.saysContent(tokens, i)) && (!c.joinedOnly.has(t.lower) || this.coordinatedSpeech(tokens, i) >= 0) && !this.comparisonStandard(tokens, i)) {
          let phrase = c.valuation.verbs.has(t.lower) ? this.valuer(tokens, i) : this.subjectOf(tokens, i, out.length > 0);
          // "X described … and said": the verb joined without a subject shares the first verb's
          let ownClause = -1;
          let ownEnd = -1;
          if (phrase.type === 'none' && out.length > 0 && this.joinedWithoutSubject(tokens, i)) {
            const last = out[out.length - 1];
            if (last.rank === RANK_VERB && (last.phrase.type === 'name' || last.phrase.type === 'anaphor')) phrase = last.phrase;
          } else if (phrase.type === 'none' && out.length === 0 && this.joinedWithoutSubject(tokens, i)) {
            // "It made a loss of €27m and said debts will rise to €134m": the subject the sentence opens
            // with speaks from the conjunction on (what it did before is no figure it gave)
            phrase = this.openingSubject(tokens);
            ownClause = tokens[i - 1].start;
            ownEnd = this.participleScopeEnd(tokens, i);
          }
          // "erklärt" is also the participle of "hatte ... erklärt"
          if (phrase.type !== 'none' || !isParticiple) {
            // "the report added": the report is the source
            // a second speaker's own clause ("Halifax said …, and Nationwide reported 0.4%")
            // "Three people have refused Oscars, including George C Scott who said ...": a relative
            // clause's speaker speaks from the relative pronoun on
            // (written in lower case: "the WHO said" is the World Health Organization)
            const relative = i > 1 && !tokens[i - 1].cap && RELATIVES.includes(tokens[i - 1].lower) && (tokens[i - 2].textIs(',') || tokens[i - 1].lower === 'who')
              ? tokens[i - 1].start : -1;
            const clause = ownClause >= 0 ? ownClause : relative >= 0 ? relative : out.length > 0 ? this.clauseStart(tokens, i, phrase) : this.conjoinedStart(tokens, i, phrase);
            // "Auf Seite drei des 14 Seiten umfassenden Berichts räumt der Autor ein: ...": what it says follows the colon
            // (in the sentence's first clause: not ", sagt der Staatspräsident:" after what he said, nor
            // "Mr Pound, who is married with two children, said:")
            // (not a fronted object of the verb: "Mit 300 Millionen Euro rechnet der Finanzminister: ...")
            const frontedObject = this.lex.frontedObjectLinks?.includes(tokens[0].lower) === true;
            const colon = i > 0 && !commaBefore(tokens, i) && !frontedObject ? this.colonAfterVerb(tokens, i, particle) : -1;
            // "said Vettel, who has already won three races": a relative clause after the speaker named
            // behind the verb is the narrator's words about the speaker too
            const after = this.asideOpen >= 0 ? null : this.relativeAfterSpeaker(tokens, i);
            const asideStart = this.asideOpen >= 0 ? tokens[this.asideOpen].start : after ? after[0] : -1;
            const asideEnd = this.asideOpen >= 0 ? tokens[this.asideClose].start : after ? after[1] : -1;
            out.push(makeCue(t.start, t.end, phrase, RANK_VERB, true, false, ownEnd, Math.max(clause, colon), -1, asideStart, asideEnd));
            // "sprachen von ...", "schätzten die Zahl auf ...": the link a later speaker with the verb left out repeats (gappedSpeakers)
            const link = taken ?? (c.gappedLinks.size > 0 ? linkInClause(tokens, i, c.gappedLinks) : null);
            if (link !== null) spokenLinks.push(link);
            continue;
          }
        }
        if (isParticiple) {
          const phrase = this.perfectSubject(tokens, i);
          if (phrase.type !== 'none') out.push(makeCue(t.start, t.end, phrase, RANK_VERB));
          continue;
        }
        // "die von der Regierung genannte Milliarde"
        if (c.agentParticiple && c.agentParticiple.test(t.lower)) {
          const at = this.reader.phraseStartBefore(tokens, i, 0);
          const von = at ? [tokens[at.start - 1], tokens[at.start - 2]].findIndex((x) => x?.lower === 'von') : -1;
          if (at && von >= 0) {
            out.push(makeCue(t.start, t.end, this.reader.readAfter(tokens, at.start - von, at.end), RANK_VERB));
            continue;
          }
        }
      }
      if (c.show.has(t.lower)) {
        // "Daten von X zeigen", "ONS figures show": only documents show a source's figures
        // "Das zeigt eine Studie des Ifo-Instituts": after a demonstrative alone, the document follows
        // ("Das zeigt Wirkung", "This suggests the Bank of England will …" name no source)
        // "Dieser zeigt, dass 70 Prozent ...": a demonstrative pronoun for the report named before
        // (its author, or nobody: never "Dieser")
        if (i === 1 && tokens[2]?.textIs(',') && this.lex.demonstrativeDocuments?.includes(tokens[0].lower)) {
          out.push(makeCue(t.start, t.end, documentPhrase(tokens[0].text, false), RANK_VERB, false));
          continue;
        }
        const phrase = this.pointsBack(tokens, i)
          ? (this.documentAfter(tokens, i + 1) ? this.reader.readAfter(tokens, i + 1) : NONE)
          : this.reader.authorOfReportBefore(tokens, i, this.reportTest) ?? this.reader.documentBefore(tokens, i);
        if (phrase.type === 'name' || phrase.type === 'document') out.push(makeCue(t.start, t.end, phrase, RANK_VERB, true));
        else {
          const figures = this.reader.bareFiguresBefore(tokens, i);
          if (figures) out.push(makeCue(t.start, t.end, namePhrase(figures, true), RANK_VERB, true));
        }
        continue;
      }
      if (this.lex.soWord && t.lower === this.lex.soWord) {
        const prev = tokens[i - 1];
        // ", so Timofejew weiter"
        if (prev && (prev.textIs(',') || isClosingQuote(prev))) {
          out.push(makeCue(t.start, t.end, this.reader.readAfter(tokens, i + 1), RANK_VERB));
        } else if (i === 0 && tokens[1]?.word && !tokens[1].cap) {
          // "So beurteilt der Politologe Boris Meschujew die Ausgangslage."
          const phrase = this.reader.readAfter(tokens, 2);
          if (phrase.type !== 'none') out.push(makeCue(t.start, tokens[1].end, phrase, RANK_VERB, false, true));
        }
      }
    }
    if (spokenLinks.length > 0 && c.gappedLinks.size > 0) this.gappedSpeakers(tokens, out, spokenLinks);
    // "… wäre demnach … zu zahlen, sagte Hendricks": a speaker the sentence names (a name without an
    // article; not "der 26-jährige Mann hatte demnach angekündigt") is the one it points at too
    if (pointer !== null && out.some((cue) => cue !== pointer && cue.phrase.type === 'name' && !cue.phrase.articled)) out.splice(out.indexOf(pointer), 1);
    return out;
  }

  /**
   * "…, die Polizei von 40.000": a speaker whose speech verb is left out, after a comma past the
   * first cue, with the link of a speech verb before it ("sprachen von", "schätzten ... auf";
   * AttributionLexicon.gappedLinks); it speaks from its comma on. Not "laut Statistik Austria
   * kommt die SPÖ auf 39,59 Prozent, die FPÖ auf 30,79 Prozent": no verb of speech took "auf".
   */
  private gappedSpeakers(tokens: Token[], out: Cue[], spokenLinks: readonly string[]): void {
    const first = out[0].end;
    for (let k = 0; k + 4 < tokens.length; k++) {
      if (!tokens[k].textIs(',') || tokens[k].start < first || !this.reader.isArticle(tokens[k + 1]) || !tokens[k + 2].cap) continue;
      // a subject: not an object's or addressee's article ("..., den Gewinn von 1 Million")
      if (this.lex.objectArticles.includes(tokens[k + 1].lower) || this.lex.addresseeArticles.includes(tokens[k + 1].lower)) continue;
      let link = k + 3;
      if (tokens[link].cap) link++;
      if (!tokens[link] || !this.cues.gappedLinks.has(tokens[link].lower) || !spokenLinks.includes(tokens[link].lower)) continue;
      // the figure right after the link, past up to two hedge words ("von mehr als 40.000")
      let n = link + 1;
      while (n < tokens.length && n <= link + 2 && tokens[n].word && !tokens[n].cap && !isNumeric(tokens[n])) n++;
      if (!tokens[n] || !isNumeric(tokens[n])) continue;
      const phrase = this.reader.readAfter(tokens, k + 1, link);
      if (phrase.type !== 'none') out.push(makeCue(tokens[k + 1].start, tokens[link].end, phrase, RANK_VERB, false, false, -1, tokens[k].start));
    }
  }

}

/** A year's four digits (1800-2099). */
const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/;

/** The first of `links` within `reach` words after tokens[from], with no mark between; -1 for none. */
function linkWithin(tokens: Token[], from: number, reach: number, links: readonly string[]): number {
  for (let k = from + 1; k < tokens.length && k <= from + reach && tokens[k].word; k++) {
    if (tokens[k].lowerIsAnyOf(links)) return k;
  }
  return -1;
}

/** Is tokens[k] a comma between clauses or list items, not one inside a number ("2,2")? */
function clauseCommaAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.textIs(',') && !(isNumeric(tokens[k + 1] ?? t) && k > 0 && isNumeric(tokens[k - 1]));
}

/** Is there a comma before tokens[i] in its sentence, outside brackets? */
function commaBefore(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.textIs(')')) depth++;
    else if (t.textIs('(')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.textIs(',')) return true;
  }
  return false;
}

/**
 * The start of the last figure before tokens[i] in its clause, when another figure stands
 * before that one (with one figure there is nothing to tell apart), else -1.
 */
function figureBefore(tokens: Token[], i: number): number {
  let last = -1;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.textIs(';') || t.textIs(':')) break;
    if (!isNumeric(t)) continue;
    // the first token of that figure ("£7.4m", "3,2 Mrd.")
    if (last < 0) {
      let s = k;
      while (s > 0 && isNumeric(tokens[s - 1])) s--;
      last = tokens[s].start;
      k = s;
      continue;
    }
    return last;
  }
  return -1;
}

/** The shortest first part a compound ending in an amount noun has ("Jahres-umsatz"): shorter ones are inflections or prefixes. */
const MIN_COMPOUND_HEAD = 3;

/** Is a lower-cased word one of the amount nouns, or with `compounds` a compound ending in one ("investitionskosten")? */
function isAmountNoun(word: string, amounts: { nouns: string[]; compounds?: boolean }): boolean {
  if (amounts.nouns.includes(word)) return true;
  if (!amounts.compounds) return false;
  for (const noun of amounts.nouns) if (word.length >= noun.length + MIN_COMPOUND_HEAD && word.endsWith(noun)) return true;
  return false;
}

/** Is the comma at tokens[comma] the one in "Newark, New Jersey": capitalised words on both sides, the second part closed at `close`? */
function placeAndRegion(tokens: Token[], comma: number, close: number): boolean {
  const words = close - comma - 1;
  if (words < 1 || words > 3 || !tokens[comma - 1]?.cap || !tokens[comma - 1].word) return false;
  for (let k = comma + 1; k < close; k++) if (!tokens[k].word || !tokens[k].cap) return false;
  return true;
}
