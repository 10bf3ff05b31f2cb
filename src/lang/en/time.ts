// English time vocabulary for period resolution.
//
// chrono-node (chrono.en) parses full dates ("January 21, 2025", "5th May 2004")
// and relative expressions ("last year", "this year", "two years ago", "on Monday");
// those are chronoTriggers. chrono.en does NOT parse bare years ("in 2024"),
// half-years, quarters ("Q3 2024", "third quarter"), spans ("between 2014 and 2022",
// "2004-05"), decades, fiscal years or "the previous year" relative to a stated
// year: those are rules here.
import type { TimeLexicon } from '../../context/period-lexicon.js';

/** Words after "and" that open a predicate of its own: pronouns, auxiliaries, verbs of a plan or of saying. */
const NEW_PREDICATE_WORDS = ['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'this', 'that', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'expect', 'expects', 'plan', 'plans', 'aim', 'aims', 'hope', 'hopes', 'want', 'wants', 'intend', 'intends', 'say', 'says', 'said'];
/** One word of a conjunct that has no predicate of its own (gappedConjunct). */
const CONJUNCT_WORD = `(?:(?!(?:${NEW_PREDICATE_WORDS.join('|')})\\s)[\\p{L}’'-]+\\s+)`;

const MONTHS: Record<string, number> = {
  January: 1, 'Jan.': 1, February: 2, 'Feb.': 2, March: 3, 'Mar.': 3, April: 4, 'Apr.': 4,
  May: 5, June: 6, July: 7, August: 8, 'Aug.': 8, September: 9, 'Sep.': 9, 'Sept.': 9,
  October: 10, 'Oct.': 10, November: 11, 'Nov.': 11, December: 12, 'Dec.': 12,
};

// Year prefixes that make a year a period beyond doubt ("in 2024", "by the end of 2024").
const YEAR_LEAD = '(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]cross|[Ff]or|[Bb]y|[Uu]ntil(?: at least)?|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Bb]y |[Aa]t )?the (?:end|start|beginning) of|(?:[Ff]or )?the (?:whole |full |calendar )?year(?: of)?|(?:[Dd]uring |[Ii]n |[Oo]ver |[Ff]or |[Tt]hroughout )?the (?:whole|entirety) of)';
// Events a count is taken at: a year naming one ("in the 2001 census", "at the 2005 general
// election") dates the figures of its clause however far behind them, unlike a bare year.
// Not works ("the 2004 film"): the year a film came out dates no figure about it.
const COUNTED_EVENT = '(?:(?:general|local|presidential|parliamentary|European|mid-?term|Scottish|Welsh|national) )?(?:[Cc]ensus|[Ee]lections?|[Rr]eferendum|[Pp]oll|[Ss]urvey|[Ss]eason|[Cc]ampaign|[Oo]lympics|[Oo]lympic [Gg]ames|[Ww]orld [Cc]up|[Ss]ix [Nn]ations|[Tt]ournament|[Cc]hampionships?)(?![A-Za-z])';
const MONTH_LEAD = '(?:[Ii]n|[Dd]uring|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y)';

export const time: TimeLexicon = {
  chronoLocale: 'en',
  clockWords: ['GMT', 'BST', 'UTC', 'CET', 'EST', 'EDT', 'PST', 'PDT', 'hrs', 'hours GMT'],
  whenOpeners: ['when'],
  months: MONTHS,
  ordinals: {
    first: 1, '1st': 1, '1': 1, second: 2, '2nd': 2, '2': 2, third: 3, '3rd': 3, '3': 3,
    fourth: 4, '4th': 4, '4': 4,
    // -1: the last one (half-year 2, quarter 4)
    final: -1,
  },
  counts: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12,
  },
  rules: [
    { kind: 'firstMonths', pattern: '(?:the )?first {n} months(?: of)?(?: the year| this year)?(?: {year})?', anchor: 'context' },
    // "the first month of the year" is January (the year said: not "the first month after the merger")
    { kind: 'firstMonths', pattern: '(?:the )?first month of (?:the year|this year|{year})', anchor: 'context', months: 1 },
    { kind: 'firstMonths', pattern: '(?:the )?first {n} quarters(?: of)?(?: the year| this year)?(?: {year})?', anchor: 'context', months: 3 },
    { kind: 'monthsTo', pattern: '(?:the )?{n} months (?:to|ended|ending|through)(?: the end of)?(?: \\d{1,2})? {month}(?: \\d{1,2},)?(?: {year})?', anchor: 'context' },
    { kind: 'monthsTo', pattern: '(?:the )?(?:last|final) {n} months of {year}', endMonth: 12 },
    { kind: 'quarter', pattern: '(?:the )?(?:last|final) quarter of {year}', quarter: 4 },
    { kind: 'monthsTo', pattern: '(?:the )?(?:(?:financial|fiscal|full|trading) )?year (?:to|ended|ending|through)(?: \\d{1,2})? {month}(?: \\d{1,2},)?(?: {year})?', anchor: 'context', months: 12 },
    // "from 15 November 2004 to 3 January 2005", "between November 15 and December 3, 2004": one
    // span of days (a bare "and" joins two days, not a span: "on 15 November and 3 January")
    { kind: 'daySpan', pattern: '(?:[Ff]rom )?{day}(?:st|nd|rd|th)? {month},?(?: {year2})? (?:to|until|till|through) {day2}(?:st|nd|rd|th)? {month2}(?:,? {year})?', anchor: 'context' },
    { kind: 'daySpan', pattern: '[Bb]etween {day}(?:st|nd|rd|th)? {month},?(?: {year2})? and {day2}(?:st|nd|rd|th)? {month2}(?:,? {year})?', anchor: 'context' },
    { kind: 'daySpan', pattern: '(?:[Ff]rom )?{month} {day}(?:st|nd|rd|th)?(?:,? {year2})? (?:to|until|till|through) {month2} {day2}(?:st|nd|rd|th)?(?:,? {year})?', anchor: 'context' },
    { kind: 'daySpan', pattern: '[Bb]etween {month} {day}(?:st|nd|rd|th)?(?:,? {year2})? and {month2} {day2}(?:st|nd|rd|th)?(?:,? {year})?', anchor: 'context' },
    // "the July-to-September quarter", "the July-September quarter": that quarter ("2004-Q3")
    { kind: 'monthSpan', pattern: '(?:the )?{month}(?:[- ]to[- ]|\\s?[-–]\\s?){month2} quarter(?: of)?(?:,? {year})?', anchor: 'context', months: 3 },
    { kind: 'monthSpan', pattern: '(?:the )?{month}[-–]to[-–]{month2}(?: period| months)?(?:,? (?:of )?{year})?', anchor: 'context' },
    { kind: 'monthSpan', pattern: '(?:[Bb]etween |[Ff]rom |[Ii]n )?{month}(?: {year2})? (?:to|and|until) {month2}(?: {year})?', anchor: 'context' },
    { kind: 'monthSpan', pattern: '{month}\\s?[-–]\\s?{month2}(?: {year})?', anchor: 'context' },
    { kind: 'yearSpan', pattern: '[Bb]etween {year} and {year2}' },
    // a list of years is their span ("in 2001, 2002 and 2003": not the last two alone)
    { kind: 'yearSpan', pattern: '(?:[Ii]n )?{year}(?:, (?:1[89]|20)\\d\\d)+,? and {year2}' },
    { kind: 'yearSpan', pattern: '(?:[Ii]n )?{year} and {year2}' },
    { kind: 'yearSpan', pattern: '(?:[Ff]rom )?{year} (?:to|until|through) {year2}' },
    { kind: 'yearSpan', pattern: '{year}\\s?[-–]\\s?{year2}' },
    // "2004-05", "2004/05", "in the 2014/2015 season": a season or financial year over two
    // calendar years (not the start of an ISO date "2015-03-12")
    { kind: 'yearSpan', pattern: '(?:[Ii]n (?:the )?)?{year}[-–/]{yy}(?![-–/.]?\\d)' },
    { kind: 'yearSpan', pattern: '(?:[Ii]n|[Ff]or|[Dd]uring) (?:the )?{year}/{year2}' },
    // bare, like a bare year: far behind a figure it is not the figure's time
    { kind: 'yearSpan', pattern: '{year}/{year2}', weak: true },
    { kind: 'lastYears', pattern: '(?:[Ii]n |[Oo]ver |[Dd]uring )?[Tt]he (?:past|last) {n} years' },
    { kind: 'yearToDate', pattern: '(?:[Ss]o far this year|[Yy]ear to date|[Ss]ince the (?:start|beginning) of the year)' },
    { kind: 'since', pattern: '[Ss]ince {month},? {year}' },
    { kind: 'since', pattern: '[Ss]ince (?:the (?:start|end|beginning) of )?{year}' },
    // "the highest rate since the 1930s": a span to the document date, not the 1930s
    { kind: 'since', pattern: '[Ss]ince the (?:start|end|beginning|middle) of the {year}s' },
    { kind: 'since', pattern: '[Ss]ince (?:early|late|mid)[- ]{year}' },
    { kind: 'since', pattern: '[Ss]ince the {year}s' },
    // "since the collapse in 2002", "since its takeover in 2002": since that year
    { kind: 'since', pattern: '[Ss]ince (?:the|its|their|his|her) [a-z]+ (?:in|of) {year}' },
    // "since they joined the Six Nations in 2000", "since coming to power in 1997": a since-clause
    // dates its start (no comma inside: "since then, in 2004, ..." is another time)
    // (templates take {slots}: letters spelled out, not \p{L})
    { kind: 'since', pattern: "[Ss]ince (?:[A-Za-z][A-Za-z'’-]* ){1,6}in (?:(?:[Ee]arly|[Ll]ate|[Mm]id)-)?{year}" },
    // "from the early 1990s to 1997": from the decade's start to the year
    { kind: 'decade', pattern: "(?:[Ff]rom )?(?:the )?(?:(?:early|mid|late)[- ])?{decade}s (?:to|until|through) {year2}" },
    // (not a decade as an attribute, no time of a figure: "a 1950s backstreet abortionist", "a restored 1960s car",
    // and a place or name after it without "the": "set in 1930s London", "1960s Star Trek")
    { kind: 'decade', pattern: "the {decade}s|(?<![\\s(][Aa](?: [a-z]+)? )(?<!^[Aa](?: [a-z]+)? ){decade}s(?! [A-Z])|(?:the '?|'){decade2}s" },
    { kind: 'fiscal', pattern: '(?:fiscal(?: year)?|financial year|FY) ?{year}(?:[-/]{yy})?' },
    // "the fourth quarter of last year", "the first half of next year": relative to the article's year
    { kind: 'half', pattern: '(?:the )?{ord}[- ]half(?: of)? (?:last|the previous|the prior) year', offset: -1 },
    { kind: 'half', pattern: '(?:the )?{ord}[- ]half(?: of)? next year', offset: 1 },
    { kind: 'quarter', pattern: '(?:the )?{ord}[- ]quarter(?: of)? (?:last|the previous|the prior) year', offset: -1 },
    { kind: 'quarter', pattern: '(?:the )?{ord}[- ]quarter(?: of)? next year', offset: 1 },
    { kind: 'half', pattern: '(?:the )?{ord}[- ]half(?: of)?(?: the year| this year| {year})', anchor: 'context' },
    // a bare "first half" is as often a match's as a year's
    { kind: 'half', pattern: '(?:the )?{ord}[- ]half', anchor: 'context', needsYear: true },
    { kind: 'half', pattern: 'H{ord}(?:[ /]{year})?', anchor: 'context' },
    { kind: 'quarter', pattern: '(?:the )?{ord}[- ]quarter(?: of)?(?: the year| this year)?(?: {year})?', anchor: 'context' },
    { kind: 'quarter', pattern: 'Q{ord}(?:[ /]{year})?', anchor: 'context' },
    { kind: 'day', pattern: '{year}-{mm}-{day}' },
    // "Published: 2005/01/10 12:00:00 GMT": year first, so no doubt which is the month
    { kind: 'day', pattern: '{year}/{mm}/{day}(?![/\\d])' },
    { kind: 'month', pattern: '(?:' + MONTH_LEAD + ' )?{month},?(?: of)? {year}' },
    // "in October last year": the month in the year before the document's (or the context year)
    { kind: 'month', pattern: '(?:' + MONTH_LEAD + ' )?{month},? (?:of )?(?:last|the previous|the past) year', offset: -1 },
    { kind: 'month', pattern: '(?:' + MONTH_LEAD + ' )?{month},? (?:of )?this year', offset: 0 },
    { kind: 'month', pattern: '(?:' + MONTH_LEAD + ' )?{month},? (?:of )?next year', offset: 1 },
    { kind: 'month', pattern: MONTH_LEAD + ' {month}', anchor: 'context' },
    // "the same period in 2003" after a quarter: that quarter of 2003 (without a period before it, 2003)
    { kind: 'relPeriod', pattern: '[Tt]he same (?:period|quarter|half|half-year|months?|three months|six months|nine months) (?:of |in )(?:the year )?{year}', offset: -1 },
    // "last year's fourth quarter", "the previous year's period": the period stated before it, a year back
    // (lower case only: at a sentence's start "Last year's fourth quarter" names the quarter before the document's year, not a comparison's base)
    { kind: 'relPeriod', pattern: "(?:last|the previous|the prior) year's (?:{ord} )?(?:quarter|period|half)", offset: -1 },
    // ("a year ago": from the time of writing, so a sentence opening with it does not go on from the period before)
    { kind: 'relPeriod', pattern: '(?:[Aa]|[Oo]ne) year ago|year-ago', offset: -1, anchor: 'document' },
    { kind: 'relPeriod', pattern: '(?:[Aa]|[Oo]ne) year (?:earlier|before)|year-earlier|[Tt]he same (?:period|quarter|month|time) (?:a year (?:earlier|ago)|last year|of the previous year)|[Tt]he (?:previous|prior) (?:year\'s )?period|[Tt]he (?:previous|prior) year\'s quarter', offset: -1 },
    // "the previous quarter": the quarter before the one stated, not a year back
    { kind: 'relPeriod', pattern: '[Tt]he (?:previous|prior|preceding) quarter|(?:[Aa]|[Oo]ne) quarter (?:earlier|before)|[Tt]he quarter before', offset: -1, months: 3 },
    // "grew 2.9% in 2001 and 2.5% a year later": the year after the one just named
    { kind: 'relPeriod', pattern: '(?:[Aa]|[Oo]ne) year later', offset: 1 },
    { kind: 'relYear', pattern: '(?:[Tt]he )?(?:previous|prior|preceding) year|[Tt]he year before', offset: -1, anchor: 'context' },
    // "moved to Atletico Madrid in 1999, before joining Chelsea the following year"
    { kind: 'relYear', pattern: '[Tt]he (?:following|subsequent) year|[Tt]he year after(?! (?:that|next|{year}))', offset: 1, anchor: 'context' },
    // after the period stated, with no period of its own: "five million thereafter"
    { kind: 'after', pattern: '(?:[Tt]hereafter|[Aa]fterwards?|[Aa]fter that|[Ff]rom then on)' },
    // "to 45% after 2000": an open span after the year, no period (not "after 2003's album", an event of
    // that year; "before 2015" is as often a deadline, the year's)
    { kind: 'after', pattern: "[Aa]fter (?:the year )?{year}(?!['’]s)" },
    // the end of a year: a yearless January after it is the next year's
    { kind: 'year', pattern: '(?:(?:[Aa]t|[Tt]owards?) )?the (?:very |back[- ]|tail[- ])?end of {year}|[Ll]ate(?: in)? {year}|(?:[Ii]n )?[Tt]he (?:final|last|closing) (?:weeks|days|months) of {year}', yearEnd: true },
    // "growth of 4.4% this year (2004)": the year the text calls this one ("next year" = 2005)
    { kind: 'year', pattern: '(?:[Tt]his|[Tt]he current) year \\({year}\\)', current: true },
    // relative years: the document year, else the year the text calls this one
    { kind: 'relYear', pattern: '[Nn]ext year', offset: 1, anchor: 'current' },
    { kind: 'relYear', pattern: '[Tt]his year', offset: 0, anchor: 'current' },
    // (an undated article's "last year" is "[Y-1]", as its "this year" is "[Y]": one series)
    // (not "the last year", the past twelve months, nor "last years")
    { kind: 'relYear', pattern: '(?<![Tt]he )[Ll]ast year(?![A-Za-z])', offset: -1, anchor: 'current' },
    { kind: 'year', pattern: YEAR_LEAD + ' {year}' },
    { kind: 'year', pattern: '(?:[Ii]n|[Aa]t|[Dd]uring|[Ff]or|[Aa]ccording to) the {year} ' + COUNTED_EVENT },
    // "by mid-2005", "in early-2004": the year glued to its part
    { kind: 'year', pattern: '(?:(?:[Bb]y|[Ii]n|[Uu]ntil|[Ff]rom|[Ss]ince) )?(?:[Ee]arly|[Ll]ate|[Mm]id)-{year}' },
    // not a catalogue designation ("2014 MU69", "2004 MN4") nor a series number ("Anleihe 6/2015",
    // "issue 3/2004"): a name, not a time
    // ("the artists of the 1980's": a decade, no year; "2003's figures" is one)
    // nor the base of a level ("a 20% cut to the 1990 greenhouse gas level", "below 2004 highs"): the
    // level of that year, which the figure is measured against, not its time
    { kind: 'year', pattern: "(?:(?<!\\d/)(?<![Tt]he ){year}(?! [A-Z][A-Z][A-Z]?\\d)|(?<=[Tt]he ){year}(?!['’]s)(?! [A-Z][A-Z][A-Z]?\\d))(?!(?: [a-z][a-z-]*){0,3} (?:levels?|highs?|lows?|peaks?)(?![A-Za-z]))", weak: true },
  ],
  chronoTriggers: [
    { pattern: '{month} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d\\d', relative: false },
    { pattern: '\\d{1,2}(?:st|nd|rd|th)? {month},? (?:19|20)\\d\\d', relative: false },
    { pattern: '(?:on )?{month} \\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?!,? (?:19|20)\\d\\d)|(?:on )?\\d{1,2}(?:st|nd|rd|th)? {month}(?!,? (?:19|20)\\d\\d)', relative: true },
    { pattern: '(?:[Oo]n |[Ll]ast |[Tt]his |[Nn]ext )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)', relative: true },
    { pattern: '[Yy]esterday|[Tt]oday', relative: true },
    // (capitalised at a sentence's start: "Last year, profits were £42m")
    { pattern: '(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) week', relative: true, week: true },
    { pattern: '(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?:month|year)', relative: true },
    { pattern: '(?:\\d{1,3}|[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]wenty) (?:years?|months?|days?) ago', relative: true },
    // "in five years' time": that far ahead ("the highest in five years" is a span of the past)
    { pattern: "[Ii]n (?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty) (?:years?|months?)(?:['’]s?)? time", relative: true },
  ],
  datelineMarkers: ['Published', 'Updated', 'Last updated', 'Posted', 'Date'],
  // (after a comma or a conjunction only: "the deficit for the first eleven months of 2004 now stands at" is of 2004)
  presentShift: ['(?:,\\s*|(?<![\\p{L}])(?:and|but)\\s+)(?:now|nowadays|currently|these days)', '(?<![\\p{L}])and (?:is|are|has|have)'],
  presentAfter: ['currently', 'at present', 'at the moment', 'nowadays'],
  continuation: '^(?:Then|At the time|In that period|Over the same period|During the same period|That compares|This compares|That was|This was|(?:In|During) that (?:same )?year|That (?:same )?year|(?:In )?[Tt]he same year(?! (?:that|as|when|in which))|(?:Later|Earlier) that year)(?![\\p{L}-])|(?<![\\p{L}])(?:at the time|(?:during|in) that same year|during that year|in the same year(?! (?:that|as|when|in which))|(?:later|earlier) that year|in the (?:same )?period|over the (?:same )?period|for the (?:same )?period|in that (?:period|quarter|year|game|match|race|session)|(?:during|over) the (?:course of the )?year(?! (?:to|ending|ended|before|after|since|\\d))|for the quarter|for the year|then)(?![\\p{L}])',
  pastPoint: '^(?:At the time|Back then)(?![\\p{L}])(?! of)',
  periodReference: '(?<![\\p{L}])(?:in the (?:reporting|review|survey|study) period|during the period under review)(?![\\p{L}])',
  windowReference: {
    // "in the three months", "during those two years"; not "in the three months to June /
    // before / since ..." (another window), "in the past three months" (relative to the
    // document date) or "in three months" (the future)
    counted: [
      '(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver|[Ww]ithin|[Aa]cross|[Tt]hroughout) (?:the|those|these) (?:(?:whole|entire) )?(?<n>{n}) (?<unit>{unit})(?![\\p{L}])(?! (?:to|ended|ending|through|before|after|since|until|till|from|of|prior|earlier|previously|ago|later|ahead)(?![\\p{L}]))',
    ],
    plain: '(?<![\\p{L}])(?:[Dd]uring|[Oo]ver|[Ii]n|[Ff]or|[Aa]cross|[Tt]hroughout) (?:the|that|this) (?:whole |entire )?(?:period|time ?frame)(?![\\p{L}])(?! (?:to|ended|ending|through|before|after|since|until|from|of|between|under|last|a year|in 19|in 20)(?![\\p{L}]))',
    units: { months: { months: 1 }, quarters: { months: 3 }, years: { months: 12 }, weeks: { days: 7 }, days: { days: 1 } },
    // "In the quarter, it made $186m": the quarter named before; not "the quarter to June",
    // "the quarter-final", "the quarter century", "the quarter of a million"
    definite: [
      { pattern: '(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or|[Aa]cross|[Tt]hroughout) the (?:latest |most recent )?quarter(?![\\p{L}-])(?! (?:to|ended|ending|through|before|after|since|until|of|century|earlier|ago)(?![\\p{L}]))', months: 3, words: ['quarter'] },
      { pattern: '(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or|[Aa]cross|[Tt]hroughout) the half[- ]year(?![\\p{L}-])(?! (?:to|ended|ending|through|before|after|since|until|of|earlier|ago)(?![\\p{L}]))', months: 6, words: ['half'] },
      { pattern: '(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or) the (?:same )?period(?![\\p{L}-])(?! (?:to|ended|ending|through|before|after|since|until|from|of|between|under|last|a year|in)(?![\\p{L}]))', months: null, words: ['period'] },
    ],
  },
  respectively: { link: '^\\s*(?:,|,?\\s*and)\\s*$', cue: '^(?:[^\\d]|(?:1[89]|20)\\d\\d){0,40}\\brespectively\\b', word: ['respectively'] },
  // (or a verb of a career's or a deal's next step: "won 84 caps and quit Test rugby at the start of 2004")
  // (or of saying: "rose 56% to 1.16bn euros, and said it expected solid growth in 2005")
  newPredicate: '^,?(?:\\s+\\p{L}+){0,2}?\\s*(?:and|or)\\s+(?:was|were|is|are|has|have|had|quit|left|joined|retired|resigned|moved|signed|stepped|became|took|went|sold|bought|began|said|says|added|warned|expects|expected|predicted|announced|reported)(?![\\p{L}])|,\\s*(?:because|although|though)\\s',
  // "Exports rose 5% and imports 3% in 2015", "£5m in profit and £20m in sales", "sales of $3bn and a
  // profit of $1bn in 2004": after "and" a determiner or none, then one word or two before "of" (no
  // pronoun, auxiliary or verb of a new predicate)
  gappedConjunct: `^\\s+(?:[\\p{L}’'-]+\\s+){0,2}and\\s+(?:(?:the|its|their|his|her|our|a|an)\\s+)?(?:${CONJUNCT_WORD}{1,2}of\\s+|${CONJUNCT_WORD})?$`,
  // "had sales of $5.2bn in 2004 and made a profit of $901m": after "and" at most a verb, a
  // determiner and two words before "of" (no pronoun, auxiliary, verb of a plan or word of the present)
  sharedConjunct: {
    coordinator: 'and',
    determiners: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our'],
    notWords: [...NEW_PREDICATE_WORDS, 'now', 'currently', 'then', 'later', 'since', 'still'],
    links: ['of'],
  },
  // "922 cases of fraud in the UK in 2003, worth £38.5m": the worth of the cases, of their time
  worthApposition: '^\\s*,\\s*(?:worth|valued at|totalling|totaling|amounting to|with a (?:total |combined )?value of)\\s+(?:(?:about|around|some|nearly|almost|roughly|an estimated|a total of|more than|over|up to)\\s+)?$',
  // "117 million out of 833 million handsets shipped by 2009": the part is of the whole's time
  partOfWhole: '^\\s+(?:out of|of a total of)\\s+(?:(?:the|some|about|around|nearly|almost|an estimated)\\s+)?$',
  coordinators: ['and', 'or', 'plus', 'and another', 'and a further', 'and some', 'and about', 'and around'],
  relativeOpeners: ['who', 'which', 'whose', 'whom'],
  relativeVerbFinal: false,
  changeToLevel: { links: ['to'], from: ['from'] },
  // ("the company he co-founded in Alabama in 1984": the participle may carry "co-")
  eventSubjects: ['which', 'that', 'who', 'he', 'she', 'it', 'they', 'we'],
  eventSubjectsNotAfter: ['when', 'as', 'after', 'before', 'since', 'until', 'once', 'while'],
  eventParticiples: ['founded', 'established', 'discovered', 'uncovered', 'launched', 'opened', 'built', 'formed', 'created', 'elected', 'appointed', 'acquired', 'bought', 'introduced', 'exposed', 'revealed', 'born', 'listed', 'floated', 'privatised', 'privatized', 'nationalised', 'nationalized', 'released', 'published', 'premiered'],
  // (after a comma; "..., implying that a crossover could be on the market by 2008": an inference's own time)
  clauseOpeners: ['but', 'while', 'whereas', 'although', 'though', 'who', 'which', 'where', 'because', 'after', 'before', 'implying', 'suggesting', 'meaning', 'indicating', 'signalling', 'signaling'],
  targetLeads: ['by', 'until'],
  // (not the year's end: "expected to reach $26m by the end of 2004. In October ..." is that year's October)
  targetYearParts: ['early', 'mid', 'the start of', 'the beginning of', 'the middle of'],
  targetVerbs: ['will', 'would', 'expect', 'expects', 'expected', 'forecast', 'forecasts', 'predict', 'predicts', 'predicted', 'plan', 'plans', 'aim', 'aims', 'target', 'targets', 'could', 'should', 'hopes', 'wants', 'set to', 'likely'],
  // (not "while"/"whereas": "During 2004 profits rose 20% whereas the group's debt fell" keeps 2004 for both)
  bareClauseOpener: ' (?:but|although) (?=(?:the|its|their|it|they|he|she|we|this|that|these|those|analysts|investors) )',
  // "up 4% on 2003"; after a word of change and a figure also "from": "up 27% from its 2003
  // performance", "up nearly $3bn from 2003" (not "savings of $2bn from 2008", "went up five times
  // from November 2003": from then on)
  comparisonBeforePeriod:
    '(?:(?:%|\\bper ?cent|\\bpc|\\bpoints?|\\d(?:bn|m|k)?|\\bup|\\bdown|\\bhigher|\\blower)\\s+on' +
    '|\\b(?:up|down|higher|lower|rose|fell|grew|jumped|climbed|dropped|increased|decreased|declined|gained|slipped)\\b(?:[^.;:]|\\.(?=\\d)){0,24}?(?:%|\\bper ?cent|\\bpc|\\bpoints?|\\d(?:bn|m|k)?)\\s+from)' +
    '(?:\\s+(?:its|their|the)(?:\\s+same)?)?\\s*$',
  ownPeriodAfterComparison: "^(?:the )?(?:(?:financial|fiscal) )?(?:year|quarter|[\\w-]+ months) (?:to|ended|ending|through)\\b|['’]s\\s?[\\d$£€]$",
  // ("7% more than they did in 2003": a pronoun and an auxiliary between "than" and the base)
  // "the highest level since 2008", "its first win since 1995", "the worst since 2001" (not a
  // time: "the first years since 2010")
  recordBeforeSince: '(?<![\\p{L}])(?:first|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|best|worst|greatest|deepest|sharpest|steepest|heaviest|longest|fewest|busiest|cheapest|poorest|richest|hottest|coldest|wettest|driest|warmest)(?:-ever)?(?: [a-z][a-z-]*){0,2}(?<!years|months|weeks|days|quarters?|decades?|time) ?$',
  // ("$14 higher than the price fixed in the contract for 2004": the year of the base's noun phrase)
  // ("prior to the 2003 World Cup": an event's year after "before the" bounds the figure, it is not its time;
  // a bare year after "before" is a deadline: "spend up to £138m before 2014")
  // "on trial following his arrest in October 2003", "not long after the 9/11 attacks in 2001": the
  // event's time (a noun phrase of words only: "after a 31% decline in 2003" dates its figure; no
  // time noun: "after the first quarter of 2003" is a period). German "nach" also means "according
  // to" ("nach der Volkszählung von 2011"), so German has no such table.
  // "the 2003 French Open champion", "the 2004 Olympic gold medallist": the title's year, no figure's
  // (an event's name between: "In 2003 the champion won 5 titles" is 2003's)
  titleAfter: "\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:(?:gold|silver|bronze)\\s+)?(?:champion|champions|winner|winners|runner-up|finalist|medallist|medalist)(?![\\p{L}])",
  titleAfterLead: "(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+$",
  eventBefore: "(?<![\\p{L}])(?:after|following) (?:the|a|an|his|her|its|their|this|that) " +
    "(?:(?!(?:first|second|third|fourth|last|end|start|beginning|middle|half|quarter|year|month|week|season|period|close|turn)(?![\\p{L}]))" +
    "(?:\\p{L}[\\p{L}'’-]*|\\d{1,2}/\\d{1,2})\\s+){1,4}(?:(?:in|of|on)\\s+)?$",
  // "beating 2002's all-time high", "breaking the 1999 record": a record beaten is a comparison base (holdout108)
  // (a possessive pronoun between: "beat its 2001 predecessor, Ocean's Eleven, which took $38.1m" is that film's year)
  comparisonCue: '\\b(?:beat(?:ing|s)?|surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|overtak(?:ing|es|en)|overtook|break(?:ing|s)?|broke|eclips(?:ing|ed|es))(?: the)?\\s*$|(?:\\bthan the (?:[a-z-]+ ){1,6}(?:in|for|of)|\\bthan(?: (?:it|they|he|she|we|you|I) (?:did|was|were|had|has|have|does|do))?|[Cc]ompared (?:with|to)|[Aa]gainst|\\bvs\\.?|[Vv]ersus|\\b(?:[Bb]efore|[Pp]rior to|[Aa]head of) the)(?: its| their)?(?: the same (?:period|quarter|month|time))?(?: in)?\\s*$',
};
