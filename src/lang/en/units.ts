// English units and currencies as written after (or before) a figure, mapped onto
// the catalogue symbols of src/lang/units.ts and ISO 4217 codes.
import type { UnitLanguage, UnitSpec } from '../../extract/language.js';
import { CFA_COUNTRIES, CURRENCY_SYMBOLS, ISO_CODES, SAFE_LOWERCASE_CODES } from '../units.js';

// [adjective, currency nouns, ISO code]: "125 million australian dollars"
const ADJECTIVE_CURRENCIES: Array<[string, string[], string]> = [
  ['us', ['dollar', 'dollars'], 'USD'], ['u.s.', ['dollar', 'dollars'], 'USD'], ['american', ['dollar', 'dollars'], 'USD'],
  ['canadian', ['dollar', 'dollars'], 'CAD'], ['australian', ['dollar', 'dollars'], 'AUD'],
  ['new zealand', ['dollar', 'dollars'], 'NZD'], ['hong kong', ['dollar', 'dollars'], 'HKD'],
  ['singapore', ['dollar', 'dollars'], 'SGD'], ['taiwan', ['dollar', 'dollars'], 'TWD'], ['taiwanese', ['dollar', 'dollars'], 'TWD'],
  ['swiss', ['franc', 'francs'], 'CHF'], ['french', ['franc', 'francs'], 'FRF'], ['belgian', ['franc', 'francs'], 'BEF'],
  ['turkish', ['lira', 'liras', 'pound', 'pounds'], 'TRY'], ['italian', ['lira', 'lire'], 'ITL'],
  ['indian', ['rupee', 'rupees'], 'INR'], ['pakistani', ['rupee', 'rupees'], 'PKR'], ['sri lankan', ['rupee', 'rupees'], 'LKR'],
  ['indonesian', ['rupiah'], 'IDR'], ['russian', ['rouble', 'roubles', 'ruble', 'rubles'], 'RUB'],
  ['japanese', ['yen'], 'JPY'], ['chinese', ['yuan', 'renminbi'], 'CNY'], ['mexican', ['peso', 'pesos'], 'MXN'],
  ['argentine', ['peso', 'pesos'], 'ARS'], ['argentinian', ['peso', 'pesos'], 'ARS'], ['chilean', ['peso', 'pesos'], 'CLP'],
  ['colombian', ['peso', 'pesos'], 'COP'], ['philippine', ['peso', 'pesos'], 'PHP'],
  ['south african', ['rand'], 'ZAR'], ['brazilian', ['real', 'reais', 'reals'], 'BRL'],
  ['swedish', ['krona', 'kronor', 'crown', 'crowns'], 'SEK'], ['norwegian', ['krone', 'kroner', 'crown', 'crowns'], 'NOK'],
  ['danish', ['krone', 'kroner', 'crown', 'crowns'], 'DKK'], ['czech', ['koruna', 'korun', 'crown', 'crowns'], 'CZK'],
  ['icelandic', ['krona', 'kronur'], 'ISK'], ['polish', ['zloty', 'zlotys'], 'PLN'], ['hungarian', ['forint', 'forints'], 'HUF'],
  ['dutch', ['guilder', 'guilders'], 'NLG'], ['finnish', ['markka', 'markkaa', 'mark', 'marks'], 'FIM'],
  ['german', ['mark', 'marks'], 'DEM'], ['spanish', ['peseta', 'pesetas'], 'ESP'], ['austrian', ['schilling', 'schillings'], 'ATS'],
  ['egyptian', ['pound', 'pounds'], 'EGP'], ['israeli', ['shekel', 'shekels'], 'ILS'], ['saudi', ['riyal', 'riyals'], 'SAR'],
  ['iranian', ['rial', 'rials'], 'IRR'], ['south korean', ['won'], 'KRW'], ['korean', ['won'], 'KRW'],
  ['nigerian', ['naira'], 'NGN'], ['ukrainian', ['hryvnia', 'hryvnias'], 'UAH'], ['cambodian', ['riel', 'riels'], 'KHR'],
  ['thai', ['baht'], 'THB'], ['malaysian', ['ringgit'], 'MYR'], ['vietnamese', ['dong'], 'VND'], ['emirati', ['dirham', 'dirhams'], 'AED'],
  ['british', ['pound', 'pounds'], 'GBP'], ['irish', ['pound', 'pounds', 'punt', 'punts'], 'IEP'],
  ['kenyan', ['shilling', 'shillings'], 'KES'], ['ugandan', ['shilling', 'shillings'], 'UGX'],
  ['tanzanian', ['shilling', 'shillings'], 'TZS'], ['somali', ['shilling', 'shillings'], 'SOS'], ['ghanaian', ['cedi', 'cedis'], 'GHS'],
  ['zambian', ['kwacha'], 'ZMW'], ['malawian', ['kwacha'], 'MWK'], ['ethiopian', ['birr'], 'ETB'], ['bangladeshi', ['taka'], 'BDT'],
  ['venezuelan', ['bolivar', 'bolivars', 'bolivares'], 'VES'], ['peruvian', ['sol', 'soles', 'new sol', 'new soles', 'nuevo sol', 'nuevos soles'], 'PEN'],
  ['romanian', ['leu', 'lei'], 'RON'], ['moldovan', ['leu', 'lei'], 'MDL'], ['bulgarian', ['lev', 'leva'], 'BGN'], ['croatian', ['kuna'], 'HRK'],
  ['greek', ['drachma', 'drachmas', 'drachmae'], 'GRD'], ['portuguese', ['escudo', 'escudos'], 'PTE'],
  ['kazakh', ['tenge'], 'KZT'], ['georgian', ['lari'], 'GEL'], ['azerbaijani', ['manat', 'manats'], 'AZN'],
  // the CFA franc is two currencies: West Africa's unless the article's country is in Central Africa
  // (countryCurrencies), or the text says which
  ['cfa', ['franc', 'francs'], 'XOF'], ['west african', ['franc', 'francs', 'cfa franc', 'cfa francs'], 'XOF'],
  ['central african', ['franc', 'francs', 'cfa franc', 'cfa francs'], 'XAF'],
];

