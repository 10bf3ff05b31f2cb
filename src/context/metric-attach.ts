// Which noun a figure belongs to. Scores every noun of the figure's clause:
// what the lexicon knows about it, how it is tied to the figure ("Handelsvolumen
// von 2,8 Mrd", "30 Tote", "27 Prozent der Stimmen"), distance, and clause breaks
// in between. Heuristics over tokens because no German/English parser ships with
// our dependencies; they are tuned on the seeds and the de/en corpora.
import type { ClaimKind, Mention } from '../types.js';
import { AUXILIARY, CHANGE_VERB, CLAUSE_OPENER, GENITIVE, HOLDER, LEVEL_LEFT, LINK_LAST, NON_NOUN, PARTITIVE_RIGHT, NOT_METRIC, POSSESSIVE_END, SKIP_BEFORE_FIGURE, STOPWORD, VERB, type Dim, type VerbCue } from './metric-lexicon.js';
import { MAX_COMPLEMENT_DISTANCE, type NounPhrase, type SentenceAnalysis } from './metric-phrase.js';
import { gluedCompoundPart, isDash, type Token } from './metric-tokens.js';

/** The token after a bracket at k that holds only figures ("(£14.5bn)", "(£1.2bn; 1.8bn euros)"), else k. */
function afterConversion(tokens: readonly Token[], k: number, hi: number): number {
  const open = tokens[k];
  if (!open || open.kind !== 'punct' || open.text !== '(' || tokens[k + 1]?.mention === undefined || tokens[k + 1].mention < 0) return k;
  for (let j = k + 1; j < hi && j <= k + 12; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text === ')') return j + 1 < hi ? j + 1 : k;
    if (t.mention < 0 && !(t.kind === 'punct' && (t.text === ';' || t.text === ',' || t.text === ':'))) return k;
  }
  return k;
}

/** Is the break at k a ";" between the figures of a conversion bracket ("(1.53bn euros; £1.05bn)")? */
function insideConversion(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].text !== ';') return false;
  const onlyFigures = (t: Token) => t.mention >= 0 || (t.kind === 'punct' && (t.text === ';' || t.text === ','));
  let open = k - 1;
  while (open >= 0 && open > k - 12 && onlyFigures(tokens[open])) open--;
  if (open < 0 || tokens[open].text !== '(' || open === k - 1) return false;
  let close = k + 1;
  while (close < tokens.length && close < k + 12 && onlyFigures(tokens[close])) close++;
  return close < tokens.length && tokens[close].text === ')' && close > k + 1;
}

/**
 * How far after "of"/"der" the counted noun of a partitive may stand: "45% of the country's annual
 * gross domestic product" has five words before its head.
 */
const PARTITIVE_REACH = 6;
/** Within this reach any words may stand before the counted noun ("zwei Drittel der in Wien lebenden ..."). */
const NEAR_PARTITIVE = 4;

export type LinkKind = 'attach' | 'level' | 'change' | 'comparison';

export interface Attachment {
  np: NounPhrase | null;
  /** the noun is tied to the figure (a link word, counted noun, partitive), not just near it */
  bound: boolean;
  /** the preposition right before the figure, by what it says */
  link: LinkKind | null;
  /** "27 Prozent der Stimmen", "20% of voters", "$3bn in exports" */
  partitive: boolean;
  /** a verb in the clause that names a metric ("kostet", "killed") */
  verb: VerbCue | null;
  /**
   * where the verb stands next to the figure: 'before' right before it (hedges between: "sold
   * more than 2.4 million vehicles"), 'after' after its counted noun where that is the verb's object
   * (a passive, "28 million handhelds have been sold"; German "40.000 Autos verkauft":
   * grammar.participleAfterObject), else null
   */
  verbNext: 'before' | 'after' | null;
  /** a verb of change in the clause ("stieg", "fell") */
  changeVerb: boolean;
  /** token range of the figure */
  first: number;
  last: number;
  /** token range of the figure's clause (strong breaks only) */
  clause: [number, number];
}

