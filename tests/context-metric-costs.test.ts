// The metric step keeps less per sentence than it did: token ends and
// boundaries come from the word, and the running counts behind betweenCost
// live in one array shared by all sentences. These tests hold the new
// representation to the old definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../src/context/entities.js';
import { lexiconFor } from '../src/context/metric-lexicon.js';
import { SentenceAnalysis, analyseHead } from '../src/context/metric-phrase.js';
import { tokenize, type MentionSpan, type Token } from '../src/context/metric-tokens.js';

const lex = lexiconFor('de');
const entities = buildEntityIndex(lex.grammar, 'de');

// the boundaries the tokens kept as a field of their own
const BOUNDARY: Record<string, number> = {
  ',': 1, '–': 1, '—': 1, '-': 1, '(': 1, ')': 1, '[': 1, ']': 1,
  ';': 2, ':': 2, '|': 2, '·': 2, '•': 2, '!': 2, '?': 2,
};

/** betweenCost as the per-sentence prefix arrays counted it, token by token. */
function naiveCost(tokens: readonly Token[], a: number, b: number, perWord: number, perComma: number, perFigure: number): number {
  let words = 0;
  let commas = 0;
  let figures = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct') words++;
    if (t.boundary === 1) commas++;
    if (t.mention >= 0 && (k === 0 || tokens[k - 1].mention !== t.mention)) figures++;
  }
  return perWord * words + perComma * commas + perFigure * figures;
}

const pieces = ['Exporte', 'von', '5', 'Mrd.', 'Euro', ',', '(', ')', ';', ':', '-', '–', 'US-Handel', 'stieg', 'um', '3,5', 'Prozent', '!', 'und'];

/** A sentence of pieces, with every numeric piece a figure of its own or, every other time, joined to the next. */
function sentence(parts: string[]): { text: string; spans: MentionSpan[] } {
  let text = '';
  const spans: MentionSpan[] = [];
  for (const p of parts) {
    if (text) text += ' ';
    if (/^\d/.test(p)) spans.push({ aStart: text.length, aEnd: text.length + p.length + (spans.length % 2 ? 5 : 0), index: spans.length });
    text += p;
  }
  // spans that reach into the next figure are clipped: the input's mentions do not overlap
  for (let k = 0; k + 1 < spans.length; k++) spans[k].aEnd = Math.min(spans[k].aEnd, spans[k + 1].aStart);
  return { text, spans };
}

describe('metric sentence costs', () => {
  it('betweenCost counts as the per-sentence prefix arrays did, whatever sentences it alternates between', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 30 }),
        (sentences, asks) => {
          const views = sentences.map((parts) => {
            const { text, spans } = sentence(parts);
            return new SentenceAnalysis(tokenize(text, 0, text.length, spans), lex, entities);
          });
          for (const [v, a, b] of asks) {
            const view = views[v % views.length];
            const n = view.tokens.length + 1;
            const [x, y] = [a % n, b % n];
            expect(view.betweenCost(x, y, 0.3, 4, 1.5)).toBe(x >= y ? 0 : naiveCost(view.tokens, x, y, 0.3, 4, 1.5));
          }
        },
      ),
    );
  });

  it('a sentence too long for the shared counts has its own, and the shared ones stay right', () => {
    const long = sentence(Array.from({ length: 9000 }, (_, k) => pieces[k % pieces.length]));
    const short = sentence(['Exporte', 'von', '5', 'Mrd.', ',', 'Euro', '7']);
    const big = new SentenceAnalysis(tokenize(long.text, 0, long.text.length, long.spans), lex, entities);
    const small = new SentenceAnalysis(tokenize(short.text, 0, short.text.length, short.spans), lex, entities);
    const n = big.tokens.length;
    expect(3 * n).toBeGreaterThan(3 * 4096);
    for (const [x, y] of [[0, n], [5, 9], [100, n - 1]]) {
      expect(big.betweenCost(x, y, 0.3, 4, 1.5)).toBe(naiveCost(big.tokens, x, y, 0.3, 4, 1.5));
      expect(small.betweenCost(0, small.tokens.length, 0.3, 4, 1.5)).toBe(naiveCost(small.tokens, 0, small.tokens.length, 0.3, 4, 1.5));
    }
  });

  it('token ends and boundaries are those the tokens kept themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, '.', '[', ']', '|', '·', '•', '?', '—', 'U.S.'), { maxLength: 30 }), (parts) => {
        const { text, spans } = sentence(parts);
        for (const t of tokenize(text, 0, text.length, spans)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.boundary).toBe(t.kind === 'punct' ? BOUNDARY[t.text] ?? 0 : 0);
        }
      }),
    );
  });
});

describe('metric sentence view', () => {
  const named = [...pieces, 'nach', 'Russland', 'aus', 'China', 'zwischen', 'den', 'USA', 'der', 'Exporte', 'Importe', 'russischen', 'beiden', 'Ländern', 'EU-Handel'];
  const view = (parts: string[]): SentenceAnalysis => {
    const { text, spans } = sentence(parts);
    return new SentenceAnalysis(tokenize(text, 0, text.length, spans), lex, entities);
  };

  it('gives a phrase the same entities whichever phrases were built before it (one scratch gathers them)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...named), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, before) => {
        const v = view(parts);
        const n = v.tokens.length;
        // each phrase alone in a fresh view, copied at once
        const alone = v.tokens.map((_, k) => (v.isCandidate(k) ? structuredClone(view(parts).phrase(k).entities) : null));
        for (const k of before) if (n && v.isCandidate(k % n)) v.phrase(k % n);
        for (let k = 0; k < n; k++) if (alone[k]) v.phrase(k);
        for (let k = 0; k < n; k++) if (alone[k]) expect(v.phrase(k).entities).toEqual(alone[k]);
      }),
    );
  });

  it('keeps the facet count of every analysis with its facets (baseScore reads the count)', () => {
    const faceted = [...named, 'Erdölreserven', 'Ölexporte', 'Öl', 'des', 'Einfrierens', 'Gas', 'Stahlexporte', 'Rohöl'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...faceted), { maxLength: 30 }), (parts) => {
        const v = view(parts);
        for (let k = 0; k < v.tokens.length; k++) {
          if (!v.isCandidate(k)) continue;
          const np = v.phrase(k);
          expect(np.analysis.facetCount).toBe(np.analysis.facets.size);
          if (np.complement) expect(np.complement.facetCount).toBe(np.complement.facets.size);
        }
      }),
    );
    const oil = analyseHead([], 'Erdölreserven', lex);
    expect([oil.facetCount, oil.facets.size]).toEqual([1, 1]);
  });

  it('lists entity positions and figure spans as a scan of the tokens finds them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...named), { maxLength: 40 }), (parts) => {
        const v = view(parts);
        expect(v.entityAt).toEqual(v.entities.flatMap((e, k) => (e ? [k] : [])));
        expect(v.entities.length).toBe(v.tokens.length);
        const spans = new Map<number, [number, number]>();
        v.tokens.forEach((t, k) => {
          if (t.mention >= 0) spans.set(t.mention, [spans.get(t.mention)?.[0] ?? k, k]);
        });
        for (let m = -1; m <= parts.length; m++) expect(v.figureTokens(m)).toEqual(spans.get(m) ?? null);
      }),
    );
  });
});
