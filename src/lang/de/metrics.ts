// German grammar data for the metric resolver (what a figure measures and whom
// it concerns). Metric nouns themselves are in lexicon/metrics.yaml.
import type { MetricLanguage } from '../../context/metric-language.js';
import { GAZETTEER_ADJECTIVES, GAZETTEER_NAMES } from './gazetteer.js';
import { withGazetteer } from '../with-gazetteer.js';

const STOPWORDS = `
der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
dieser diese dieses diesem diesen jener jene jenes jenem jenen welcher welche welches welchem welchen
mein meine meinem meinen meiner meines dein deine sein seine seinem seinen seiner seines ihr ihre ihrem
ihren ihrer ihres unser unsere unserem unseren unserer euer eure
ich du er sie es wir ihr man mich dich sich uns euch ihn ihm ihnen mir dir wer was wo wie wann warum
und oder aber sondern denn doch als wie wenn dass daß ob weil da damit obwohl während bevor nachdem sofern
falls sodass seit seitdem bis zu zum zur im in ins am an ans auf aus bei beim durch für gegen gegenüber
hinter mit nach neben ohne über um unter vom von vor zwischen wegen trotz statt laut per pro je samt
sowie sowohl weder noch auch nur schon bereits noch sehr mehr weniger wieder immer nie nicht kaum fast
etwa rund knapp gut circa ca ungefähr allein lediglich insgesamt zusammen bislang bisher derzeit zudem
außerdem jedoch allerdings dabei dafür dagegen daher dann damals danach davon dazu deshalb dort hier heute
jetzt nun so sogar ebenfalls jeweils zuletzt zuvor inzwischen mittlerweile etwa ja nein
immerhin zumindest jedenfalls zurzeit aktuell gestern morgen übrigens trotzdem dennoch ohnehin
bin bist ist sind seid war waren warst gewesen sei seien wäre wären habe hast hat haben habt hatte hatten
hätte hätten gehabt werde wirst wird werden werdet wurde wurden würde würden geworden worden kann kannst
können könnte könnten konnte konnten muss musst müssen müsste musste mussten soll sollst sollen sollte
sollten will willst wollen wollte wollten darf dürfen durfte mag mögen möchte möchten
alle alles allen aller andere anderen anderer anderes beide beiden beider einige einigen einiger viele
vielen vieler wenige wenigen mehrere mehreren jede jeder jedes jedem jeden manche solche solchen
selbst selber etwas nichts niemand jemand denen deren dessen welch
`;

// Not what a figure measures: units, scale words, calendar words, vague quantity words.
const NOT_METRIC = `
prozent prozentpunkt prozentpunkte prozentpunkten promille euro dollar us-dollar cent franken pfund rubel
yuan yen mio mrd million millionen milliarde milliarden billion billionen tausend hundert dutzend dutzende
barrel fass tonne tonnen kilogramm kilo gramm meter metern kilometer kilometern quadratmeter
quadratkilometer hektar liter kubikmeter kubikmetern megawatt gigawatt kilowattstunden grad stück stücken
jahr jahre jahren jahres jahrs monat monate monaten monats woche wochen tag tage tagen tages stunde stunden
minute minuten sekunde sekunden halbjahr quartal vorjahr vorjahres jahrzehnt jahrzehnte jahrzehnten
jahrhundert zeitraum zeit mal ende anfang mitte beginn höhepunkt vergleich hälfte schnitt
zeitraums zeiträume zeiträumen vergleichszeitraum vergleichszeitraums vorjahreszeitraum vorjahreszeitraums
berichtszeitraum berichtszeitraums sommermonate sommermonaten wintermonate wintermonaten
januar jänner februar feber märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende frühjahr sommer herbst winter
uhr angaben schätzung schätzungen daten bericht studie zahlen prognose prognosen vorhersage vorhersagen
hochrechnung hochrechnungen
apa dpa afp reuters ap sda sid kna epd ots ddp
hoffnung hoffnungen befürchtungen spekulationen gerüchte optimismus pessimismus
`;

