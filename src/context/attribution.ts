import type { Lang } from '../types.js';
import type { ContextInput } from './types.js';
import type { AttributionLexicon, MediaNouns } from './attribution-lexicon.js';
import type { Token } from './attribution-tokens.js';
import { PhraseReader, PRONOUN_FEMALE, PRONOUN_MALE, PRONOUN_NEUTER, PRONOUN_PLURAL, ageFigureOf, ageGenderOf, isAgeAnaphor, isPronoun, isPossessiveOwner, possessiveOwnerGender, EARLIER_DOCUMENT, roleOf, type Phrase } from './attribution-phrase.js';
import { opensWithQuoteMark, QuoteIndex, type QuoteSpan } from './attribution-quotes.js';
import { NameIndex } from './attribution-names.js';
import { CueFinder, openerSet, RANK_DOCUMENT, RANK_VERB, type Cue } from './attribution-cues.js';
import { conversionsOf } from './period.js';
import { attribution as de } from '../lang/de/attribution.js';
import { attribution as en } from '../lang/en/attribution.js';
import { escapeRegex } from './regex-source.js';

const LEXICONS: Record<Lang, AttributionLexicon> = { de, en };

interface SentenceInfo {
  tokens: Token[];
  cues: Cue[];
  /**
   * the source the sentence names for its figures outside quotes, after resolving anaphors
   * and reported speech: what pronouns and reports in later sentences point back at
   */
  source: string | null;
  /** the source the next sentence names for this one ("Das sagte X."), once asked (figureSource) */
  pointedBack: string | null | undefined;
  hasReportedSpeech: boolean;
  /** the clauses of lex.factClauses ([from, to] pairs), once asked */
  facts: number[] | null;
  /** scopedCues and namingCues, once asked */
  scoped: Array<{ cue: Cue; source: string }> | null;
  naming: Array<{ cue: Cue; source: string }> | null;
  /** lastClauseBefore's table: clause cues by end, and the latest clause start up to each */
  clauses: { ends: number[]; latest: number[] } | null;
  /** where the last cue that is no inversion starts (-1: none), once asked */
  lastCueStart?: number;
  /** where the ages of speakers named by age start ("said the 40-year-old"), once asked; null for none */
  ageFigures?: Set<number> | null;
}

/** How many quotes back a quote opened again before the last one closed looks for its speaker. */
const MAX_REOPENED_QUOTES = 8;
/** Sentences after its first that a quote left open at its paragraph's end may still hold. */
const MAX_OPEN_QUOTE_SENTENCES = 2;
/** Marks a quote closes with: a quote ending in none was left open. */
const QUOTE_CLOSERS = '“”«»"‹›';

/** How many sentences back a pronoun ("er", "he") or reported speech looks for its source. */
const LOOKBACK = 3;
/** how far a phrase opening a sentence with a preposition may reach before its comma (subjectName) */
const FRONTED_PHRASE_TOKENS = 12;
/** ... with a participle ("Launching his campaign to win students' votes at the London School of Economics,": 16) */
const FRONTED_PARTICIPLE_TOKENS = 20;
/** each language's frontedParticiple, compiled once */
const participleCache = new WeakMap<AttributionLexicon, RegExp | null>();
function frontedParticipleOf(lex: AttributionLexicon): RegExp | null {
  let re = participleCache.get(lex);
  if (re === undefined) participleCache.set(lex, (re = lex.frontedParticiple ? new RegExp(lex.frontedParticiple, 'u') : null));
  return re;
}
/** ... for "she said" when the text shows who of the sources before is a woman ("Ms Essex"). */
const GENDERED_LOOKBACK = 6;
/** How many sentences back "the report" looks for the report whose author was named. */
const DOCUMENT_LOOKBACK = 40;

class AttributionResolver {
  private readonly lex: AttributionLexicon;
  private readonly cues: CueFinder;
  private readonly reader: PhraseReader;
  private readonly names: NameIndex;
  private readonly text: string;
  private readonly quotes: QuoteIndex;
  /** by sentence index, once read (an array: a map grown entry by entry was garbage on every document) */
  private readonly info: (SentenceInfo | undefined)[];
  /**
   * Sentences being resolved. Made on first use, like this class's memos (subjectMemo,
   * genders, cueSources, cueQuoted, openQuoteLength): many documents need few of them,
   * and each empty Map made up front was ~180 bytes of garbage per document.
   */
  private resolving: Set<number> | null = null;
  private readonly openers: Set<string>;
  private readonly isReport = (t: Token): boolean => this.cues.isReport(t);

  /** `organisation`: the one the article is about (mainOrganisation), what "the company said" names failing a nearer name */
  constructor(private readonly input: ContextInput, private readonly organisation: string | null = null) {
    this.lex = LEXICONS[input.lang];
    this.text = input.analysis.text;
    this.info = new Array<SentenceInfo | undefined>(input.sentences.length).fill(undefined);
    const openers = openerSet(this.lex);
    this.openers = openers;
    // a sentence opener is a name unless it is a known function word; used elsewhere
    // in mid-sentence it is a name for sure (asked second: a search of the text)
    this.reader = new PhraseReader(this.lex, (w) => !openers.has(w.toLowerCase()) || this.names.isNameLike(w));
    this.names = new NameIndex(this.text, this.reader);
    this.cues = new CueFinder(this.lex, this.reader, this.names);
    this.quotes = new QuoteIndex(this.text, input.blocks);
  }

  sentence(si: number): SentenceInfo {
    const hit = this.info[si];
    if (hit) return hit;
    const s = this.input.sentences[si];
    const { tokens, cues } = this.cues.read(this.text, s.aStart, s.aEnd);
    // best-ranked cue first (stable within a rank: text order); a document without
    // author ("laut einem Medienbericht") ranks below a named reporter
    for (const c of cues) if (c.phrase.type === 'document') c.rank = Math.max(c.rank, RANK_DOCUMENT);
    if (cues.length > 1) cues.sort((a, b) => a.rank - b.rank);
    const hasReportedSpeech = this.cues.reportsSpeech(tokens);
    const info: SentenceInfo = { tokens, cues, source: null, pointedBack: undefined, hasReportedSpeech, facts: null, scoped: null, naming: null, clauses: null };
    this.info[si] = info;
    info.source = this.sentenceSource(si, info);
    return info;
  }

  /** "firm", "bank": an earlier source that is a body's noun alone, no name. */
  private isBodyNounAlone(name: string): boolean {
    return this.lex.anaphoricNouns.includes(name) || this.lex.organisationNouns.includes(name);
  }

