// The benchmark rival: @microsoft/recognizers-text-suite (devDependency).
// Loaded through require(): its UMD bundle's named ESM exports for the
// recognizer classes come out undefined under Node's CJS interop.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function loadRecognizers() {
  const suitePath = require.resolve('@microsoft/recognizers-text-suite');
  const suite = require(suitePath);
  // The recognizer classes live in the suite's own dependencies; resolve them from there.
  const fromSuite = createRequire(suitePath);
  const number = fromSuite('@microsoft/recognizers-text-number');
  const withUnit = fromSuite('@microsoft/recognizers-text-number-with-unit');
  const version = fromSuite('@microsoft/recognizers-text-suite/package.json').version;
  return { suite, number, withUnit, version };
}

const MODELS = [
  ['number', (n) => n.getNumberModel()],
  ['percentage', (n) => n.getPercentageModel()],
  ['currency', (_n, u) => u.getCurrencyModel()],
  ['dimension', (_n, u) => u.getDimensionModel()],
];

/**
 * What Culture.German really does in the npm build: whether a German model
 * exists (asked without fallback), and whether the convenience API with
 * Culture.German answers exactly as with Culture.English on real sentences.
 */
export function germanCultureReport(R, sentences) {
  const { suite, number, withUnit } = R;
  const de = suite.Culture.German;
  const nr = new number.NumberRecognizer(de);
  const ur = new withUnit.NumberWithUnitRecognizer(de);
  const missing = [];
  const strictGetters = {
    number: () => nr.getNumberModel(de, false),
    percentage: () => nr.getPercentageModel(de, false),
    currency: () => ur.getCurrencyModel(de, false),
    dimension: () => ur.getDimensionModel(de, false),
  };
  let error = '';
  for (const [name, get] of Object.entries(strictGetters)) {
    try {
      get();
    } catch (err) {
      missing.push(name);
      error ||= String(err?.message ?? err);
    }
  }
  // Convenience API: does German differ from English anywhere?
  const fns = ['recognizeNumber', 'recognizePercentage', 'recognizeCurrency', 'recognizeDimension'];
  let same = 0;
  for (const s of sentences) {
    const a = JSON.stringify(fns.map((f) => suite[f](s, de)));
    const b = JSON.stringify(fns.map((f) => suite[f](s, suite.Culture.English)));
    if (a === b) same++;
  }
  const probe = suite.recognizeNumber('1.500 Menschen und zwölf Kinder', de).map((r) => `"${r.text}" -> ${r.resolution.value}`);
  return { culture: de, missing, error, same, total: sentences.length, probe };
}

/** Builds the four models once (as a careful user would) in the culture the npm build really has. */
export function makeRival(R) {
  const culture = R.suite.Culture.English; // what Culture.German falls back to
  const nr = new R.number.NumberRecognizer(culture);
  const ur = new R.withUnit.NumberWithUnitRecognizer(culture);
  const models = MODELS.map(([name, get]) => [name, name === 'number' || name === 'percentage' ? get(nr) : get(nr, ur)]);
  return {
    /** All results of the four models on one text. */
    parse(text) {
      const out = [];
      for (const [name, m] of models) for (const r of m.parse(text)) out.push({ model: name, text: r.text, resolution: r.resolution });
      return out;
    },
    /** Just the numeric values found in `text` (percent "25%" -> 25). */
    values(text) {
      const vals = [];
      for (const r of this.parse(text)) {
        const v = parseValue(r.resolution?.value);
        if (v !== null) vals.push(v);
      }
      return vals;
    },
    /**
     * Per-model CPU time (ms) over `texts`, the number of results, and how many
     * texts were parsed: text by text through all four models, stopping once
     * `budgetMs` of CPU time is spent (at least one text is always parsed).
     */
    timeEach(texts, budgetMs = Infinity) {
      const ms = Object.fromEntries(models.map(([name]) => [name, 0]));
      let results = 0;
      let count = 0;
      let spent = 0;
      for (const s of texts) {
        for (const [name, m] of models) {
          const c = process.cpuUsage();
          results += m.parse(s).length;
          const d = process.cpuUsage(c);
          const took = (d.user + d.system) / 1000;
          ms[name] += took;
          spent += took;
        }
        count++;
        if (spent >= budgetMs) break;
      }
      return { ms, results, count };
    },
    model: (name) => models.find(([n]) => n === name)[1],
  };
}

function parseValue(v) {
  if (v === null || v === undefined) return null;
  const n = Number(String(v).replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Recognizers is built for short utterances and several of its regexes are
 * superlinear on long input, so it is fed sentence by sentence (a plain split
 * after . ! ? before whitespace; the split itself is counted in its time).
 */
export function roughSentences(text) {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
}