const CURRENCY_WORDS: Record<string, UnitSpec> = {
  dollar: 'USD', dollars: 'USD', '$': 'USD', usd: 'USD', 'us-dollars': 'USD', bucks: 'USD',
  // ("the 12 euro zone countries", "12 euro area members": the currency's area, twelve countries)
  euro: { unit: 'EUR', notBefore: ['zone', 'area', 'countries', 'nations', 'members', 'states', 'economies'] }, euros: 'EUR', '€': 'EUR', eur: 'EUR',
  // the dollar's cent unless the sentence names another currency with cents (see UnitEntry.subunit)
  cent: { unit: 'USD', factor: 0.01, subunit: true, lowerCaseOnly: true }, cents: { unit: 'USD', factor: 0.01, subunit: true },
  '¢': { unit: 'USD', factor: 0.01, subunit: true },
  // "22 euro cents" (and the misprint "9 euros cents"): the euro's hundredth, never 22 euros
  'euro cent': { unit: 'EUR', factor: 0.01 }, 'euro cents': { unit: 'EUR', factor: 0.01 }, 'euros cents': { unit: 'EUR', factor: 0.01 },
  eurocent: { unit: 'EUR', factor: 0.01 }, eurocents: { unit: 'EUR', factor: 0.01 },
  pound: { unit: 'lb', money: 'GBP' }, pounds: { unit: 'lb', money: 'GBP' }, sterling: 'GBP', 'pounds sterling': 'GBP',
  'pound sterling': 'GBP', stg: 'GBP', '£': 'GBP', gbp: 'GBP', quid: 'GBP',
  pence: { unit: 'GBP', factor: 0.01 }, penny: { unit: 'GBP', factor: 0.01 }, pennies: { unit: 'GBP', factor: 0.01 },
  yen: 'JPY', '¥': 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', kuai: 'CNY', '元': 'CNY', rupee: 'INR', rupees: 'INR',
  '₹': 'INR', rs: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', '₽': 'RUB',
  franc: 'FRF', francs: 'FRF', lira: 'TRY', liras: 'TRY', lire: 'ITL', '₺': 'TRY', peso: 'MXN', pesos: 'MXN', dinar: 'IQD', dinars: 'IQD',
  rand: 'ZAR', won: { unit: 'KRW', needsScale: true }, '₩': 'KRW', shekel: 'ILS', shekels: 'ILS', '₪': 'ILS',
  zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', forints: 'HUF', kronor: 'SEK', kroner: 'NOK', krona: 'SEK', krone: 'DKK',
  guilder: 'NLG', guilders: 'NLG', markka: 'FIM', deutschmark: 'DEM', deutschmarks: 'DEM', 'deutsche marks': 'DEM',
  'd-marks': 'DEM', peseta: 'ESP', pesetas: 'ESP', bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC',
  satoshi: { unit: 'BTC', factor: 1e-8 }, satoshis: { unit: 'BTC', factor: 1e-8 }, riel: 'KHR', riels: 'KHR',
  naira: 'NGN', hryvnia: 'UAH', hryvnias: 'UAH', '₴': 'UAH', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB',
  dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK',
  '₿': 'BTC', reais: 'BRL',
  // Africa, Asia, Latin America and Europe's old currencies; East Africa's shilling, Kenya's unless the
  // article is on its neighbours (countryCurrencies), only with a scale ("five shillings" of old Britain)
  kwacha: 'ZMW', cedi: 'GHS', cedis: 'GHS', shilling: { unit: 'KES', needsScale: true }, shillings: { unit: 'KES', needsScale: true }, birr: 'ETB', taka: 'BDT', kyat: 'MMK',
  kyats: 'MMK', tenge: 'KZT', manat: 'AZN', manats: 'AZN', lari: 'GEL', leu: 'RON', lei: 'RON', lev: 'BGN', leva: 'BGN',
  kuna: 'HRK', koruna: 'CZK', korun: 'CZK', drachmas: 'GRD', drachmae: 'GRD', escudo: 'PTE', escudos: 'PTE',
  bolivar: 'VES', bolivars: 'VES', bolivares: 'VES', soles: 'PEN', quetzal: 'GTQ', quetzales: 'GTQ', guarani: 'PYG',
  guaranis: 'PYG', colones: 'CRC', afghani: 'AFN', afghanis: 'AFN', 'nuevos soles': 'PEN', 'nuevo sol': 'PEN', 'new soles': 'PEN',
  // "30 MUSD", "120 MEUR": million-unit currency codes
  musd: { unit: 'USD', factor: 1e6 }, meur: { unit: 'EUR', factor: 1e6 }, mgbp: { unit: 'GBP', factor: 1e6 },
  maud: { unit: 'AUD', factor: 1e6 },
};


