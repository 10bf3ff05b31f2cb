// German units and currencies as written after (or before) a figure, mapped onto
// the catalogue symbols of src/lang/units.ts and ISO 4217 codes.
import type { UnitLanguage, UnitSpec } from '../../extract/language.js';
import { CFA_COUNTRIES, CURRENCY_SYMBOLS, ISO_CODES, SAFE_LOWERCASE_CODES } from '../units.js';

/** Adjective endings of German declension: "kanadische", "kanadischen", ... */
const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

// [adjective stem, currency nouns, ISO code]: "16,4 Millionen kanadischen Dollar"
const ADJECTIVE_CURRENCIES: Array<[string, string[], string]> = [
  ['kanadisch', ['dollar'], 'CAD'], ['australisch', ['dollar'], 'AUD'], ['neuseeländisch', ['dollar'], 'NZD'],
  ['amerikanisch', ['dollar'], 'USD'], ['us-amerikanisch', ['dollar'], 'USD'], ['singapurisch', ['dollar'], 'SGD'],
  ['taiwanisch', ['dollar'], 'TWD'], ['britisch', ['pfund'], 'GBP'], ['russisch', ['rubel'], 'RUB'],
  ['weißrussisch', ['rubel'], 'BYN'], ['belarussisch', ['rubel'], 'BYN'], ['japanisch', ['yen'], 'JPY'],
  ['chinesisch', ['yuan', 'renminbi'], 'CNY'], ['indisch', ['rupie', 'rupien'], 'INR'],
  ['pakistanisch', ['rupie', 'rupien'], 'PKR'], ['indonesisch', ['rupiah'], 'IDR'], ['türkisch', ['lira', 'pfund'], 'TRY'],
  ['schwedisch', ['krone', 'kronen'], 'SEK'], ['norwegisch', ['krone', 'kronen'], 'NOK'],
  ['dänisch', ['krone', 'kronen'], 'DKK'], ['tschechisch', ['krone', 'kronen'], 'CZK'],
  ['isländisch', ['krone', 'kronen'], 'ISK'], ['polnisch', ['zloty', 'złoty'], 'PLN'], ['ungarisch', ['forint'], 'HUF'],
  ['rumänisch', ['lei', 'leu'], 'RON'], ['südafrikanisch', ['rand'], 'ZAR'], ['brasilianisch', ['real', 'reais'], 'BRL'],
  ['mexikanisch', ['peso', 'pesos'], 'MXN'], ['argentinisch', ['peso', 'pesos'], 'ARS'],
  ['chilenisch', ['peso', 'pesos'], 'CLP'], ['kolumbianisch', ['peso', 'pesos'], 'COP'],
  ['philippinisch', ['peso', 'pesos'], 'PHP'], ['kambodschanisch', ['riel'], 'KHR'], ['finnisch', ['mark', 'markka'], 'FIM'],
  ['ukrainisch', ['hrywnja', 'hrywna', 'griwna'], 'UAH'], ['ägyptisch', ['pfund'], 'EGP'], ['israelisch', ['schekel'], 'ILS'],
  ['saudisch', ['riyal', 'rial'], 'SAR'], ['saudi-arabisch', ['riyal', 'rial'], 'SAR'], ['iranisch', ['rial'], 'IRR'],
  ['südkoreanisch', ['won'], 'KRW'], ['koreanisch', ['won'], 'KRW'], ['nigerianisch', ['naira'], 'NGN'],
  ['deutsch', ['mark'], 'DEM'], ['österreichisch', ['schilling'], 'ATS'], ['französisch', ['franc', 'francs'], 'FRF'],
  ['belgisch', ['franc', 'francs'], 'BEF'], ['spanisch', ['peseten', 'peseta'], 'ESP'], ['italienisch', ['lira', 'lire'], 'ITL'],
  ['niederländisch', ['gulden'], 'NLG'], ['venezolanisch', ['bolívar', 'bolivar'], 'VES'], ['serbisch', ['dinar'], 'RSD'],
  ['kenianisch', ['schilling'], 'KES'], ['ugandisch', ['schilling'], 'UGX'], ['tansanisch', ['schilling'], 'TZS'],
  ['ghanaisch', ['cedi'], 'GHS'], ['sambisch', ['kwacha'], 'ZMW'], ['malawisch', ['kwacha'], 'MWK'], ['äthiopisch', ['birr'], 'ETB'],
  ['peruanisch', ['sol', 'soles'], 'PEN'], ['moldauisch', ['lei', 'leu'], 'MDL'], ['griechisch', ['drachme', 'drachmen'], 'GRD'],
  ['portugiesisch', ['escudo', 'escudos'], 'PTE'], ['georgisch', ['lari'], 'GEL'], ['aserbaidschanisch', ['manat'], 'AZN'],
  ['kroatisch', ['kuna'], 'HRK'], ['bulgarisch', ['lew', 'lewa'], 'BGN'], ['kasachisch', ['tenge'], 'KZT'],
  ['thailändisch', ['baht'], 'THB'], ['vietnamesisch', ['dong'], 'VND'], ['malaysisch', ['ringgit'], 'MYR'],
  ['katarisch', ['riyal', 'rial'], 'QAR'], ['emiratisch', ['dirham'], 'AED'], ['marokkanisch', ['dirham'], 'MAD'],
  ['westafrikanisch', ['cfa-franc', 'cfa-francs', 'cfa franc', 'cfa francs', 'franc', 'francs'], 'XOF'],
  ['zentralafrikanisch', ['cfa-franc', 'cfa-francs', 'cfa franc', 'cfa francs', 'franc', 'francs'], 'XAF'],
];
// invariant adjectives ("Schweizer Franken", "Hongkong-Dollar")
const FIXED_CURRENCIES: Record<string, string> = {
  'schweizer franken': 'CHF', 'hongkong-dollar': 'HKD', 'hong-kong-dollar': 'HKD', 'singapur-dollar': 'SGD',
  'taiwan-dollar': 'TWD', 'us-dollar': 'USD', 'us dollar': 'USD', 'us-dollars': 'USD', 'u.s.-dollar': 'USD',
  'pfund sterling': 'GBP', 'britische pfund sterling': 'GBP', 'd-mark': 'DEM', 'deutsche mark': 'DEM',
  // der CFA-Franc: Westafrikas, außer im Bericht über ein Land Zentralafrikas (countryCurrencies)
  'cfa-franc': 'XOF', 'cfa-francs': 'XOF', 'cfa franc': 'XOF', 'cfa francs': 'XOF', 'franc cfa': 'XOF', 'francs cfa': 'XOF',
};

