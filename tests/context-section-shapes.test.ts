// Web-page shapes around an article: consent banners with figures, shop boxes
// under an ad label, author boxes, teaser lists, share counters and copyright
// footers are boilerplate; the article's own fact box stays body. Plus the
// config file's boilerplate phrases.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySections } from '../src/context/section.js';
import type { Lang, Section } from '../src/types.js';
import { contextInput } from './context-metric-support.js';

const ROOT = path.resolve(__dirname, '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

type Figure = string | [string, number];

function sections(text: string, lang: Lang, figures: Figure[], extra: string[] = []): Section[] {
  const specs = figures.map((f) => (typeof f === 'string' ? { text: f } : { text: f[0], occurrence: f[1] }));
  return classifySections(contextInput(text, lang, specs), extra);
}

/** figures -> section, as a readable map for failure messages */
function sectionMap(text: string, lang: Lang, figures: Figure[], extra: string[] = []): Record<string, Section> {
  const got = sections(text, lang, figures, extra);
  return Object.fromEntries(figures.map((f, i) => [typeof f === 'string' ? f : `${f[0]}#${f[1]}`, got[i]]));
}

const body = (xs: Figure[]) => xs.map((x) => [typeof x === 'string' ? x : `${x[0]}#${x[1]}`, 'body'] as const);
const boiler = (xs: Figure[]) => xs.map((x) => [typeof x === 'string' ? x : `${x[0]}#${x[1]}`, 'boilerplate'] as const);

describe('a German page with consent banner, shop box, fact box, author box and teasers', () => {
  const text = read('fixtures/context-section/de-consent-shop-page.txt');
  const article: Figure[] = ['640 Millionen Euro', '25.000', '1,9 Milliarden Euro', '18 Prozent', '90.000 Tonnen', '40.000'];
  const factBox: Figure[] = ['221 Mio. Euro', '45 MW', '410 km', '61.000'];
  const banner: Figure[] = ['142 Partner', '13 Monate'];
  const counters: Figure[] = ['1.240 Likes', '86 Kommentare', '245 Likes', '31 Kommentare', '12 Mal'];
  const shop: Figure[] = ['9 kW', '4.899,00 €', '5.990,00 €', '600 W', '189,00 €', '132,30 €', '4er-Set', 'ab 50 €', '30 %', 'ab 99 €'];
  const author: Figure[] = ['900 Beiträge'];
  const teasers: Figure[] = ['11 Prozent', '6 Euro', '290 Euro', '72 Prozent', '24 neue', '5,8 Prozent'];
  const footer: Figure[] = ['© 2025'];

  it('keeps the article and its "Zahlen & Fakten" box as body', () => {
    expect(sectionMap(text, 'de', [...article, ...factBox])).toEqual(Object.fromEntries(body([...article, ...factBox])));
  });

  it('marks the consent banner, counters, shop lines, author box, teasers and footer as boilerplate', () => {
    const all = [...banner, ...counters, ...shop, ...author, ...teasers, ...footer];
    expect(sectionMap(text, 'de', all)).toEqual(Object.fromEntries(boiler(all)));
  });
});

describe('an English page with the same shapes', () => {
  const text = read('fixtures/context-section/en-consent-shop-page.txt');
  const article: Figure[] = [['£48m', 2], '15,000', '14 months', '220 acres', '5 miles', '312 objections', '40 years'];
  const factBox: Figure[] = ['48 MW', ['£48m', 3], 'about 15,000', ['14 months', 2]];
  const banner: Figure[] = ['836 partners', '24 months'];
  const counters: Figure[] = ['3.2k shares', '1.4k likes', '212 comments', '98 shares'];
  const shop: Figure[] = ['1,000W', '£649.99', '£449.99', 'pack of 10', '£19.99', '30%', '£40'];
  const author: Figure[] = ['since 2016', '1,200 articles'];
  const teasers: Figure[] = ['40%', '8 turbines', '£129', '4.6%'];

  it('keeps the article and its "Key facts" box as body', () => {
    expect(sectionMap(text, 'en', [...article, ...factBox])).toEqual(Object.fromEntries(body([...article, ...factBox])));
  });

  it('marks the consent banner, counters, shop lines, author box and teasers as boilerplate', () => {
    const all = [...banner, ...counters, ...shop, ...author, ...teasers];
    expect(sectionMap(text, 'en', all)).toEqual(Object.fromEntries(boiler(all)));
  });
});

describe('regions inside the page', () => {
  const para = (s: string) => `${s} Das teilte die Landesregierung am Dienstag in einer Aussendung mit, in der sie auch auf die hohen Kosten für den Ausbau der Netze hinwies.`;

  it('keeps a fact box that sits right before a teaser list as body', () => {
    const text = [
      para('Der Windpark Nord soll bis 2027 um 12 Windräder wachsen.'), '',
      'Fakten im Überblick', 'Investitionen 2024: 221 Mio. Euro', 'Leistung: 45 MW', 'Baubeginn: Frühjahr 2026', '',
      'Das könnte Sie auch interessieren', 'Strompreis: Landesversorger senkt Tarif um 15 Prozent', 'Hochwasser: Schäden von 12 Millionen Euro',
    ].join('\n');
    expect(sections(text, 'de', ['12 Windräder', '221 Mio. Euro', '45 MW', 'Frühjahr 2026', '15 Prozent', '12 Millionen Euro']))
      .toEqual(['body', 'body', 'body', 'body', 'boilerplate', 'boilerplate']);
  });

  it('takes headline and summary teasers after "Mehr zum Thema" along until the article resumes', () => {
    const text = [
      para('Die Zahl der Pendler stieg um 8 Prozent.'), '',
      'Mehr zum Thema', '',
      'Strompreise: Landesversorger senkt Tarif um 11 Prozent', 'Ab April zahlen Haushalte im Schnitt 6 Euro weniger im Monat.', '',
      'Heizen mit Holz: Pelletpreise fallen auf 290 Euro pro Tonne', '',
      para('Die Opposition kritisiert, dass die Züge zu Stoßzeiten zu 130 Prozent ausgelastet seien.'),
    ].join('\n');
    expect(sections(text, 'de', ['8 Prozent', '11 Prozent', '6 Euro', '290 Euro', '130 Prozent']))
      .toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']);
  });

  it('ends an ad region where the article text resumes', () => {
    const text = [
      para('Der Umsatz stieg um 4 Prozent.'), '',
      'Anzeige · Partnerangebot', 'Wärmepumpe Aqua Pro', '4.899,00 €', '', 'Heizkörperthermostat', 'ab 50 €', '',
      'Ausblick', '',
      para('Für heuer erwartet der Vorstand ein Plus von 5 Prozent.'),
    ].join('\n');
    expect(sections(text, 'de', ['4 Prozent', '4.899,00 €', 'ab 50 €', '5 Prozent'])).toEqual(['body', 'boilerplate', 'boilerplate', 'body']);
  });

  it('marks an author bio without heading at the end of the article, not a journalist in the news', () => {
    const text = [
      'Police said a journalist who has covered the region since 2016 was among 3 people detained on Friday, and that all of them would be questioned.', '',
      'The broadcaster said it was in contact with the authorities and was seeking the release of its staff, who had been reporting on protests against a new tax law that would raise prices by 12%.', '',
      'Sarah Collins is a senior reporter who has covered energy and climate for the paper since 2014.',
    ].join('\n');
    expect(sections(text, 'en', ['since 2016', '3 people', '12%', 'since 2014'])).toEqual(['body', 'body', 'body', 'boilerplate']);
  });
});

describe('boilerplate phrases from the config file', () => {
  const text = [
    'Der Umsatz des Konzerns stieg im Vorjahr um 4 Prozent auf 2,3 Milliarden Euro, teilte das Unternehmen am Montag in Wien mit.', '',
    'Unser Spar-Tipp der Woche: Tagesgeld mit 3,1 Prozent Zinsen.', '',
    'Für das laufende Jahr erwartet der Vorstand ein Wachstum von 5 Prozent, wie der Konzern in seiner Mitteilung an die Aktionäre betonte.',
  ].join('\n');
  const figures = ['4 Prozent', '3,1 Prozent', '5 Prozent'];

  it('marks a block with a configured phrase as boilerplate (case-insensitive)', () => {
    expect(sections(text, 'de', figures)).toEqual(['body', 'body', 'body']);
    expect(sections(text, 'de', figures, ['spar-tipp der woche'])).toEqual(['body', 'boilerplate', 'body']);
  });

  it('matches whole words only', () => {
    expect(sections(text, 'de', figures, ['Spar-Tipp der'])).toEqual(['body', 'boilerplate', 'body']);
    expect(sections(text, 'de', figures, ['spar-tip', 'umsatz des konzern'])).toEqual(['body', 'body', 'body']);
  });
});