const PERCENT: Record<string, UnitSpec> = {
  percent: '%', 'per cent': '%', '%': '%', percents: '%', percentage: { unit: '%', noArticle: true }, pct: '%', 'pct.': '%',
  'percentage point': 'pp', 'percentage points': 'pp', 'percent point': 'pp', 'percent points': 'pp',
  'per cent point': 'pp', 'per cent points': 'pp', 'per-cent point': 'pp', ppt: 'pp', ppts: 'pp', pp: 'pp',
  'basis point': 'bp', 'basis points': 'bp', bp: 'bp', bps: 'bp', 'points': 'pt', point: { unit: 'pt', noArticle: true }, pts: 'pt',
  'per mille': '‰', '‰': '‰',
};

/** A duration word English writes lower-case: capitalised after a number it names a title. */
const DURATION_WORD = (unit: string): UnitSpec => ({ unit, lowerCaseOnly: true });

const PHYSICAL: Record<string, UnitSpec> = {
  // length
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km',
  kilometer: 'km', kilometers: 'km', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm', cm: 'cm',
  millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', mm: 'mm', micrometre: 'um',
  micrometres: 'um', micrometer: 'um', micrometers: 'um', micron: 'um', microns: 'um', 'µm': 'um', 'μm': 'um',
  nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm', nm: 'nm', picometre: 'pm', picometres: 'pm',
  picometer: 'pm', picometers: 'pm', decimetre: 'dm', decimetres: 'dm', decimeter: 'dm', decimeters: 'dm', dm: 'dm',
  mile: 'mi', miles: 'mi', mi: 'mi', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  'nautical mile': 'nmi', 'nautical miles': 'nmi',
  // area
  'square metre': 'm2', 'square metres': 'm2', 'square meter': 'm2', 'square meters': 'm2', 'sq m': 'm2', 'sq.m': 'm2',
  'm²': 'm2', m2: 'm2', 'm^2': 'm2', sqm: 'm2', 'square kilometre': 'km2', 'square kilometres': 'km2',
  'square kilometer': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', 'km²': 'km2', km2: 'km2', 'km^2': 'km2',
  hectare: 'ha', hectares: 'ha', ha: 'ha', acre: 'acre', acres: 'acre', 'square feet': 'ft2', 'square foot': 'ft2',
  'sq ft': 'ft2', 'square mile': 'mi2', 'square miles': 'mi2', 'sq miles': 'mi2',
  // volume
  'cubic metre': 'm3', 'cubic metres': 'm3', 'cubic meter': 'm3', 'cubic meters': 'm3', 'm³': 'm3', m3: 'm3',
  'm^3': 'm3', bcm: { unit: 'm3', factor: 1e9 }, litre: 'l', litres: 'l', liter: 'l', liters: 'l', millilitre: 'ml',
  millilitres: 'ml', milliliter: 'ml', milliliters: 'ml', ml: 'ml', barrel: 'bbl', barrels: 'bbl', bbl: 'bbl',
  pint: 'pint', pints: 'pint',
  bpd: 'bbl/d', 'b/d': 'bbl/d', gallon: 'gal', gallons: 'gal', gal: 'gal', 'cubic feet': 'ft3', 'cubic foot': 'ft3',
  tcf: { unit: 'ft3', factor: 1e12 }, teaspoon: 'tsp', teaspoons: 'tsp', tsp: 'tsp', tablespoon: 'tbsp',
  tablespoons: 'tbsp', tbsp: 'tbsp', cup: 'cup', cups: 'cup',
  // mass
  kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg', kgs: 'kg',
  gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', milligram: 'mg', milligrams: 'mg', mg: 'mg', microgram: 'ug',
  micrograms: 'ug', microgramme: 'ug', microgrammes: 'ug', mcg: 'ug', 'µg': 'ug', 'μg': 'ug', tonne: 't', tonnes: 't',
  // news "tons" of oil, grain or steel are metric tonnes (within 10 % of either other ton); "short tons" says so
  'metric ton': 't', 'metric tons': 't', 'metric tonnes': 't', ton: 't', tons: 't', 'short ton': 'ton', 'short tons': 'ton',
  lb: 'lb', lbs: 'lb',
  ounce: 'oz', ounces: 'oz', oz: 'oz', drachma: 'dr', drachmas: 'dr', dram: 'dr', drams: 'dr',
  // speed
  'km/h': 'km/h', kph: 'km/h', kmph: 'km/h', 'km/hr': 'km/h', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h',
  'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h', mph: 'mph', 'miles per hour': 'mph', 'miles an hour': 'mph',
  'mile per hour': 'mph', 'm/s': 'm/s', 'metres per second': 'm/s', 'meters per second': 'm/s', 'metres a second': 'm/s',
  knot: 'kn', knots: 'kn', 'meters per millisecond': 'm/ms', 'metres per millisecond': 'm/ms',
  'centimeters per millisecond': 'cm/ms', 'centimeters/millisecond': 'cm/ms', 'km/ms': 'km/ms',
  // power, energy
  watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', kw: 'kW', megawatt: 'MW', megawatts: 'MW', mw: 'MW',
  gigawatt: 'GW', gigawatts: 'GW', gw: 'GW', terawatt: 'TW', terawatts: 'TW', horsepower: 'hp', bhp: 'hp', hp: 'hp',
  kwh: 'kWh', 'kilowatt hour': 'kWh', 'kilowatt hours': 'kWh', 'kilowatt-hour': 'kWh', 'kilowatt-hours': 'kWh',
  mwh: 'MWh', 'megawatt hour': 'MWh', 'megawatt hours': 'MWh', gwh: 'GWh', 'gigawatt hour': 'GWh', 'gigawatt hours': 'GWh',
  twh: 'TWh', 'terawatt hour': 'TWh', 'terawatt hours': 'TWh',
  wh: 'Wh', 'watt hour': 'Wh', 'watt hours': 'Wh', 'watt-hour': 'Wh', 'watt-hours': 'Wh',
  'amp hour': 'Ah', 'amp hours': 'Ah', 'amp-hour': 'Ah', 'amp-hours': 'Ah', 'ampere hour': 'Ah', 'ampere hours': 'Ah',
  mah: 'mAh', 'milliamp hour': 'mAh', 'milliamp hours': 'mAh', 'milliamp-hour': 'mAh', 'milliamp-hours': 'mAh',
  'milliampere hour': 'mAh', 'milliampere hours': 'mAh',
  // data
  bit: { unit: 'bit', noArticle: true }, bits: 'bit', byte: 'B', bytes: 'B', kilobyte: 'kB', kilobytes: 'kB', megabyte: 'MB', megabytes: 'MB',
  gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', petabyte: 'PB', petabytes: 'PB', exabyte: 'EB', exabytes: 'EB', megabit: 'Mbit', megabits: 'Mbit',
  gigabit: 'Gbit', gigabits: 'Gbit', kb: 'kB', 'mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'mb/s': 'Mbit/s', 'gbit/s': 'Gbit/s',
  gbps: 'Gbit/s', kbps: 'kbit/s', 'kbit/s': 'kbit/s', 'kb/s': 'kbit/s', 'megabits per second': 'Mbit/s', 'gigabits per second': 'Gbit/s', 'megabit per second': 'Mbit/s',
  // rates written out: "0.5 megabits a second", "384 kilobits per second"
  kilobit: 'kbit', kilobits: 'kbit', 'kilobits per second': 'kbit/s', 'kilobit per second': 'kbit/s', 'kilobits a second': 'kbit/s',
  'megabits a second': 'Mbit/s', 'megabit a second': 'Mbit/s', 'gigabit per second': 'Gbit/s', 'gigabits a second': 'Gbit/s',
  'gigabit a second': 'Gbit/s',
  hertz: 'Hz', hz: 'Hz', khz: 'kHz', kilohertz: 'kHz', mhz: 'MHz', megahertz: 'MHz', ghz: 'GHz', gigahertz: 'GHz',
  // computing speed ("70.72 teraflops", "80 megaflops", "35 TFLOPS")
  flops: 'FLOPS', megaflops: 'MFLOPS', mflops: 'MFLOPS', gigaflops: 'GFLOPS', gflops: 'GFLOPS', teraflops: 'TFLOPS', tflops: 'TFLOPS',
  petaflops: 'PFLOPS', pflops: 'PFLOPS', teraflop: 'TFLOPS', gigaflop: 'GFLOPS', megaflop: 'MFLOPS', petaflop: 'PFLOPS',
  // written out ("42.7 trillion calculations per second", "80 million operations a second")
  'calculations per second': 'FLOPS', 'calculations a second': 'FLOPS', 'operations per second': 'FLOPS', 'operations a second': 'FLOPS',
  'floating-point operations per second': 'FLOPS', 'floating point operations per second': 'FLOPS',
  megapixel: 'MP', megapixels: 'MP', mpx: 'MP',
  // angle, temperature
  // a bare degree in a sentence about heat is Celsius, as British and most world news write it
  degree: { unit: '°', temperature: '°C' }, degrees: { unit: '°', temperature: '°C' }, '°': '°', deg: '°', rad: 'rad', radian: 'rad', radians: 'rad', turn: 'turn', turns: 'turn',
  'degrees celsius': '°C', 'degrees centigrade': '°C', '°c': '°C', '° celsius': '°C', '° fahrenheit': '°F', 'degrees fahrenheit': '°F', '°f': '°F',
  // durations (lower case only: "US TV show 60 Minutes", "the film 28 Days Later" are titles)
  year: DURATION_WORD('year'), years: DURATION_WORD('year'), yr: 'year', yrs: 'year', month: DURATION_WORD('month'), months: DURATION_WORD('month'),
  week: DURATION_WORD('week'), weeks: DURATION_WORD('week'),
  fortnight: { unit: 'week', multiple: 2 }, fortnights: { unit: 'week', multiple: 2 }, day: DURATION_WORD('day'), days: DURATION_WORD('day'),
  hour: DURATION_WORD('hour'), hours: DURATION_WORD('hour'), hr: 'hour', hrs: 'hour', minute: DURATION_WORD('minute'), minutes: DURATION_WORD('minute'), min: 'minute',
  mins: 'minute',
  // "six second-hand airplanes", "40 second-class tickets": the ordinal
  second: { unit: 'second', notBefore: ['hand', 'rate', 'class', 'tier', 'largest', 'biggest', 'highest', 'lowest', 'best', 'worst', 'half', 'string', 'division', 'generation', 'placed', 'round'] },
  seconds: 'second', millisecond: 'millisecond', milliseconds: 'millisecond', sec: 'second', secs: 'second',
  decade: { unit: 'year', multiple: 10 }, decades: { unit: 'year', multiple: 10 },
  century: { unit: 'year', multiple: 100 }, centuries: { unit: 'year', multiple: 100 },
};