const CURRENCY_WORDS: Record<string, UnitSpec> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR', '$': 'USD', usd: 'USD',
  // the euro's cent unless the sentence names another currency with cents (see UnitEntry.subunit)
  cent: { unit: 'EUR', factor: 0.01, subunit: true }, cents: { unit: 'EUR', factor: 0.01, subunit: true },
  ct: { unit: 'EUR', factor: 0.01, subunit: true }, 'ct.': { unit: 'EUR', factor: 0.01, subunit: true },
  // "22 Eurocent", "22 Euro-Cent", "22 Euro Cent": the euro's hundredth, never 22 euros
  eurocent: { unit: 'EUR', factor: 0.01 }, eurocents: { unit: 'EUR', factor: 0.01 }, 'euro-cent': { unit: 'EUR', factor: 0.01 },
  'euro cent': { unit: 'EUR', factor: 0.01 }, 'euro-cents': { unit: 'EUR', factor: 0.01 },
  pfund: { unit: 'lb', money: 'GBP' }, '£': 'GBP', gbp: 'GBP', pence: { unit: 'GBP', factor: 0.01 },
  franken: 'CHF', chf: 'CHF', 'fr.': 'CHF', 'sfr.': 'CHF', franc: 'FRF', francs: 'FRF', rubel: 'RUB', rub: 'RUB', '₽': 'RUB',
  yen: 'JPY', jpy: 'JPY', '¥': 'JPY', yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rmb: 'CNY', '元': 'CNY',
  rupie: 'INR', rupien: 'INR', inr: 'INR', '₹': 'INR', rupiah: 'IDR', lira: 'TRY', '₺': 'TRY',
  reais: 'BRL',
  zloty: 'PLN', 'złoty': 'PLN', forint: 'HUF', rand: 'ZAR', won: { unit: 'KRW', needsScale: true }, '₩': 'KRW',
  schekel: 'ILS', '₪': 'ILS', hrywnja: 'UAH', griwna: 'UAH', '₴': 'UAH', mark: 'DEM', dm: 'DEM', schilling: 'ATS',
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC', riel: 'KHR', markka: 'FIM', dirham: 'AED', riyal: 'SAR', rial: 'IRR',
  naira: 'NGN', peso: 'MXN', pesos: 'MXN', dinar: 'RSD', dinare: 'RSD', dinars: 'RSD', baht: 'THB', ringgit: 'MYR', tenge: 'KZT',
  gulden: 'NLG', lire: 'ITL', peseten: 'ESP', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₿': 'BTC', satoshi: { unit: 'BTC', factor: 1e-8 },
  satoshis: { unit: 'BTC', factor: 1e-8 },
  // Afrika, Asien, Lateinamerika und Europas alte Währungen
  kwacha: 'ZMW', cedi: 'GHS', birr: 'ETB', taka: 'BDT', kyat: 'MMK', manat: 'AZN', lari: 'GEL', lei: 'RON', leu: 'RON',
  lew: 'BGN', lewa: 'BGN', kuna: 'HRK', drachme: 'GRD', drachmen: 'GRD', escudo: 'PTE', escudos: 'PTE', 'bolívar': 'VES',
  bolivar: 'VES', 'bolívares': 'VES', soles: 'PEN', quetzal: 'GTQ', guaraní: 'PYG', guarani: 'PYG', afghani: 'AFN',
};