const BONUS_LINK = 8;
const BONUS_PARTITIVE = 7;
const PER_TOKEN = 0.3;
const RIGHT_SIDE = 1.5;
const PER_COMMA = 4;
const PER_OTHER_FIGURE = 1.5;
const GOVERNED = 3;
const MIN_SCORE = -4;
/** the largest score baseScore gives */
const MAX_BASE_SCORE = 10;
const WINDOW = 40;
/** a counted noun the lexer kept inside the figure ("33 Punkte") */
const IN_FIGURE = 3;

// What a figure of each kind can measure: a percentage is the change or share of
// anything, a sum of money measures money ("donated $5m" is no age, though "the age of
// eight" opens the sentence), a duration no count of wins.
export const COMPATIBLE: Record<ClaimKind, ReadonlySet<Dim>> = {
  currency: new Set(['money', 'any']),
  percent: new Set(['money', 'quantity', 'count', 'percent', 'any']),
  quantity: new Set(['quantity', 'any']),
  count: new Set(['count', 'quantity', 'rank', 'years', 'any']),
  duration: new Set(['years', 'any']),
  rank: new Set(['rank', 'any']),
  date: new Set(['any']),
};
const INCOMPATIBLE = 5;
/** Tokens a place phrase inside a verb phrase may take ("in Japan", "in the UK"): verbPhraseGaps. */
const VERB_GAP = 4;

/** Lexicon strength of a noun as what a figure measures. */
export function baseScore(view: SentenceAnalysis, np: NounPhrase, kind?: ClaimKind): number {
  const a = np.analysis;
  const fit = a.concept && kind && !COMPATIBLE[kind].has(a.concept.dim) && !a.concept.byKind.has(kind) ? -INCOMPATIBLE : 0;
  if (a.concept && !a.role) return (a.concept.weak ? 5 : 10) + fit;
  if (a.role) {
    if (a.concept) return 10 + (a.role === 'container' ? fit : 0);
    if (a.innerUnknown) return 6;
    if (np.complement && (np.complement.concept || np.complement.facetCount)) return 10;
    return 4;
  }
  if (view.tokens[np.head].word.flags & HOLDER) return 0.5;
  if (a.facetCount) return 2;
  return 3;
}

/** baseScore, kept on the phrase for the last kind asked: a noun is scored for every figure of its clause. */
function cachedBaseScore(view: SentenceAnalysis, np: NounPhrase, kind: ClaimKind): number {
  const slot = kindSlot(kind);
  if (np.baseScoreSlot !== slot) {
    np.baseScore = baseScore(view, np, kind);
    np.baseScoreSlot = slot;
  }
  return np.baseScore;
}

/** A figure kind's number, for NounPhrase.baseScoreSlot. */
function kindSlot(kind: ClaimKind): number {
  switch (kind) {
    case 'currency': return 0;
    case 'percent': return 1;
    case 'quantity': return 2;
    case 'count': return 3;
    case 'duration': return 4;
    case 'rank': return 5;
    default: return 6;
  }
}

/**
 * The next candidate in order of bound (highest first, then by position) after
 * candidate `after` whose bound is `bound`: the one with the same bound further
 * on, else the first with the highest bound below it; -1 when none is left.
 * A selection, not a sort: only the few candidates that might win are visited.
 */
function nextByBound(bounds: readonly number[], count: number, after: number, bound: number): number {
  for (let n = after + 1; n < count; n++) if (bounds[n] === bound) return n;
  let next = -1;
  for (let n = 0; n < count; n++) if (bounds[n] < bound && (next < 0 || bounds[n] > bounds[next])) next = n;
  return next;
}

/**
 * The noun of the clause (from token `lo`) whose complement token k is, or -1;
 * the last one when several are. A complement follows its noun within
 * MAX_COMPLEMENT_DISTANCE tokens, so only those before k are asked.
 */
function governorOf(view: SentenceAnalysis, k: number, lo: number): number {
  for (let j = k - 1; j >= lo && j >= k - MAX_COMPLEMENT_DISTANCE; j--) {
    if (view.isCandidate(j) && view.complementAt(j) === k) return j;
  }
  return -1;
}