function currencyPhrases(): Record<string, UnitSpec> {
  const out: Record<string, UnitSpec> = { ...CURRENCY_WORDS };
  // lower-case codes only where they are no word of the language ("a try" is rugby, not Turkish lira)
  for (const code of SAFE_LOWERCASE_CODES) out[code.toLowerCase()] = code;
  for (const [adjective, nouns, code] of ADJECTIVE_CURRENCIES) {
    for (const noun of nouns) out[`${adjective} ${noun}`] = code;
    // "65 Canadian cents": a dollar's hundredth
    if (nouns.includes('dollar')) {
      out[`${adjective} cent`] = { unit: code, factor: 0.01 };
      out[`${adjective} cents`] = { unit: code, factor: 0.01 };
    }
  }
  return out;
}


export const units: UnitLanguage = {
  words: { ...PHYSICAL, ...PERCENT, ...currencyPhrases() },
  // "5' 10\"", "5ft 10in", "6 ft 2 in", "5 feet 10 inches": one height
  feetInches: { feet: ["'", '′', '’', 'ft', 'feet', 'foot'], inches: ['"', '″', '”', 'in', 'ins', 'inch', 'inches'] },
  symbols: {
    ...Object.fromEntries(ISO_CODES.map((c) => [c, c])),
    m: 'm', l: 'l', t: 't', g: 'g', W: 'W', MB: 'MB', mb: 'Mbit', Mb: 'Mbit', GB: 'GB', Gb: 'Gbit', TB: 'TB', PB: 'PB',
    KB: 'kB', kB: 'kB', C: { unit: '°C', glued: true }, F: { unit: '°F', glued: true },
    // "12MP" glued only: spaced "one MP" is a member of parliament
    Ah: 'Ah', MP: { unit: 'MP', glued: true },
    p: { unit: 'GBP', factor: 0.01, glued: true }, s: { unit: 'second', glued: true }, L: { unit: 'l', glued: true },
    // "a 42in screen" (spaced "42 in" is the preposition)
    in: { unit: 'in', glued: true },
  },
  currencyPrefixes: {
    ...CURRENCY_SYMBOLS, 'rs': 'INR', 'rs.': 'INR',
    // tokenised newswire spaces the symbol off: "c $ 16.4 million", "hk $ 10.05 billion"
    'c $': 'CAD', 'hk $': 'HKD', 'nz $': 'NZD', 'u.s. $': 'USD', 'u.s $': 'USD', 'us $': 'USD',
    // a currency named in full before the figure: "Australian dollars 648m", "Swiss francs 2bn"
    ...Object.fromEntries(ADJECTIVE_CURRENCIES.flatMap(([adjective, nouns, code]) => nouns.map((noun) => [`${adjective} ${noun}`, code]))),
    ...Object.fromEntries(ISO_CODES.map((c) => [c.toLowerCase(), c])),
  },
  ratePhrases: {
    'a day': 'd', 'per day': 'd', 'each day': 'd', 'every day': 'd', daily: 'd', '/day': 'd', '/d': 'd', 'a year': 'year',
    'per year': 'year', 'per annum': 'year', 'a year.': 'year', annually: 'year', 'each year': 'year', 'every year': 'year',
    '/year': 'year', '/yr': 'year', 'a month': 'month', 'per month': 'month', monthly: 'month', 'a week': 'week', 'per week': 'week',
    'an hour': 'h', 'per hour': 'h',
  },
  // (oil only: the barrel says it; "cubic metres of gas" keeps its commodity outside the figure)
  rateFillers: ['of oil', 'of crude', 'of crude oil'],
  rateAdjectives: { daily: 'd', annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week' },
  // "an annual investment of 400m pesos" in a story on Argentina: Argentine pesos
  countryCurrencies: [
    { words: ['peso', 'pesos'], byCountry: { AR: 'ARS', CL: 'CLP', CO: 'COP', PH: 'PHP', MX: 'MXN', UY: 'UYU', CU: 'CUP', DO: 'DOP' } },
    { words: ['dinar', 'dinars'], byCountry: { DZ: 'DZD', IQ: 'IQD', KW: 'KWD', TN: 'TND', JO: 'JOD', RS: 'RSD', LY: 'LYD', BH: 'BHD', MK: 'MKD' } },
    // (a bare rupee is India's unless the article is about Sri Lanka, Pakistan or Nepal)
    { words: ['rupee', 'rupees'], byCountry: { IN: 'INR', LK: 'LKR', PK: 'PKR', NP: 'NPR' } },
    { words: ['shilling', 'shillings'], byCountry: { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' } },
    { words: ['kwacha'], byCountry: { ZM: 'ZMW', MW: 'MWK' } },
    { words: ['leu', 'lei'], byCountry: { RO: 'RON', MD: 'MDL' } },
    // (a bare franc is France's unless the article is on Switzerland, Belgium, Luxembourg or a CFA country)
    { words: ['franc', 'francs'], byCountry: { FR: 'FRF', CH: 'CHF', BE: 'BEF', LU: 'LUF', ...CFA_COUNTRIES } },
    { words: ['cfa franc', 'cfa francs'], byCountry: CFA_COUNTRIES, namedBy: ['african'] },
  ],
  indexContext: [
    'atx', 'dax', 'mdax', 'sdax', 'tecdax', 'dow', 'ftse', 'nikkei', 'nasdaq', 's&p', 'stoxx', 'cac', 'smi', 'hang', 'kospi', 'sensex', 'ibex', 'mib', 'aex', 'bux', 'wig', 'pti', 'dowjones', 'index', 'indices', 'indexes', 'share', 'shares', 'stock', 'stocks', 'equities', 'equity', 'market', 'markets',
    'exchange', 'bourse', 'trading', 'traders', 'investors', 'bonds', 'futures', 'blue-chip', 'bluechip', 'dollar', 'yen',
    'rate', 'rates', 'interest', 'yield', 'yields',
  ],
  indexContextEndings: ['index'],
  // (not "lead": a team's lead is counted in points too)
  percentPointContext: ['margin of error', 'margins of error', 'poll', 'polls', 'opinion poll', 'survey', 'surveys', 'turnout', 'approval rating'],
  // "in 35 degrees heat", "temperatures of 40 degrees", "an oven at 180 degrees"
  temperatureContext: {
    words: [
      'heat', 'heatwave', 'hot', 'hotter', 'hottest', 'warm', 'warmer', 'warmest', 'warming', 'cold', 'colder',
      'coldest', 'chill', 'freezing', 'frozen', 'fever', 'boil', 'boiling', 'oven', 'bake', 'baked', 'cook', 'cooked',
      'climate', 'shade', 'thermometer',
    ],
    stems: ['temperature'],
  },
  moneyContext: [
    'cost', 'costs', 'costing', 'price', 'prices', 'priced', 'pay', 'paid', 'pays', 'paying', 'salary', 'wage', 'wages',
    'fine', 'fined', 'earn', 'earned', 'earns', 'sales', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues',
    'fee', 'fees', 'worth', 'budget', 'debt', 'debts', 'tax', 'taxes', 'ticket', 'tickets', 'rent', 'sterling', 'bid',
    'deal', 'fund', 'funding', 'spend', 'spent', 'spending', 'invest', 'invested', 'investment', 'raise', 'raised',
    'bonus', 'pension', 'pensions', 'income', 'savings', 'bill', 'bills', 'charge', 'charges', 'valued', 'value',
    'loan', 'loans', 'cash', 'money', 'million', 'billion', 'bn', 'm', 'shares', 'share', 'dividend', 'pence', 'penny',
    'bank', 'contract', 'award', 'damages', 'compensation', 'sold', 'bought', 'buy', 'sell', 'offer', 'turnover',
  ],
};
