import { test } from 'vitest';
import { loadGold, attributionOk, periodOk } from '../fixtures/context-period/gold-input.js';
import { resolvePeriods } from '../src/context/period.js';
import { resolveAttributions } from '../src/context/attribution.js';
test('dev gold', () => {
  let pn = 0, pok = 0, an = 0, aok = 0;
  const lines: string[] = [];
  for (const d of loadGold()) {
    const periods = resolvePeriods(d.input, d.date);
    const atts = resolveAttributions(d.input);
    d.claims.forEach((c, i) => {
      if (c.section !== 'body' || c.optional) return;
      pn++; an++;
      const pgood = periodOk(c, periods[i]);
      const agood = attributionOk(c, atts[i]);
      if (pgood) pok++;
      if (agood) aok++;
      if (!pgood || !agood) {
        const s = d.input.sentences[d.input.mentions[i].sentenceIndex];
        lines.push(`${d.name} ${JSON.stringify(c.text)}${pgood ? '' : ` P got=${periods[i]} want=${c.period}${c.accept?.period ? ' acc=' + JSON.stringify(c.accept.period) : ''}`}${agood ? '' : ` A got=${atts[i]} want=${c.attribution}${c.accept?.attribution ? ' acc=' + JSON.stringify(c.accept.attribution) : ''}`}\n      | ${s.text.slice(0, 300)}`);
      }
    });
  }
  console.log(lines.join('\n'));
  console.log(`period ${pok}/${pn} = ${(pok / pn * 100).toFixed(1)}%  attribution ${aok}/${an} = ${(aok / an * 100).toFixed(1)}%`);
});
