// What each figure measures: the metric key a fact-checker's comparison groups
// by, and the countries it concerns. Real sentences from the seeds and the
// de/en corpora; the figures are placed by hand.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import { asWritten } from '../src/context/metric-key.js';
import type { Lang } from '../src/types.js';
import { contextInput, type FigureSpec } from './context-metric-support.js';

function metrics(text: string, lang: Lang, figures: Array<string | FigureSpec>) {
  return resolveMetrics(contextInput(text, lang, figures));
}
const keyOf = (text: string, lang: Lang, figure: string | FigureSpec) => metrics(text, lang, [figure])[0].metric.key;

describe('metric keys from the noun phrase a figure belongs to', () => {
  it('reads the seed articles on Russian-US trade', () => {
    const text = [
      'Das Treffen könnte einen Wendepunkt in den festgefahrenen Beziehungen zwischen Russland und den USA markieren.',
      'Die nackten Zahlen sprechen eine deutliche Sprache: Mit einem Handelsvolumen von lediglich 2,8 Milliarden Dollar im ersten Halbjahr 2025 bewegt sich der Warenaustausch zwischen beiden Ländern auf einem geradezu lächerlichen Niveau. Zum Vergleich: Noch 2015 belief sich das Volumen auf 12,8 Milliarden Dollar.',
      'Alaska entpuppt sich als wahre Schatzkammer: Mit nachgewiesenen Ölreserven von 3,4 Milliarden Barrel und einer täglichen Produktion von über 400.000 Barrel spielt der nördlichste US-Bundesstaat in der obersten Liga. Die Gasreserven von 3,5 Billionen Kubikmetern unterstreichen das gewaltige Potenzial.',
      'Besonders perfide erscheint das Einfrieren russischer Vermögenswerte im Wert von 280 Milliarden Dollar.',
    ].join('\n');
    const m = metrics(text, 'de', [
      '2,8 Milliarden Dollar', '12,8 Milliarden Dollar', '3,4 Milliarden Barrel', '400.000 Barrel',
      '3,5 Billionen Kubikmetern', '280 Milliarden Dollar',
    ]);
    expect(m.map((x) => x.metric.key)).toEqual([
      'trade.volume', 'trade.volume', 'reserves.oil', 'production.oil', 'reserves.gas', 'assets.frozen',
    ]);
    // "zwischen beiden Ländern" and "das Volumen" resolve to the pair the text is about
    expect(m[0].entities).toEqual(['RU', 'US']);
    expect(m[1].entities).toEqual(['RU', 'US']);
    expect(m[5].entities).toEqual(['RU']);
  });

  it('keeps a part apart from its whole: US exports are not the bilateral trade volume', () => {
    const text = [
      'Falls sein Statement den bilateralen Handel betrifft, so erweist sich ein Blick auf die historischen Daten als ernüchternd. Im Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar. Dabei blieben die US-Exporte mit knapp 526 Millionen US-Dollar weit hinter den im Gegenzug aus Russland stammenden Exporten zurück.',
      'Seinen Höhepunkt hatte der Handel zwischen den USA und Russland im Mai 2014. Damals hatten die Exporte der USA nach Russland rund 12,5 Milliarden US-Dollar betragen.',
    ].join('\n');
    const [total, part, peak] = metrics(text, 'de', ['3,5 Milliarden US-Dollar', '526 Millionen US-Dollar', '12,5 Milliarden US-Dollar']);
    expect(total.metric.key).toBe('trade.volume');
    expect(total.entities).toEqual(['RU', 'US']);
    expect(part.metric.key).toBe('exports@US>RU');
    expect(part.metric.key).not.toBe(total.metric.key);
    // "US-Exporte" and "Exporte der USA nach Russland" are the same flow
    expect(peak.metric.key).toBe(part.metric.key);
    // the other direction is another flow
    expect(keyOf('Die Exporte Russlands in die USA lagen bei 2,9 Milliarden Dollar.', 'de', '2,9 Milliarden Dollar')).toBe('exports@RU>US');
    expect(keyOf('Russian exports to the US were worth $2.9bn.', 'en', '$2.9bn')).toBe('exports@RU>US');
  });

  it('gives German and English wording of the same metric the same key and entities', () => {
    const de = metrics('Im Jahr 2024 erreichte das Handelsvolumen zwischen Russland und den USA rund 3,5 Milliarden US-Dollar.', 'de', ['3,5 Milliarden US-Dollar'])[0];
    const en = metrics('In 2024 bilateral trade between the US and Russia reached about $3.5bn.', 'en', ['$3.5bn'])[0];
    expect(en.metric.key).toBe(de.metric.key);
    expect(en.entities).toEqual(de.entities);

    const pairs: Array<[string, string, string, string, string]> = [
      ['Die US-Exporte nach Russland beliefen sich auf 526 Millionen Dollar.', '526 Millionen Dollar', 'US exports to Russia were just $526m last year.', '$526m', 'exports@US>RU'],
      ['Alaska verfügt über Ölreserven von 3,4 Milliarden Barrel.', '3,4 Milliarden Barrel', 'Alaska has proven oil reserves of 3.4 billion barrels.', '3.4 billion barrels', 'reserves.oil'],
      ['Die EU hat russische Vermögenswerte im Wert von 280 Milliarden Dollar eingefroren.', '280 Milliarden Dollar', 'The EU is holding frozen Russian assets worth $280bn.', '$280bn', 'assets.frozen'],
      ['Die Arbeitslosenquote stieg auf 5,6 Prozent.', '5,6 Prozent', 'The unemployment rate rose to 5.6%.', '5.6%', 'unemployment.rate'],
      ['Das Bruttoinlandsprodukt wuchs um 1,2 Prozent.', '1,2 Prozent', 'Gross domestic product grew by 1.2%.', '1.2%', 'gdp.change'],
    ];
    for (const [deText, deFig, enText, enFig, key] of pairs) {
      expect([keyOf(deText, 'de', deFig), keyOf(enText, 'en', enFig)]).toEqual([key, key]);
    }
  });

  it('splits German compounds: the head names the metric, the modifier narrows it', () => {
    expect(keyOf('Das Gesamtexportvolumen der Vereinigten Staaten lag bei 2,1 Billionen Dollar.', 'de', '2,1 Billionen Dollar')).toBe('exports.total@US>');
    expect(keyOf('Die Stahlexporte brachen auf 5 Milliarden Euro ein.', 'de', '5 Milliarden Euro')).toBe('exports.steel');
    expect(keyOf('Die Weinexporte brachen auf 5 Millionen Euro ein.', 'de', '5 Millionen Euro')).toBe('exports~wein');
    expect(keyOf('Die Flüchtlingszahl stieg im Oktober auf 12.000.', 'de', '12.000')).toBe('refugees');
    expect(keyOf('Der Konzern meldete ein Umsatzplus von 7 Prozent.', 'de', '7 Prozent')).toBe('revenue.change');
  });

  it('gives an unknown noun a stem key that survives inflection, in both articles', () => {
    const a = keyOf('Geplant ist ein Wolkenkratzer mit 150 Stockwerken.', 'de', '150');
    const b = keyOf('Der Turm soll 150 Stockwerke haben.', 'de', '150');
    expect(a).toBe('noun:stockwerk');
    expect(b).toBe(a);
  });

  it('tells a share and a change from the level of a money metric', () => {
    const text = 'Die Exporte erreichten 5 Milliarden Euro. Sie stiegen damit um 12 Prozent. Der Anteil der Exporte am BIP lag bei 20 Prozent.';
    const [level, change, share] = metrics(text, 'de', ['5 Milliarden Euro', '12 Prozent', '20 Prozent']).map((m) => m.metric.key);
    expect(level).toBe('exports');
    expect(share).toBe('exports.share');
    expect(new Set([level, change, share]).size).toBe(3);
  });

  it('reads real corpus sentences (DER STANDARD, BBC)', () => {
    expect(keyOf('So hätten bereits 18 Prozent der Arbeiter einen All-in-Vertrag, laut Arbeitsklimaindex der AK Oberösterreich.', 'de', '18 Prozent')).toBe('employees.share');
    const henkel = metrics('Die Henkel-Aktie verlor vier Prozent und war damit schlechtester Wert im deutschen Leitindex DAX.', 'de', [{ text: 'vier Prozent', kind: 'percent', unit: '%' }])[0];
    expect(henkel.metric.key).toBe('stock.price.change');
    expect(henkel.entities).toEqual(['Henkel']);
    const bbc = 'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.';
    const m = metrics(bbc, 'en', ['76%', '$1.13bn', '£600m', '$639m']);
    expect(m.map((x) => x.metric.key)).toEqual(['profit.change', 'profit', 'profit', 'profit']);
    expect(m[1].entities).toEqual(['US']);
  });

  it('reads a flow from its verb when the noun is only the commodity', () => {
    expect(keyOf('Russland exportiert Öl im Wert von 5 Milliarden Dollar nach China.', 'de', '5 Milliarden Dollar')).toBe('exports.oil@RU>CN');
    // "in Russland" is where, not where to
    expect(keyOf('In Russland sind die Exporte um 5 Prozent gestiegen.', 'de', '5 Prozent')).toBe('exports.change@RU>');
  });

  it('lets a verb name what people counted died of', () => {
    expect(keyOf('Bei dem Anschlag starben mindestens 30 Menschen.', 'de', '30')).toBe('deaths');
    expect(keyOf('At least 30 people were killed in the attack.', 'en', '30')).toBe('deaths');
  });

  it('resolves mentions given out of document order as in order (each keeps its own index)', () => {
    // "waren es 4.000" takes the metric of the figure before it, "(4.090)" continues the list of "(18.478)"
    const text = [
      'Im März waren es 3.500 Besucher. Im April waren es 4.000.',
      'In Wien (18.478) vor Oberösterreich (4.090) wurden Anträge gestellt.',
    ].join('\n');
    const input = contextInput(text, 'de', ['3.500', '4.000', '18.478', '4.090']);
    const ordered = resolveMetrics(input);
    expect(ordered[1].metric.key).toBe('visitors');
    const order = [3, 1, 2, 0];
    const shuffled = resolveMetrics({ ...input, mentions: order.map((k) => input.mentions[k]) });
    expect(shuffled).toEqual(order.map((k) => ordered[k]));
  });

  it('is deterministic', () => {
    const text = 'Mit einem Handelsvolumen von lediglich 2,8 Milliarden Dollar bewegt sich der Warenaustausch auf einem niedrigen Niveau.';
    const a = metrics(text, 'de', ['2,8 Milliarden Dollar']);
    const b = metrics(text, 'de', ['2,8 Milliarden Dollar']);
    expect(a).toEqual(b);
  });
});