function matchBackward(view: SentenceAnalysis, j: number, phrases: readonly string[][]): number {
  // length of the longest phrase ending at token j, 0 if none
  let best = 0;
  for (const words of phrases) {
    if (words.length <= best) continue;
    // (indexes checked, not read past the array: a read out of bounds throws the optimised code away)
    const start = j - words.length + 1;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (view.tokens[start + k].lower !== words[k]) { ok = false; break; }
    }
    if (ok) best = words.length;
  }
  return best;
}

// Scratch of attach, reused by every call (attach does not re-enter itself): a
// figure costs no Map, closure or arrays. Bonuses are few (at most one per rule),
// so a list is searched; nouns of the clause in token order with their penalty
// and score bound, `count` of them valid.
const bonusAt: number[] = [];
const bonusOf: number[] = [];
let bonusCount = 0;
const heads: number[] = [];
const penalties: number[] = [];
const bounds: number[] = [];

/** The bonus given token k, or -1 when none (bonuses are positive). */
function bonusFor(k: number): number {
  for (let n = 0; n < bonusCount; n++) if (bonusAt[n] === k) return bonusOf[n];
  return -1;
}

/** Gives token k bonus b, keeping the larger when it has one. */
function give(k: number, b: number): void {
  for (let n = 0; n < bonusCount; n++) {
    if (bonusAt[n] === k) { bonusOf[n] = Math.max(bonusOf[n], b); return; }
  }
  bonusAt[bonusCount] = k;
  bonusOf[bonusCount] = b;
  bonusCount++;
}

/** Takes token k's bonus away. */
function takeBonus(k: number): void {
  for (let n = 0; n < bonusCount; n++) {
    if (bonusAt[n] !== k) continue;
    bonusCount--;
    bonusAt[n] = bonusAt[bonusCount];
    bonusOf[n] = bonusOf[bonusCount];
    return;
  }
}

/**
 * Past a hyphen glued between the figure and a compound at r ("120.000-Einwohner-Stadt": the
 * figure counts the compound's first part, see gluedCompoundPart), else r.
 */
function afterGluedHyphen(tokens: readonly Token[], r: number, hi: number): number {
  return r + 1 < hi && gluedCompoundPart(tokens, r + 1) !== null ? r + 1 : r;
}

/** The phrase at token k as the figure sees it: what it counts when glued to it ("120.000-Einwohner-Stadt"). */
function ownPhrase(view: SentenceAnalysis, k: number, mentionIndex: number): NounPhrase {
  return k >= 2 && view.tokens[k - 2].mention === mentionIndex ? view.countedPhrase(k) : view.phrase(k);
}

/** Past a counter word glued to the figure by a hyphen at r ("-man" in "a 30-man squad"), else r. */
function afterCounterSuffix(tokens: readonly Token[], r: number, hi: number, suffixes: readonly string[] | undefined): number {
  if (!suffixes || r >= hi) return r;
  const t = tokens[r];
  if (t.kind === 'punct' && t.text === '-' && r + 2 < hi && tokens[r + 1].kind === 'word' && suffixes.includes(tokens[r + 1].text.toLowerCase())) return r + 2;
  if (t.kind === 'word' && t.text.startsWith('-') && suffixes.includes(t.text.slice(1).toLowerCase()) && r + 1 < hi) return r + 1;
  return r;
}

/**
 * What a figure's noun is. `kindOf` tells the kind of another figure of the sentence by its index
 * (a count standing between a partitive and its noun is the whole's size: "65% of the 1,000 people").
 */
