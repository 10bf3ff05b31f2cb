import { test } from 'vitest';
import { PhraseReader } from '../src/context/attribution-phrase.js';
import { tokenize } from '../src/context/attribution-tokens.js';
import { attribution } from '../src/lang/en/attribution.js';
test('x', () => {
  const t = 'According to Labor Department figures, US firms added only 146,000 jobs in January.';
  const toks = tokenize(t, 0, t.length);
  const r = new PhraseReader(attribution, () => false);
  console.log(JSON.stringify(r.readAfter(toks, 2)));
});
