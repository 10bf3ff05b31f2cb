// The start index must never hide a time expression: at every position of real
// corpus text, the alternatives it hands out match exactly what the whole
// alternation of a language's templates matches there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartIndex, execSubset } from '../src/context/period-starts.js';
import { time as de } from '../src/lang/de/time.js';
import { time as en } from '../src/lang/en/time.js';
import { compileTime, slotSources } from '../src/context/period-scan.js';

const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');

/** The first articles of a corpus, or a few real sentences where the corpus is absent. */
function sample(lang: 'de' | 'en', fallback: string): string {
  const file = path.join(CORPUS, `${lang}-news.jsonl`);
  if (!fs.existsSync(file)) return fallback;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 40);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n');
}

/** Capturing groups in a regex source. */
const captures = (source: string) => new RegExp(`${source}|`, 'u').exec('')!.length - 1;

/** Per position: [alternative, match] of the full alternation and of the index's subset. */
function compare(alternatives: string[], text: string): void {
  const suffix = '(?![\\p{L}\\p{N}])';
  const full = new RegExp(`(?:${alternatives.map((a) => `(${a})`).join('|')})${suffix}`, 'yu');
  const index = new StartIndex(alternatives, suffix);
  let matches = 0;
  for (let p = 0; p < text.length; p++) {
    full.lastIndex = p;
    const m = full.exec(text);
    const subset = index.at(text, p, text.length);
    if (m === null) {
      if (subset) expect(execSubset(subset, text, p)).toBeNull();
      continue;
    }
    matches++;
    expect(subset, `a match at ${p} ("${m[0]}") is not offered`).not.toBeNull();
    const n = execSubset(subset!, text, p);
    expect(n?.m[0]).toBe(m[0]);
    // the same alternative, by the wrapping group of the full alternation
    let k = 0;
    let group = 1;
    while (m[group] === undefined) group += 1 + captures(alternatives[k++]);
    expect(n!.index).toBe(k);
    // and the same groups: the alternative's own captures follow its wrapping group
    const own = captures(alternatives[k]);
    expect(n!.m.slice(n!.marker, n!.marker + 1 + own)).toEqual(m.slice(group, group + 1 + own));
  }
  expect(matches).toBeGreaterThan(0);
}

describe('start index over time templates', () => {
  const templates = (lex: typeof de) => {
    const c = compileTime(lex);
    return (c.starts as unknown as { alternatives: string[] }).alternatives;
  };
  const triggers = (lex: typeof de) => lex.chronoTriggers.map((t) => t.pattern.replace(/\{month\}/g, `(?:${slotSources(lex).month})`));

  it('offers every German rule and trigger match in corpus text', () => {
    const text = sample('de', 'In den ersten sieben Monaten 2025 flossen 10,1 Milliarden Euro. Am 21. Januar 2025 und im Vorjahr, seit Mai 2014.');
    compare(templates(de), text);
    compare(triggers(de), text);
  });

  it('offers every English rule and trigger match in corpus text', () => {
    const text = sample('en', 'In the first half of 2004 profits rose to £125m, a year earlier on January 21, 2005, last year.');
    compare(templates(en), text);
    compare(triggers(en), text);
  });

});
