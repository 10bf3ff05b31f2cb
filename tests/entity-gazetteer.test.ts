// The entity tables know the world's countries (src/lang/<lang>/gazetteer.ts), not only
// the sixty that business news names most: a figure about Sri Lanka or Kenya gets the
// country's code, and the country's name is no metric noun ("noun:lanka") or the
// organisation an article is about. The euro area is a place of its own (EZ), not the EU.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { namesOrganisation } from '../src/compare/metric-scope.js';
import type { Lang } from '../src/types.js';

const claimsOf = (text: string, lang: Lang) => analyse({ path: 't.txt', text }, { lang }).claims;
const only = (text: string, lang: Lang) => {
  const claims = claimsOf(text, lang);
  expect(claims.length).toBe(1);
  return claims[0];
};

describe('a figure about a country beyond the core table', () => {
  it('gets the country code and keeps its metric (English)', () => {
    const tourism = only('Tourist arrivals in Sri Lanka fell by 18% in the first half, officials said.', 'en');
    expect(tourism.entities).toEqual(['LK']);
    expect(tourism.metric?.key ?? '').not.toMatch(/noun:(sri|lanka)/);

    const baht = only('Thailand could lose 45bn baht in farm exports next year.', 'en');
    expect(baht.entities).toEqual(['TH']);
    expect(baht.metric?.key ?? '').not.toMatch(/thailand/);

    const growth = only("Kenya's economy expanded by 4.8% in 2022, the statistics office said.", 'en');
    expect(growth.entities).toEqual(['KE']);
  });

  it('is scoped by a capital or a demonym (English)', () => {
    expect(only('Prices in Nairobi rose by 7% in March.', 'en').entities).toEqual(['KE']);
    expect(only('Thai exports rose by 6% in May.', 'en').entities).toEqual(['TH']);
    expect(only('The Philippines expects 3 million foreign visitors this year.', 'en').entities).toEqual(['PH']);
    expect(only('Dairy exports from New Zealand rose by 9% last year.', 'en').entities).toEqual(['NZ']);
  });

  it('gets the country code and keeps its metric (German)', () => {
    const tourism = only('Die Zahl der Touristen in Sri Lanka sank im ersten Halbjahr um 18 Prozent.', 'de');
    expect(tourism.entities).toEqual(['LK']);
    expect(tourism.metric?.key ?? '').not.toMatch(/noun:(sri|lanka)/);

    const baht = only('Thailand könnte im kommenden Jahr 45 Milliarden Baht an Agrarexporten verlieren.', 'de');
    expect(baht.entities).toEqual(['TH']);
    expect(baht.metric?.key ?? '').not.toMatch(/thailand/);

    expect(only('Kenias Wirtschaft wuchs 2022 um 4,8 Prozent.', 'de').entities).toEqual(['KE']);
    expect(only('Die kenianischen Exporte stiegen im Mai um 6 Prozent.', 'de').entities).toEqual(['KE']);
    expect(only('Neuseeland exportierte im vergangenen Jahr 9 Prozent mehr Milchprodukte.', 'de').entities).toEqual(['NZ']);
  });

  it('is not the organisation an English article is about', () => {
    const text = 'Sri Lanka plans to sell bonds worth $1bn, officials said.\n\nSri Lanka has debts of $50bn. Sri Lanka hopes to agree a deal this month.';
    const claims = claimsOf(text, 'en');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(String(c.organisation ?? '')).not.toMatch(/Lanka/);
  });
});

describe('the euro area', () => {
  it('is EZ, not the EU (English)', () => {
    expect(only('The eurozone economy will grow by 1.1% this year, the ECB said.', 'en').entities).toContain('EZ');
    expect(only('Growth in the euro zone slowed to 0.3% in the second quarter.', 'en').entities).toEqual(['EZ']);
    expect(only('The EU economy will grow by 1.5% next year.', 'en').entities).toEqual(['EU']);
  });

  it('is EZ, not the EU (German)', () => {
    expect(only('Die Wirtschaft im Euroraum soll 2024 um 0,8 Prozent wachsen.', 'de').entities).toEqual(['EZ']);
    expect(only('Die Arbeitslosigkeit in der Eurozone sank im Mai auf 6,4 Prozent.', 'de').entities).toEqual(['EZ']);
    expect(only('Die EU-Wirtschaft soll 2024 um 1,3 Prozent wachsen.', 'de').entities).toEqual(['EU']);
  });
});

describe('names that are no country', () => {
  it('a person named Jordan or Chad names no place', () => {
    expect(only('Jordan Smith scored 24 points in the final.', 'en').entities).toEqual([]);
    expect(only('Chad Lewis paid $2m for the house.', 'en').entities).toEqual([]);
  });

  it('Georgia among US states is no country', () => {
    const c = only('Unemployment in Georgia rose to 4.1%, while Ohio and Michigan reported smaller rises.', 'en');
    expect(c.entities).not.toContain('GE');
  });

  it('an island of the US is not Iceland in German', () => {
    const c = only('Auf Long Island stiegen die Hauspreise um 12 Prozent.', 'de');
    expect(c.entities).not.toContain('IS');
  });

  it('the known countries keep their codes', () => {
    expect(only('Exports from South Korea rose by 8% in May.', 'en').entities).toEqual(['KR']);
    expect(only('Die Exporte Südkoreas stiegen im Mai um 8 Prozent.', 'de').entities).toEqual(['KR']);
  });

  it('a firm written like a country code stays a firm (British Airways, MG Rover, GM, BT)', () => {
    for (const firm of ['BA', 'MG', 'GM', 'BT']) expect(namesOrganisation([firm])).toBe(true);
    for (const place of ['EZ', 'EU', 'TH', 'LK']) expect(namesOrganisation([place])).toBe(false);
  });

  it("what is named after a capital or shares a country's name is no place", () => {
    expect(only('The Lisbon targets aim for an employment rate of 70%.', 'en').entities).toEqual([]);
    expect(only('Iceland, the frozen food retailer, said sales rose 5% last year.', 'en').entities).toEqual([]);
    expect(only('Auf den Cayman Islands lagern 40 Milliarden Euro.', 'de').entities).not.toContain('IS');
  });

  it('a plural country name takes a bare apostrophe as its possessive', () => {
    expect(only("The Maldives' tourism income fell 20% in 2005.", 'en').entities).toEqual(['MV']);
  });
});
