// The shape of a language's time vocabulary (src/lang/<lang>/time.ts).
// Languages supply words and phrase templates; period-scan.ts compiles them
// into one regex per language and turns matches into periods. Adding a
// language = adding one such data file.

/**
 * What a template means once matched. Slots read by each kind:
 * - year:        {year}                      -> "2024"
 * - half:        {ord} [{year}] | fixed half -> "2025-H1"
 * - quarter:     {ord} [{year}]              -> "2025-Q2"
 * - month:       {month} [{year}]            -> "2014-05"
 * - day:         {day} {month}|{mm} {year}   -> "2025-01-21"
 * - monthSpan:   {month} {month2} [{year}]   -> "2025-01..2025-03"
 * - daySpan:     {day} {month} {day2} {month2} [{year2}] {year} -> "2016-01-01..2016-03-30"
 * - firstMonths: {n} [{year}]                -> "2025-01..2025-07"
 * - yearSpan:    {year} {year2}|{yy}         -> "2014..2022"
 * - since:       {year}                      -> "2022..2025" (document year) or "2022.."
 * - decade:      {decade}                    -> "1980..1989"
 * - fiscal:      {year} [{yy}|{year2}]       -> "2024" or "2024..2025"
 * - relYear:     fixed offset                -> anchor year + offset
 * - lastYears:   {n}                         -> "2011..2016" (document year - n .. document year)
 * - yearToDate:  nothing                     -> "2025-01..2025-03" (document month)
 * - monthsTo:    {n}|fixed months, {month} [{year}] -> "2004-Q4", "2004-04..2005-03"
 *                ("three months to 31 December 2004", "year to March 2005")
 * - relPeriod:   fixed offset                -> the period stated just before, shifted by
 *                offset years ("£125m a year earlier" after "2004-Q4" -> "2003-Q4")
 * - after:       nothing                     -> null: the time after the period stated
 *                ("five million thereafter", "danach"), a time of its own that is none
 * A month rule with an `offset` ("October last year") takes the document year
 * (else the context year) plus the offset.
 * Templates without a year take it from the context (an explicit year nearby)
 * or the document date; with neither they resolve to null.
 */
export type TimeRuleKind =
  | 'year'
  | 'half'
  | 'quarter'
  | 'month'
  | 'day'
  | 'monthSpan'
  | 'daySpan'
  | 'firstMonths'
  | 'yearSpan'
  | 'since'
  | 'decade'
  | 'fiscal'
  | 'relYear'
  | 'lastYears'
  | 'yearToDate'
  | 'monthsTo'
  | 'relPeriod'
  | 'after';

export interface TimeRule {
  kind: TimeRuleKind;
  /**
   * Regex source with slots: {year} {year2} {yy} {month} {month2} {mm} {day} {day2}
   * {ord} {n} {decade} ("1980") {decade2} ("80", read as 19xx). No capturing groups of its own (use (?:...)).
   * Rules are tried in order at each position, so list longer forms first.
   */
  pattern: string;
  /** half-year fixed by the words ("first-half" in English has no slot) */
  half?: 1 | 2;
  /** quarter fixed by the words ("the last quarter of 2004") */
  quarter?: 1 | 2 | 3 | 4;
  /** relYear/relPeriod/month: years relative to the anchor */
  offset?: number;
  /** monthSpan without {month2}: the fixed last month ("von September bis Jahresende 2015" -> 12) */
  endMonth?: number;
  /**
   * firstMonths/monthsTo: months per counted unit (3 for "ersten drei Quartale"); monthsTo and
   * firstMonths without {n}: the span length ("the first month of the year" = 1).
   * monthSpan: 3 marks a span named as a quarter ("the July-to-September quarter"): a
   * calendar quarter is written as one ("2004-Q3"). relPeriod: 3 counts `offset` in quarters
   * ("the previous quarter" after "2004-Q4" = "2004-Q3"), not years
   */
  months?: number;
  /**
   * relYear/half/quarter/month without year: 'context' anchors on an explicit
   * year nearby ("2024 ... im Vorjahr" = 2023) before the document date.
   * relYear 'current': the document year, else the year the text itself calls the
   * current one ("this year (2004)" ... "next year" = 2005); with neither, null.
   * relPeriod 'document': counted back from the time of writing ("a year ago"): only a
   * period its own sentence states is its base, never one before a sentence it opens.
   */
  anchor?: 'context' | 'document' | 'current';
  /**
   * The expression is about the end of its year ("the end of 2004", "Ende 2004", "late
   * 2004"): a yearless month of the first half named in the sentences after it is the
   * next year's ("... in January" = 2005-01). Periods that end a year (December, the
   * fourth quarter) count so without this mark.
   */
  yearEnd?: boolean;
  /** year: the year the text calls the current one ("this year (2004)", "dieses Jahr (2004)") */
  current?: boolean;
  /** a bare year: weakest evidence, dropped where it is part of another figure */
  weak?: boolean;
  /**
   * half/quarter: without a year, a period only with a document date or a year in context,
   * never of an undated article's own year ("the first half" of a match, not of a year)
   */
  needsYear?: boolean;
}