export function attach(view: SentenceAnalysis, mentionIndex: number, mention: Mention, kindOf: (index: number) => ClaimKind): Attachment | null {
  const tokens = view.tokens;
  const lex = view.lex;
  const g = lex.grammar;
  const span = view.figureTokens(mentionIndex);
  if (!span) return null;
  const [first, last] = span;
  // the clause, at most WINDOW tokens either side: nouns further away never win
  // (distance costs more than any bonus), and the bound keeps a figure's cost constant
  let lo = first;
  while (lo > 0 && lo > first - WINDOW && (tokens[lo - 1].boundary < 2 || insideConversion(tokens, lo - 1))) lo--;
  let hi = last + 1;
  while (hi < tokens.length && hi <= last + WINDOW && (tokens[hi].boundary < 2 || insideConversion(tokens, hi))) hi++;
  // ", while unemployment rose": a clause a comma and a conjunction open after the figure is another's
  for (let k = last + 1; k + 1 < hi; k++) {
    if (tokens[k].kind === 'punct' && tokens[k].text === ',' && tokens[k + 1].kind === 'word' && tokens[k + 1].word.flags & CLAUSE_OPENER) { hi = k; break; }
  }

  // the preposition in front of the figure, hedges skipped ("von lediglich", "auf rund")
  let j = first - 1;
  for (let skipped = 0; j >= 0 && skipped < 4 && tokens[j].kind === 'word' && tokens[j].word.flags & SKIP_BEFORE_FIGURE; skipped++) j--;
  let link: LinkKind | null = null;
  let linkFirst = -1;
  const ph = lex.phrases;
  // a link phrase ends in one of a few words: the others need no matching
  const linked = j >= 0 && (tokens[j].word.flags & LINK_LAST) !== 0;
  const attachLen = linked ? matchBackward(view, j, ph.attachLeft) : 0;
  const levelLen = linked ? matchBackward(view, j, ph.levelLeft) : 0;
  const changeLen = linked ? matchBackward(view, j, ph.changeLeft) : 0;
  const comparisonLen = linked ? matchBackward(view, j, ph.comparisonLeft) : 0;
  if (comparisonLen >= Math.max(attachLen, changeLen, levelLen) && comparisonLen) { link = 'comparison'; linkFirst = j - comparisonLen + 1; }
  else if (attachLen) { link = 'attach'; linkFirst = j - attachLen + 1; }
  else if (changeLen) { link = 'change'; linkFirst = j - changeLen + 1; }
  else if (levelLen) { link = 'level'; linkFirst = j - levelLen + 1; }
  // "stieg von 4,5 auf 3,5 Prozent": the first figure is a level of the subject too
  if (link === 'attach' && last + 2 < tokens.length && tokens[last + 1].word.flags & LEVEL_LEFT && tokens[last + 2].mention >= 0) link = 'level';

  bonusCount = 0;
  // "(Schulden: 60 Millionen Euro)": a label before a colon names the figure;
  // a time label ("Vorjahr: 3,7 Mrd.") compares it with the figure before
  if (j >= 1 && tokens[j].text === ':' && tokens[j - 1].kind === 'word') {
    if (view.isCandidate(j - 1)) {
      give(j - 1, BONUS_LINK);
      lo = Math.min(lo, j - 1);
      link = 'attach';
    } else if (tokens[j - 1].word.flags & NOT_METRIC) {
      link = 'comparison';
    }
  }
  /** the noun the link gave its bonus (-1: none) */
  let linkNoun = -1;
  if (link === 'attach') {
    // the noun right before the preposition, past an entity complement ("Exporte nach Russland von ...")
    for (let k = linkFirst - 1; k >= lo && k >= linkFirst - 6; k--) {
      const t = tokens[k];
      if (t.boundary || t.mention >= 0) break;
      if (view.isCandidate(k)) { give(k, BONUS_LINK); linkNoun = k; break; }
      if (t.kind === 'word' && !view.entities[k] && !(t.word.flags & STOPWORD) && !g.capitalisedNouns) break;
    }
  }
  // "für den Tod der 32 Menschen": a genitive article after a noun of a known metric ties a count to
  // it as "von" would ("den Tod von 32 Menschen"); after any other noun the article is the count's own
  // ("am Rand des bis zu 103 Meter tiefen Sees")
  if (link === null && mention.kind === 'count' && j >= 1 && tokens[j].kind === 'word' && tokens[j].word.flags & GENITIVE &&
    view.isCandidate(j - 1) && view.phrase(j - 1).analysis.concept) {
    give(j - 1, BONUS_LINK);
    linkNoun = j - 1;
  }
  // a noun inside the figure ("150 Stockwerke" when the lexer kept the noun) or right after it
  const kind = mention.kind;
  const rightBonus = kind === 'count' ? 10 : kind === 'percent' ? 4 : 7;
  // (only a word the lexicon knows: the rest of a figure's span is its number words and unit)
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !(t.word.flags & (NOT_METRIC | STOPWORD)) && view.isCandidate(k, true) && view.phrase(k).analysis.concept) give(k, IN_FIGURE);
  }
  let partitive = false;
  // the counted noun, one adjective allowed between ("5000 neue Arbeitsplätze", "2,500 new jobs"),
  // past a conversion in brackets ("a $27.5bn (£14.5bn) tax bill")
  const pastConversion = afterConversion(tokens, last + 1, hi);
  let r = pastConversion;
  // "a 30-man squad", "a 30-strong team": past the compound adjective's counter word
  r = afterCounterSuffix(tokens, r, hi, g.counterSuffixes);
  if (g.capitalisedNouns) r = afterGluedHyphen(tokens, r, hi);
  if (r < hi && view.isAdjective(r) && !view.isCandidate(r) && r + 1 < hi) r++;
  else if (r < hi && !g.capitalisedNouns && tokens[r].word.flags & NON_NOUN && r + 1 < hi) r++;
  // English noun compounds end in their head: "three film studios"
  if (!g.capitalisedNouns && view.isCandidate(r)) r = compoundHead(view, r, hi);
  if (r < hi && view.isCandidate(r)) {
    give(r, rightBonus);
    // "a total of 3,000 firms": a count's own noun, not the container linked before it
    if (kind === 'count' && linkNoun >= 0) {
      const linked = view.phrase(linkNoun).analysis;
      if (linked.role === 'container' && !linked.concept) takeBonus(linkNoun);
    }
  }
  r = kind === 'percent' ? pastAside(tokens, first, last + 1, hi) : last + 1;
  // "half those pupils" is "half of those pupils": the search for the noun starts at the determiner
  const bareHalf = r < hi && g.bareHalves !== undefined && g.bareHalves.nouns.includes(tokens[last].lower) && g.bareHalves.determiners.includes(tokens[r].lower);
  if (bareHalf) r = last;
  if (r < hi && (bareHalf || tokens[r].word.flags & PARTITIVE_RIGHT)) {
    let functionWord = false;
    let wholeCounted = false;
    for (let k = r + 1; k < hi && k <= r + PARTITIVE_REACH; k++) {
      if (tokens[k].boundary) break;
      // "65% of the 1,000 people polled": after "of"/"der" the whole's own count stands between, its noun is
      // the head (not a sum's: "6% of the £22bn ministers hope to save")
      if (tokens[k].mention >= 0) {
        if (!(bareHalf || tokens[r].word.flags & GENITIVE) || kindOf(tokens[k].mention) !== 'count') break;
        wholeCounted = true;
        continue;
      }
      // beyond the near reach only through modifiers, not "4% in electronic trading after the close of ..."
      if (k > r + NEAR_PARTITIVE && functionWord) break;
      if (k > r + 1 && tokens[k].word.flags & STOPWORD) functionWord = true;
      // "two of the nation's strongest markets": a possessive is a determiner, not the head
      // "2% in light of mounting evidence", "in terms of": English "in" + noun + "of" is one preposition
      if (!g.capitalisedNouns && k === r + 1 && k + 1 < hi && tokens[k + 1].word.flags & GENITIVE && !(tokens[r].word.flags & GENITIVE)) break;
      if (view.isCandidate(k) && !(POSSESSIVE_END.test(tokens[k].text) && k + 1 < tokens.length && tokens[k + 1].kind === 'word')) {
        // an English adjective is no head: "£35bn in wasteful spending", "$1bn in one-off charges",
        // "two of the strongest sectors" (not "two-thirds of all jobs depend": a noun is one)
        if (!g.capitalisedNouns) {
          for (;;) {
            // (a quoted adjective: '£35bn in "wasteful" spending')
            const next = k + 1 < hi && QUOTE_MARK.test(tokens[k + 1].text) ? k + 2 : k + 1;
            if (next < hi && view.isCandidate(next) && !tokens[next].boundary && tokens[next].mention < 0 && looksAdjective(tokens[k].lower, g.adjectiveEndings)) k = next;
            else break;
          }
          // after the whole's count a noun compound ends in its head, as after any count ("two of their
          // eight post-World Cup Tests", "a third of the 2,000 broadband users")
          if (wholeCounted) k = compoundHead(view, k, hi);
          // ... and after "in" a noun compound ends in its head, a plural, as after the figure ("£4bn in tax cuts",
          // "$850bn in foreign exchange reserves")
          else if (g.compoundPartitives?.includes(tokens[r].lower)) {
            const head = compoundHead(view, k, hi);
            if (head > k && PLURAL_NOUN.test(tokens[head].lower)) k = head;
          }
        }
        give(k, BONUS_PARTITIVE);
        partitive = true;
        // "a bill of more than $27bn in back taxes": what the money is, not the bill (grammar.amountPartitives)
        const amount = g.amountPartitives;
        if (kind === 'currency' && linkNoun >= 0 && amount?.words.includes(tokens[r].lower) && !amount.forms.includes(tokens[k].lower) &&
          view.phrase(k).analysis.concept) takeBonus(linkNoun);
        // "shares worth about 5.7% of the debts": the share of a known metric, not the thing valued
        if (kind === 'percent' && linkNoun >= 0 && tokens[r].word.flags & GENITIVE && g.valueLinks?.includes(tokens[linkFirst].lower) &&
          view.phrase(k).analysis.concept) takeBonus(linkNoun);
        break;
      }
      // "a third of Britain's biggest firms expect profits to fall": the firms are what is counted
      if (tokens[k].word.flags & HOLDER && !POSSESSIVE_END.test(tokens[k].text)) break;
      // "5% of Singapore's gross domestic product": a place in the possessive is a determiner too
      const e = view.entities[k];
      if (e) {
        const end = k + e.span - 1;
        if (!POSSESSIVE_END.test(tokens[end].text)) break;
        k = end;
      }
    }
  }

  // score every noun of the clause: the best score wins, the first noun among equals.
  // What distance and bonus give is known before a noun's phrase is analysed, and
  // its lexicon score is at most MAX_BASE_SCORE: so the nouns are scored in order of
  // their best possible score, and those that cannot win are never analysed.
  // The verbs of the clause are read in the same pass over it.
  let count = 0;
  let verb: VerbCue | null = null;
  let verbDistance = Infinity;
  let verbAt = -1;
  let changeVerb = false;
  appositionBefore(view, lo, first, hi);
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && t.mention < 0) {
      const flags = t.word.flags;
      if (flags & CHANGE_VERB) changeVerb = true;
      const cues = flags & VERB ? lex.verbs.get(t.lower) : undefined;
      if (cues) for (const cue of cues) {
        if (cue.kinds.length && !cue.kinds.includes(kind)) continue;
        if (cue.unitWord && first === last) continue;
        if (cue.leads.size && !leadsFigure(tokens, Math.max(j, 0), first, cue.leads)) continue;
        // (j: the token before the figure, hedges skipped)
        if (cue.before && k + cue.words.length - 1 !== j) continue;
        // ("the bid was raised to £1.5bn": a verb whose figure a level word links to it changes that level, its object is no figure)
        if (cue.before && k + cue.words.length + 1 === first && tokens[k + cue.words.length].word.flags & LEVEL_LEFT) continue;
        let ok = true;
        // (past a short place phrase inside it: "is selling in Japan for 19,800 yen")
        let gap = 0;
        for (let w = 1; w < cue.words.length; w++) {
          if (w === 1 && g.verbPhraseGaps?.includes(tokens[k + 1]?.lower ?? '')) {
            // (a place, no time: "was sold in June 2004 for $800m" is no sale price read past a date)
            for (let s = k + 2; s < hi && s <= k + 1 + VERB_GAP && tokens[s].kind === 'word'; s++) if (tokens[s].lower === cue.words[1]) { gap = s - k - 1; break; }
          }
          if (k + w + gap >= tokens.length || tokens[k + w + gap].lower !== cue.words[w]) { ok = false; break; }
        }
        const d = Math.abs(k - first);
        if (ok && d < verbDistance) { verb = cue; verbDistance = d; verbAt = k; }
      }
    }
    if (k > asideFrom && k < asideTo) continue;
    // a token of the figure only with a bonus (its counted noun); bonuses looked up for candidates only
    let b: number;
    if (k >= first && k <= last) {
      b = bonusFor(k);
      if (b < 0 || !view.isCandidate(k, true)) continue;
    } else {
      if (!view.isCandidate(k)) continue;
      b = bonusFor(k);
    }
    // (an apposition between a noun and its figure adds no distance)
    const penalty = k < first
      ? view.betweenCost(k + 1, first, PER_TOKEN, PER_COMMA, PER_OTHER_FIGURE) - (k < asideFrom ? view.betweenCost(asideFrom, asideCostEnd, PER_TOKEN, PER_COMMA, PER_OTHER_FIGURE) : 0)
      // (the conversion in brackets is the figure's own, for the noun it counts or links: "a $2bn (£1.05bn) settlement")
      : view.betweenCost(b >= 0 && k >= pastConversion ? pastConversion : last + 1, k, PER_TOKEN, PER_COMMA, PER_OTHER_FIGURE);
    // the same operations as the score below, with the largest lexicon score and no
    // governed malus: floating-point rounding is monotonic, so this bounds the score
    let bound = MAX_BASE_SCORE + (b < 0 ? 0 : b);
    bound -= penalty;
    if (k > last && b < 0) bound -= RIGHT_SIDE;
    heads[count] = k;
    penalties[count] = penalty;
    bounds[count] = bound;
    count++;
  }
  // the best noun so far: its token (-1: none yet) and score
  let bestK = -1;
  let bestScore = 0;
  for (let n = nextByBound(bounds, count, -1, Infinity); n >= 0; n = nextByBound(bounds, count, n, bounds[n])) {
    const k = heads[n];
    if (bestK >= 0 && (bounds[n] < bestScore || (bounds[n] === bestScore && k > bestK))) break;
    const np = ownPhrase(view, k, mentionIndex);
    const b = bonusFor(k);
    let score = cachedBaseScore(view, np, kind) + (b < 0 ? 0 : b);
    // nouns that are the complement of another ("Wiederverkaufswert des iPhone", "Anteil am Außenhandel")
    if (b < 0 && governorOf(view, k, lo) >= 0) score -= GOVERNED;
    score -= penalties[n];
    if (k > last && b < 0) score -= RIGHT_SIDE;
    if (bestK < 0 || score > bestScore || (score === bestScore && k < bestK)) { bestK = k; bestScore = score; }
  }
  let np = bestK >= 0 && bestScore > MIN_SCORE ? ownPhrase(view, bestK, mentionIndex) : null;
  // the complement of a share/change/number head stands for that head: "Anteil am Außenhandel"
  if (np) {
    const gov = governorOf(view, np.head, lo);
    // (the phrase is looked up even without a governor, its own then: one path for the JIT whatever the sentence)
    const governing = view.phrase(gov >= 0 ? gov : np.head);
    const { role, concept } = governing.analysis;
    if (gov >= 0 && role && !concept) np = governing;
  }

  const bound = np !== null && (bonusFor(np.head) >= 0 || (bestK >= 0 && bonusFor(bestK) >= 0));
  const verbNext = verb === null ? null : verbAt + verb.words.length - 1 === j ? 'before'
    : np !== null && verbAt > np.head && (g.participleAfterObject ? verbAt === np.head + 1 : onlyAuxiliariesBetween(view, np.head, verbAt)) ? 'after' : null;
  return { np, bound, link, partitive, verb, verbNext, changeVerb, first, last, clause: [lo, hi] };
}

