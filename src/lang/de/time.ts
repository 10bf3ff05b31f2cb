// German time vocabulary for period resolution.
//
// chrono-node (chrono.de) parses full dates ("21. Januar 2025", "21.01.2025") and
// relative expressions ("vor acht Jahren", "im vergangenen Monat", "gestern");
// those are listed as chronoTriggers, so chrono only runs where one occurs.
// chrono.de does NOT parse bare years, "Mai 2014", "Jänner", half-years, quarters,
// spans ("zwischen 2014 und 2022", "in den ersten sieben Monaten 2025"), decades,
// fiscal years, "Vorjahr" relative to a stated year, or "heuer": those are rules here.
import type { TimeLexicon } from '../../context/period-lexicon.js';

const MONTHS: Record<string, number> = {
  Januar: 1, Jänner: 1, 'Jan.': 1, Februar: 2, Feber: 2, 'Feb.': 2, März: 3, 'Mär.': 3, 'Mrz.': 3,
  April: 4, 'Apr.': 4, Mai: 5, Juni: 6, Juli: 7, August: 8, 'Aug.': 8, September: 9, 'Sep.': 9,
  'Sept.': 9, Oktober: 10, 'Okt.': 10, November: 11, 'Nov.': 11, Dezember: 12, 'Dez.': 12,
};

// Year prefixes that make a year a period beyond doubt ("im Jahr 2024", "Ende 2024").
const YEAR_LEAD = '(?:[Ii]m (?:Jahre?|Gesamtjahr|Kalenderjahr)|[Dd]as Jahr|[Ff]ür das Jahr|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is(?: Ende)?|[Ss]pätestens|[Ss]chon|[Nn]och|[Bb]ereits|[Zz]uletzt)';
// Events a count is taken at: a year naming one ("bei der Nationalratswahl 2013", "laut
// Volkszählung 2001") dates the figures of its clause however far behind them, unlike a bare year.
const COUNTED_EVENT = '[A-Za-zÄÖÜäöüß-]*(?:[Ww]ahl(?:en)?|[Vv]olkszählung|[Zz]ensus|[Ss]aison|[Ss]pielzeit|[Ee]rhebung|[Uu]mfrage|WM|EM|[Mm]eisterschaft|[Oo]lympischen Spielen)';

// Auxiliaries of a clause about the future, and a character of one clause (a mark ends it, the
// comma of "2,5" does not): for "in 35 Jahren" below.
const FUTURE_AUX = '\\b(?:wird|werden|werde|soll|sollen|solle|sollte|sollten|dürfte|dürften)\\b';
const IN_CLAUSE = '(?:[^.!?,;]|[.,]\\d)';

