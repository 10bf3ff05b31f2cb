import { describe, expect, it } from 'vitest';
import { buildEntityIndex, findEntities } from '../src/context/entities.js';
import { lexiconFor } from '../src/context/metric-lexicon.js';
import { WordTable, tokenize } from '../src/context/metric-tokens.js';
import type { Lang } from '../src/types.js';

const SENTENCES: Array<[Lang, string]> = [
  ['de', 'Die US-Exporte nach Russland und die russisch-amerikanischen Beziehungen: Vereinigte Staaten, Russland, EU.'],
  ['de', 'Russland liefert an die Vereinigten Staaten und die USA, russische Firmen an den US-Russland-Handel.'],
  ['en', 'Russian exports to the United States and the U.S. rose; the European Union and Russia traded.'],
  ['en', 'The United States, Russia and US-Russia trade: American firms, the US.'],
];

describe('entities of a sentence', () => {
  it('are the same whether the words are new or already answered for (a word that names nothing is skipped at once)', () => {
    for (const lang of ['de', 'en'] as const) {
      const index = buildEntityIndex(lexiconFor(lang).grammar, lang);
      const table = new WordTable();
      const texts = SENTENCES.filter(([l]) => l === lang).map(([, s]) => s);
      const fresh = texts.map((s) => findEntities(tokenize(s, 0, s.length, [], new WordTable()), index));
      for (let round = 0; round < 3; round++) {
        const again = texts.map((s) => findEntities(tokenize(s, 0, s.length, [], table), index));
        expect(again).toEqual(fresh);
      }
      expect(fresh.flat().filter((e) => e !== null).length).toBeGreaterThan(4);
    }
  });
});