const PERCENT: Record<string, UnitSpec> = {
  prozent: '%', '%': '%', 'v.h.': '%', 'vh': '%', 'pct': '%',
  prozentpunkt: 'pp', prozentpunkte: 'pp', prozentpunkten: 'pp', '%-punkte': 'pp', '%-punkten': 'pp',
  'prozent-punkte': 'pp', 'pp': 'pp', 'pp.': 'pp', 'pkt.': 'pt',
  basispunkt: 'bp', basispunkte: 'bp', basispunkten: 'bp', bp: 'bp', bps: 'bp', promille: '‰', '‰': '‰',
  punkt: 'pt', punkte: 'pt', punkten: 'pt', indexpunkte: 'pt', indexpunkten: 'pt', zähler: 'pt', zählern: 'pt',
  // the adjective: "mit 90-prozentiger Wahrscheinlichkeit", "eine 0,45-prozentige Rendite"
  ...Object.fromEntries(['ig', ...ENDINGS.slice(1).map((e) => `ig${e}`)].map((e) => [`prozent${e}`, '%'])),
};

const PHYSICAL: Record<string, UnitSpec> = {
  // length
  meter: 'm', metern: 'm', metres: 'm', km: 'km', kilometer: 'km', kilometern: 'km', kilometers: 'km',
  zentimeter: 'cm', zentimetern: 'cm', cm: 'cm', millimeter: 'mm', millimetern: 'mm', mm: 'mm',
  mikrometer: 'um', mikrometern: 'um', 'µm': 'um', 'μm': 'um', nanometer: 'nm', nanometern: 'nm', nm: 'nm',
  // metres of climbing, of a route or a race
  höhenmeter: 'm', höhenmetern: 'm',
  // ("einen Fuß ins Hotel setzen", "einen Fuß in der Tür": the idiom, not a foot of length)
  meile: 'mi', meilen: 'mi', seemeile: 'nmi', seemeilen: 'nmi', 'fuß': { unit: 'ft', noArticle: true }, zoll: { unit: 'in', noArticle: true }, yard: 'yd', yards: 'yd',
  // area
  quadratmeter: 'm2', quadratmetern: 'm2', 'm²': 'm2', 'm2': 'm2', 'm^2': 'm2', qm: 'm2',
  quadratkilometer: 'km2', quadratkilometern: 'km2', 'km²': 'km2', km2: 'km2', 'km^2': 'km2', qkm: 'km2',
  hektar: 'ha', ha: 'ha', quadratmeile: 'mi2', quadratmeilen: 'mi2', acres: 'acre', acre: 'acre',
  // volume
  kubikmeter: 'm3', kubikmetern: 'm3', 'm³': 'm3', m3: 'm3', 'm^3': 'm3', cbm: 'm3', festmeter: 'm3',
  liter: 'l', litern: 'l', milliliter: 'ml', ml: 'ml', hektoliter: 'hl', hektolitern: 'hl', hl: 'hl',
  pint: 'pint', pints: 'pint',
  barrel: 'bbl', barrels: 'bbl', bbl: 'bbl', fass: 'bbl', 'fässer': 'bbl', gallone: 'gal', gallonen: 'gal',
  kubikfuß: 'ft3', teelöffel: 'tsp', teelöffeln: 'tsp', tl: 'tsp', esslöffel: 'tbsp', esslöffeln: 'tbsp', el: 'tbsp',
  tasse: 'cup', tassen: 'cup',
  // mass
  kilogramm: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg', gramm: 'g', milligramm: 'mg', mg: 'mg', mikrogramm: 'ug',
  'µg': 'ug', 'μg': 'ug', tonne: 't', tonnen: 't', megatonnen: { unit: 't', factor: 1e6 }, unze: 'oz', unzen: 'oz',
  // speed
  'km/h': 'km/h', 'kmh': 'km/h', 'km/std': 'km/h', stundenkilometer: 'km/h', stundenkilometern: 'km/h',
  'kilometer pro stunde': 'km/h', 'kilometern pro stunde': 'km/h', 'kilometer in der stunde': 'km/h',
  'm/s': 'm/s', 'meter pro sekunde': 'm/s', 'metern pro sekunde': 'm/s', 'meter in der sekunde': 'm/s',
  knoten: 'kn', mph: 'mph', 'meilen pro stunde': 'mph',
  // power, energy
  watt: 'W', kilowatt: 'kW', kw: 'kW', megawatt: 'MW', mw: 'MW', gigawatt: 'GW', gw: 'GW', terawatt: 'TW',
  ps: 'hp', kilowattstunde: 'kWh', kilowattstunden: 'kWh', kwh: 'kWh', megawattstunde: 'MWh', megawattstunden: 'MWh',
  mwh: 'MWh', gigawattstunde: 'GWh', gigawattstunden: 'GWh', gwh: 'GWh', terawattstunde: 'TWh', terawattstunden: 'TWh',
  twh: 'TWh', wattstunde: 'Wh', wattstunden: 'Wh', wh: 'Wh',
  amperestunde: 'Ah', amperestunden: 'Ah', milliamperestunde: 'mAh', milliamperestunden: 'mAh', mah: 'mAh',
  // data
  bit: 'bit', byte: 'B', bytes: 'B', kilobyte: 'kB', kilobytes: 'kB', kb: 'kB', megabyte: 'MB', megabytes: 'MB',
  gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', petabyte: 'PB', petabytes: 'PB', exabyte: 'EB', exabytes: 'EB',
  megabit: 'Mbit', gigabit: 'Gbit', 'mbit/s': 'Mbit/s', 'mbps': 'Mbit/s', 'gbit/s': 'Gbit/s', 'kbit/s': 'kbit/s',
  'megabit pro sekunde': 'Mbit/s', 'gigabit pro sekunde': 'Gbit/s', 'mbit': 'Mbit',
  kilobit: 'kbit', 'kilobit pro sekunde': 'kbit/s', 'megabit je sekunde': 'Mbit/s', 'gigabit je sekunde': 'Gbit/s',
  'mbit pro sekunde': 'Mbit/s', 'gbit': 'Gbit',
  hertz: 'Hz', hz: 'Hz', khz: 'kHz', kilohertz: 'kHz', mhz: 'MHz', megahertz: 'MHz', ghz: 'GHz', gigahertz: 'GHz',
  // Rechenleistung ("70,72 Teraflops", "80 Megaflops", "35 TFLOPS")
  flops: 'FLOPS', megaflops: 'MFLOPS', mflops: 'MFLOPS', gigaflops: 'GFLOPS', gflops: 'GFLOPS', teraflops: 'TFLOPS', tflops: 'TFLOPS',
  petaflops: 'PFLOPS', pflops: 'PFLOPS', teraflop: 'TFLOPS', gigaflop: 'GFLOPS', megaflop: 'MFLOPS', petaflop: 'PFLOPS',
  // ausgeschrieben ("42,7 Billionen Rechenoperationen pro Sekunde")
  'rechenoperationen pro sekunde': 'FLOPS', 'rechenoperationen je sekunde': 'FLOPS', 'operationen pro sekunde': 'FLOPS',
  'berechnungen pro sekunde': 'FLOPS', 'gleitkommaoperationen pro sekunde': 'FLOPS',
  megapixel: 'MP', mpx: 'MP',
  // angle, temperature
  grad: { unit: '°', temperature: '°C' }, '°': '°', rad: 'rad', radiant: 'rad', turn: 'turn', umdrehung: 'turn', umdrehungen: 'turn',
  'grad celsius': '°C', '°c': '°C', '° celsius': '°C', 'grad fahrenheit': '°F', '°f': '°F', '° fahrenheit': '°F',
  // durations
  jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year', jährige: 'year', jährigen: 'year', jähriger: 'year',
  jähriges: 'year', jährig: 'year', monat: 'month', monate: 'month', monaten: 'month', monats: 'month',
  monatige: 'month', monatigen: 'month', woche: 'week', wochen: 'week', wöchige: 'week', wöchigen: 'week',
  tag: 'day', tage: 'day', tagen: 'day', tages: 'day', tägige: 'day', tägigen: 'day', stunde: 'hour', stunden: 'hour',
  'std.': 'hour', std: 'hour', stündige: 'hour', stündigen: 'hour', minute: 'minute', minuten: 'minute',
  'min.': 'minute', min: 'minute', minütige: 'minute', minütigen: 'minute', sekunde: 'second', sekunden: 'second', millisekunde: 'millisecond', millisekunden: 'millisecond',
  'sek.': 'second', sek: 'second', jahrzehnt: { unit: 'year', multiple: 10 }, jahrzehnte: { unit: 'year', multiple: 10 },
  jahrzehnten: { unit: 'year', multiple: 10 }, jahrhundert: { unit: 'year', multiple: 100 },
  jahrhunderte: { unit: 'year', multiple: 100 }, jahrhunderten: { unit: 'year', multiple: 100 },
};