// Nouns that own a metric rather than name one ("der Konzern steigerte ...").
const HOLDERS = `
unternehmen konzern firma firmen gruppe land länder ländern landes staat staaten staates regierung
stadt städte gemeinde gemeinden region regionen branche sektor markt märkte bank banken behörde
behörden ministerium seite seiten partei parteien verein klub club team mannschaft hersteller anbieter
experte experten analyst analysten präsident präsidenten chef chefin minister ministerin sprecher
sprecherin kanzler kanzlerin
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Persons and single firms a demonym may describe (see the English list): not the scope of a figure. */
export const ACTOR_NOUNS: readonly string[] = words(`
  unternehmer unternehmers unternehmerin milliardär milliardärs milliardärin milliardäre milliardären
  millionär millionärs millionärin multimillionär multimillionärs investor investors investorin
  geschäftsmann geschäftsmanns geschäftsfrau magnat magnaten oligarch oligarchen tycoon tycoons
  eigentümer eigentümers eigentümerin besitzer besitzers besitzerin financier mäzen mäzens
`);
export const ACTOR_DEMONYM_ENDINGS: readonly string[] = [];

/** function words that may stand between a figure and the noun it counts ("15 Prozent mehr Fahrgäste") */
export const COUNT_MODIFIERS: readonly string[] = words('mehr weniger weitere weiteren andere anderen');
/** words that open a clause of its own after a comma (", während die Arbeitslosigkeit stieg") */
export const CLAUSE_OPENERS: readonly string[] = words('während wohingegen obwohl');

export const metrics: MetricLanguage = {
  // firms however named ("3.000 Unternehmen", "3.000 Firmen", "3.000 Betriebe"; English "firms" stems to "firm" too)
  nounSynonyms: { unternehm: 'firm', betrieb: 'firm' },
  stopwords: words(STOPWORDS),
  notMetric: words(NOT_METRIC),
  holders: words(HOLDERS),
  nonNouns: [],
  capitalisedNouns: true,
  participleAfterObject: true,
  // places and offices, not jobs ("Stellen"): "zwei bekannte Schwachstellen", "an 40 Baustellen"
  wholeWords: ['schwachstelle', 'schwachstellen', 'baustelle', 'baustellen', 'tankstelle', 'tankstellen', 'haltestelle',
    'haltestellen', 'anlaufstelle', 'anlaufstellen', 'schnittstelle', 'schnittstellen', 'feuerstelle', 'feuerstellen',
    'beratungsstelle', 'beratungsstellen', 'geschäftsstelle', 'geschäftsstellen', 'dienststelle', 'dienststellen',
    'meldestelle', 'meldestellen', 'fundstelle', 'fundstellen', 'unfallstelle', 'unfallstellen', 'kontaktstelle',
    'kontaktstellen', 'koordinierungsstelle', 'einsatzstelle', 'einsatzstellen', 'engstelle', 'engstellen',
    'poststelle', 'poststellen', 'ausgabestelle', 'ausgabestellen', 'teststelle', 'teststellen', 'impfstelle', 'impfstellen'],
  placeGrowth: {
    heads: ['wachstum'], concept: 'gdp', placePreps: ['in', 'für'],
    firmWords: ['konzern', 'konzerns', 'unternehmen', 'unternehmens', 'firma', 'händler', 'kette', 'hersteller', 'gruppe', 'umsatz',
      'absatz', 'kunden', 'markt', 'branche', 'sektor', 'industrie'],
    possessives: ['sein', 'seine', 'seinen', 'seinem', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihres'],
  },
  currencyNames: {
    dollar: 'USD', 'us-dollar': 'USD', greenback: 'USD', euro: 'EUR', pfund: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    franken: 'CHF', rubel: 'RUB', rupie: 'INR', peso: 'MXN',
  },
  tradingSessions: {
    nouns: ['handel', 'handels', 'börsenhandel', 'aktienhandel', 'handelsverlauf', 'handelsverlaufs'],
    // not "elektronischen": "im elektronischen Handel" is also online retail
    before: ['frühen', 'späten', 'nachbörslichen', 'vorbörslichen', 'außerbörslichen', 'regulären',
      'fortlaufenden', 'bisherigen', 'weiteren', 'heutigen', 'gestrigen', 'verkürzten', 'dünnen', 'lustlosen', 'ruhigen',
      'frankfurter', 'späteren', 'nachmittäglichen', 'vormittäglichen'],
    compounds: ['frühhandel', 'späthandel', 'xetra-handel', 'parketthandel', 'computerhandel', 'nachthandel', 'vorbörsenhandel'],
    prepositions: ['im', 'in', 'während'],
  },
  periodParts: {
    nouns: ['hälfte', 'jahreshälfte', 'viertel', 'quartal', 'quartals', 'halbjahr', 'halbjahres', 'jahresviertel'],
    after: ['ersten', 'zweiten', 'dritten', 'vierten', 'letzten', 'vergangenen', 'abgelaufenen', 'laufenden', 'nächsten',
      'kommenden', 'selben', 'gleichen', 'vorigen', 'vorangegangenen', 'erste', 'zweite', 'dritte', 'vierte', 'letzte'],
  },
  linkingElements: ['es', 'en', 's', 'n', 'e'],
  boundPrefixes: words('ver be ge ent er zer miss emp un ur an ab auf aus ein vor nach zu über unter um'),
  attachLeft: ['in höhe von', 'im wert von', 'im umfang von', 'in einer höhe von', 'von', 'mit', 'über'],
  levelLeft: ['auf', 'bei', 'zu'],
  changeLeft: ['um'],
  comparisonLeft: ['gegenüber', 'verglichen mit', 'im vergleich zu', 'nach', 'nach zuvor', 'von zuvor', 'statt', 'anstatt', 'vorher', 'zuvor'],
  partitiveRight: ['der', 'des', 'aller', 'an', 'am', 'für', 'aus', 'vom', 'von'],
  skipBeforeFigure: words(`
    lediglich nur rund etwa knapp fast beinahe nahezu gut über mehr als weniger unter bis zu mindestens
    höchstens ca. ca circa ungefähr gegen genau exakt allein immerhin sogar noch bereits schon insgesamt
    zusammen satte stolze magere mageren mageres stolzen satten gerade mal einmal jeweils durchschnittlich
    geschätzte geschätzten geschätzt knappen knappe gut zirka annähernd maximal minimal
  `),
  changeVerbs: words(`
    steigen steigt stieg stiegen gestiegen sinken sinkt sank sanken gesunken wachsen wächst wuchs wuchsen
    gewachsen fallen fällt fiel fielen gefallen zulegen legte legten zugelegt zurückgehen ging gingen
    zurückgegangen einbrechen brach brachen eingebrochen erhöhen erhöhte erhöhten erhöht senken senkte
    senkten gesenkt verringern verringerte verringerten verringert verdoppeln verdoppelte verdoppelt
    steigern steigerte steigerten gesteigert springen sprang sprangen gesprungen klettern kletterte
    kletterten geklettert verlieren verlor verloren gewinnen gewann gewannen nachgeben gab gaben
    nachgegeben zunehmen nahm nahmen zugenommen abnehmen abgenommen schrumpfen schrumpfte schrumpften
    geschrumpft sinkende steigende kürzen kürzte gekürzt anheben hob hoben angehoben
  `),
  // "legte ... zu" by its first part; "ging ... zurück" by its second ("zurück" right after the figure)
  directions: {
    up: words(`
      steigen steigt stieg stiegen gestiegen wachsen wächst wuchs wuchsen gewachsen zulegen zulegte zugelegt legte legten
      erhöhen erhöhte erhöhten erhöht verdoppeln verdoppelte verdoppelt steigern steigerte steigerten
      gesteigert springen sprang sprangen gesprungen klettern kletterte kletterten geklettert zunehmen
      zugenommen anheben hebt hob hoben angehoben plus mehr höher steigende wachsende verbesserte verbessert verbesserten
    `),
    down: words(`
      sinken sinkt sank sanken gesunken fallen fällt fiel fielen gefallen zurückgehen zurückgegangen zurück
      einbrechen brach brachen eingebrochen senken senkte senkten gesenkt verringern verringerte verringerten
      verringert verlieren verlor verloren nachgeben nachgegeben abnehmen abgenommen schrumpfen schrumpfte
      schrumpften geschrumpft sinkende kürzen kürzt kürzte gekürzt senkt minus weniger niedriger halbiert halbierte
      zurückging zurückgingen einbrach einbrachen abgestürzt reduziert reduzierte reduzierten verbilligt
      verbilligte verbilligten niedrigere niedrigeren abnahm abnahmen sinkt sank verschlechterte verschlechtert
      verschlechterten
    `),
    upEndings: ['anstieg', 'zuwachs', 'wachstum', 'steigerung', 'zunahme', 'erhöhung', 'aufstockung', 'verdoppelung', 'sprung', 'plus'],
    downEndings: ['rückgang', 'einbruch', 'abnahme', 'senkung', 'kürzung', 'absturz', 'minus', 'verlust', 'schwund', 'halbierung'],
    hedgePhrases: ['bis zu', 'mehr als', 'weniger als', 'mindestens', 'höchstens'],
    wordsAfter: 6,
    nextWordFirst: false,
    clauseOpeners: ['während', 'wohingegen', 'obwohl', 'nachdem', 'weil', 'wobei', 'dass', 'womit', 'wodurch'],
    rateWords: ['rate', 'tempo', 'jahresrate'],
    openersAfterComma: ['als'],
  },
  adjectiveEndings: [],
  anaphors: words('dies diese dieser dieses das jene jener jenes'),
  pronouns: words('es sie er dies dieses jenes davon darunter dabei'),
  coordination: words('und oder bzw bzw. beziehungsweise respektive sowie bis vor nach gegenüber'),
  originPreps: ['aus', 'von'],
  destinationPreps: ['nach', 'in', 'an'],
  partnerPreps: ['zwischen', 'mit'],
  genitive: ['der', 'des'],
  contextKeys: [
    {
      from: 'budget.deficit', heads: ['defizit', 'defizits', 'fehlbetrag'], to: 'trade.deficit',
      families: ['trade', 'exports', 'imports', 'tariff'], partnered: true, followsEarlier: true,
      unless: ['haushalt', 'bundeshaushalt', 'staat', 'regierung',
        'neuverschuld', 'budget', 'fiskal', 'öffentlich', 'steuer', 'maastricht', 'defizitverfahren',
        'defizitquote', 'defizitgrenze', 'sparpaket', 'sparkurs'],
    },
    {
      // "Arbeitslose ... 9 Prozent der Arbeitskräfte": die Arbeitslosenquote, kein Anteil der Belegschaft
      from: 'employees', role: 'share', heads: ['arbeitskräfte', 'arbeitskräften', 'erwerbspersonen', 'beschäftigten'],
      to: 'unemployment.rate', families: ['unemployment', 'unemployed'], unless: [],
    },
  ],
  pairAnaphors: ['beiden ländern', 'beide länder', 'beider länder', 'beiden staaten', 'beide staaten', 'beiden seiten'],
  countModifiers: COUNT_MODIFIERS,
  clauseOpeners: CLAUSE_OPENERS,
  entities: {
    actors: ACTOR_NOUNS,
    actorEndings: ACTOR_DEMONYM_ENDINGS,
    names: withGazetteer(GAZETTEER_NAMES, {
      RU: ['Russland', 'Russlands', 'Russische Föderation', 'Russischen Föderation', 'Moskau', 'Moskaus', 'Kreml', 'Kremls', 'Russe', 'Russen'],
      // the economic region (not "Südamerika": a tour's, a photo's way there; "der südamerikanische Riese" is one country)
      LATAM: ['Lateinamerika', 'Lateinamerikas'],
      US: ['USA', 'US', 'U.S.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika', 'Amerikas', 'Washington', 'Washingtons', 'Weiße Haus', 'Weißen Haus', 'Weißen Hauses', 'Amerikaner'],
      UA: ['Ukraine', 'Kiew', 'Kyjiw', 'Kiews', 'Ukrainer'],
      EU: ['EU', 'Europäische Union', 'Europäischen Union', 'Brüssel', 'Europa', 'Europas'],
      // the euro area is not the EU: a forecast for one is no conflict with one for the other
      EZ: ['Eurozone', 'Euroraum', 'Euroraums', 'Euro-Raum', 'Euro-Raums', 'Euro-Zone', 'Euroländer', 'Euroländern', 'Euro-Länder', 'Euro-Ländern'],
      DE: ['Deutschland', 'Deutschlands', 'BRD', 'Bundesrepublik', 'Berlin', 'Berlins'],
      AT: ['Österreich', 'Österreichs', 'Wien', 'Wiens', 'Österreicher'],
      CH: ['Schweiz', 'Bern', 'Schweizer'],
      CN: ['China', 'Chinas', 'Volksrepublik', 'Peking', 'Pekings', 'Beijing', 'Chinese', 'Chinesen'],
      GB: ['Großbritannien', 'Großbritanniens', 'Vereinigtes Königreich', 'Vereinigten Königreich', 'Vereinigten Königreichs', 'Britannien', 'London', 'UK', 'Brite', 'Briten'],
      FR: ['Frankreich', 'Frankreichs', 'Paris', 'Franzose', 'Franzosen'],
      IT: ['Italien', 'Italiens', 'Rom', 'Italiener'],
      ES: ['Spanien', 'Spaniens', 'Madrid', 'Spanier'],
      PL: ['Polen', 'Polens', 'Warschau'],
      TR: ['Türkei', 'Ankara', 'Türke', 'Türken'],
      JP: ['Japan', 'Japans', 'Tokio', 'Japaner'],
      IN: ['Indien', 'Indiens', 'Neu-Delhi', 'Inder'],
      IR: ['Iran', 'Irans', 'Teheran'],
      SA: ['Saudi-Arabien', 'Saudi-Arabiens', 'Riad'],
      IL: ['Israel', 'Israels'],
      CA: ['Kanada', 'Kanadas'],
      MX: ['Mexiko', 'Mexikos'],
      BR: ['Brasilien', 'Brasiliens'],
      GR: ['Griechenland', 'Griechenlands', 'Athen', 'Grieche', 'Griechen'],
      HU: ['Ungarn', 'Budapest'],
      NL: ['Niederlande', 'Niederlanden', 'Holland'],
      BE: ['Belgien'],
      SE: ['Schweden'],
      NO: ['Norwegen'],
      FI: ['Finnland'],
      DK: ['Dänemark'],
      CZ: ['Tschechien', 'Prag'],
      SK: ['Slowakei'],
      SI: ['Slowenien'],
      HR: ['Kroatien'],
      RS: ['Serbien', 'Belgrad'],
      RO: ['Rumänien'],
      BG: ['Bulgarien'],
      SY: ['Syrien', 'Syriens', 'Damaskus', 'Syrer'],
      IQ: ['Irak', 'Iraks', 'Bagdad'],
      AF: ['Afghanistan', 'Afghanistans', 'Kabul', 'Afghane', 'Afghanen'],
      EG: ['Ägypten', 'Ägyptens', 'Kairo'],
      KR: ['Südkorea', 'Südkoreas', 'Seoul'],
      KP: ['Nordkorea', 'Nordkoreas', 'Pjöngjang'],
      TW: ['Taiwan', 'Taiwans'],
      AU: ['Australien', 'Australiens'],
      ZA: ['Südafrika'],
      NG: ['Nigeria'],
      VE: ['Venezuela'],
      AR: ['Argentinien'],
      QA: ['Katar'],
      KZ: ['Kasachstan'],
      BY: ['Belarus', 'Weißrussland', 'Minsk'],
      GE: ['Georgien'],
      AM: ['Armenien'],
      AZ: ['Aserbaidschan'],
      MD: ['Moldau', 'Moldawien', 'Moldova'],
      LY: ['Libyen'],
      LB: ['Libanon'],
      PS: ['Palästina', 'Gaza', 'Gazastreifen', 'Westjordanland'],
      SU: ['Sowjetunion', 'UdSSR'],
      VN: ['Vietnam'],
      ID: ['Indonesien'],
      PK: ['Pakistan'],
      NATO: ['Nato', 'NATO'],
      UN: ['UNO', 'UN', 'Vereinte Nationen', 'Vereinten Nationen'],
      IMF: ['IWF', 'Internationale Währungsfonds', 'Internationalen Währungsfonds'],
      WB: ['Weltbank'],
      ECB: ['EZB', 'Europäische Zentralbank', 'Europäischen Zentralbank'],
      FED: ['Fed', 'US-Notenbank', 'Federal Reserve'],
      BOE: ['Bank of England', 'BoE', 'britische Notenbank', 'britischen Notenbank'],
      BOJ: ['Bank of Japan', 'BoJ', 'japanische Notenbank', 'japanischen Notenbank'],
      OPEC: ['Opec', 'OPEC'],
      WTO: ['WTO', 'Welthandelsorganisation'],
      WHO: ['WHO', 'Weltgesundheitsorganisation'],
      OECD: ['OECD'],
      'US-AK': ['Alaska', 'Alaskas'],
      'US-CA': ['Kalifornien', 'Kaliforniens'],
      'US-TX': ['Texas'],
      'US-NY': ['New York'],
      'GB-ENG': ['England', 'Englands'],
      'GB-SCT': ['Schottland', 'Schottlands'],
      'GB-WLS': ['Wales'],
      'AU-NSW': ['New South Wales'],
      'GB-NIR': ['Nordirland', 'Nordirlands'],
      'US-FL': ['Florida'],
      'DE-BY': ['Bayern', 'Bayerns'],
      'DE-NW': ['Nordrhein-Westfalen', 'NRW'],
      'DE-BW': ['Baden-Württemberg'],
      'DE-NI': ['Niedersachsen'],
      'DE-HE': ['Hessen'],
      'DE-SN': ['Sachsen'],
      'DE-HH': ['Hamburg'],
      'AT-3': ['Niederösterreich'],
      'AT-4': ['Oberösterreich'],
      'AT-6': ['Steiermark'],
      'AT-7': ['Tirol', 'Tirols'],
      'AT-5': ['Salzburg'],
      'AT-2': ['Kärnten'],
      'AT-8': ['Vorarlberg'],
      'AT-1': ['Burgenland'],
    }),
    adjectives: withGazetteer(GAZETTEER_ADJECTIVES, {
      RU: ['russisch'],
      US: ['amerikanisch'],
      UA: ['ukrainisch'],
      EU: ['europäisch'],
      DE: ['deutsch', 'bundesdeutsch'],
      AT: ['österreichisch'],
      CH: ['schweizerisch'],
      CN: ['chinesisch'],
      GB: ['britisch'],
      'GB-ENG': ['englisch'],
      FR: ['französisch'],
      IT: ['italienisch'],
      ES: ['spanisch'],
      PL: ['polnisch'],
      TR: ['türkisch'],
      JP: ['japanisch'],
      IN: ['indisch'],
      IR: ['iranisch'],
      SA: ['saudisch', 'saudi-arabisch'],
      IL: ['israelisch'],
      CA: ['kanadisch'],
      MX: ['mexikanisch'],
      BR: ['brasilianisch'],
      GR: ['griechisch'],
      HU: ['ungarisch'],
      NL: ['niederländisch', 'holländisch'],
      SE: ['schwedisch'],
      NO: ['norwegisch'],
      FI: ['finnisch'],
      SY: ['syrisch'],
      IQ: ['irakisch'],
      AF: ['afghanisch'],
      KR: ['südkoreanisch'],
      KP: ['nordkoreanisch'],
      SU: ['sowjetisch'],
    }),
  },
};


