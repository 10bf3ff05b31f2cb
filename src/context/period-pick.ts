// Which time expression of a sentence belongs to which figure. Each expression
// belongs to the figure nearest to it ("Noch 2015 ... 12,8 Mrd." vs "2,8 Mrd. im
// ersten Halbjahr 2025"); a figure takes the nearest expression it owns, else the
// nearest one before it in its clause (an expression up front covers the figures
// after it), else one before it across a dash ("für 2015 ... – die Quote beträgt
// 78 Prozent"). An owned expression that cannot be resolved ("heuer" without a
// date) means: unknown. Built once per sentence with binary searches, so a
// sentence of thousands of figures costs no more than thousands of sentences.
import type { Mention } from '../types.js';
import { isDigit, type Range } from './period-blocks.js';
import { FigureIndex, PositionIndex } from './period-figures.js';

export interface TimeSpan {
  start: number;
  end: number;
  /** null: a time is named but cannot be resolved (relative, no document date) */
  period: string | null;
  /** the year written in it, anchoring yearless expressions nearby */
  year: number | null;
  /** a comparison base ("mehr als im Vorjahr"): the time of another figure, not of those around it */
  comparison: boolean;
  /** the day a statement was made ("sagte am Montag"), not the time of the figure */
  statement: boolean;
  /** inside parentheses (range of the parentheses), else null */
  paren: Range | null;
  /**
   * follows a figure directly ("4.3% in 2004"): that figure's time, and a later figure's only
   * close by in its clause (see SentencePicker.attachedReaches)
   */
  attached: boolean;
  /** attached to the start level of a change ("von 45 Prozent im April 2015 auf 60 Prozent"): no later figure's */
  startLevel: boolean;
  /**
   * a possessive that determines the figure's noun phrase after it ("2003's 784m euro figure"): the
   * time of that phrase, not of a figure after a new predicate ("... and were below forecasts of 374m")
   */
  determiner: boolean;
  /** a bare year without a word that makes it a time ("2015", not "im Jahr 2015") */
  weak: boolean;
  /** a period relative to the one stated before it ("a year earlier"), shifted by `offset` months */
  relative: boolean;
  offset: number;
  /** about the end of its year ("the end of 2004", "December 2004"): see TimeRule.yearEnd */
  yearEnd: boolean;
  /** the year the text calls the current one ("this year (2004)"): see TimeRule.current */
  current: boolean;
  /** the moment a span opens at ("seit Juni 2013": 2013-06), else null */
  since: string | null;
  /** a look back from the period stated before it ("a year earlier", "the previous year", "im Vorjahr") */
  lookBack: boolean;
}

/** Every span made here, all fields in one order: one hidden class, so V8 keeps the code using them optimised. */
export function timeSpan(start: number, end: number, period: string | null, year: number | null, paren: Range | null, weak: boolean, relative: boolean, offset: number): TimeSpan {
  return { start, end, period, year, comparison: false, statement: false, paren, attached: false, startLevel: false, determiner: false, weak, relative, offset, yearEnd: false, current: false, since: null, lookBack: false };
}

/** What a figure without spans of its own owns (never changed). */
const NONE_OWNED: TimeSpan[] = [timeSpan(0, 0, null, null, null, false, false, 0)].slice(0, 0);

function sortedByEnd(spans: TimeSpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1].end > spans[k].end) return false;
  return true;
}

const SPACES_OR_COMMAS = /^[\s,]{0,2}$/;

/** At most two spaces or commas in text[from, to): /^[\s,]{0,2}$/ on the stretch, sliced only when that short. */
export function nextTo(text: string, from: number, to: number): boolean {
  return to - from <= 2 && SPACES_OR_COMMAS.test(text.slice(from, to));
}

