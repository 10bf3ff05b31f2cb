import type { Lang } from '../types.js';
import type { ContextInput } from './types.js';
import type { AttributionLexicon } from './attribution-lexicon.js';
import { cueTokens, tokenize, type Token } from './attribution-tokens.js';
import { PhraseReader, type Phrase } from './attribution-phrase.js';
import { enclosingQuote, findQuotes, type QuoteSpan } from './attribution-quotes.js';
import { NameIndex } from './attribution-names.js';
import { conversionOf } from './period.js';
import { attribution as de } from '../lang/de/attribution.js';
import { attribution as en } from '../lang/en/attribution.js';

const LEXICONS: Record<Lang, AttributionLexicon> = { de, en };

/** A cue in a sentence and the source phrase it points at. */
interface Cue {
  /** analysis offsets of the cue word(s) */
  start: number;
  end: number;
  phrase: Phrase;
  /** "So beurteilt der Politologe X die Lage." – only speaks for a quote just before */
  inversion: boolean;
  /** a document without author ("laut dem Bericht") stands for the source when no earlier one is named */
  documentIsSource?: boolean;
  /** explicit source cues ("laut", "zufolge") outrank reporting verbs, which outrank documents */
  rank: number;
}

const RANK_EXPLICIT = 0;
const RANK_VERB = 1;
const RANK_DOCUMENT = 2;

interface SentenceInfo {
  tokens: Token[];
  cues: Cue[];
  /** the source a figure outside quotes gets, after resolving anaphors and reported speech */
  source: string | null;
  hasReportedSpeech: boolean;
}

/** How many sentences back a pronoun ("er", "he") or reported speech looks for its source. */
const LOOKBACK = 3;
/** How many sentences back "the report" looks for the report whose author was named. */
const DOCUMENT_LOOKBACK = 12;

interface CompiledCues {
  /** cue tokens and the particle that must follow later ("geht aus ... hervor"), by first token */
  after: Map<string, Array<{ tokens: string[]; particle: string | null }>>;
  before: string[][];
  verbs: Map<string, string | null>;
  participles: Map<string, string | null>;
  auxiliaries: Set<string>;
  show: Set<string>;
  reported: Set<string>;
  documentPrepositions: Set<string>;
  reportNouns: Set<string>;
  /** the preposition that takes any document noun ("nach Berechnung der X") */
  firstDocumentPreposition: string | null;
  anaphoric: Set<string>;
  agentParticiple: RegExp | null;
  sourceDocuments: string[];
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

function particleMap(list: string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const v of list) {
    const [verb, particle] = v.split('+');
    out.set(verb, particle ?? null);
  }
  return out;
}

const compiledCache = new WeakMap<AttributionLexicon, CompiledCues>();
const openerCache = new WeakMap<AttributionLexicon, Set<string>>();

/** Capitalised sentence openers that are no names: the lexicon's openers, articles, prepositions, adverbs. */
function openerSet(lex: AttributionLexicon): Set<string> {
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
  const c: CompiledCues = {
    // longest cue first, so "nach einer Studie" beats "nach"
    after: byFirstToken(
      lex.sourceAfter
        .map((cue) => {
          const [phrase, particle] = cue.split('+');
          return { tokens: cueTokens(phrase), particle: particle ?? null };
        })
        .sort((a, b) => b.tokens.length - a.tokens.length),
    ),
    before: lex.sourceBefore.map(cueTokens),
    verbs: particleMap(lex.speechVerbs),
    participles: particleMap(lex.perfectParticiples),
    auxiliaries: new Set(lex.perfectAuxiliaries),
    show: new Set(lex.showVerbs),
    reported: new Set(lex.reportedSpeech),
    documentPrepositions: new Set(lex.documentPrepositions),
    reportNouns: new Set(lex.reportNouns),
    firstDocumentPreposition: lex.documentPrepositions[0] ?? null,
    anaphoric: new Set(lex.anaphoricCues),
    agentParticiple: lex.agentParticiples.length ? new RegExp(`^(?:${lex.agentParticiples.join('|')})(?:e|en|er|es|em)?$`) : null,
    sourceDocuments: lex.sourceDocuments,
  };
  compiledCache.set(lex, c);
  return c;
}

function matchesAt(tokens: Token[], i: number, cue: string[]): boolean {
  if (i + cue.length > tokens.length) return false;
  for (let k = 0; k < cue.length; k++) if (tokens[i + k].lower !== cue[k]) return false;
  return true;
}

