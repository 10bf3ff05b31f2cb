// Metric synonyms from the user's .claimcheck.yaml: a term the lexicon lacks
// names the configured key the way a lexicon term does (inflected, inside a
// compound), and the built-in lexicon stays as it was for documents without it.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import type { ExtraMetric } from '../src/context/types.js';
import type { Lang } from '../src/types.js';
import { contextInput } from './context-metric-support.js';

const keys = (text: string, lang: Lang, figures: string[], extra: ExtraMetric[] = []) =>
  resolveMetrics(contextInput(text, lang, figures), extra).map((m) => m.metric);

// "Kürbisernte" (pumpkin harvest) and "pumpkin haul" are in no lexicon
const PUMPKIN_DE: ExtraMetric[] = [{ key: 'harvest.pumpkin', label: 'pumpkin harvest', terms: ['Kürbisernte'] }];
const PUMPKIN_EN: ExtraMetric[] = [{ key: 'harvest.pumpkin', terms: ['pumpkin haul'] }];

describe('metric synonyms from the config file', () => {
  it('gives a configured new key and its label to a made-up German term, inflected and compounded', () => {
    const text = [
      'Die Kürbisernte der Steiermark erreichte 2024 rund 12.000 Tonnen.',
      'Die Gesamtkürbisernte lag bei 31.500 Tonnen, der Wert der Kürbisernten bei 9,2 Millionen Euro.',
    ].join('\n');
    const m = keys(text, 'de', ['12.000 Tonnen', '31.500 Tonnen', '9,2 Millionen Euro'], PUMPKIN_DE);
    expect(m[0]).toEqual({ key: 'harvest.pumpkin', label: 'pumpkin harvest' });
    expect(m[1].key).toBe('harvest.pumpkin');
  });

  it('labels a new key with the key itself when the config gives no label (English, multiword term)', () => {
    const m = keys('The pumpkin haul in Illinois reached 318,000 tonnes last year.', 'en', ['318,000 tonnes'], PUMPKIN_EN);
    expect(m[0]).toEqual({ key: 'harvest.pumpkin', label: 'harvest.pumpkin' });
  });

  it('adds a synonym to a lexicon metric: "Handelsumsatz" is the trade volume', () => {
    const text = 'Der Handelsumsatz zwischen Russland und den USA lag 2024 bei 3,5 Milliarden Dollar.';
    const extra: ExtraMetric[] = [{ key: 'trade.volume', terms: ['Handelsumsatz'] }];
    const [with_] = resolveMetrics(contextInput(text, 'de', ['3,5 Milliarden Dollar']), extra);
    expect(with_.metric.key).toBe('trade.volume');
    expect(with_.entities).toEqual(['RU', 'US']);
  });

  it('leaves the built-in lexicon alone: without the config the term is an unknown noun', () => {
    const text = 'Die Kürbisernte der Steiermark erreichte 2024 rund 12.000 Tonnen.';
    keys(text, 'de', ['12.000 Tonnen'], PUMPKIN_DE);
    const [plain] = keys(text, 'de', ['12.000 Tonnen']);
    expect(plain.key).not.toContain('harvest.pumpkin');
    // and an equal config from another array (another worker) reads the same
    const [again] = keys(text, 'de', ['12.000 Tonnen'], PUMPKIN_DE.map((m) => ({ ...m, terms: [...m.terms] })));
    expect(again.key).toBe('harvest.pumpkin');
  });
});