/** Characters a bare year after a figure may stand away from it and still be its time. */
const WEAK_REACH = 20;
/** Characters between a time and the figure after it that a coordinator stretch may span. */
const COORDINATOR_REACH = 24;
/** Characters between a time attached to one figure and a later figure it may still date. */
const ATTACHED_REACH = 30;
/** Characters between a figure and a gapped conjunct's figure after it (see fromGappedConjunct). */
const GAPPED_REACH = 40;
/** How far after a figure the time that closes its phrase may stand, before its worth (", worth £38.5m"). */
const APPOSITION_REACH = 100;
const PHRASE_CLOSERS = /[–—;:()[\]]|\s-\s/;
/** Neighbours looked at on each side when a figure overlaps the expression itself. */
const NEIGHBOUR_STEPS = 3;

/** Gap in characters between two spans (0 when touching or overlapping). */
export function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (aEnd <= bStart) return bStart - aEnd;
  if (bEnd <= aStart) return aStart - bEnd;
  return 0;
}

/** What may stand before a time that opens its sentence: quotes, brackets and one short word ("In", "Im", "Bis"). */
const SENTENCE_OPENING = /^[\s"'„“”»«‚‘’(]*(?:\p{L}{1,4}\s+)?$/u;
const OPENING_REACH = 12;
/** What a comma between a figure and a time after it adds to their distance, in characters. */
const COMMA_GAP = 16;
/** How far after a time its own clause's figure may stand (characters). */
const COMMA_CLAUSE_REACH = 60;
/** How far before a time a comma may open an aside ("…, as of 2004,"), and its words. */
const ASIDE_LEAD = 16;
const ASIDE_WORDS = /\p{L}+/gu;

/** How long the noun between a figure and the comma of an apposition listing its items may be ("three Grand Slams,"). */
const LIST_NOUN_CHARS = 30;
/** How far after that comma the list's first time may start (", the 2000 Australian Open"). */
const LIST_LEAD_CHARS = 12;
/** Words only, no figure or mark: the counted noun. */
const NOUN_WORDS = /^[\p{L}\s'’-]*$/u;

/** A comma between `from` and `to` that is no decimal mark ("3,7"). */
function commaBetween(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) {
    if (!(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/**
 * Does the time starting at `start` open with a deadline's lead ("by 2009", "bis 2020"; period-lexicon
 * targetLeads), or stand right after one ("by early 2006", where the time's span opens at "early")?
 */
export function startsDeadline(text: string, start: number, lead: RegExp | null): boolean {
  if (lead === null) return false;
  const from = Math.max(0, start - 8);
  const at = start - from;
  const window = text.slice(from, start + 30);
  lead.lastIndex = 0;
  // a lead that reaches into the time: not an earlier "by" whose digits are another figure ("by 5% in 2006")
  for (let m = lead.exec(window); m !== null && m.index <= at; m = lead.exec(window)) if (m.index + m[0].length > at) return true;
  return false;
}

export class SentencePicker {
  /** the spans each figure owns; made only for a sentence where some figure owns one */
  private owners: Map<Mention, TimeSpan[]> | null = null;
  /** spans a figure after them may take, by end */
  private readonly eligible: TimeSpan[];
  private readonly index: FigureIndex;

  /**
   * @param figures the sentence's figures that compete for expressions (conversions left out)
   * @param extentOf where a figure ends with its parenthesised conversions
   */
  constructor(
    private readonly text: string,
    spans: TimeSpan[],
    figures: FigureIndex,
    private readonly extentOf: (m: Mention) => number,
    private readonly breaks: PositionIndex,
    private readonly hardBreaks: PositionIndex,
    /** matches the stretch between a time and a figure that opens the next conjunct ("␣and␣", "␣und weitere␣") */
    private readonly coordinator: RegExp | null = null,
    /** matches the start of the stretch between a figure and a later time that opens a new predicate ("␣und wurde␣") */
    private readonly newPredicate: RegExp | null = null,
    /** relative clauses and participle phrases between commas */
    private readonly asides: readonly Range[] = [],
    /** finds a coordinating word in a stretch ("and", "und"): a new conjunct */
    private readonly coordinatorWord: RegExp | null = null,
    /** finds the word before a change's start level ("from", "von") */
    private readonly fromWord: RegExp | null = null,
    /** finds a word that brings a clause to the present ("now", "jetzt", "and has"): a time before it dates nothing after it */
    private readonly presentShift: RegExp | null = null,
    /** matches (sticky, at a figure's end) a word right after it that puts it in the present ("currently") */
    private readonly presentAfter: RegExp | null = null,
    /** matches the whole stretch between a figure and the next when the next is a gapped conjunct ("␣and imports␣") */
    private readonly gappedConjunct: RegExp | null = null,
    /** where the sentence starts: a time that opens it dates clauses after a clause-opening comma too */
    private readonly sentenceStart = -1,
    /** a deadline's lead ("by 2009"): such a time opening the sentence dates its own clause only */
    private readonly targetLead: RegExp | null = null,
    /** matches the whole stretch between a time and a figure after it that gives the worth of the figure before the time (", worth ") */
    private readonly worthApposition: RegExp | null = null,
    /** matches the whole stretch between a part and its whole (" out of ") */
    private readonly partOfWhole: RegExp | null = null,
    /** matches the whole stretch between a time closing a figure's phrase and a figure whose conjunct shares its subject (" and made a profit of ") */
    private readonly sharedConjunct: RegExp | null = null,
  ) {
    this.index = figures;
    for (const s of spans) {
      if (s.comparison || s.statement) continue;
      for (const owner of this.nearestFigures(s, figures)) {
        const owners = (this.owners ??= new Map());
        const list = owners.get(owner);
        if (list) list.push(s);
        else owners.set(owner, [s]);
      }
    }
    const eligible = spans.filter((s) => s.period !== null && !s.comparison && !s.statement && !s.startLevel);
    // mostly in order already (spans come sorted by start): a sort allocates even then
    this.eligible = sortedByEnd(eligible) ? eligible : eligible.sort((a, b) => a.end - b.end);
  }

  /** The figures (ties included) nearest to a span in its clause, not overlapping it. */
  private nearestFigures(s: TimeSpan, index: FigureIndex): Mention[] {
    const figures = index.figures;
    let best = Infinity;
    let found: Mention[] = [];
    // a figure after the time (a comma between them or not: "similar gains in 2004, predicting that
    // profits would rise 18%"): the one a comma before the time sets off from the figures before it
    const next = figures[index.firstStartingAt(s.end)];
    const clauseFigure = next !== undefined && next.aStart - s.end <= COMMA_CLAUSE_REACH;
    const consider = (f: Mention) => {
      const end = this.extentOf(f);
      if (f.aStart < s.end && s.start < end) return false;
      if (this.breaks.between(s.start, f.aStart)) return true;
      // "922 cases of fraud in 2003, up from 831": the start level of a change, set off by a comma after
      // the time, is another time's (without the comma "von" is as often "of": "eine Rate von 5,6 Prozent")
      if (f.aStart >= s.end && f.aStart - s.end <= ATTACHED_REACH && this.fromWord !== null && this.startLevelAfterComma(s.end, f.aStart)) return true;
      // "saved by 2015 and five million thereafter": the time closes the conjunct before it
      if (this.coordinator !== null && f.aStart >= s.end && f.aStart - s.end <= COORDINATOR_REACH &&
        this.coordinator.test(this.text.slice(s.end, f.aStart))) return true;
      // "steigen 2016 um 3,7 Prozent, zwischen 2019 und 2020 um 5,6 Prozent": a comma between a
      // figure and a time after it leaves the time to the figure its own clause holds
      const g = gap(s.start, s.end, f.aStart, end) + (clauseFigure && end <= s.start && commaBetween(this.text, end, s.start) && !this.asideTime(s) ? COMMA_GAP : 0);
      if (g < best) { best = g; found = [f]; }
      else if (g === best) found.push(f);
      return true;
    };
    const right = index.firstStartingAt(s.start);
    // up to NEIGHBOUR_STEPS figures each way; the step comes first in each loop, so it has
    // run (and V8 has seen it) even where the first neighbour already decides
    const lowest = Math.max(0, right - NEIGHBOUR_STEPS);
    for (let j = right; j > lowest;) {
      j--;
      if (consider(figures[j])) break;
    }
    const highest = Math.min(figures.length, right + NEIGHBOUR_STEPS) - 1;
    for (let j = right - 1; j < highest;) {
      j++;
      if (consider(figures[j])) break;
    }
    return found;
  }

  /** Does a comma and then the word before a change's start level stand in text[from, to)? */
  private startLevelAfterComma(from: number, to: number): boolean {
    const stretch = this.text.slice(from, to);
    const comma = stretch.indexOf(',');
    return comma >= 0 && this.fromWord!.test(stretch.slice(comma));
  }

  /** A time set off by commas as an aside of the figure before it ("5,000 people, as of 2004, and made ...")? */
  private asideTime(s: TimeSpan): boolean {
    const before = this.text.slice(Math.max(0, s.start - ASIDE_LEAD), s.start);
    const comma = before.lastIndexOf(',');
    return comma >= 0 && (before.slice(comma + 1).match(ASIDE_WORDS)?.length ?? 0) <= 2 && /^\s*,/.test(this.text.slice(s.end, s.end + 3));
  }

  /**
   * Does the time open its sentence, after at most one short word ("2020 werden 27,64 Prozent ...,
   * wobei der ASVG-Bereich 21,18 Prozent erreicht", "In 2004, sales rose 5%, while profits fell 3%")?
   */
  private opensSentence(s: TimeSpan): boolean {
    return this.sentenceStart >= 0 && s.start >= this.sentenceStart && s.start - this.sentenceStart <= OPENING_REACH &&
      SENTENCE_OPENING.test(this.text.slice(this.sentenceStart, s.start)) &&
      !startsDeadline(this.text, s.start, this.targetLead);
  }

  /**
   * Does a time attached to the figure before it also date figure m after it: close by, with no
   * new conjunct between ("grew by 4.5% in 2004 with a record 174.6 million units sold",
   * "jumping by 21.1% during 2004 to 136,000"; not "nine months by 2007 and the aim is to get it
   * up to the full 12 months")?
   */
  private attachedReaches(s: TimeSpan, m: Mention): boolean {
    if (m.aStart - s.end > ATTACHED_REACH) return false;
    const stretch = this.text.slice(s.end, m.aStart);
    // a dash, bracket, colon or semicolon closes the figure's phrase ("in 1984 - sold 750,000")
    if (PHRASE_CLOSERS.test(stretch)) return false;
    // "sales of $5.2bn in 2004 and made a profit of $901m", "im Jahr 2024 und einen Gewinn von": a
    // conjunct with no subject of its own shares the time (its "von" names the noun's figure, no start level)
    if (this.sharedConjunct !== null && this.sharedConjunct.test(stretch)) return true;
    if (this.coordinatorWord !== null && this.coordinatorWord.test(stretch)) return false;
    // "deepened to £51.6m in 2004 from £1.2m": the start level of the change is another time's
    return this.fromWord === null || !this.fromWord.test(stretch);
  }

  /** Does a new predicate open between the figure a possessive time determines and figure m after it? */
  private predicateAfterOwner(s: TimeSpan, m: Mention): boolean {
    const owner = this.figureAfter(s.end);
    if (this.newPredicate === null || owner === undefined || owner.aStart >= m.aStart) return false;
    return this.newPredicate.test(this.text.slice(this.extentOf(owner), m.aStart));
  }

  /**
   * Does a word that brings the clause to the present stand between `from` and `to`? (Only the
   * PRESENT_REACH characters before the figure are read: a long sentence of figures stays linear.)
   */
  private presentBetween(from: number, to: number): boolean {
    return this.presentShift !== null && to > from && shiftsToPresent(this.text.slice(Math.max(from, to - PRESENT_REACH), to), this.presentShift);
  }

  /** Does an aside that holds figure m close before `at`? */
  private closedAsideBetween(m: Mention, at: number): boolean {
    for (const a of this.asides) if (a.start <= m.aStart && m.aEnd <= a.end && a.end <= at) return true;
    return false;
  }

  /** Parenthesised times qualify only the figure right before the parentheses, or those inside them. */
  private parensExclude(s: TimeSpan, m: Mention): boolean {
    if (!s.paren || (s.paren.start <= m.aStart && m.aEnd <= s.paren.end)) return false;
    // "6,31 (2014: 4,86) Millionen Euro", "£6.3m (2014: £4.9m)": a time that labels the figure
    // inside is the comparison's, not the time of the figure before
    if (labelsBracket(this.text, s.end, s.paren.end)) return true;
    return !(m.aEnd <= s.paren.start && nextTo(this.text, m.aEnd, s.paren.start));
  }

  /**
   * "three Grand Slams, the 2000 Australian Open, Wimbledon in 1999 and the 1998 US Open": an apposition
   * right after the figure's noun that lists what it counts, each item with a time of its own (two or
   * more different ones, before any other figure), dates the figure with none of them.
   */
  private listsOwnTimes(extent: number): boolean {
    // (the comma looked for only as far as a noun reaches: a search to the text's end at every figure would grow with the text)
    const reach = Math.min(this.text.length, extent + LIST_NOUN_CHARS + 1);
    let comma = extent;
    while (comma < reach && this.text.charCodeAt(comma) !== 0x2c) comma++;
    if (comma === reach || !NOUN_WORDS.test(this.text.slice(extent, comma))) return false;
    const next = this.index.firstStartingAt(extent);
    const limit = next < this.index.size ? this.index.figures[next].aStart : Infinity;
    let first: TimeSpan | null = null;
    for (const s of this.eligible) {
      if (s.start <= comma || s.end > limit) continue;
      if (first === null) {
        if (s.start - comma > LIST_LEAD_CHARS) return false;
        first = s;
      } else if (s.period !== first.period) return true;
    }
    return false;
  }

  pick(m: Mention): TimeSpan | null | 'unknown' {
    const extent = this.extentOf(m);
    // "compared to about 137,000 currently": of the present, not of a time the sentence states elsewhere
    if (this.presentAfter !== null) {
      this.presentAfter.lastIndex = extent;
      if (this.presentAfter.test(this.text)) return 'unknown';
    }
    if (this.listsOwnTimes(extent)) return 'unknown';
    let owned: TimeSpan | null = null;
    let ownedGap = Infinity;
    for (const s of this.owners?.get(m) ?? NONE_OWNED) {
      if (s.start < m.aEnd && m.aStart < s.end) continue;
      if (this.parensExclude(s, m)) continue;
      const g = gap(s.start, s.end, m.aStart, s.start >= extent ? extent : m.aEnd);
      // a bare year far behind the figure ("Anelka, 25, is in talks ... beyond 2007") is not its
      // time, unless it stands in parentheses right after it ("2,74 Prozent (Daten aus dem Jahr 2013)")
      if (s.weak && s.start >= extent && g > WEAK_REACH && !(s.paren && s.paren.start >= m.aEnd)) continue;
      // "30 Kilometer und wurde vor einem Jahr entdeckt": the time dates the next predicate
      if (this.newPredicate && s.start >= extent && this.newPredicate.test(this.text.slice(extent, s.start))) continue;
      // "The group, which employs 12,000 people, wants to double output by 2010": a figure of an
      // aside is not dated by a time after the aside has closed
      if (s.start >= extent && this.closedAsideBetween(m, s.start)) continue;
      // "won the seat in 1997 and has a 6,932 majority": the present after the time is not of it
      if (g < ownedGap && !(s.end <= m.aStart && this.presentBetween(s.end, m.aStart))) { ownedGap = g; owned = s; }
    }
    if (owned) return owned.period === null ? 'unknown' : owned;
    // the nearest expression before the figure: in its clause, or across a dash or colon
    let lo = 0;
    let hi = this.eligible.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.eligible[mid].end <= m.aStart) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const s = this.eligible[k];
      if (this.parensExclude(s, m)) continue;
      if (s.attached && !this.attachedReaches(s, m)) continue;
      if (s.determiner && this.predicateAfterOwner(s, m)) continue;
      if (this.presentBetween(s.end, m.aStart)) return null;
      if (!this.breaks.between(s.start, m.aStart)) return s;
      // ("and in April 1995 persuaded Sequoia Capital, which also invested in Apple, to fund Yahoo to the
      // tune of $2m": a relative clause closed between them is no clause break between them)
      return this.hardBreaks.betweenOutside(s.start, m.aStart, this.asides) && !this.opensSentence(s) ? null : s;
    }
    return this.fromGappedConjunct(m, extent) ?? this.fromWorthApposition(m, extent) ?? this.fromWhole(m, extent);
  }

  /** The first figure starting at or after `at`, if any. */
  private figureAfter(at: number): Mention | undefined {
    return this.index.figures[this.index.firstStartingAt(at)];
  }

  /** "117 million out of 833 million handsets shipped by 2009": the time after the whole dates the part. */
  private fromWhole(m: Mention, extent: number): TimeSpan | null {
    if (this.partOfWhole === null || this.owners === null) return null;
    const next = this.figureAfter(extent);
    if (!next || !this.partOfWhole.test(this.text.slice(extent, next.aStart))) return null;
    const s = this.pick(next);
    if (s === null || s === 'unknown' || s.start < this.extentOf(next) || this.breaks.between(m.aStart, s.start)) return null;
    return s;
  }

  /**
   * "922 cases of fraud in the UK in 2003, worth £38.5m": the time that closes the figure's phrase,
   * owned by the nearer figure after it, when that figure only gives the first one's worth.
   */
  private fromWorthApposition(m: Mention, extent: number): TimeSpan | null {
    if (this.worthApposition === null || this.owners === null) return null;
    const next = this.figureAfter(extent);
    if (!next) return null;
    const s = this.pick(next);
    if (s === null || s === 'unknown' || s.start < extent || s.end > next.aStart || s.start - extent > APPOSITION_REACH) return null;
    if (this.breaks.between(m.aStart, s.start) || !this.worthApposition.test(this.text.slice(s.end, next.aStart))) return null;
    return s;
  }

  /**
   * "Exports rose 5% and imports 3% in 2015": the time after the next figure, when that figure
   * is a conjunct of the same kind with its verb left out (gappedConjunct) and the time follows it.
   */
  private fromGappedConjunct(m: Mention, extent: number): TimeSpan | null {
    if (this.gappedConjunct === null || this.owners === null) return null;
    const next = this.figureAfter(extent);
    if (!next || next.kind !== m.kind || next.aStart - extent > GAPPED_REACH) return null;
    if (!this.gappedConjunct.test(this.text.slice(extent, next.aStart))) return null;
    const s = this.pick(next);
    if (s === null || s === 'unknown' || s.start < this.extentOf(next) || this.breaks.between(m.aStart, s.start)) return null;
    return s;
  }
}

/** How far before a figure a word that brings its clause to the present is looked for. */
export const PRESENT_REACH = 200;

/** Matches of the figure's own clause, not of an aside closed before it ("the startup, now part of Google, had 300 staff"). */
const CLAUSE_MARK = /,(?!\d)|[;(–—]/;

/**
 * Does `stretch` (the text up to a figure) hold a word that brings the figure's clause to the
 * present (`shift`: a global, unicode regex)?
 */
export function shiftsToPresent(stretch: string, shift: RegExp): boolean {
  shift.lastIndex = 0;
  for (let m = shift.exec(stretch); m !== null; m = shift.exec(stretch)) {
    if (!CLAUSE_MARK.test(stretch.slice(m.index + m[0].length))) return true;
    if (m[0].length === 0) shift.lastIndex++;
  }
  return false;
}

/** Is the time ending at `end` a label, a colon after it inside the brackets ("(2014: 4,86)")? */
function labelsBracket(text: string, end: number, bracketEnd: number): boolean {
  let k = end;
  while (k < bracketEnd && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
  return k < bracketEnd && text.charCodeAt(k) === 0x3a;
}