export const time: TimeLexicon = {
  chronoLocale: 'de',
  clockWords: ['Uhr', 'MEZ', 'MESZ', 'GMT', 'UTC'],
  whenOpeners: ['als'],
  months: MONTHS,
  ordinals: {
    erste: 1, ersten: 1, erstes: 1, '1.': 1, '1': 1,
    zweite: 2, zweiten: 2, '2.': 2, '2': 2,
    dritte: 3, dritten: 3, '3.': 3, '3': 3,
    vierte: 4, vierten: 4, '4.': 4, '4': 4,
    // -1: the last one (half-year 2, quarter 4)
    letzte: -1, letzten: -1,
  },
  counts: {
    ein: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  },
  rules: [
    // spans first: at one position the first matching rule wins
    { kind: 'firstMonths', pattern: '(?:[Ii]n den )?ersten {n} Monate[n]?(?: (?:des|dieses) Jahres)?(?: {year})?', anchor: 'context' },
    // "im ersten Monat des Jahres" ist der Januar (mit dem Jahr: nicht "im ersten Monat nach der Fusion")
    { kind: 'firstMonths', pattern: '(?:[Ii]m )?ersten Monat (?:des Jahres|dieses Jahres|{year})', anchor: 'context', months: 1 },
    { kind: 'firstMonths', pattern: '(?:[Ii]n den )?ersten {n} Quartale[n]?(?: (?:des|dieses) Jahres)?(?: {year})?', anchor: 'context', months: 3 },
    { kind: 'monthsTo', pattern: '(?:[Ii]n den )?letzten {n} Monate[n]? (?:des Jahres )?{year}', endMonth: 12 },
    { kind: 'quarter', pattern: '(?:[Ii]m )?letzten Quartal (?:des Jahres )?{year}', quarter: 4 },
    { kind: 'monthsTo', pattern: '(?:[Ii]n den )?(?:vergangenen |letzten )?{n} Monate[n]? bis (?:Ende )?{month}(?: {year})?', anchor: 'context' },
    { kind: 'daySpan', pattern: '(?:[Zz]wischen (?:dem )?|[Vv]om )?{day}\\. ?{month}(?: {year2})? (?:und (?:dem )?|bis (?:zum )?){day2}\\. ?{month2}(?: {year})?', anchor: 'context' },
    { kind: 'monthSpan', pattern: '(?:[Vv]on |[Zz]wischen |[Ii]m )?{month}(?: {year2})? (?:bis(?: Ende)?|und) {month2}(?: {year})?', anchor: 'context' },
    { kind: 'monthSpan', pattern: '{month}\\s?[-–]\\s?{month2}(?: {year})?', anchor: 'context' },
    { kind: 'monthSpan', pattern: '(?:[Vv]on )?{month} bis (?:zum )?(?:Jahresende|Ende des Jahres)(?: {year})?', anchor: 'context', endMonth: 12 },
    { kind: 'yearSpan', pattern: '[Zz]wischen (?:den Jahren )?{year} und {year2}' },
    // a list of years is their span ("in den Jahren 2001, 2002 und 2003": not the last two alone)
    { kind: 'yearSpan', pattern: '(?:[Dd]er |[Dd]ie |[Ii]n den )?(?:Jahren? )?{year}(?:, (?:1[89]|20)\\d\\d)+ und {year2}' },
    { kind: 'yearSpan', pattern: '(?:[Dd]er |[Dd]ie |[Ii]n den )?(?:Jahren? )?{year} und {year2}' },
    { kind: 'yearSpan', pattern: '(?:[Vv]on |[Ii]m Zeitraum )?{year} bis(?: Ende| zum Jahr)? {year2}' },
    { kind: 'yearSpan', pattern: '{year}\\s?[-–]\\s?{year2}' },
    // Schuljahr, Saison, Winter "2013/14", "2015/2016", "2014-15": over both calendar years
    // (not the start of an ISO date "2015-03-12"); bare, like a bare year: far behind a
    // figure it is not the figure's time
    { kind: 'yearSpan', pattern: '{year}[-–/]{yy}(?![-–/.]?\\d)', weak: true },
    { kind: 'yearSpan', pattern: '{year}/{year2}', weak: true },
    { kind: 'lastYears', pattern: '(?:[Ii]n den )?(?:vergangenen|letzten) {n} Jahren' },
    { kind: 'yearToDate', pattern: '[Ss]eit (?:Jahresbeginn|Jahresanfang|(?:Anfang|Beginn) (?:des|dieses) Jahres)' },
    { kind: 'since', pattern: '[Ss]eit (?:(?:Anfang|Mitte|Ende) )?{month} {year}' },
    { kind: 'since', pattern: '[Ss]eit (?:(?:dem Jahre?|Anfang|Mitte|Ende) )?{year}' },
    // "seit dem Zusammenbruch 2002", "seit der Übernahme im Jahr 2002", "seit Ausbruch der Krise 2008",
    // "seit Ausbruch der Unruhen im April 2015": seit diesem Jahr (Monat)
    { kind: 'since', pattern: '[Ss]eit (?:(?:dem|der) )?[A-ZÄÖÜ][a-zäöüß]+(?: (?:der|des) [A-ZÄÖÜ][a-zäöüß]+)? (?:im Jahr(?:e)? |von )?{year}' },
    { kind: 'since', pattern: '[Ss]eit (?:(?:dem|der) )?[A-ZÄÖÜ][a-zäöüß]+(?: (?:der|des) [A-ZÄÖÜ][a-zäöüß]+)? im {month} {year}' },
    { kind: 'since', pattern: '[Ss]eit den {year}er(?:[- ]?Jahren)?' },
    { kind: 'decade', pattern: '{decade}er(?:[- ]?Jahren?)?|{decade2}er[- ]?Jahren?' },
    // Geschäftsjahr 2024/25 -> 2024..2025 (a span over both calendar years it touches)
    { kind: 'fiscal', pattern: '(?:Geschäfts|Wirtschafts|Haushalts|Fiskal|Finanz)jahr(?:es|s)? {year}(?:/{yy}|/{year2})?' },
    { kind: 'half', pattern: '(?:[Ii]m |[Ii]n der )?{ord} (?:Halbjahr|Jahreshälfte)(?:es|s)?(?: (?:des Jahres|dieses Jahres))?(?: {year})?', anchor: 'context' },
    { kind: 'half', pattern: 'H{ord}(?:[ /]{year})?', anchor: 'context' },
    { kind: 'quarter', pattern: '(?:[Ii]m )?{ord} (?:Quartal|Vierteljahr)(?:es|s)?(?: (?:des Jahres|dieses Jahres))?(?: {year})?', anchor: 'context' },
    { kind: 'quarter', pattern: 'Q{ord}(?:[ /]{year})?', anchor: 'context' },
    { kind: 'day', pattern: '{year}-{mm}-{day}' },
    // "8.8. 2015" (space before the year, as in agency trailers): chrono.de reads no date there
    { kind: 'day', pattern: '{day}\\.\\s?{mm}\\.\\s{year}' },
    // a numeric date without year ("am 20.5.") — chrono.de does not parse it
    { kind: 'day', pattern: '(?:[Aa]m |[Vv]om |[Bb]is (?:zum )?)?{day}\\.\\s?{mm}\\.(?!\\s?\\d)', anchor: 'context' },
    { kind: 'month', pattern: '(?:(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is|[Ss]eit|[Vv]on) )?{month},? {year}' },
    // "im Oktober vergangenen Jahres": the month in the year before the document's (or the context year)
    { kind: 'month', pattern: '(?:(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is|[Ss]eit|[Vv]on) )?{month} (?:des )?(?:(?:vergangenen|letzten|vorigen) Jahres|Vorjahres)', offset: -1 },
    { kind: 'month', pattern: '(?:(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is|[Ss]eit|[Vv]on) )?{month} (?:dieses|des laufenden) Jahres', offset: 0 },
    { kind: 'month', pattern: '(?:(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is|[Ss]eit|[Vv]on) )?{month} (?:des )?(?:nächsten|kommenden) Jahres', offset: 1 },
    { kind: 'month', pattern: '(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde) {month}', anchor: 'context' },
    // "im gleichen Zeitraum 2003" nach einem Quartal: dieses Quartal 2003 (ohne Zeitraum davor: 2003)
    { kind: 'relPeriod', pattern: '(?:(?:gleichen|selben) (?:Zeitraum|Quartal|Halbjahr)|Vergleichszeitraum|Vergleichsquartal)(?:s|es)? (?:des Jahres )?{year}', offset: -1 },
    { kind: 'relPeriod', pattern: '(?:[Ii]m |[Dd]em |[Dd]es )?(?:Vorjahreszeitraum(?:s|es)?|Vorjahresquartal(?:s|es)?|(?:gleichen |selben )?(?:Vergleichs)?[Zz]eitraum des Vorjahres)', offset: -1 },
    // "im Vorquartal": das Quartal vor dem genannten, nicht ein Jahr zurück
    { kind: 'relPeriod', pattern: '(?:[Ii]m |[Dd]em |[Dd]es )?Vorquartal(?:s|es)?', offset: -1, months: 3 },
    // "ein Quartal zuvor", "im Quartal davor": the same
    { kind: 'relPeriod', pattern: '(?:[Ee]in(?:em)? |[Ii]m )?(?:Quartal|Vierteljahr) (?:davor|zuvor|vorher)(?![A-Za-zÄÖÜäöüß])', offset: -1, months: 3 },
    { kind: 'relYear', pattern: '(?:[Ii]m )?Jahr (?:davor|zuvor)', offset: -1, anchor: 'context' },
    // "2010 baute sie 300 Autos, im Jahr darauf 400": the year after the one just named
    { kind: 'relYear', pattern: '(?:[Ii]m )?Jahr darauf|(?:[Ii]m )?(?:darauffolgenden|folgenden|nachfolgenden) Jahr|(?:[Ii]m )?Folgejahr', offset: 1, anchor: 'context' },
    // "im Vorjahr" in news is the year before publication, even after a stated year
    { kind: 'relYear', pattern: '(?:[Ii]m |[Dd]es |[Dd]as )?Vorjahr(?:es|s)?', offset: -1, anchor: 'document' },
    // "für dieses Jahr (2004)": the year the text calls this one ("im kommenden Jahr" = 2005)
    // "im letzten Jahr 2019", "das vergangene Jahr 2014": a relative year the text names itself
    // (not a count with its noun: "im vergangenen Jahr 2000 Stellen gestrichen")
    { kind: 'year', pattern: '(?:[Ii]m |[Ff]ür das |[Dd]as )?(?:vergangenen?|letzten?|vorigen?|abgelaufenen?) Jahr(?:es)?,? {year}(?! [A-ZÄÖÜ][a-zäöüß])' },
    { kind: 'year', pattern: '(?:(?:[Ff]ür |[Ii]n )?(?:dieses|diesem) Jahr|(?:[Ii]m |[Ff]ür das )?laufenden? Jahr|[Hh]euer) \\({year}\\)', current: true },
    { kind: 'relYear', pattern: '[Hh]euer|(?:[Ii]n )?diesem Jahr|dieses Jahr(?:es)?|(?:[Ii]m laufenden|des laufenden|[Ff]ür das laufende) Jahr(?:es)?', offset: 0, anchor: 'current' },
    { kind: 'relYear', pattern: '(?:[Bb]is |[Zz]um |[Aa]m )?Jahresende|(?:[Bb]is )?Ende des Jahres', offset: 0, anchor: 'document' },
    // relative years: the document year, else the year the text calls this one
    { kind: 'relYear', pattern: '(?:[Ii]m |[Ff]ür das )?(?:nächsten|kommenden) Jahr|(?:[Nn]ächstes|[Kk]ommendes) Jahr', offset: 1, anchor: 'current' },
    // (an undated article's "im vergangenen Jahr" is "[Y-1]", as its "heuer" is "[Y]": one series; not
    // "im letzten Jahr seiner Amtszeit", the last of a span)
    { kind: 'relYear', pattern: '(?:[Ii]m |[Dd]es )?(?:vergangenen|letzten|vorigen|abgelaufenen) Jahr(?:es)?(?![A-Za-zÄÖÜäöüß])(?! (?:seiner|ihrer|des|der|vor)(?![A-Za-zÄÖÜäöüß]))|(?:[Vv]ergangenes|[Ll]etztes|[Vv]origes) Jahr(?![A-Za-zÄÖÜäöüß])', offset: -1, anchor: 'current' },
    // after the period stated, with no period of its own: "und danach weitere zwei Millionen"
    // (sentence-initial "Danach" mostly means "demnach": not listed)
    { kind: 'after', pattern: '(?:danach|[Aa]nschließend|[Ii]n den (?:Jahren|Monaten) danach|[Ii]n den Folgejahren)' },
    // "Bei seinem zweiten Sieg nach 2011 benötigte er 271 Schläge": an open span after the year, no period
    { kind: 'after', pattern: '[Nn]ach (?:dem Jahre? )?{year}' },
    // the end of a year: a yearless Januar after it is the next year's
    { kind: 'year', pattern: '[Ee]nde (?:des Jahres )?{year}|(?:[Ii]n den )?letzten (?:Wochen|Tagen|Monaten) (?:des Jahres )?{year}', yearEnd: true },
    { kind: 'year', pattern: YEAR_LEAD + ' {year}' },
    // "mehr als 300 Neuinfizierungen in 2014" (the English "in" before a year, common in the press;
    // not "in 2000 Metern Höhe", "in 2014 Fällen": a noun after it is counted)
    { kind: 'year', pattern: '(?<![A-Za-zÄÖÜäöüß])[Ii]n {year}(?! ?[A-ZÄÖÜ])' },
    { kind: 'year', pattern: '(?:[Bb]ei|[Ii]n|[Ll]aut|[Ww]ährend) (?:(?:der|dem|den) )?' + COUNTED_EVENT + ' (?:von |im Jahr )?{year}(?![/–-]\\d)' },
    // not a catalogue designation ("2014 MU69", "2004 MN4") nor a series number ("Anleihe 6/2015",
    // "issue 3/2004"): a name, not a time
    { kind: 'year', pattern: '(?<!\\d/){year}(?! [A-Z][A-Z][A-Z]?\\d)', weak: true },
  ],
  chronoTriggers: [
    { pattern: '\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d\\d', relative: false },
    { pattern: '\\d{1,2}\\.\\s?{month}\\s(?:19|20)\\d\\d', relative: false },
    // "Am 26. April 2011": with its year the date is absolute (the trigger above), not a day of the document's year
    { pattern: '(?:[Aa]m )?\\d{1,2}\\.\\s?{month}(?!,?\\s(?:19|20)\\d\\d)', relative: true },
    // "am Samstagabend": the day, its part cut off for chrono
    { pattern: '(?:[Aa]m |[Vv]om |[Ss]eit |[Bb]is )?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag|früh|nacht)?', relative: true,
      strip: '(?:abend|morgen|nachmittag|vormittag|mittag|früh|nacht)$' },
    { pattern: '[Hh]eute|[Gg]estern|[Vv]orgestern', relative: true },
    // (capitalised at a sentence's start: "Vergangenes Jahr stieg der Umsatz ...")
    { pattern: '(?:[Vv]ergangen|[Ll]etzt|[Vv]orig|[Nn]ächst|[Kk]ommend)(?:e|en|er|es) Woche', relative: true, week: true },
    { pattern: '(?:[Vv]ergangen|[Ll]etzt|[Vv]orig|[Nn]ächst|[Kk]ommend)(?:e|en|er|es) (?:Monat|Jahr)(?:es|s)?|Vormonat', relative: true },
    { pattern: '[Vv]or (?:\\d{1,3}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert) (?:Jahren|Jahr|Monaten|Monat|Tagen|Tag)', relative: true },
    // "sollen in 35 Jahren die Erde bewohnen": that far ahead, in a clause about the future only
    // ("entschied in sechs Jahren rund 1.600 Fälle", "soll in zehn Jahren 2,5 Millionen veruntreut
    // haben", "Erstmals in 20 Jahren" are spans of the past; "wird in zehn Jahren 500 Mitarbeiter haben"
    // is ahead; a clause ends at a mark, not at the comma of "2,5"; every look bounded, so a long
    // list stays linear)
    { pattern: '[Ii]n(?<!(?:[Ee]rstmals|[Mm]al) [Ii]n) (?:\\d{1,3}|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|fünfzig|hundert) (?:Jahren|Jahr)' +
        `(?!${IN_CLAUSE}{0,80}?(?:[a-zäöüß](?:t|en) (?:haben|hat|hatte|hatten)|\\b(?:gewesen|worden))\\b)` +
        `(?:(?<=${FUTURE_AUX}${IN_CLAUSE}{0,60})|(?=${IN_CLAUSE}{0,40}${FUTURE_AUX}))`, relative: true },
  ],
  datelineMarkers: ['Stand', 'Veröffentlicht', 'Veröffentlicht am', 'Aktualisiert', 'Aktualisiert am', 'Erstellt', 'Datum', 'Publiziert'],
  // (after a comma or a conjunction only; not "inzwischen", "mittlerweile": "2012 wurde umfirmiert, der Wert war
  // inzwischen auf 232,7 Millionen gestiegen" is of 2012)
  presentShift: ['(?:,\\s*|(?<![\\p{L}])(?:und|aber|doch)\\s+)(?:jetzt|derzeit|aktuell|heutzutage)'],
  presentAfter: ['derzeit', 'zurzeit', 'momentan', 'gegenwärtig', 'aktuell', 'heutzutage'],
  continuation: '^(?:Dabei|Damals|Dann|Zugleich|Gleichzeitig|Das entspricht|Dies entspricht|Dieser Wert|Diese Zahl)(?![\\p{L}])|(?<![\\p{L}])(?:dabei|[Ii]m (?:Laufe|Verlauf) des Jahres(?! \\d)|[Ii]m (?:gleichen|selben) Zeitraum|[Ii]n diesem Zeitraum|[Ii]n dieser Zeit|damals|[Dd]as entspricht|[Dd]ies entspricht)(?![\\p{L}])',
  pastPoint: '^Damals(?![\\p{L}])',
  periodReference: '(?<![\\p{L}])(?:[Ii]n der Berichtsperiode|[Ii]m Berichtszeitraum|[Ii]m (?:genannten|abgefragten|betreffenden|untersuchten|fraglichen) Zeitraum|[Ii]m Untersuchungszeitraum)(?![\\p{L}])',
  windowReference: {
    // "in den drei Monaten", "in diesen zwei Jahren", "während der genannten sechs Monate";
    // not "in den drei Monaten zuvor/bis Mai/seit ..." (another window) nor "in den
    // vergangenen drei Monaten" (relative to the document date: no article before the count)
    counted: [
      '(?<![\\p{L}])(?:[Ii]n|[Ii]nnerhalb|[Ww]ährend|[Üü]ber) (?:den|diesen|jenen|der|dieser|jener) (?:(?:genannten|besagten|betreffenden|ganzen|gesamten) )?(?<n>{n}) (?<unit>{unit})(?![\\p{L}])(?! (?:zuvor|davor|vorher|danach|darauf|seit|nach|vor|bis|ab|von|vom|des|der|dieses|eines)(?![\\p{L}]))',
    ],
    plain: '(?<![\\p{L}])(?:(?:[Ii]n|[Ww]ährend) (?:dem|diesem|jenem) Zeitraum|[Ii]m (?:genannten|gesamten|ganzen) Zeitraum|[Ww]ährend (?:des|dieses|jenes) Zeitraum(?:e?s)|[Ii]n dieser Zeit)(?![\\p{L}])(?! (?:zuvor|davor|vorher|danach|darauf|seit|bis|ab|von|vom|des|der|zwischen)(?![\\p{L}]))',
    units: {
      Monaten: { months: 1 }, Monate: { months: 1 }, Quartalen: { months: 3 }, Quartale: { months: 3 },
      Jahren: { months: 12 }, Jahre: { months: 12 }, Wochen: { days: 7 }, Tagen: { days: 1 }, Tage: { days: 1 },
    },
    // "Im Quartal verdiente die Firma ...": das zuvor genannte Quartal; nicht "im Quartal
    // zuvor", "im laufenden Quartal" (ein anderes), "im Quartal 2004" (eine Regel)
    definite: [
      { pattern: '(?<![\\p{L}])(?:[Ii]m|[Ii]n diesem|[Ww]ährend des|[Ff]ür das) (?:abgelaufenen )?(?:Berichts)?(?:Quartal|Vierteljahr)(?:es|s)?(?![\\p{L}-])(?! (?:zuvor|davor|vorher|danach|darauf|des|eines|dieses|\\d)(?![\\p{L}]))', months: 3, words: ['Quartal', 'Vierteljahr'] },
      { pattern: '(?<![\\p{L}])(?:[Ii]m|[Ii]n diesem|[Ww]ährend des|[Ff]ür das) (?:abgelaufenen )?(?:Berichts)?(?:Halbjahr)(?:es|s)?(?![\\p{L}-])(?! (?:zuvor|davor|vorher|danach|darauf|des|eines|dieses|\\d)(?![\\p{L}]))', months: 6, words: ['Halbjahr'] },
    ],
  },
  respectively: { link: '^\\s*(?:,|beziehungsweise|bzw\\.)\\s*$', cue: '^\\s*(?:beziehungsweise|bzw\\.)\\s*$', word: ['beziehungsweise', 'bzw.'] },
  // (or a causal or concessive clause after a comma: "Die notwendigen 60 Millionen Euro wollte Pfeiffer nicht
  // aufbringen, zumal Zielpunkt bis 2020 weitere Verluste bauen werde")
  newPredicate: '^(?:\\s+\\p{L}+){0,2}?\\s*(?:und|oder|sowie)\\s+(?:wurde|wurden|wird|werden|ist|sind|war|waren|hat|haben|hatte|hatten)(?![\\p{L}])|,\\s*(?:zumal|weil|obwohl|obgleich)\\s',
  // "Die Exporte stiegen um 5 Prozent und die Importe um 3 Prozent im Jahr 2015": after "und" only
  // articles, prepositions and nouns (a lower-case verb or pronoun opens a new predicate)
  gappedConjunct: '^\\s+(?:[\\p{L}-]+\\s+){0,2}(?:und|sowie)\\s+(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|sein|seine|seinen|ihr|ihre|ihren|um|bei|auf|von|mit|für|im|in|am|an|zum|zur|über|unter|rund|etwa|knapp|fast|nur|weitere|weiteren|\\p{Lu}[\\p{L}-]*)\\s+){0,4}$',
  // "einen Umsatz von 3 Milliarden Euro im Jahr 2024 und einen Gewinn von 1 Milliarde Euro": after "und"
  // at most a verb, a determiner and two words before "von" (no pronoun, auxiliary, verb of a plan or word of the present)
  sharedConjunct: {
    coordinator: 'und',
    determiners: ['einen', 'ein', 'eine', 'einem', 'den', 'die', 'das', 'dem', 'der', 'seinen', 'seine', 'sein', 'ihren', 'ihre', 'ihr'],
    notWords: ['er', 'sie', 'es', 'wir', 'ich', 'man', 'wird', 'werden', 'wurde', 'wurden', 'soll', 'sollen', 'will', 'wollen', 'kann', 'können', 'hat', 'haben', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'erwartet', 'erwarten', 'plant', 'planen', 'rechnet', 'rechnen', 'jetzt', 'nun', 'inzwischen', 'heute', 'derzeit', 'aktuell', 'seither', 'seitdem', 'noch'],
    links: ['von', 'in Höhe von'],
  },
  coordinators: ['und', 'oder', 'sowie', 'und weitere', 'und noch', 'und rund', 'und etwa'],
  relativeOpeners: ['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'welchen', 'welchem'],
  relativeVerbFinal: true,
  earlierEventOpeners: ['nachdem'],
  changeToLevel: { links: ['auf'], from: ['von'] },
  attributiveArticles: ['der', 'die', 'das', 'dem', 'den', 'des', 'einem', 'einer', 'eines', 'ein', 'eine', 'einen'],
  attributivePrepositions: ['in', 'bei', 'nach', 'seit', 'vor', 'mit', 'aus', 'von', 'an', 'auf', 'unter', 'über', 'während', 'wegen', 'durch', 'für', 'gegen', 'trotz'],
  eventParticiples: ['gegründet', 'eröffnet', 'errichtet', 'erbaut', 'entdeckt', 'aufgedeckt', 'eingeführt', 'beschlossen', 'verabschiedet', 'gewählt', 'ernannt', 'geboren', 'übernommen', 'gestartet', 'gestorben', 'verstorben'],
  clauseOpeners: ['aber', 'doch', 'jedoch', 'sondern', 'während', 'wobei', 'obwohl', 'weil', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'nachdem', 'bevor'],
  targetLeads: ['bis'],
  // (not "Ende": a deadline at a year's end is mostly the current year, whose months go on)
  targetYearParts: ['anfang', 'mitte', 'beginn'],
  targetVerbs: ['soll', 'sollen', 'sollte', 'wird', 'werden', 'will', 'wollen', 'erwartet', 'erwarten', 'geplant', 'plant', 'planen', 'könnte', 'dürfte', 'rechnet', 'rechnen', 'voraussichtlich'],
  // "rund 700 Beschäftigte, Ende 2014 war der Abbau von 110 Stellen bekanntgegeben worden": a main
  // clause that opens with its year puts its (lower-case) finite verb right after it (not the comma
  // of a list of years: "2001, 2002 und 2003"; "…, 2016 bis 2018 soll er wachsen" opens a clause)
  bareClauseOpener: '(?<!(?:19|20)\\d{2}),(?= (?:(?:Ende|Anfang|Mitte) |[Ii]m Jahre? )?(?:19|20)\\d{2} [a-zäöü])',
  // a superlative or "erste" before the noun (not a time: "in den ersten Jahren seit 2010"), or a
  // record noun ("Höchststand", "Rekordwert")
  recordBeforeSince: '(?:(?<![\\p{L}])(?:erst|höchst|niedrigst|tiefst|größt|stärkst|schwächst|best|schlechtest|schlimmst|kräftigst|deutlichst|heftigst|längst|kleinst|geringst|schnellst)(?:e[nmrs]?)(?: \\p{Ll}+(?:e[nmrs]?))?(?! (?:Jahr|Monat|Woche|Tag|Quartal|Halbjahr|Zeit))(?: \\p{Lu}[\\p{L}-]*)|(?<![\\p{L}])(?:Höchst|Tiefst|Rekord)\\p{Ll}+)\\s*$',
  // "der MVP der Saison 2010/11", "Sportler des Jahres 2015", "der Weltmeister von 2010": the title's time
  // (not a winner's: "als Gewinner der Jahre 2010 und 2011 ... fünf Millionen Dollar kosten ließ" paid then)
  titleNouns: ['MVP', 'Rookie', 'Champion', 'Meister(?:in)?', 'Weltmeister(?:in)?', 'Europameister(?:in)?', 'Vizemeister(?:in)?',
    'Olympiasieger(?:in)?', 'Spieler(?:in)?', 'Sportler(?:in)?', 'Fußballer(?:in)?',
    'Trainer(?:in)?', 'Torschützenkönig(?:in)?', 'Manager(?:in)?', 'Persönlichkeit', 'Unwort', 'Wort'],
  titleLinks: ['der', 'des', 'von'],
  titleTimeNouns: ['Saison', 'Spielzeit', 'Jahres', 'Jahrs'],
  // ("51 Länderspiele vor der WM 2006": an event's year after "vor der" bounds the figure, it is not its time)
  comparisonCue: '(?:\\bals|\\b[Ww]ie (?:schon|bereits|auch|letztmals|zuletzt|damals|einst)(?: im Jahr| im)?|[Gg]egenüber(?: de[mnrs])?|[Ii]m Vergleich (?:zu[mr]?|mit)(?: de[mnr])?|[Vv]erglichen mit(?: de[mnr])?|\\bvs\\.?|\\b[Vv]or de[mnr](?: [A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]*)?|(?<![\\p{L}])(?:über|unter) (?:ihre[mnrs]?|seine[mnrs]?|de[mnr]) (?:Ergebnis|Niveau|Wert|Stand)(?: (?:von|aus|bei de[mnr]|in de[mnr]))?)\\s*$',
};