// The apposition appositionBefore found: its nouns are the tokens strictly between asideFrom and
// asideTo (none: -1, -1); it costs no distance from asideFrom to before asideCostEnd (its closing
// dash included, the verb after an unclosed one not).
let asideFrom = -1;
let asideTo = -1;
let asideCostEnd = -1;

/**
 * "The BDO optimism index - a leading indicator of GDP growth two quarters ahead - edged up to
 * 102.5": an apposition a dash opens after a noun (grammar.appositionOpeners) describes that
 * noun, and the figure after it is the noun's. Its nouns are not the figure's, up to the dash
 * that closes it, or without one up to the verb after it ("... ahead edged up to 102.5"). Not
 * when the figure stands inside it ("sales - a rise of 5% on last year - beat forecasts").
 */
function appositionBefore(view: SentenceAnalysis, lo: number, first: number, hi: number): void {
  asideFrom = -1;
  asideTo = -1;
  asideCostEnd = -1;
  const openers = view.lex.grammar.appositionOpeners;
  if (!openers) return;
  const tokens = view.tokens;
  for (let d = lo + 1; d + 1 < first; d++) {
    if (!isDash(tokens[d]) || tokens[d + 1].kind !== 'word' || !view.isCandidate(d - 1)) continue;
    const article = openers.articles.includes(tokens[d + 1].lower);
    if (!article && !openers.relatives.includes(tokens[d + 1].lower)) continue;
    let e = d + 2;
    while (e < first && !isDash(tokens[e])) e++;
    if (e === first) {
      // unclosed before the figure: a dash after it closes an aside the figure is in
      if (!article) return;
      for (let k = first; k < hi; k++) if (isDash(tokens[k])) return;
      e = d + 2;
      for (; e < first && !(tokens[e].word.flags & (CHANGE_VERB | AUXILIARY)); e++) {
        // "- a club that is growing by 13%": the verb of a relative clause is the apposition's
        if (tokens[e].kind === 'word' && openers.relatives.includes(tokens[e].lower)) return;
      }
      if (e === first) return;
    }
    asideFrom = d;
    asideTo = e;
    asideCostEnd = isDash(tokens[e]) ? e + 1 : e;
    return;
  }
}