  /**
   * A name, or an earlier sentence's source for a pronoun; expanded to the fullest form in the text.
   * `at`: where the cue stands in sentence si (names before it there may answer "the bank").
   */
  private resolve(phrase: Phrase, si: number, documentIsSource = false, at = -1): string | null {
    if (phrase.type === 'name') return phrase.articled ? phrase.text : this.names.expand(phrase.text);
    if (phrase.type === 'none') return null;
    // pronouns and quotes point at each other across sentences: never follow a loop
    const resolving = (this.resolving ??= new Set());
    if (resolving.has(si)) return null;
    resolving.add(si);
    try {
      if (phrase.type === 'anaphor') {
        // "the bank said": the nearest name of that type before ("the Bank of England"),
        // not another organisation named in between
        const typed = phrase.via ? this.typedNameBefore(si, phrase.via, at) : null;
        if (typed) return typed;
        // "the bank said": the firm the article is about ("the airline announced" about Lufthansa; not
        // a person the text calls "Mr Ebbers"). The source of the sentence before is no better guess:
        // as often a statistics office or a research firm quoted there ("according to Kantar
        // Worldpanel. The company said ...") as a rival ("Meanwhile, rival Barclays reported ...").
        // Without one, a firm named before, never someone the text shows to be a person.
        // "said the newspaper": the publisher quoted last, else the noun (never the firm the story is about)
        const media = this.lex.mediaNouns;
        if (phrase.via && media?.nouns.includes(phrase.via)) return this.publisherBefore(si, media) ?? phrase.via;
        // "the government said" after "the IBGE said": no government named before, so the government itself
        if (phrase.via && !phrase.text && this.lex.selfNamedBodies?.includes(phrase.via)) return phrase.via;
        const firm = !!phrase.via && this.lex.organisationNouns.includes(phrase.via);
        // (nor a person's role left as the answer: "But a spokesman added: ... The company pointed out" is no spokesman's,
        // "The group's chief executive said ... the group said" no chief executive's)
        // (nor a generic plural: "it said" is never the analysts')
        const notPerson = (name: string) => this.genderOfName(name) === null && !this.reader.roleWithoutName(name) && !this.reader.isGenericSource(name.toLowerCase(), false);
        if (firm && this.organisation && !this.titledPerson(this.organisation)) return this.organisation;
        // ", which it said": the main clause's speaker first
        const own = phrase.text ? this.mainSpeaker(si) : null;
        if (own) return own;
        // (failing one, a neuter pronoun as it is read alone, a body named before or none, never "it"
        // itself: "Revenues were £4.3bn ..., which it said could reach 14.8% by 2006")
        if (phrase.text && this.lex.gender.neuter?.includes(phrase.text.toLowerCase())) phrase = PRONOUN_NEUTER;
        else if (phrase.text && this.lex.gender.plural?.includes(phrase.text.toLowerCase())) phrase = PRONOUN_PLURAL;
        // "Boeing said it expected ...": the speaker whose clause the pronoun's opens
        const reporter = isPronoun(phrase) && at >= 0 ? this.reporterBefore(si, at) : null;
        if (reporter) return reporter;
        // "Sky has said it aims to ... - it is predicting 10 million": a body that spoke earlier in the same sentence
        const speaker = phrase === PRONOUN_NEUTER && at >= 0 ? this.bodySpeakerBefore(si, at, notPerson) : null;
        if (speaker) return speaker;
        // "The committee reached its conclusions after it found ...": the body its own sentence opens with
        const opening = phrase === PRONOUN_NEUTER ? this.bodyOpening(si, at >= 0 ? at : Infinity) : null;
        if (opening) return opening;
        // "The Tories have promised cuts for pensioners, who they say ...": the group its own sentence opens with
        const group = phrase === PRONOUN_PLURAL ? this.groupOpening(si, at >= 0 ? at : Infinity) : null;
        if (group) return group;
        // "she said": the usual answer, but nobody the text shows to be a man ("Mr Brown", "Gordon
        // Brown"); failing one, the last the text shows to be a woman, a few sentences further back
        // ("der 61-Jährige": the article shows the gender as a pronoun would)
        const gender = phrase === PRONOUN_MALE ? 'male' : phrase === PRONOUN_FEMALE ? 'female' : possessiveOwnerGender(phrase) ?? ageGenderOf(phrase);
        const chain = (accept: (name: string) => boolean, lookback: number) => {
          const fit = (name: string | null) => (name !== null && accept(name) ? name : null);
          // the sentence just before: its source, else whoever it introduced; then further back
          const prev = si > 0 ? fit(this.sentence(si - 1).source ?? this.quoteSpeakerInSentence(si - 1) ?? this.clauseSpeaker(si - 1)) : null;
          // then the person the sentence (before its quote) or the one before it names as subject
          // ("Coach Eddie Smith rejected the criticism. „…“, he said."), never a later one
          // ("Liam Neeson held a dinner. The actor said": a role for a person, only a person known as one,
          // and named before the role's own sentence, whose names the role describes: "The actor, whose films include Star Wars,")
          const subject = isPronoun(phrase) || isAgeAnaphor(phrase) || isPossessiveOwner(phrase) ? fit(this.subjectBefore(si))
            : roleOf(phrase) !== null && si > 0 && this.adjacent(si - 1, si) ? fit(this.personOnly(this.subjectBefore(si - 1))) : null;
          return prev ?? subject ??
            (phrase === PRONOUN_NEUTER ? fit(this.bodyBefore(si)) ?? fit(this.neuterSubjectBefore(si)) : null) ?? fit(this.introducedBefore(si)) ?? this.earlierSource(si, accept, lookback);
        };
        // "it said": no person, but the firm the article is about even when named after one ("Laura Ashley")
        const notPersonOrMainFirm = (name: string) => notPerson(name) || (name === this.organisation && !this.titledPerson(name));
        // ("the ministry said", "the union said": a body, never the person quoted before it)
        const body = !firm && !!phrase.via && !phrase.text;
        // ("the firm told Reuters. ... the central bank said": a bare noun left as an earlier answer is another body)
        const via = phrase.via;
        const sameBody = (name: string) => notPerson(name) && (name === via || !this.isBodyNounAlone(name));
        let found = firm || body || phrase === PRONOUN_NEUTER
          ? chain(firm || body ? sameBody : notPersonOrMainFirm, LOOKBACK)
          // (a possessive's owner not where the name or its article shows the other gender: "teilte die
          // Polizei mit. Nach seinen Angaben" is no police's, "teilte das AMS mit. Nach seinen Angaben" the AMS's)
          : isPossessiveOwner(phrase) && gender ? chain((name) => this.genderFits(name, gender) && (this.articleGenderBefore(name, si) ?? gender) === gender, LOOKBACK)
          : chain((name) => this.genderFits(name, gender), LOOKBACK) ?? (gender ? chain((name) => this.genderOfName(name) === gender, GENDERED_LOOKBACK) : null);
        // a pronoun left standing for itself resolves no later pronoun
        if (found && this.lex.relativeAnaphors.includes(found.toLowerCase())) found = null;
        if (found) return found;
        // "said the 40-year-old" with nobody named before: an age names nobody
        if (isAgeAnaphor(phrase)) return null;
        // "Die EU-Kommission präsentiert Vorschläge. 2015 wird nach ihren Berechnungen ...": the subject the sentence before opens with
        if (isPossessiveOwner(phrase)) return si > 0 && this.adjacent(si - 1, si) ? this.openingSubject(si - 1, gender) : null;
        // "the government said", "the company said", "the spokesman said" with none named before: the noun itself is the source
        if (!phrase.text) return phrase.via ?? roleOf(phrase);
        // then the name the sentence opens with ("WPP expects ..."), else the pronoun itself
        return this.openingName(si) ?? phrase.text;
      }
      // "the report showed" after "The report by Nielsen/NetRatings found": the same report's author;
      // else the nearest earlier source. "laut Medienberichten", "according to a report": a document
      // named without a definite article is no earlier speaker's; it is the source itself
      // (a fresh one only its own sentence's: "according to reports" after "reports from China" is no report of China's)
      const owner = this.documentOwner(si, phrase.fresh ? 0 : DOCUMENT_LOOKBACK);
      if (owner || phrase.fresh) return owner ?? (documentIsSource ? phrase.text : null);
      // ("Der Statistik zufolge": only the author of a document named just before, no speaker further back)
      if (phrase === EARLIER_DOCUMENT) return null;
      const itself = documentIsSource ? phrase.text : null;
      // "A government-commissioned study ranked the UK third. The report suggests 69% ...": the report
      // the sentences just before brought in names no author; no earlier speaker wrote it
      if (this.authorlessReportBefore(si)) return itself;
      const author = this.documentAuthorBefore(si);
      // "The survey of 1,000 people reported 43%" after "70% of those asked in a poll said": the
      // earlier source is a document too, no author
      if (author !== null && !author.includes(' ') && this.cues.isReportWord(author.toLowerCase())) return itself;
      return author ?? itself;
    } finally {
      resolving.delete(si);
    }
  }