describe('metric labels, for people', () => {
  const labelOf = (text: string, figure: string) => metrics(text, 'de', [figure])[0].metric;

  it('names a narrowing modifier as the article writes it, while the key keeps its stem', () => {
    const m = labelOf('Der Stückpreis lag zuletzt bei 12 Euro.', '12 Euro');
    expect(m.key).toBe('price~stuck');
    expect(m.label).toBe('price (Stück)');
    const chem = labelOf('Russland wiederum verschifft vor allem radioaktive Chemikalien in die USA – das Handelsvolumen machte allein im Februar 2025 rund 103 Millionen US-Dollar aus.', '103 Millionen US-Dollar');
    expect(chem.key).toBe('exports~chemikali@RU>US');
    expect(chem.label).toBe('exports (Chemikalien) RU to US');
  });
});

describe('asWritten', () => {
  it('restores case and umlauts, gives back endings the stemmer cut, and falls back to the stem', () => {
    expect(asWritten('fluchtling', ['Flüchtlingskinder'])).toBe('Flüchtling');
    expect(asWritten('industri', ['Industriewachstum'])).toBe('Industrie');
    expect(asWritten('strass', ['Straßenbau'])).toBe('Straß');
    expect(asWritten('oil', ['oil'])).toBe('oil');
    expect(asWritten('bau', ['Haushalt', 'Bauproduktion'])).toBe('Bau');
    expect(asWritten('xyz', ['Stückpreis'])).toBe('xyz');
  });
});