/** An English word of an adjective's form ("wasteful", "iconic", "strongest", "one-off"): it premodifies the noun after it. */
function looksAdjective(word: string, endings: readonly string[]): boolean {
  return word.includes('-') || endings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** A quotation mark, which may stand around an adjective inside a noun phrase. */
const QUOTE_MARK = /^["“”„«»']$/;

/**
 * One to three forms of "be" and "have" (grammar.auxiliaries), and nothing else, between tokens a
 * and b: a passive, whose subject is what the verb counts ("handhelds have been sold"). Right after
 * the noun without one the noun is the active verb's subject ("120 firms exported goods").
 */
function onlyAuxiliariesBetween(view: SentenceAnalysis, a: number, b: number): boolean {
  if (b - a - 1 < 1 || b - a - 1 > 3) return false;
  for (let k = a + 1; k < b; k++) {
    const t = view.tokens[k];
    if (t.kind !== 'word' || !(t.word.flags & AUXILIARY)) return false;
  }
  return true;
}

/** Does one of `words` stand right before the figure, or among the hedges before it (tokens [from, first))? */
function leadsFigure(tokens: readonly Token[], from: number, first: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < first; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && words.has(t.lower)) return true;
  }
  return false;
}

/**
 * Where a share's "of"/"der" may stand after a figure that ends before token r: past an aside the
 * figure opens ("two thirds - 65% - of the people", "zwei Drittel (65 Prozent) der Befragten") or
 * past the end of the aside the figure is ("(65%) of voters"); else r itself.
 */