const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»', '‘', '’']);
const NUMERIC = /^[\d%]/;
// words opening a subordinate clause after a comma (German and English)
const SUBORDINATORS = new Set(['wie', 'dass', 'ob', 'weil', 'der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'as', 'which', 'who', 'that']);
const ANAPHOR: Phrase = { type: 'anaphor' };

export class AttributionResolver {
  private readonly lex: AttributionLexicon;
  private readonly cues: CompiledCues;
  private readonly reader: PhraseReader;
  private readonly names: NameIndex;
  private readonly text: string;
  private readonly quotes: QuoteSpan[];
  private readonly info = new Map<number, SentenceInfo>();
  private readonly resolving = new Set<number>();

  constructor(private readonly input: ContextInput) {
    this.lex = LEXICONS[input.lang];
    this.cues = compileCues(this.lex);
    this.text = input.analysis.text;
    const openers = openerSet(this.lex);
    // a sentence opener is a name unless it is a known function word; used elsewhere
    // in mid-sentence it is a name for sure
    this.reader = new PhraseReader(this.lex, (w) => this.names.isNameLike(w) || !openers.has(w.toLowerCase()));
    this.names = new NameIndex(this.text, this.reader);
    this.quotes = findQuotes(this.text, input.blocks);
  }

  /** The subject of a reporting verb at tokens[i]: before it ("Trump sagte") or after it ("sagte Trump"). */
  private subjectOf(tokens: Token[], i: number): Phrase {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "69% of over-55s say", "70% said they would": the figure's own people speak
    for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
      if (!tokens[k].word && tokens[k].text !== '%') break;
      if (NUMERIC.test(tokens[k].text)) return { type: 'none' };
    }
    const after = next && (next.word || next.text === '(') ? this.reader.readAfter(tokens, i + 1) : ({ type: 'none' } as Phrase);
    // "„…“, sagte Trump" / "…, said Mr Smith": the subject follows
    if (!prev) return after;
    if (prev.text === ',') {
      if (tokens[i - 2] && CLOSING_QUOTES.has(tokens[i - 2].text)) return after;
      // "Jeff Bewkes, chief executive of Time Warner, said": the subject before the apposition
      if (after.type !== 'none') return after;
      return this.reader.readBefore(tokens, i, 0);
    }
    if (!prev.word && prev.text !== ')') return after;
    // "Jay-Z, who said": the subject stands before the comma
    if (['who', 'which', 'der', 'die'].includes(prev.lower) && tokens[i - 2]?.text === ',') {
      return this.reader.readBefore(tokens, i - 2, 0);
    }
    const before = this.reader.readBefore(tokens, i, 0);
    const noSubjectBefore = this.prefieldIsNoSubject(tokens, i);
    if (before.type === 'none') return noSubjectBefore ? after : before;
    if (after.type === 'none') return before;
    if (noSubjectBefore && this.lex.capitalisedNouns) return after;
    // "Dabei sagte der Minister": a capitalised sentence opener is no subject
    const first = tokens[0];
    if (before.type === 'name' && prev === first && !this.isOpenerName(first.text)) return after;
    return before;
  }

  /** "Das Ministerium hatte im Juni mitgeteilt": the subject opens the sentence or follows the auxiliary. */
  private perfectSubject(tokens: Token[], participle: number): Phrase {
    let aux = -1;
    for (let k = participle - 1; k >= 0; k--) if (this.cues.auxiliaries.has(tokens[k].lower)) { aux = k; break; }
    if (aux < 0) return { type: 'none' };
    // "Von Reuters befragte Ökonomen hatten ... erwartet"; a place before the auxiliary is skipped
    const before = this.reader.readBefore(tokens, aux, 0);
    if (before.type !== 'none') return before;
    return this.reader.startsPhrase(tokens, aux + 1) ? this.reader.readAfter(tokens, aux + 1) : { type: 'none' };
  }

  private isOpenerName(word: string): boolean {
    return this.names.isNameLike(word) || !openerSet(this.lex).has(word.toLowerCase());
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
    if (opener && verb > 0 && (this.reader.isPreposition(opener) || this.reader.isAdverb(opener))) {
      const sub = tokens.slice(1, verb).some((t, k) => SUBORDINATORS.has(t.lower) && tokens[k]?.text === ',');
      if (!sub) return true;
    }
    let start = 0;
    for (let k = verb - 1; k >= 0; k--) if (tokens[k].text === ',' || tokens[k].text === ':') { start = k + 1; break; }
    const first = tokens[start];
    if (!first || start >= verb) return true;
    if (this.reader.isPreposition(first) || this.reader.isAdverb(first) || this.reader.isStop(first) || NUMERIC.test(first.text)) return true;
    return start === 0 && first.cap && !this.reader.isArticle(first) && !this.isOpenerName(first.text) && !this.reader.nameWord(tokens[start + 1]);
  }

  private findCues(tokens: Token[]): Cue[] {
    const out: Cue[] = [];
    const c = this.cues;
    const later = (i: number, particle: string | null) => particle === null || tokens.slice(i + 1).some((x) => x.lower === particle);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      let done = false;
      for (const cue of c.after.get(t.lower) ?? []) {
        if (matchesAt(tokens, i, cue.tokens) && later(i, cue.particle)) {
          const end = tokens[i + cue.tokens.length - 1].end;
          out.push({ start: t.start, end, phrase: this.reader.readAfter(tokens, i + cue.tokens.length), inversion: false, documentIsSource: true, rank: RANK_EXPLICIT });
          i += cue.tokens.length - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
      if (c.before.some((cue) => matchesAt(tokens, i, cue))) {
        out.push({ start: t.start, end: t.end, phrase: this.reader.readBefore(tokens, i, 0), inversion: false, documentIsSource: true, rank: RANK_EXPLICIT });
        continue;
      }
      if (c.anaphoric.has(t.lower)) {
        out.push({ start: t.start, end: t.end, phrase: ANAPHOR, inversion: false, rank: RANK_EXPLICIT });
        continue;
      }
      // "nach Berechnung der Statistik Austria", "in einer Studie des Wifo", "in a report by X"
      if (c.documentPrepositions.has(t.lower)) {
        let k = i + 1;
        while (k < tokens.length && k <= i + 4 && tokens[k].word && !this.reader.isDocument(tokens[k]) && (!tokens[k].cap || this.reader.isArticle(tokens[k]))) k++;
        const anyDocument = t.lower === c.firstDocumentPreposition;
        const doc = tokens[k];
        const report = doc && (c.reportNouns.has(doc.lower) || [...c.reportNouns].some((r) => doc.lower.endsWith(r)));
        if (k < tokens.length && k <= i + 4 && this.reader.isDocument(doc) && (anyDocument || report)) {
          const phrase = this.reader.readAfter(tokens, i + 1);
          // "in den Arbeitslosenzahlen" names nobody; "nach Berechnung der Statistik Austria" does
          const named = phrase.type === 'name' || (phrase.type === 'document' && anyDocument);
          if (named) out.push({ start: t.start, end: tokens[k].end, phrase, inversion: false, documentIsSource: anyDocument, rank: RANK_DOCUMENT });
          i = k;
          continue;
        }
      }
      // "Expertenschätzungen gehen von ... aus", "An der Spitze der OECD-Auswertung"
      if (t.cap) {
        const owner = this.reader.compoundOwner(t);
        if (owner && (/^\p{Lu}{2,}$/u.test(owner) || c.sourceDocuments.some((d) => t.lower.endsWith(d)))) {
          out.push({ start: t.start, end: t.end, phrase: { type: 'name', text: owner }, inversion: false, rank: RANK_EXPLICIT });
          continue;
        }
      }
      if (!t.cap || i === 0) {
        const particle = c.verbs.get(t.lower);
        // English "BA's estimated revenues", "a predicted extra £250m": adjectives, not verbs
        const adjectival = !this.lex.capitalisedNouns && (this.reader.isArticle(tokens[i - 1]) || /['’]s$/.test(tokens[i - 1]?.text ?? ''));
        const pParticle = c.participles.get(t.lower);
        const isParticiple = pParticle !== undefined && (pParticle === null || tokens.some((x) => x.lower === pParticle));
        if (particle !== undefined && !adjectival && later(i, particle)) {
          const phrase = this.subjectOf(tokens, i);
          // "erklärt" is also the participle of "hatte ... erklärt"
          if (phrase.type !== 'none' || !isParticiple) {
            // "the report added": the report is the source
            out.push({ start: t.start, end: t.end, phrase, inversion: false, rank: RANK_VERB, documentIsSource: true });
            continue;
          }
        }
        if (isParticiple) {
          const phrase = this.perfectSubject(tokens, i);
          if (phrase.type !== 'none') out.push({ start: t.start, end: t.end, phrase, inversion: false, rank: RANK_VERB });
          continue;
        }
        // "die von der Regierung genannte Milliarde"
        if (c.agentParticiple && c.agentParticiple.test(t.lower)) {
          const at = this.reader.phraseStartBefore(tokens, i, 0);
          const von = at ? [tokens[at.start - 1], tokens[at.start - 2]].findIndex((x) => x?.lower === 'von') : -1;
          if (at && von >= 0) {
            out.push({ start: t.start, end: t.end, phrase: this.reader.readAfter(tokens, at.start - von, at.end), inversion: false, rank: RANK_VERB });
            continue;
          }
        }
      }
      if (c.show.has(t.lower)) {
        // "Daten von X zeigen", "ONS figures show": only documents show a source's figures
        const phrase = this.reader.documentBefore(tokens, i);
        if (phrase.type === 'name' || phrase.type === 'document') out.push({ start: t.start, end: t.end, phrase, inversion: false, documentIsSource: true, rank: RANK_VERB });
        continue;
      }
      if (this.lex.soWord && t.lower === this.lex.soWord) {
        const prev = tokens[i - 1];
        // ", so Timofejew weiter"
        if (prev && (prev.text === ',' || CLOSING_QUOTES.has(prev.text))) {
          out.push({ start: t.start, end: t.end, phrase: this.reader.readAfter(tokens, i + 1), inversion: false, rank: RANK_VERB });
        } else if (i === 0 && tokens[1]?.word && !tokens[1].cap) {
          // "So beurteilt der Politologe Boris Meschujew die Ausgangslage."
          const phrase = this.reader.readAfter(tokens, 2);
          if (phrase.type !== 'none') out.push({ start: t.start, end: tokens[1].end, phrase, inversion: true, rank: RANK_VERB });
        }
      }
    }
    return out;
  }

  sentence(si: number): SentenceInfo {
    const hit = this.info.get(si);
    if (hit) return hit;
    const s = this.input.sentences[si];
    const tokens = tokenize(this.text, s.aStart, s.aEnd);
    // best-ranked cue first (stable within a rank: text order); a document without
    // author ("laut einem Medienbericht") ranks below a named reporter
    const cues = this.findCues(tokens);
    for (const c of cues) if (c.phrase.type === 'document') c.rank = Math.max(c.rank, RANK_DOCUMENT);
    cues.sort((a, b) => a.rank - b.rank);
    // Konjunktiv I in a main clause; after "dass" it is the mood of the clause, not reported speech
    const firstThat = tokens.findIndex((t) => t.lower === 'dass' || t.lower === 'ob');
    const hasReportedSpeech = tokens.some((t, k) => this.cues.reported.has(t.lower) && (firstThat < 0 || k < firstThat));
    const info: SentenceInfo = { tokens, cues, source: null, hasReportedSpeech };
    this.info.set(si, info);
    info.source = this.sentenceSource(si, info);
    return info;
  }

  /** A name, or an earlier sentence's source for a pronoun; expanded to the fullest form in the text. */
  private resolve(phrase: Phrase, si: number, documentIsSource = false): string | null {
    if (phrase.type === 'name') return phrase.articled ? phrase.text : this.names.expand(phrase.text);
    if (phrase.type === 'none') return null;
    // pronouns and quotes point at each other across sentences: never follow a loop
    if (this.resolving.has(si)) return null;
    this.resolving.add(si);
    try {
      if (phrase.type === 'anaphor') {
        // the sentence just before: its source, else whoever it introduced; then further back
        const prev = si > 0 ? this.sentence(si - 1).source ?? this.quoteSpeakerInSentence(si - 1) : null;
        return prev ?? this.introducedBefore(si) ?? this.earlierSource(si);
      }
      // "the report showed" after "The report by Nielsen/NetRatings found": the same report's author
      return this.documentOwner(si) ?? this.earlierSource(si) ?? (documentIsSource ? phrase.text : null);
    } finally {
      this.resolving.delete(si);
    }
  }

  private earlierSource(si: number): string | null {
    for (let j = si - 1; j >= 0 && j >= si - LOOKBACK; j--) {
      const src = this.sentence(j).source ?? this.quoteSpeakerInSentence(j);
      if (src) return src;
    }
    return null;
  }

  /**
   * The author of the document last named with one ("A study by analysts Jupiter
   * Research ...", then "said the report"): texts vary the noun, so any document counts.
   */
  private documentOwner(si: number): string | null {
    for (let j = si; j >= 0 && j >= si - DOCUMENT_LOOKBACK; j--) {
      const cues = this.sentence(j).cues;
      for (let k = cues.length - 1; k >= 0; k--) {
        const phrase = cues[k].phrase;
        if (phrase.type === 'name' && phrase.via) return this.names.expand(phrase.text);
      }
    }
    return null;
  }

  /** "Sie meldete" after "... die US-Online-Plattform Global Forest Watch (GFW).": who was just introduced. */
  private introducedBefore(si: number): string | null {
    if (si === 0) return null;
    const found = this.reader.lastIntroduced(this.sentence(si - 1).tokens);
    return found ? this.names.expand(found) : null;
  }

  /** The source of figures outside quotes in sentence si. */
  private sentenceSource(si: number, info: SentenceInfo): string | null {
    for (const cue of info.cues) {
      if (cue.inversion) continue;
      if (enclosingQuote(this.quotes, cue.start, cue.end)) continue;
      const src = this.resolve(cue.phrase, si, cue.documentIsSource);
      if (src) return src;
    }
    // German reported speech (Konjunktiv I) goes on with the previous sentence's source
    if (info.hasReportedSpeech && info.cues.length === 0 && si > 0 && this.adjacent(si - 1, si)) {
      return this.sentence(si - 1).source;
    }
    return null;
  }

  /** Sentences in the same paragraph or in consecutive ones. */
  private adjacent(a: number, b: number): boolean {
    const sa = this.input.sentences[a];
    const sb = this.input.sentences[b];
    return !!sa && !!sb && sb.block - sa.block <= 1;
  }

  /** A figure's source at [start, end) in sentence si. */
  sourceAt(si: number, start: number, end: number): string | null {
    const info = this.sentence(si);
    const quote = enclosingQuote(this.quotes, start, end);
    if (quote) {
      const speaker = this.speakerOf(quote, si);
      if (speaker) return speaker;
    }
    // several cues: the one nearest to the figure
    if (info.cues.length > 1) {
      // the nearest cue of the best rank that names someone
      let best: string | null = null;
      let bestKey = Infinity;
      for (const cue of info.cues) {
        if (cue.inversion || enclosingQuote(this.quotes, cue.start, cue.end)) continue;
        const src = this.resolve(cue.phrase, si, cue.documentIsSource);
        if (!src) continue;
        const gap = Math.abs(cue.end <= start ? start - cue.end : cue.start - end);
        const key = cue.rank * 100000 + gap;
        if (key < bestKey) { bestKey = key; best = src; }
      }
      if (best) return best;
    }
    return info.source;
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
      if (cue.inversion && !allowInversion) continue;
      if (cue.start < quote.end && quote.start < cue.end) continue;
      if (enclosingQuote(this.quotes, cue.start, cue.end)) continue;
      const src = this.resolve(cue.phrase, j);
      if (src) return src;
    }
    return null;
  }

  /** Who says the quote: a cue in its own sentences, right after it, or just before it (":"). */
  private speakerOf(quote: QuoteSpan, si: number): string | null {
    const first = this.sentenceAt(quote.start, si);
    const last = this.sentenceAt(Math.max(quote.start, quote.end - 1), si);
    for (let j = last; j >= first; j--) {
      const src = this.cueOutside(j, quote, false);
      if (src) return src;
    }
    const next = last + 1;
    if (next < this.input.sentences.length && this.adjacent(last, next)) {
      const info = this.sentence(next);
      const early = info.cues.find((c) => c.inversion || info.tokens.findIndex((t) => t.start >= c.start) < 6);
      if (early && !enclosingQuote(this.quotes, early.start, early.end)) {
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
    // "X sagte: „…“" within one sentence is covered above; a quote that continues one just before
    for (let j = first - 1; j >= 0 && j >= first - 2 && this.adjacent(j, first); j--) {
      const src = this.quoteSpeakerInSentence(j);
      if (src) return src;
    }
    return null;
  }

  /** The speaker of the last quote in sentence j, if it has one. */
  private quoteSpeakerInSentence(j: number): string | null {
    const s = this.input.sentences[j];
    if (!s) return null;
    const q = this.quotes.filter((x) => x.start < s.aEnd && s.aStart < x.end).pop();
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

/** Who the text says each figure comes from, or null when the article asserts it. */
export function resolveAttributions(input: ContextInput): (string | null)[] {
  const resolver = new AttributionResolver(input);
  const out: (string | null)[] = [];
  input.mentions.forEach(({ mention, sentenceIndex }, i) => {
    const conv = conversionOf(input.analysis.text, input.mentions, i);
    out.push(conv !== null ? out[conv] : resolver.sourceAt(sentenceIndex, mention.aStart, mention.aEnd));
  });
  return out;
}
