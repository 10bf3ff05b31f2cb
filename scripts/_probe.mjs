import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire(import.meta.url);
const R = require('@microsoft/recognizers-text-suite');
const lines = fs.readFileSync('../shared/corpus/de-news.jsonl','utf8').split('\n').filter(Boolean).slice(0,20).map(l=>JSON.parse(l).text);
for (const f of ['recognizeNumber','recognizePercentage','recognizeCurrency','recognizeDimension','recognizeNumber']) {
  let t0=performance.now(); let n=0;
  for (const t of lines) n+=R[f](t,R.Culture.German).length;
  console.log(f, n, (performance.now()-t0).toFixed(0),'ms');
}
const N = require('@microsoft/recognizers-text-number'); const U = require('@microsoft/recognizers-text-number-with-unit');
const nr = new N.NumberRecognizer(N.Culture.English), ur = new U.NumberWithUnitRecognizer(N.Culture.English);
let t0=performance.now();
const models=[nr.getNumberModel(),nr.getPercentageModel(),ur.getCurrencyModel(),ur.getDimensionModel()];
console.log('build', (performance.now()-t0).toFixed(0));
for (const m of models) { t0=performance.now(); let n=0; for (const t of lines) n+=m.parse(t).length; console.log(m.modelTypeName, n, (performance.now()-t0).toFixed(0)); }