function pastAside(tokens: readonly Token[], first: number, r: number, hi: number): number {
  if (r >= hi) return r;
  const t = tokens[r];
  const opener = first > 0 ? tokens[first - 1] : null;
  const genitiveAt = (k: number) => k < hi && (tokens[k].word.flags & GENITIVE) !== 0;
  if (t.kind === 'punct' && opener && ((t.text === ')' && opener.text === '(') || (isDash(t) && isDash(opener)))) return genitiveAt(r + 1) ? r + 1 : r;
  const closing = t.text === '(' ? ')' : isDash(t) ? t.text : null;
  if (t.kind !== 'punct' || closing === null) return r;
  for (let k = r + 2; k < hi && k <= r + 6; k++) {
    if (tokens[k].kind === 'punct' && tokens[k].text === closing) return genitiveAt(k + 1) ? k + 1 : r;
  }
  return r;
}

/** The last noun of the English noun compound that starts with the candidate at token k: its head ("film studios"). */
function compoundHead(view: SentenceAnalysis, k: number, hi: number): number {
  const tokens = view.tokens;
  while (k + 1 < hi && view.isCandidate(k + 1) && !tokens[k + 1].boundary && !POSSESSIVE_END.test(tokens[k].text)) k++;
  return k;
}

/** An English plural by its ending ("cuts", "reserves"; not "business", "status", "analysis"). */
const PLURAL_NOUN = /[^siu]s$/;