/** A place where chrono-node may find a date: checked before calling it, so chrono runs rarely. */
export interface ChronoTrigger {
  pattern: string;
  /** needs the document date to mean anything ("gestern", "last year") */
  relative: boolean;
  /** the expression names a week: report the week as a day span */
  week?: boolean;
  /**
   * regex source of a part chrono cannot read, cut off the end of the match before it reads it:
   * "am Samstagabend" is read as "am Samstag" (the part of the day is no other day)
   */
  strip?: string;
}

export interface TimeLexicon {
  /** chrono-node locale to use for the triggers */
  chronoLocale: 'de' | 'en';
  /** month word -> 1..12 (abbreviations without their dot) */
  months: Record<string, number>;
  /** ordinal word or digit -> number ("ersten" -> 1, "third" -> 3) */
  ordinals: Record<string, number>;
  /** small cardinal words -> number ("sieben" -> 7) */
  counts: Record<string, number>;
  rules: TimeRule[];
  /** words after four digits that make them a clock time, not a year ("at 1800 GMT", "um 1430 Uhr") */
  clockWords?: string[];
  /**
   * Words opening a clause after "since 2009," that is about that time itself ("seit 2009, als
   * das BIP um 7,9 Prozent einbrach", "since April 2004 when it reached a peak of 13.1%", the comma
   * left out): its figures are of 2009, not of the span since then.
   */
  whenOpeners?: string[];
  chronoTriggers: ChronoTrigger[];
  /** words that introduce the publication date on a dateline ("Stand", "Published") */
  datelineMarkers: string[];
  /**
   * Regex source matched against the text just before a time expression: a
   * comparison base ("4,8 Prozent mehr als im ersten Halbjahr 2023") is not the
   * period of the figures around it.
   */
  comparisonCue: string;
  /**
   * Regex source matched against the text just before a "since" expression: a record it
   * measures against ("den ersten französischen Erfolg seit 1995", "the highest level since
   * 2008", "den Höchststand seit 2008") dates the record, not the figures around it.
   */
  recordBeforeSince?: string;
  /**
   * Titles and awards that a time names ("der MVP der Saison 2010/11", "Sportler des Jahres 2015",
   * "der Weltmeister von 2010"): that time is the title's, not the period of the figures around it.
   * Words matched case-insensitively, with one of `titleLinks` and one of `titleTimeNouns` between
   * title and time expression where the expression leaves them out ("der Saison |2010/11|"). Optional.
   */
  titleNouns?: string[];
  titleLinks?: string[];
  titleTimeNouns?: string[];
  /**
   * Regex source matched (sticky) right after a time expression: a title the time names from before
   * it ("the 2003 French Open champion", "the 2004 Olympic gold medallist"). Optional.
   */
  titleAfter?: string;
  /** Regex source matched against the text before such a time: the determiner it takes ("the", "a"). */
  titleAfterLead?: string;
  /**
   * Regex source matched against the text just before a time expression: an event it dates, in a
   * phrase after a figure ("on trial following his arrest in October 2003", "1% reached not long
   * after the 9/11 attacks in 2001"). The time is the event's, not the figures' around it. Optional.
   */
  eventBefore?: string;
  /**
   * Regex source for a comparison base that only a period, not a day, can be: "12.6% on a
   * year earlier", "up 2% on the previous year" (a day after it is when: "rose 2% on Tuesday").
   */
  comparisonBeforePeriod?: string;
  /**
   * Regex source for a period that stays the figure's own after comparisonBeforePeriod, tested on the
   * expression and the four characters after it: "up 10% on the year to March", "down from the third quarter's 5.1%".
   */
  ownPeriodAfterComparison?: string;
  /**
   * words that open a new clause after a comma ("…, but in recent years …",
   * "…, who set the mark in 2003"): a time after them does not reach back across
   * the comma to a figure before it
   */
  clauseOpeners: string[];
  /**
   * words opening a time that is a deadline or a target ("by 2009", "bis 2020"): no year for the
   * yearless months of the sentences after it ("expects 51 million users by 2009. It launches in
   * May" is this May). Lower case. Optional.
   */
  targetLeads?: string[];
  /**
   * words naming a part of the year that may stand between such a lead and the year ("by early
   * 2006", "bis Mitte 2015"): the same deadline. Lower case. Optional.
   */
  targetYearParts?: string[];
  /** words that make a sentence with such a time look ahead ("expects", "will", "soll"): only then is it a deadline. Lower case. */
  targetVerbs?: string[];
  /**
   * Regex source for a conjunction that opens a new clause with its own subject without a
   * comma ("... from 2007 but the deal will cost it $1bn"), or for a comma before a main clause
   * that opens with its time ("rund 700 Beschäftigte, Ende 2014 war ..."): a break like a
   * clause-opening comma
   */
  bareClauseOpener?: string;
  /**
   * relative pronouns opening a clause after a comma ("…, who died in 1994 aged 72, …",
   * "…, der 1994 starb, …"): a time inside the clause is not the time of a figure after
   * its closing comma. relativeVerbFinal: the clause ends in its verb (German), so only a
   * comma after a lower-case word closes it (", der Chef der Firma," is an apposition)
   */
  relativeOpeners: string[];
  relativeVerbFinal: boolean;
  /**
   * Conjunctions of an earlier event opening a sentence ("Nachdem 1999 neun Bären befreit
   * wurden, sind bisher 77 Tiere ..."): the clause up to its comma holds its times like a
   * relative clause; the main clause happened after them.
   */
  earlierEventOpeners?: string[];
  /**
   * "surged 70% to 2.39bn rupees in the last three months of 2004": a figure before one of
   * `links` and the new level right after it share the level's time, unless one of `from` comes
   * before the first ("from 5% to 7% in 2004": the 5% is the earlier level). Optional.
   */
  changeToLevel?: { links: string[]; from: string[] };
  /**
   * Participles that date another event than the figure's ("founded", "discovered",
   * "gegründet"): a phrase between commas opened by one (", founded in 1998,") holds its
   * time like a relative clause; in German also the attributive form after a year
   * ("die 1998 gegründete Firma": the participle plus -e/-en/-er/-es/-em), unless a figure
   * follows it ("die 2003 eingeführten 300 Busse" are that year's).
   */
  eventParticiples: string[];
  /**
   * Subjects of a clause an event participle opens without commas, at a sentence's end or before a
   * figure's clause: "a $2.7bn fraud at the company he co-founded in Alabama in 1984", "the firm which
   * he founded in 1984" hold the year like an aside (from the subject to the time). Optional.
   */
  eventSubjects?: string[];
  /** subordinators before such a subject that make its clause the figure's time ("when it was introduced in 2002") */
  eventSubjectsNotAfter?: string[];
  /** articles before a year that, after one of attributivePrepositions and with any participle after the year, make it attributive ("in dem 2011 losgebrochenen Bürgerkrieg") */
  attributiveArticles?: string[];
  attributivePrepositions?: string[];
  /**
   * coordinating words between two conjuncts ("and", "und", "sowie"): a time
   * expression right before one of them and a figure ("saved by 2015 and five
   * million ...") closes the conjunct before it, so it is not the later figure's
   */
  coordinators: string[];
  /**
   * regex source matched at the start of the stretch between a figure and a time after it:
   * a coordinator opening a new predicate ("30 Kilometer und wurde vor einem Jahr entdeckt",
   * "300 staff and was founded in 2010"). A time after it dates that predicate, not the figure.
   */
  newPredicate?: string;
  /**
   * regex source matched by the whole stretch between two figures when the second is a conjunct
   * with its verb left out ("Exports rose 5% and imports 3% in 2015", "seven years and 43 days
   * between 1908 and 1915"): a time after the second then dates the first too. Only words and a
   * coordinator, no punctuation, no subject pronoun or auxiliary of a new predicate.
   */
  gappedConjunct?: string;
  /**
   * The stretch between a time that closes one figure's phrase and a later figure whose conjunct
   * has no subject of its own, the figure named by a noun and a link ("had sales of $5.2bn in 2004
   * and made a profit of $901m", "einen Umsatz von 3 Milliarden Euro im Jahr 2024 und einen Gewinn
   * von 1 Milliarde Euro"): the time then dates the later figure too. After the coordinator: at
   * most a verb, a determiner and two words, none of them in `notWords` (pronouns, auxiliaries,
   * verbs of a plan, words of the present), then one of the links.
   */
  sharedConjunct?: { coordinator: string; determiners: string[]; notWords: string[]; links: string[] };
  /**
   * regex source matched by the whole stretch between a time and the figure after it when that
   * figure gives the worth of the figure before the time (", worth", ", valued at"): "922 cases
   * of fraud in the UK in 2003, worth £38.5m". The time then dates the first figure too.
   */
  worthApposition?: string;
  /**
   * regex source matched by the whole stretch between a part and its whole ("117 million out of
   * 833 million handsets shipped by 2009"): a time after the whole dates the part too.
   */
  partOfWhole?: string;
  /**
   * Figures paired in order with times listed before them ("in Tokio 2009 und 2010 sowie in
   * Moskau 2013 und 2014 ... um 60 beziehungsweise 46 Prozent"): `link` (regex source) matches
   * the text between two figures of the list, `cue` one of those stretches or the text after the
   * last figure ("12 and 9 per cent respectively"); `word` (plain text) is the cue's word, which a
   * sentence must hold at all before its figures are read as a list (most hold none).
   */
  respectively: { link: string; cue: string; word: string[] };
  /**
   * Regex source tested on a sentence without a time expression: it refers back
   * to the time of the sentence before ("Dabei", "Damals", "im selben Zeitraum"),
   * so its figures take that period. Other sentences give their figures none.
   */
  continuation: string;
  /**
   * regex source: those continuations that point at a past moment ("Damals", "at the time"): after a
   * span that opens at a time ("seit Juni 2013 auf der Flucht. Damals ..."), that time. Optional.
   */
  pastPoint?: string;
  /**
   * Words that bring a clause back to the present after a continuation ("Damals lagen die
   * Beiträge bei 10 Prozent, jetzt bei 22 Prozent", "won the seat in 1997 and has a 6,932 majority"):
   * figures after one take no time stated before it. Regex sources; optional.
   */
  presentShift?: string[];
  /**
   * Words right after a figure that put it in the present ("compared to about 137,000 currently",
   * "derzeit"): a time stated elsewhere in the sentence is not its time. Lower-case words; optional.
   */
  presentAfter?: string[];
  /**
   * Regex source for references to the period the article is about ("in der
   * Berichtsperiode", "im abgefragten Zeitraum"): the first period stated in the
   * sentences before, further back than a continuation.
   */
  periodReference: string;
  /**
   * Definite references back to a time window named earlier in the article ("in den
   * drei Monaten", "in dem Zeitraum", "during the period"): the most recent window
   * (a span, quarter or half-year) stated in the sentences before. `counted` are regex
   * sources with the slots {n} (the count) and {unit} (a key of `units`): the window
   * must then have that length, or the figure gets no period. `plain` has no length
   * and is asked after the continuation ("in diesem Zeitraum" takes the sentence before
   * first). Neither may match relative spans ("in den vergangenen drei Monaten") or
   * future ones ("in drei Monaten"): those are rules or no period at all.
   */
  windowReference: { counted: string[]; plain: string; units: Record<string, WindowUnit>; definite: DefiniteReference[] };
}

/**
 * A bare definite reference back to a window ("in the quarter", "im Halbjahr"): regex
 * source and the length in months it names (null: any window, "in the period"). It is
 * a time expression of its sentence: the last window of that length named in the few
 * sentences before, never one of another length.
 */
export interface DefiniteReference {
  pattern: string;
  months: number | null;
  /** words of which the pattern needs one (case as written): most sentences have none, and are not searched */
  words: string[];
}

/** A unit counted in a window reference: months (a month, quarter, year) or days (a day, week). */
export interface WindowUnit { months?: number; days?: number }