function currencyPhrases(): Record<string, UnitSpec> {
  const out: Record<string, UnitSpec> = { ...CURRENCY_WORDS, ...FIXED_CURRENCIES };
  // lower-case codes only where they are no word of the language ("a try" is rugby, not Turkish lira)
  for (const code of SAFE_LOWERCASE_CODES) out[code.toLowerCase()] = code;
  for (const [stem, nouns, code] of ADJECTIVE_CURRENCIES) {
    for (const ending of ENDINGS) for (const noun of nouns) out[`${stem}${ending} ${noun}`] = code;
  }
  return out;
}


export const units: UnitLanguage = {
  words: { ...PHYSICAL, ...PERCENT, ...currencyPhrases() },
  symbols: {
    ...Object.fromEntries(ISO_CODES.map((c) => [c, c])),
    m: 'm', l: 'l', L: 'l', t: 't', g: 'g', h: 'hour', W: 'W', MB: 'MB', Mb: 'Mbit', GB: 'GB', Gb: 'Gbit', TB: 'TB', PB: 'PB',
    KB: 'kB', kB: 'kB', C: { unit: '°C', glued: true }, Ah: 'Ah',

    // "13 MP Kamera"; "ein MP" is no resolution
    MP: { unit: 'MP', noArticle: true },
  },
  // "zehn Laufzeitjahre", "drei Wintermonate": a compound's head is its unit (not "-tage":
  // "zwei Feiertage", "fünf Spieltage" count days of a kind)
  compoundHeads: {
    // ("30 Flusskilometer", "Straßenkilometer"; not "-meter": "Parameter", "Festmeter")
    heads: { jahre: 'year', jahren: 'year', monate: 'month', monaten: 'month', kilometer: 'km', kilometern: 'km' },
    except: ['lichtjahre', 'lichtjahren', 'personenkilometer', 'personenkilometern', 'tonnenkilometer', 'tonnenkilometern'],
  },
  currencyPrefixes: {
    ...CURRENCY_SYMBOLS, 'fr.': 'CHF', 'sfr.': 'CHF',
    ...Object.fromEntries(ISO_CODES.map((c) => [c.toLowerCase(), c])),
  },
  ratePhrases: {
    'pro tag': 'd', 'am tag': 'd', 'je tag': 'd', 'täglich': 'd', '/tag': 'd', '/d': 'd', 'pro jahr': 'year', 'im jahr': 'year',
    'jährlich': 'year', 'pro jahr.': 'year', 'p.a.': 'year', 'per anno': 'year', '/jahr': 'year', '/a': 'year', 'pro monat': 'month',
    'im monat': 'month', 'monatlich': 'month', 'pro woche': 'week', 'pro stunde': 'h',
  },
  rateFillers: ['öl', 'rohöl', 'erdöl'],
  rateAdjectives: { täglich: 'd', tägliche: 'd', jährlich: 'year', jahres: 'year', monatlich: 'month' },
  // "400 Millionen Pesos" in einem Bericht über Argentinien: argentinische Pesos
  countryCurrencies: [
    { words: ['peso', 'pesos'], byCountry: { AR: 'ARS', CL: 'CLP', CO: 'COP', PH: 'PHP', MX: 'MXN', UY: 'UYU', CU: 'CUP', DO: 'DOP' } },
    { words: ['dinar', 'dinare', 'dinars'], byCountry: { DZ: 'DZD', IQ: 'IQD', KW: 'KWD', TN: 'TND', JO: 'JOD', RS: 'RSD', LY: 'LYD', BH: 'BHD', MK: 'MKD' } },
    // (a bare rupee is India's unless the article is about Sri Lanka, Pakistan or Nepal)
    { words: ['rupie', 'rupien'], byCountry: { IN: 'INR', LK: 'LKR', PK: 'PKR', NP: 'NPR' } },
    { words: ['kwacha'], byCountry: { ZM: 'ZMW', MW: 'MWK' } },
    { words: ['lei', 'leu'], byCountry: { RO: 'RON', MD: 'MDL' } },
    // (a bare franc is France's unless the article is on Switzerland, Belgium, Luxembourg or a CFA country)
    { words: ['franc', 'francs'], byCountry: { FR: 'FRF', CH: 'CHF', BE: 'BEF', LU: 'LUF', ...CFA_COUNTRIES } },
    { words: ['cfa franc', 'cfa francs'], byCountry: CFA_COUNTRIES, namedBy: ['zentralafrikanische', 'zentralafrikanischen', 'westafrikanische', 'westafrikanischen'] },
  ],
  indexContext: [
    'atx', 'dax', 'mdax', 'sdax', 'tecdax', 'dow', 'ftse', 'nikkei', 'nasdaq', 's&p', 'stoxx', 'cac', 'smi', 'hang', 'kospi', 'sensex', 'ibex', 'mib', 'aex', 'bux', 'wig', 'pti', 'dowjones', 'index', 'indizes', 'leitindex', 'börse', 'börsen', 'aktien', 'aktie', 'aktienmarkt', 'handelsschluss',
    'handelstag', 'börsenschluss', 'wertpapiere', 'anleihen', 'zinsen', 'leitzins', 'rendite',
  ],
  indexContextEndings: ['index', 'indizes', 'börse', 'börsen', 'aktien', 'indexes', 'zins', 'zinsen'],
  // "Die Fehlermarge liegt bei drei Punkten", "in der Umfrage um vier Punkte zugelegt": Prozentpunkte
  percentPointContext: ['fehlermarge', 'fehlertoleranz', 'schwankungsbreite', 'umfrage', 'umfragen', 'wahlbeteiligung'],
  // "heizt sich auf über 60 Grad auf", "38 Grad im Schatten", "40 Grad Fieber"
  temperatureContext: {
    words: ['warm', 'wärmer', 'kalt', 'kälter', 'schatten', 'kocht', 'kochen', 'gekocht', 'backen', 'gebacken'],
    stems: ['temperatur', 'hitze', 'heiß', 'heiz', 'fieber', 'kälte', 'frost', 'wärm', 'ofen', 'klima', 'thermo'],
  },
  moneyContext: [
    'kosten', 'kostet', 'kostete', 'kosteten', 'preis', 'preise', 'zahlen', 'zahlte', 'zahlten', 'bezahlt', 'gezahlt',
    'gehalt', 'lohn', 'strafe', 'geldstrafe', 'verdient', 'verdiente', 'umsatz', 'gewinn', 'verlust', 'ablöse',
    'ablösesumme', 'transfersumme', 'wert', 'budget', 'schulden', 'steuer', 'steuern', 'ticket', 'tickets', 'miete',
    'sterling', 'britische', 'britischen', 'euro', 'dollar', 'pfund sterling', 'london', 'großbritannien', 'england',
    'britannien', 'pfund-kurs', 'pfundkurs', 'bank of england', 'vermögen', 'investition', 'investitionen', 'millionen',
    'milliarden', 'mio.', 'mrd.',
  ],
};