  /**
   * The nearest name of two or more words before offset `at` of sentence si (or in the
   * sentences just before) that has the role noun among its words: "the bank" after "the
   * Bank of England", "the group" after "Erste Group".
   */
  private typedNameBefore(si: number, noun: string, at: number): string | null {
    const connectors = this.lex.nameConnectors;
    for (let j = si; j >= 0 && j >= si - LOOKBACK; j--) {
      if (j < si && !this.adjacent(j, j + 1)) return null;
      const tokens = this.sentence(j).tokens;
      for (let k = tokens.length - 1; k >= 0; k--) {
        const t = tokens[k];
        if (j === si && (at < 0 || t.start >= at)) continue;
        if (!t.word || t.lower !== noun) continue;
        const isNameWord = (x: Token | undefined) => !!x && x.word && x.cap && !this.openers.has(x.lower) && !this.reader.isStop(x);
        // "media group Reuters ..., the group said": the noun before a name describes it (in the
        // cue's own sentence only: "... South Korean firm SK Energy. Of the payment, the firm said" is CAO's);
        // "the Bank of England": the noun inside a name of more than one word
        const describes = !t.cap;
        if (describes && (j < si || !isNameWord(tokens[k + 1]) || this.reader.isRole(tokens[k + 1]))) continue;
        let s = describes ? k + 1 : k;
        while (!describes) {
          if (s > 0 && isNameWord(tokens[s - 1])) s--;
          else if (s > 1 && connectors.includes(tokens[s - 1].lower) && isNameWord(tokens[s - 2])) s -= 2;
          else break;
        }
        let e = describes ? s : k;
        for (;;) {
          if (isNameWord(tokens[e + 1])) e++;
          else if (tokens[e + 1] && connectors.includes(tokens[e + 1].lower) && isNameWord(tokens[e + 2])) e += 2;
          else break;
        }
        if (!describes && e === s) continue;
        let text = '';
        for (let n = s; n <= e; n++) text += n === s ? tokens[n].text : ' ' + tokens[n].text;
        return this.names.expand(text.replace(/['’]s$/, ''));
      }
    }
    return null;
  }

  /**
   * The named speaker (or role noun: "the firm") of a reporting verb whose clause a pronoun subject opens, the pronoun's
   * own verb at `at`: "Boeing said it expected to sell 500", "The firm said that it now
   * expects ..." (at most a word before the pronoun and two between it and its verb).
   */
  private reporterBefore(si: number, at: number): string | null {
    let best: Cue | null = null;
    for (const cue of this.sentence(si).cues) {
      if ((cue.phrase.type !== 'name' && !(cue.phrase.type === 'anaphor' && cue.phrase.via)) || cue.end > at || (best && best.end > cue.end)) continue;
      best = cue;
    }
    if (!best) return null;
    const between = this.text.slice(best.end, at);
    const words = between.match(/\p{L}+/gu) ?? [];
    if (between.length > 40 || /[.;:!?"“”„]/.test(between) || words.length < 1 || words.length > 4) return null;
    const k = words.findIndex((w) => this.lex.anaphors.includes(w.toLowerCase()));
    if (k !== 0 && k !== 1) return null;
    if (best.phrase.type === 'name') return this.resolve(best.phrase, si);
    // "The firm said it ...": the role noun resolved as its own cue would be (this sentence is
    // being resolved already, which would stop it; the noun's resolution never comes back here)
    this.resolving!.delete(si);
    try {
      return this.resolve(best.phrase, si, false, best.start);
    } finally {
      this.resolving!.add(si);
    }
  }

  /** The nearest name before `at` in sentence si that speaks there (a verb's subject) and is no person. */
  private bodySpeakerBefore(si: number, at: number, notPerson: (name: string) => boolean): string | null {
    let best: Cue | null = null;
    for (const cue of this.sentence(si).cues) {
      if (cue.phrase.type !== 'name' || cue.rank !== RANK_VERB || cue.end > at || (best && best.end > cue.end)) continue;
      best = cue;
    }
    if (!best) return null;
    const name = this.resolve(best.phrase, si);
    return name && notPerson(name) ? name : null;
  }

  /** Who speaks in the main clause of sentence si ("Der Konzern erwartet ..., die es ... schätzt"). */
  private mainSpeaker(si: number): string | null {
    for (const cue of this.sentence(si).cues) if (cue.phrase.type === 'name') return this.resolve(cue.phrase, si);
    return null;
  }

  /**
   * The name sentence si opens with as its subject ("WPP expects ..."): not an articled noun,
   * not a figure ("48-year-old"), and written capitalised inside sentences elsewhere.
   */
  private openingName(si: number): string | null {
    const tokens = this.sentence(si).tokens;
    const first = tokens[0];
    if (!first || !this.names.isNameLike(first.text)) return null;
    const phrase = this.reader.readAfter(tokens, 0);
    if (phrase.type !== 'name' || phrase.articled || /\d/.test(phrase.text)) return null;
    return this.names.expand(phrase.text);
  }

  /** The nearest source before sentence si (sources, quote speakers) that is a publisher by its name. */
  private publisherBefore(si: number, media: MediaNouns): string | null {
    const isPublisher = (name: string) => {
      const words = name.split(/\s+/);
      // (or a name the text gave with a media noun: "PC Pro magazine", "The Australian newspaper")
      return media.names.includes(name) || words.some((w) => media.nameWords.includes(w) || media.nouns.includes(w)) ||
        media.lastWords.includes(words[words.length - 1]);
    };
    return this.earlierSource(si, isPublisher);
  }

  /** The name or noun phrase sentence si opens with, articled or not ("Die EU-Kommission präsentiert"), of `gender` where known; none with a figure. */
  private openingSubject(si: number, gender: 'male' | 'female' | null): string | null {
    const tokens = this.sentence(si).tokens;
    if (!tokens.length) return null;
    const phrase = this.reader.readAfter(tokens, 0);
    if (phrase.type !== 'name' || /\d/.test(phrase.text)) return null;
    // (its article shows its gender: "Die Polizei ..." is no owner of "seinen Angaben")
    const shown = phrase.articled ? this.lex.subjectArticleGender?.[tokens[0].lower] : undefined;
    if (gender && (shown ? shown !== gender : !this.genderFits(phrase.text, gender))) return null;
    return phrase.articled ? phrase.text : this.names.expand(phrase.text);
  }

  /**
   * The subject a pronoun speaker refers back to: the name sentence si opens with when it
   * opens outside a quote (only the words before its first quote count), else the name the
   * sentence before opens with or introduces; sentences inside a quote are passed over.
   */
  private subjectBefore(si: number): string | null {
    // asked once per pronoun cue ("after it said" many times in one sentence): worked out once per sentence
    return perSentence((this.subjectMemo ??= new Map()), si, () => this.findSubjectBefore(si));
  }

  private subjectMemo: Map<number, string | null> | null = null;

  /**
   * "Mitsubishi Motors issued a profits warning. Its sales have slid 41%. As a result, the Japanese
   * car maker has sought bailouts. Last month it said ...": the subject of the sentence before those
   * that go on about a body without naming it (bodyContinuations), within LOOKBACK, when it opens
   * with a name; null when the sentence just before is no such sentence (subjectBefore has looked there).
   */
  private bodyBefore(si: number): string | null {
    const goesOn = this.lex.bodyContinuations;
    if (!goesOn) return null;
    let j = si - 1;
    while (j >= 0 && si - j <= LOOKBACK && this.adjacent(j, j + 1) && this.goesOnAboutBody(j, goesOn)) j--;
    if (j === si - 1 || j < 0 || si - j > LOOKBACK || !this.adjacent(j, j + 1)) return null;
    // that sentence's own subject, a name outside quotes (no further back: the body must be named there)
    const outside = this.beforeQuotes(j);
    const named = outside ? this.subjectName(outside) : null;
    return named ? this.names.expand(named) : null;
  }

  /**
   * "Delta has been hit by rising fuel costs. It has said ...": the one-word name the sentence just
   * before opens with, before a lower-case word, when the text also writes it capitalised in mid-sentence
   * (a name, not "Sales"). For a neuter pronoun only: subjectName wants a person's name spelled out.
   * English only (German capitalises every noun).
   */
  private neuterSubjectBefore(si: number): string | null {
    if (this.lex.capitalisedNouns || si === 0 || !this.adjacent(si - 1, si)) return null;
    const tokens = this.beforeQuotes(si - 1);
    const first = tokens?.[0];
    const next = tokens?.[1];
    if (!first || !next || !first.word || !first.cap || this.openers.has(first.lower) || !next.word || next.cap) return null;
    return this.names.isNameLike(first.text) ? this.names.expand(first.text) : null;
  }

  /** Sentence j's tokens before its first quote mark; null when it is empty or opens inside or with a quote. */
  private beforeQuotes(j: number): Token[] | null {
    const tokens = this.sentence(j).tokens;
    if (tokens.length === 0 || this.quotes.enclosing(tokens[0].start, tokens[0].end) || opensWithQuoteMark(tokens[0].text)) return null;
    const end = tokens.findIndex((t) => opensWithQuoteMark(t.text));
    return end < 0 ? tokens : tokens.slice(0, end);
  }

  /** Does sentence j open, or go on after an opening phrase and a comma, with a neuter possessive or "the ... company"? */
  private goesOnAboutBody(j: number, goesOn: { pronouns: string[]; articles: string[]; nouns: string[] }): boolean {
    const tokens = this.sentence(j).tokens;
    const opensAt = (k: number): boolean => {
      const t = tokens[k];
      if (!t) return false;
      if (goesOn.pronouns.includes(t.lower)) return true;
      if (!goesOn.articles.includes(t.lower)) return false;
      for (let n = k + 1; n <= k + 3 && n < tokens.length; n++) {
        const w = tokens[n];
        if (!w.word) return false;
        if (this.lex.organisationNouns.includes(w.lower) || goesOn.nouns.includes(w.lower)) return true;
      }
      return false;
    };
    // ("As a result, the Japanese car maker ...")
    const comma = tokens.findIndex((t, n) => n < 6 && t.text === ',');
    return opensAt(0) || (comma > 0 && opensAt(comma + 1));
  }

  private findSubjectBefore(si: number): string | null {
    let j = si;
    for (let steps = 0; j >= 0 && steps < 4; steps++, j--) {
      if (j < si && !this.adjacent(j, j + 1)) return null;
      const outside = this.beforeQuotes(j);
      if (!outside) continue;
      const named = this.subjectName(outside) ?? this.reader.lastIntroduced(outside);
      if (named) return this.names.expand(named);
      // the first sentence outside quotes names nobody: look no further back
      if (j < si) return null;
    }
    return null;
  }

  /**
   * The name a clause opens with as its subject, after openers ("However, Safin is ...",
   * "But Robinson was ..."): a surname of a full name the text gives ("Safin" after "Marat
   * Safin"), or a full name of two capitalised words ("Eddie Smith rejected ..."); not
   * articled, no figure, no possessive. A capitalised word alone may be anything at the
   * start of a sentence ("Essentially, ...", "Sale", every German noun): a pronoun speaker
   * is a person, so it must be a person's name the text has spelled out.
   */
  private subjectName(tokens: Token[]): string | null {
    let k = 0;
    // "To a packed audience at Gateshead's Sage Centre, Mr Brown accused ...", "Launching his campaign to win
    // students' votes at the London School of Economics, Mr Kennedy urged": past a fronted phrase
    const participle = !!tokens[0] && !!frontedParticipleOf(this.lex)?.test(tokens[0].text);
    // ("According to recent figures, Sony Ericsson's profits tripled": a source phrase fronted before the subject)
    if (tokens[0] && (participle || this.reader.isPreposition(tokens[0]) || this.cues.opensWithSourceCue(tokens))) {
      const reach = participle ? FRONTED_PARTICIPLE_TOKENS : FRONTED_PHRASE_TOKENS;
      let comma = 1;
      while (comma < tokens.length && comma < reach && !tokens[comma].textIs(',')) comma++;
      if (comma < tokens.length && tokens[comma].textIs(',')) k = comma + 1;
    }
    const opening = k;
    while (k < tokens.length && k < opening + 3 && (tokens[k].textIs(',') || (tokens[k].word && this.openers.has(tokens[k].lower) && !this.names.isNameLike(tokens[k].text)))) k++;
    const first = tokens[k];
    if (!first || !first.word || !first.cap || this.openers.has(first.lower)) return null;
    const full = !!tokens[k + 1]?.word && tokens[k + 1].cap;
    if (!full && this.names.expand(first.text) === first.text) return null;
    const phrase = this.reader.readAfter(tokens, k);
    if (phrase.type !== 'name' || phrase.articled || /\d|['’]s\b/.test(phrase.text)) return null;
    return phrase.text;
  }

  private earlierSource(si: number, accept: (name: string) => boolean = () => true, lookback = LOOKBACK): string | null {
    return this.earlierSourceAt(si, accept, lookback)?.source ?? null;
  }

  /** earlierSource and the sentence that gives it. */
  private earlierSourceAt(si: number, accept: (name: string) => boolean, lookback = LOOKBACK): { source: string; at: number } | null {
    for (let j = si - 1; j >= 0 && j >= si - lookback; j--) {
      const src = this.sentence(j).source ?? this.quoteSpeakerInSentence(j) ?? this.clauseSpeaker(j);
      if (src && accept(src)) return { source: src, at: j };
    }
    return null;
  }

  /**
   * Whose report "said the report" is, without an author of its own: the nearest earlier source;
   * but where that is a person who speaks for an organisation quoted before ("said Ben Coppin from
   * Envisional. ..., said the report"), the organisation.
   */
  private documentAuthorBefore(si: number): string | null {
    const nearest = this.earlierSourceAt(si, () => true);
    if (!nearest || this.genderOfName(nearest.source) === null) return nearest?.source ?? null;
    const firm = this.earlierSourceAt(si, (name) => this.genderOfName(name) === null);
    const s = this.input.sentences[nearest.at];
    return firm && this.text.slice(s.aStart, s.aEnd).includes(firm.source) ? firm.source : nearest.source;
  }

  /**
   * Whether a pronoun of `gender` may stand for `name`: not where a given name or a title shows
   * the other gender ("Gordon Brown", "Mr Brown" for "she"; "Frau Essl" for "er"). A name of
   * unknown gender is taken.
   */
  private genderFits(name: string, gender: 'male' | 'female' | null): boolean {
    if (gender === null) return true;
    const other = this.genderOfName(name);
    if (other === null && this.lex.personalPronounsForPeople && this.namesBody(name)) return false;
    return other === null || other === gender;
  }

  /** A name that ends in an institution's or an organisation's noun ("Foreign Office", "Acme Bank", "Labour Party")? */
  private namesBody(name: string): boolean {
    const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    return name.includes(' ') && (this.lex.institutions?.includes(last) === true || this.lex.organisationNouns.includes(last) || this.lex.anaphoricNouns.includes(last));
  }

  /**
   * The gender the article before a name gives it where the text last named it, up to sentence si
   * ("das AMS": male or neuter, as "sein-"; "die Polizei": female or plural, as "ihr-"): German
   * possessives agree with grammatical gender, which bodies have too. Null without an article.
   */
  private articleGenderBefore(name: string, si: number): 'male' | 'female' | null {
    const genders = this.lex.subjectArticleGender;
    if (!genders) return null;
    const first = name.split(/\s+/)[0];
    for (let j = si; j >= 0 && j >= si - LOOKBACK; j--) {
      const tokens = this.sentence(j).tokens;
      for (let k = tokens.length - 1; k > 0; k--) {
        if (tokens[k].text !== first) continue;
        const before = tokens[k - 1].lower;
        return (before !== undefined && genders[before]) || null;
      }
    }
    return null;
  }

  private genders: Map<string, 'male' | 'female' | null> | null = null;
  private titled: { male: Set<string>; female: Set<string> } | null = null;

  /** The name when the text shows it to be a person's (a given name, a title), else null. */
  private personOnly(name: string | null): string | null {
    return name !== null && (this.genderOfName(name) !== null || this.titledPerson(name)) ? name : null;
  }

  /** A name whose last word the text gives a title ("Mr Ebbers" for "Bernie Ebbers"). */
  private titledPerson(name: string): boolean {
    const last = name.split(/\s+/).pop()!.replace(/['’]s$/, '');
    const titles = this.titledSurnames();
    return titles.male.has(last) || titles.female.has(last);
  }

  /** The surnames the text gives a title ("Mr Brown", "Ms Essex"), read once per document when first asked. */
  private titledSurnames(): { male: Set<string>; female: Set<string> } {
    if (!this.titled) {
      const { maleTitles, femaleTitles } = this.lex.gender;
      const found = { male: new Set<string>(), female: new Set<string>() };
      const all = [...maleTitles, ...femaleTitles];
      if (all.length) {
        const re = new RegExp(`(?<![\\p{L}])(${all.map(escapeRegex).join('|')})\\s+(\\p{Lu}[\\p{L}'’-]*)`, 'gu');
        for (const m of this.text.matchAll(re)) (maleTitles.includes(m[1]) ? found.male : found.female).add(m[2].replace(/['’]s$/, ''));
      }
      this.titled = found;
    }
    return this.titled;
  }

  private genderOfName(name: string): 'male' | 'female' | null {
    const genders = (this.genders ??= new Map());
    let g = genders.get(name);
    if (g === undefined) {
      const words = name.split(/\s+/);
      const last = words[words.length - 1].replace(/['’]s$/, '');
      const { maleTitles, femaleTitles, maleNames, femaleNames } = this.lex.gender;
      // a title or a given name in the name itself ("Mr Brown", "Bill Clinton", "Amazon's Robin Terrell");
      // else the title the text gives the surname elsewhere ("... Ms Essex said")
      let male = maleTitles.includes(words[0]);
      let female = femaleTitles.includes(words[0]);
      for (const w of words.slice(0, -1)) {
        if (male || female) break;
        male = maleNames.includes(w.toLowerCase());
        female = femaleNames.includes(w.toLowerCase());
      }
      if (!male && !female) {
        const titles = this.titledSurnames();
        male = titles.male.has(last);
        female = titles.female.has(last);
      }
      g = male === female ? null : male ? 'male' : 'female';
      genders.set(name, g);
    }
    return g;
  }

  /**
   * The name that speaks in a subordinate clause of sentence j ("… when CAO announced its
   * trading debacle"): no source of the main clause's figures, but someone a later "the
   * firm said" may point back at.
   */
  private clauseSpeaker(j: number): string | null {
    for (const cue of this.sentence(j).cues) {
      if (cue.scopeEnd < 0 || cue.clauseStart < 0 || cue.phrase.type !== 'name') continue;
      return this.names.expand(cue.phrase.text);
    }
    return null;
  }

  /**
   * The author of the document last named with one ("A study by analysts Jupiter
   * Research ...", then "said the report"): texts vary the noun, so any document counts.
   */
  private documentOwner(si: number, lookback: number): string | null {
    for (let j = si; j >= 0 && j >= si - lookback; j--) {
      const cues = this.sentence(j).cues;
      for (let k = cues.length - 1; k >= 0; k--) {
        const phrase = cues[k].phrase;
        if (phrase.type === 'name' && phrase.via) return this.names.expand(phrase.text);
      }
      // a report introduced without a cue: "Eine Studie des IHS kommt zu dem Ergebnis, ..."
      const info = this.sentence(j);
      const author = this.reader.lastAuthoredReport(info.tokens, this.isReport);
      if (author) return this.names.expand(author);
      // "In a report, Jupiter Research said ...": the speaker wrote the report (an earlier sentence only)
      if (j < si && this.cues.citesReport(info.tokens)) {
        const speaker = info.cues.find((c) => c.rank === RANK_VERB && c.phrase.type === 'name');
        if (speaker) return this.names.expand(speaker.phrase.text);
      }
    }
    return null;
  }

  /**
   * Whether one of the two sentences before si (adjacent to it) opens with a report brought in by an
   * indefinite article, at most three words before the noun ("A government-commissioned study
   * ranked ...", "Eine neue Studie zeigt ..."). Asked after documentOwner found no author for it.
   */
  private authorlessReportBefore(si: number): boolean {
    for (let j = si - 1; j >= 0 && j >= si - 2 && this.adjacent(j, j + 1); j--) {
      const tokens = this.sentence(j).tokens;
      // (the sentence opens with it: "die Ergebnisse einer Befragung" after "das BAMF hat ... veröffentlicht" has its author)
      const k = tokens.findIndex((t) => t.word);
      if (k < 0 || !tokens[k].lowerIsAnyOf(this.lex.indefiniteArticles)) continue;
      for (let m = k + 1; m < tokens.length && m <= k + 4 && tokens[m].word; m++) if (this.isReport(tokens[m])) return true;
    }
    return false;
  }

  /**
   * The public body a sentence opens with, before offset `at` ("The committee ...", "Die Kommission
   * ..."): the name the text gave it before, else the noun. Null for any other opening (a firm's too).
   */
  private bodyOpening(si: number, at: number): string | null {
    const tokens = this.sentence(si).tokens;
    const k = tokens.findIndex((t) => t.word);
    const noun = tokens[k + 1];
    if (k < 0 || !noun || noun.start >= at || !this.reader.isArticle(tokens[k]) || tokens[k].lowerIsAnyOf(this.lex.indefiniteArticles)) return null;
    // (a firm's noun is left to the firm the article is about: "The company ... but it said")
    if (!noun.word || !noun.lowerIsAnyOf(this.lex.anaphoricNouns) || noun.lowerIsAnyOf(this.lex.organisationNouns)) return null;
    return this.typedNameBefore(si, noun.lower, tokens[k].start) ?? noun.lower;
  }

  /**
   * The plural name a sentence opens with after its definite article, before offset `at` ("The
   * Tories ...", "The Liberal Democrats ..."): a group a "they" of the same sentence stands for.
   */
  private groupOpening(si: number, at: number): string | null {
    const tokens = this.sentence(si).tokens;
    const k = tokens.findIndex((t) => t.word);
    if (k < 0 || !this.reader.isArticle(tokens[k]) || tokens[k].lowerIsAnyOf(this.lex.indefiniteArticles)) return null;
    let end = k + 1;
    while (end < tokens.length && tokens[end].start < at && tokens[end].word && tokens[end].cap && this.reader.nameWord(tokens[end])) end++;
    const last = tokens[end - 1];
    // (a plural: "Tories", "Democrats"; not "The BBC", "The Treasury's")
    if (end === k + 1 || !/[a-z]s$/.test(last.text) || /['’]s$/.test(last.text)) return null;
    let text = '';
    for (let n = k + 1; n < end; n++) text += n === k + 1 ? tokens[n].text : ' ' + tokens[n].text;
    return this.names.expand(text);
  }

  /** "Sie meldete" after "... die US-Online-Plattform Global Forest Watch (GFW).": who was just introduced. */
  private introducedBefore(si: number): string | null {
    if (si === 0) return null;
    // asked once per pronoun cue, and a list-like sentence has dozens: read the sentence before once
    return perSentence((this.introducedMemo ??= new Map()), si, () => {
      const found = this.reader.lastIntroduced(this.sentence(si - 1).tokens);
      return found ? this.names.expand(found) : null;
    });
  }

  private introducedMemo: Map<number, string | null> | null = null;

  /** The source of figures outside quotes in sentence si. */
  private sentenceSource(si: number, info: SentenceInfo): string | null {
    for (const cue of info.cues) {
      if (cue.inversion || cue.scopeEnd >= 0) continue;
      if (this.quotedCue(cue, si)) continue;
      const src = this.resolve(cue.phrase, si, cue.documentIsSource, cue.start);
      if (src) return src;
    }
    // German reported speech (Konjunktiv I) goes on with the previous sentence's source
    if (info.hasReportedSpeech && info.cues.length === 0 && si > 0 && this.adjacent(si - 1, si)) {
      return this.sentence(si - 1).source;
    }
    return null;
  }

  /**
   * The source of figures outside quotes in sentence si: its own, else the one the next
   * sentence names, pointing back ("… um 5 Prozent. Das sagte X."). Only figures get the
   * latter: what later sentences point back at (`source`) stays what a sentence names
   * itself, so no answer depends on which sentence is asked first.
   */
  private figureSource(si: number, info: SentenceInfo): string | null {
    if (info.source !== null) return info.source;
    if (info.pointedBack === undefined) {
      info.pointedBack = si + 1 < this.input.sentences.length && this.adjacent(si, si + 1) ? this.retrospectiveSource(si + 1) : null;
    }
    return info.pointedBack ?? this.turnSpeaker(si);
  }

  /**
   * The source sentence n names for the one before it when it opens by pointing back
   * ("Das sagte X.", "Dies geht aus einem Bericht der X hervor.", "That's according to
   * X."): a cue right after the opener. "Das Amt teilte mit" opens with an article, its
   * cue comes later, and speaks for its own sentence only; a pronoun ("Das sagte er")
   * points back itself, so it names nobody new.
   */
  private retrospectiveSource(n: number): string | null {
    const lex = this.lex;
    if (lex.retrospectiveOpeners.length === 0) return null;
    // a look at the text first (reading the sentence's tokens and cues costs far more):
    // the opener, a space and a lower-case word ("Das sagte", not "Das Unternehmen")
    const s = this.input.sentences[n];
    if (!this.opensPointingBack(s.aStart, Math.min(s.aEnd, s.aStart + 12))) return null;
    const { tokens, cues } = this.sentence(n);
    if (tokens.length < 2 || !lex.retrospectiveOpeners.includes(tokens[0].lower)) return null;
    let k = 1;
    while (k < tokens.length && lex.retrospectiveLinks.includes(tokens[k].lower)) k++;
    const at = tokens[k]?.start;
    for (const cue of cues) {
      if (cue.start !== at || cue.scopeEnd >= 0 || cue.clauseStart >= 0) continue;
      if (cue.phrase.type !== 'name' && cue.phrase.type !== 'document') continue;
      if (this.quotes.enclosing(cue.start, cue.end)) continue;
      return this.resolve(cue.phrase, n, cue.documentIsSource, cue.start);
    }
    return null;
  }

  /**
   * Whether the head [from, to) of a sentence is an opener of lex.retrospectiveOpeners in
   * any case, a space and a lower-case letter. Compared in the text: asked of the sentence
   * after nearly every figure without a source, and a lower-cased copy of each head was garbage.
   */
  private opensPointingBack(from: number, to: number): boolean {
    const text = this.text;
    for (const w of this.lex.retrospectiveOpeners) {
      const after = from + w.length;
      if (after + 1 >= to || !startsLowerCased(text, from, to, w)) continue;
      if (text.charCodeAt(after) === 32 && LOWER_CASE_LETTER.test(text.charAt(after + 1))) return true;
    }
    return false;
  }

  /**
   * The interviewee whose answer sentence si belongs to: an interview gives each turn a speaker
   * label ("STANDARD: ...? Fraser: Während ... dreier Ökonomen ..."), and an answer's figures are
   * its speaker's until the next label. Only where the document has two labels or more (one
   * "Fazit: ..." is no interview) and only a label that is a person: a surname the text gives
   * with a given name ("Andrea Fraser ... Fraser:"), a given name and surname, or a title and
   * surname. The interviewer's labels ("STANDARD:", "Frage:") end a turn and name nobody.
   */
  private turnSpeaker(si: number): string | null {
    const turns = (this.turns ??= this.speakerTurns());
    let last: { si: number; speaker: string | null } | null = null;
    for (const turn of turns) {
      if (turn.si > si) break;
      last = turn;
    }
    // a lone person's label ("Der Grund: ... Fischer: Die anderen 10.000 Quadratmeter ...") speaks
    // for its own sentence; the turns of an interview (a person's label twice or more) run on
    if (!last || (last.si !== si && turns.filter((t) => t.speaker === last!.speaker).length < 2)) return null;
    return last.speaker;
  }

  private turns: Array<{ si: number; speaker: string | null }> | null = null;

  /** The sentences that open with a speaker label, in order, with the label's person or null. */
  private speakerTurns(): Array<{ si: number; speaker: string | null }> {
    const turns: Array<{ si: number; speaker: string | null }> = [];
    const sentences = this.input.sentences;
    // a label ends in a colon: sentences without one are passed over without a regex run (the
    // next colon is found once for the sentences up to it, in text order)
    let colon = -1;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (colon < s.aStart) colon = this.text.indexOf(':', s.aStart);
      if (colon < 0) break;
      if (colon >= s.aEnd) continue;
      SPEAKER_LABEL.lastIndex = s.aStart;
      const m = SPEAKER_LABEL.exec(this.text);
      if (!m || m.index + m[0].length > s.aEnd) continue;
      turns.push({ si, speaker: this.labelPerson(m[1].split(' ')) });
    }
    return turns.length >= 2 ? turns : [];
  }

  private labelPerson(words: string[]): string | null {
    const reader = this.reader;
    if (words.length === 1) {
      if (reader.roleOnly(words[0])) return null;
      const full = this.names.expand(words[0]);
      return full !== words[0] ? full : this.names.withGivenName(words[0], (w) => reader.isGivenName(w));
    }
    if (words.length === 2 && (reader.isGivenName(words[0]) || reader.isTitle(words[0])) && !reader.isTitleOrRole(words[1])) {
      return reader.isTitle(words[0]) ? this.names.expand(words[1]) : words.join(' ');
    }
    return null;
  }

  /** Sentences in the same paragraph or in consecutive ones. */
  private adjacent(a: number, b: number): boolean {
    const sa = this.input.sentences[a];
    const sb = this.input.sentences[b];
    return !!sa && !!sb && sb.block - sa.block <= 1;
  }

  /** The starts of the sentence's speakers' ages, read once (a figure per cue would be quadratic). */
  private ageFigures(info: SentenceInfo): Set<number> | null {
    if (info.ageFigures === undefined) {
      let found: Set<number> | null = null;
      for (const cue of info.cues) {
        const at = ageFigureOf(cue.phrase);
        if (at >= 0) (found ??= new Set()).add(at);
      }
      info.ageFigures = found;
    }
    return info.ageFigures;
  }

  /** Whether a clause conjunction ("and", "but") starts at analysis offset `at`. */
  private conjunctionAt(at: number): boolean {
    let e = at;
    while (e < this.text.length && e - at < 12 && /\p{L}/u.test(this.text[e])) e++;
    return e > at && this.lex.clauseConjunctions.includes(this.text.slice(at, e).toLowerCase());
  }

  /** A figure's source at [start, end) in sentence si. */
  sourceAt(si: number, start: number, end: number): string | null {
    const info = this.sentence(si);
    const quote = this.quotes.enclosing(start, end);
    if (quote && this.quoteReaches(quote, si)) {
      const speaker = this.speakerOf(quote, si);
      if (speaker) return speaker;
    }
    // "said the 40-year-old": the age is the speaker's, not a figure the speaker states
    if (this.ageFigures(info)?.has(start)) return null;
    // a cue inside the figure's own noun phrase ("die laut Polizei 3.000 Menschen zählende Demo")
    for (const { cue, source } of this.scopedCues(info, si)) {
      if ((cue.clauseStart >= 0 ? cue.clauseStart : cue.start) <= start && end <= cue.scopeEnd) return source;
    }
    // "…, nachdem es im Juli ein Minus von 2,2 Prozent gegeben hatte": a fact the main clause's source does not state
    if (this.inFactClause(info, start, end)) return null;
    // "the £3.2bn settlement includes the £7.4m announced by X": the cue is not £3.2bn's
    if (info.cues.length === 1 && (end <= info.cues[0].appliesFrom || end <= info.cues[0].clauseStart || inAside(info.cues[0], start, end))) return null;
    // several cues: the one nearest to the figure
    if (info.cues.length > 1) {
      // a clause with its own speaker before the figure ("…, and Nationwide reported 0.4%")
      // hides the cues ahead of it; a clause that starts after the figure is not its speaker's
      const clause = this.lastClauseBefore(info, si, start);
      // the nearest cue of the best rank that names someone
      let best: string | null = null;
      let bestKey = Infinity;
      // cues that name someone, and those of them whose clause starts after the figure
      let naming = 0;
      let later = 0;
      // a speaker's clause that opens after the figure holds the cues inside it too ("…, and Mr Mafeca
      // said he expected more": "he expected" is no cue of a figure before the "and")
      let laterClause = Infinity;
      // (a conjoined main clause runs to the sentence's end; a relative one, "who announced ...", does not)
      for (const cue of info.cues) if (cue.clauseStart >= end && cue.scopeEnd < 0 && cue.clauseStart < laterClause && this.conjunctionAt(cue.clauseStart)) laterClause = cue.clauseStart;
      for (const { cue, source: src } of this.namingCues(info, si)) {
        naming++;
        // (a figure in the aside about the speaker is the narrator's: "Mr Blair, who ... four children, said")
        if ((cue.clauseStart >= 0 && end <= cue.clauseStart) || cue.start >= laterClause || end <= cue.appliesFrom || inAside(cue, start, end)) { later++; continue; }
        if (cue.end <= clause) continue;
        const gap = Math.abs(cue.end <= start ? start - cue.end : cue.start - end);
        const key = cue.rank * 100000 + gap;
        if (key < bestKey) { bestKey = key; best = src; }
      }
      if (best) return best;
      // "The film took $45m, with critics saying ..., and the studio said ...": every speaker's clause comes after it
      if (naming > 0 && later === naming) return null;
    }
    return this.figureSource(si, info);
  }

  /**
   * A cue's source, worked out once per cue: every figure of a sentence asks its cues, and a
   * sentence of thousands of figures and cues ("nachdem er sagte, es seien 5 Prozent, …")
   * made that quadratic. `at`: resolved from the cue's place (names before it may answer).
   */
  private resolvedCue(cue: Cue, si: number, at: boolean): string | null {
    const sources = (this.cueSources ??= new Map());
    let memo = sources.get(cue);
    if (!memo) sources.set(cue, (memo = {}));
    const key = at ? 'at' : 'plain';
    if (!(key in memo)) memo[key] = at ? this.resolve(cue.phrase, si, cue.documentIsSource, cue.start) : this.resolve(cue.phrase, si, cue.documentIsSource);
    return memo[key]!;
  }

  private cueSources: Map<Cue, { at?: string | null; plain?: string | null }> | null = null;

  /**
   * The latest start of a clause with its own speaker among the cues that end by `start`
   * (-1: none): through a table per sentence, each figure a binary search, not a pass over
   * every cue.
   */
  private lastClauseBefore(info: SentenceInfo, si: number, start: number): number {
    if (info.clauses === null) {
      const own = info.cues.filter((c) => c.clauseStart >= 0 && c.scopeEnd < 0 && !this.quotedCue(c, si)).sort((a, b) => a.end - b.end);
      const ends = own.map((c) => c.end);
      const latest: number[] = [];
      for (const c of own) latest.push(Math.max(latest.length ? latest[latest.length - 1] : -1, c.clauseStart));
      info.clauses = { ends, latest };
    }
    const { ends, latest } = info.clauses;
    // the last cue ending by `start`
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : latest[lo - 1];
  }

  /** The sentence's cues that speak for their clause only, with the source each names (none: left out). */
  private scopedCues(info: SentenceInfo, si: number): Array<{ cue: Cue; source: string }> {
    if (info.scoped === null) {
      info.scoped = [];
      for (const cue of info.cues) {
        const source = cue.scopeEnd >= 0 ? this.resolvedCue(cue, si, false) : null;
        if (source) info.scoped.push({ cue, source });
      }
    }
    return info.scoped;
  }

  /** The sentence's other cues outside quotes that name someone, with the name. */
  private namingCues(info: SentenceInfo, si: number): Array<{ cue: Cue; source: string }> {
    if (info.naming === null) {
      info.naming = [];
      for (const cue of info.cues) {
        if (cue.inversion || cue.scopeEnd >= 0 || this.quotedCue(cue, si)) continue;
        const source = this.resolvedCue(cue, si, true);
        if (source) info.naming.push({ cue, source });
      }
    }
    return info.naming;
  }

  /** Whether the cue stands inside a quotation (asked per figure; memoised per cue). */
  private quotedCue(cue: Cue, si: number): boolean {
    const quoted = (this.cueQuoted ??= new Map());
    let q = quoted.get(cue);
    if (q === undefined) {
      // (a quote left open that no longer holds the cue's sentence does not count: quoteReaches)
      const quote = this.quotes.enclosing(cue.start, cue.end);
      quoted.set(cue, (q = quote !== null && this.quoteReaches(quote, si)));
    }
    return q;
  }


  private cueQuoted: Map<Cue, boolean> | null = null;

  /**
   * Whether [start, end) lies in a clause of lex.factClauses after the main clause
   * (", nachdem es ... gegeben hatte") that no cue at or after its start speaks for,
   * and that is not reported speech.
   */
  private inFactClause(info: SentenceInfo, start: number, end: number): boolean {
    if (this.lex.factClauses.length === 0) return false;
    if (info.facts === null) info.facts = this.factClauses(info.tokens);
    const facts = info.facts;
    // the last clause starting by `start` (clauses do not overlap; a binary search: asked per figure)
    let lo = 0;
    let hi = facts.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (facts[2 * mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || end > facts[2 * (lo - 1) + 1]) return false;
    // the clause's own cue, or one after it ("…, nachdem …, sagte X"), speaks for it
    if (info.lastCueStart === undefined) {
      info.lastCueStart = -1;
      for (const cue of info.cues) if (!cue.inversion && cue.start > info.lastCueStart) info.lastCueStart = cue.start;
    }
    return info.lastCueStart < facts[2 * (lo - 1)];
  }

  /** lex.factClauses split into words ("which caused": two) */
  private get factOpeners(): string[][] {
    return (this.factWords ??= this.lex.factClauses.map((opener) => opener.split(' ')));
  }

  private factWords: string[][] | null = null;

  /** The clauses of lex.factClauses in the tokens, not in reported speech: [from, to] pairs, flat, once per sentence. */
  private factClauses(tokens: Token[]): number[] {
    const facts = this.factOpeners;
    if (facts.length === 0) return NO_CLAUSES;
    let out: number[] | null = null;
    for (let k = 1; k < tokens.length - 1; k++) {
      // the word after each comma compared in place: a lower-case string per such word was garbage
      if (!tokens[k].textIs(',') || !isClauseComma(tokens, k)) continue;
      const opener = facts.find((words) => words.every((w, n) => tokens[k + 1 + n]?.lowerIs(w)));
      if (!opener) continue;
      let e = k + 1 + opener.length;
      while (e < tokens.length && !isClauseComma(tokens, e) && !tokens[e].textIs(';')) e++;
      let reported = false;
      for (let n = k + 2; n < e && !reported; n++) reported = this.lex.reportedSpeech.includes(tokens[n].lower);
      if (!reported) (out ??= []).push(tokens[k].start, e < tokens.length ? tokens[e].start : tokens[tokens.length - 1].end);
      k = e - 1;
    }
    return out ?? NO_CLAUSES;
  }

  /**
   * Does the quote still hold sentence si? A quote closed by its mark does, and so does one left
   * open to the end of a short paragraph (a quoted paragraph the next one continues); in a longer
   * paragraph a quote left open is a mark missing ('Moya confirmed: "I'm donating ... Scrichapan
   * said he would donate ... The ATP has announced ...'): it holds the sentence it opens in and the next.
   */
  private quoteReaches(quote: QuoteSpan, si: number): boolean {
    if (QUOTE_CLOSERS.includes(this.text.charAt(quote.end - 1))) return true;
    const ss = this.input.sentences;
    if (si === 0 || quote.start >= ss[si - 1].aStart) return true;
    // the sentences the quote runs into after its first one (once per quote: two binary searches)
    const lengths = (this.openQuoteLength ??= new Map());
    let after = lengths.get(quote);
    if (after === undefined) {
      after = this.sentencesStartingBefore(quote.end) - this.sentencesStartingBefore(quote.start + 1);
      lengths.set(quote, after);
    }
    return after <= MAX_OPEN_QUOTE_SENTENCES;
  }

  private openQuoteLength: Map<QuoteSpan, number> | null = null;

  /** How many sentences start before `offset` (sentences are in text order). */
  private sentencesStartingBefore(offset: number): number {
    const ss = this.input.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].aStart < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sentenceAt(offset: number, from: number): number {
    const ss = this.input.sentences;
    for (let j = Math.max(0, from - 6); j < ss.length && j < from + 20; j++) {
      if (ss[j].aStart <= offset && offset < ss[j].aEnd) return j;
    }
    return from;
  }

  /** Speaker cues outside the quote in sentence j (cues inside the quote are someone else's words). */
  private cueOutside(j: number, quote: QuoteSpan, allowInversion: boolean): string | null {
    if (j < 0 || j >= this.input.sentences.length) return null;
    for (const cue of this.sentence(j).cues) {
      if ((cue.inversion && !allowInversion) || cue.scopeEnd >= 0) continue;
      if (cue.start < quote.end && quote.start < cue.end) continue;
      if (this.quotes.enclosing(cue.start, cue.end)) continue;
      const src = this.resolve(cue.phrase, j, false, cue.start);
      if (src) return src;
    }
    return null;
  }

  /** Whether a pronoun outside the quote is the subject of a cue in sentences first..last. */
  private pronounCueOutside(first: number, last: number, quote: QuoteSpan): boolean {
    for (let j = first; j <= last; j++) {
      for (const cue of this.sentence(j).cues) {
        if (!isPronoun(cue.phrase) || cue.inversion || cue.scopeEnd >= 0) continue;
        if (cue.start < quote.end && quote.start < cue.end) continue;
        if (!this.quotes.enclosing(cue.start, cue.end)) return true;
      }
    }
    return false;
  }

  /**
   * Who says the quote: a cue in its own sentences, right after it, or just before it (":"); with
   * `followCuts`, also the speaker of the quotes it re-opens (QuoteIndex.reopened).
   */
  private speakerOf(quote: QuoteSpan, si: number, followCuts = true): string | null {
    const first = this.sentenceAt(quote.start, si);
    const last = this.sentenceAt(Math.max(quote.start, quote.end - 1), si);
    for (let j = last; j >= first; j--) {
      const src = this.cueOutside(j, quote, false);
      if (src) return src;
    }
    // „…“, he said: the pronoun points back; a name in the next sentence is someone else
    const pronounSpeaks = this.pronounCueOutside(first, last, quote);
    const next = last + 1;
    if (!pronounSpeaks && next < this.input.sentences.length && this.adjacent(last, next)) {
      const info = this.sentence(next);
      const early = info.cues.find((c) => c.inversion || info.tokens.findIndex((t) => t.start >= c.start) < 6);
      if (early && !this.quotes.enclosing(early.start, early.end)) {
        const src = this.resolve(early.phrase, next);
        if (src) return src;
      }
    }
    const prev = first - 1;
    if (prev >= 0 && this.adjacent(prev, first)) {
      const ps = this.input.sentences[prev];
      if (/:\s*$/.test(this.text.slice(ps.aStart, ps.aEnd)) || /:\s*$/.test(this.text.slice(ps.aStart, quote.start))) {
        const src = this.cueOutside(prev, quote, false);
        if (src) return src;
      }
    }
    // a quote opened again before the last one closed goes on with its speaker, however many
    // sentences back that speaker was named (a few quotes back at most: "„„„…" nests thousands)
    if (followCuts) {
      let cut = this.quotes.reopened(quote);
      // (each cut's sentence found from the last one's: sentenceAt looks only a few sentences around)
      for (let n = 0, at = first; cut !== null && n < MAX_REOPENED_QUOTES; n++, cut = this.quotes.reopened(cut)) {
        at = this.sentenceAt(cut.start, at);
        const src = this.speakerOf(cut, at, false);
        if (src) return src;
      }
    }
    // "X sagte: „…“" within one sentence is covered above; a quote that continues one just before
    for (let j = first - 1; j >= 0 && j >= first - 2 && this.adjacent(j, first); j--) {
      const src = this.quoteSpeakerInSentence(j);
      if (src) return src;
      // ('"Growth is 7%," says Mr Lakhani. One broker said the reasons may be political. "If you
      // file a $1.3 trillion case ..."': the speaker just before, not an earlier quote's; only
      // for a quote that opens its sentence: "Ms Hutt defended her record, saying ... "only 10%" is hers)
      if (j === first - 1 && /^[\s"'„“”»«‚‘’]*$/.test(this.text.slice(this.input.sentences[first].aStart, quote.start))) {
        const own = this.sentence(j).source;
        if (own) return own;
      }
    }
    return null;
  }

  /** The speaker of the last quote in sentence j, if it has one. */
  private quoteSpeakerInSentence(j: number): string | null {
    const s = this.input.sentences[j];
    if (!s) return null;
    const q = this.quotes.lastOverlapping(s.aStart, s.aEnd);
    if (!q) return null;
    const first = this.sentenceAt(q.start, j);
    const last = this.sentenceAt(Math.max(q.start, q.end - 1), j);
    for (let k = last; k >= first; k--) {
      const src = this.cueOutside(k, q, false);
      if (src) return src;
    }
    const next = last + 1;
    if (next < this.input.sentences.length && next <= j + 1) {
      const info = this.sentence(next);
      const inv = info.cues.find((c) => c.inversion);
      if (inv) return this.resolve(inv.phrase, next);
    }
    return null;
  }
}

const LOWER_CASE_LETTER = /\p{Ll}/u;
/** A speaker label opening a sentence: one to three capitalised words, a colon, a capital ("Fraser: Doch.", "Dr. Weber: Ja."). */
// (a doubled colon is a typo the label survives: "STANDARD:: Die Schauspieler ...?")
const SPEAKER_LABEL = /(\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,2})::?\s+(?=[\p{Lu}„"“»])/uy;

/** Does [start, end) lie in the aside between the cue's subject and its verb (Cue.asideStart)? */
function inAside(cue: Cue, start: number, end: number): boolean {
  return cue.asideStart >= 0 && start >= cue.asideStart && end <= cue.asideEnd;
}

/**
 * Whether text[from, to) lower-cased starts with `w` (lower case). ASCII is compared code
 * unit by code unit; a character beyond it (whose lower case may be longer, "İ") takes the
 * copy lower-cased as a whole.
 */
function startsLowerCased(text: string, from: number, to: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(from + k);
    if (c >= 128) return text.slice(from, to).toLowerCase().startsWith(w);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** factClauses of a sentence without any (shared: most sentences have none, and it is only read). */
const NO_CLAUSES: number[] = [];

/** A comma at tokens[k] that is no decimal comma inside a figure ("2,2": a digit right before and after). */
function isClauseComma(tokens: Token[], k: number): boolean {
  return tokens[k].textIs(',') && !(startsWithDigit(tokens[k + 1]) && endsWithDigit(tokens[k - 1]));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /^\d/.test(t.text), read without making the text. */
function startsWithDigit(t: Token | undefined): boolean {
  return t !== undefined && t.textLength > 0 && isDigit(t.codeAt(0));
}

/** /\d$/.test(t.text), read without making the text. */
function endsWithDigit(t: Token | undefined): boolean {
  return t !== undefined && t.textLength > 0 && isDigit(t.codeAt(t.textLength - 1));
}

/** Who the text says each figure comes from, or null when the article asserts it. */
export function resolveAttributions(input: ContextInput, organisation: string | null = null): (string | null)[] {
  if (input.mentions.length === 0) return [];
  const resolver = new AttributionResolver(input, organisation);
  const out: (string | null)[] = [];
  const conversions = conversionsOf(input.analysis.text, input.mentions);
  input.mentions.forEach(({ mention, sentenceIndex }, i) => {
    const conv = conversions[i];
    if (conv !== null) {
      out.push(out[conv]);
      return;
    }
    const source = resolver.sourceAt(sentenceIndex, mention.aStart, mention.aEnd);
    // "Fünf Millionen Abos zählt Netflix", "Zwei erwartete Züge": a subject that opens with the
    // figure is the figure's own noun phrase, read as a speaker through a verb after it
    out.push(source !== null && source.startsWith(input.analysis.text.slice(mention.aStart, mention.aEnd)) ? null : source);
  });
  return out;
}

/** The memo's answer for sentence si, worked out by `compute` the first time it is asked. */
function perSentence(memos: Map<number, string | null>, si: number, compute: () => string | null): string | null {
  let memo = memos.get(si);
  if (memo === undefined) {
    memo = compute();
    memos.set(si, memo);
  }
  return memo;
}
