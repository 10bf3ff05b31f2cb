// What holdout72's blind run showed: a squad list gives caps and goals as bare pairs after its
// first entry names them ("38 Länderspiele/1 Tor" ... "67/1"), "reveals" is a verb a report
// shows figures with, and "Forum for the Future" is one name. Sentences written for these
// tests unless named.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';

describe('bare pairs in a list headed by a pair of counted nouns', () => {
  it('are two counts each ("(Leicester, 67/1)" after "38 Länderspiele/1 Tor")', () => {
    const squad = 'Verteidigung: Aleksandar Dragovic (Dynamo Kiew, 38 Länderspiele/1 Tor), Christian Fuchs (Leicester, 67/1), György Garics (Darmstadt, 40/2), Florian Klein (Stuttgart, 3/4).';
    expect(found(squad).map((m) => [m.text, m.value])).toEqual([
      ['38', 38], ['1', 1], ['67', 67], ['1', 1], ['40', 40], ['2', 2], ['3', 3], ['4', 4],
    ]);
    expect(texts('Defence: John Terry (Chelsea, 38 caps/1 goal), Ashley Cole (Arsenal, 40/0).', 'en')).toEqual(['38', '1', '40', '0']);
  });

  it('stay no figures without such a head ("(Graz, 67/1)", "24/7", "9/11")', () => {
    expect(texts('Die Werte (Graz, 67/1) sind gut.')).toEqual([]);
    expect(texts('The shop is open 24/7, he said, since 9/11.', 'en')).toEqual([]);
  });
});

describe('a report that reveals, by an organisation named with "for the"', () => {
  it('is the organisation, in full', () => {
    // holdout72, tech-017 (shortened)
    const text = 'The Forum for the Future report took an in-depth look at Romania. The report reveals that approximately 15 million mobile phones go out of use every year in the UK.';
    expect(sources(text, ['15 million'], 'en')).toEqual(['Forum for the Future']);
    expect(sources('The Campaign for the Protection of Rural England said 15 million phones go out of use.', ['15 million'], 'en')).toEqual(['Campaign for the Protection of Rural England']);
  });

  it('keeps a role for a body and a person apart', () => {
    expect(sources('A spokesman for the Treasury said 15 million phones go out of use.', ['15 million'], 'en')).toEqual(['Treasury']);
    expect(sources('The study finds that 40% of firms pay too much.', ['40%'], 'en')).toEqual(['study']);
  });
});
