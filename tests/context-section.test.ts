// Body or boilerplate: a figure in a promo box, a teaser of another story or a
// page footer must not be compared with the article's own figures, and no
// figure of a plain article may be lost to "boilerplate".
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySections, decide } from '../src/context/section.js';
import { textUnits, unitFeatures } from '../src/context/section-features.js';
import type { Lang, Section } from '../src/types.js';
import { contextInput } from './context-metric-support.js';

const ROOT = path.resolve(__dirname, '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

/** Section of each listed figure (text + occurrence) in a document. */
function sections(text: string, lang: Lang, figures: Array<string | [string, number]>): Section[] {
  const specs = figures.map((f) => (typeof f === 'string' ? { text: f } : { text: f[0], occurrence: f[1] }));
  return classifySections(contextInput(text, lang, specs));
}

/** Every digit run of a text as a figure (text, occurrence of that substring): a crude lexer, enough for sections. */
function allDigits(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    let n = 0;
    for (let at = text.indexOf(m[0]); at >= 0 && at <= m.index; at = text.indexOf(m[0], at + 1)) n++;
    out.push([m[0], n]);
  }
  return out;
}

describe('sections of the seed pages', () => {
  it('marks the webinar box after seed 000 as boilerplate and keeps the article', () => {
    const text = read('seeds/000_073132b75d45fe6a.txt');
    expect(sections(text, 'de', ['2,8', '12,8', '3,4', '400.000', '280', '10,1', '15.000'])).toEqual([
      'body', 'body', 'body', 'body', 'body', 'body', 'boilerplate',
    ]);
  });

  it('marks the teaser list of other stories after seed 003 as boilerplate', () => {
    const text = read('seeds/003_5bb7e6327448b29a.txt');
    const tail = text.indexOf('[0 Kommentare]');
    const figures = allDigits(text);
    const got = sections(text, 'de', figures);
    const body = figures.filter((_, i) => got[i] === 'body').map(([f]) => f);
    // the article's own figure stays, nothing after the comment counter does
    expect(body).toContain('20');
    const tailFigures = figures.map((f, i) => ({ at: nth(text, f[0], f[1]), section: got[i] })).filter((f) => f.at > tail);
    expect(tailFigures.length).toBeGreaterThan(30);
    expect(tailFigures.every((f) => f.section === 'boilerplate')).toBe(true);
  });

  it('keeps every figure of the plain seed articles as body', () => {
    for (const seed of ['001_bc6d95fe6cdf14b2.txt', '002_dc734513eda1ed5f.txt']) {
      const text = read(`seeds/${seed}`);
      expect(new Set(sections(text, 'de', allDigits(text)))).toEqual(new Set(['body']));
    }
  });
});

function nth(text: string, s: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(s, at + 1);
  return at;
}

describe('sections of other web pages', () => {
  it('reads a German page with wrapped lines, a teaser, an ad and a footer', () => {
    const text = read('fixtures/context-section/de-wrapped-page.txt');
    const got = sections(text, 'de', ['12 Prozent', '48.000', '19 Prozent', '85 Millionen', '1.179', '280.000', '130 Prozent', '50 €', '14 neue', '30 Millionen', '12 Kommentare']);
    expect(got).toEqual([
      'body', 'body', 'body', 'body', // the article
      'boilerplate', 'boilerplate', // "Lesen Sie auch" teaser in the middle of it
      'body', // the article goes on
      'boilerplate', // ad
      'boilerplate', 'boilerplate', 'boilerplate', // "Mehr zum Thema", comments
    ]);
  });

  it('reads an English page with a cookie banner, ads, a newsletter box and related stories', () => {
    const text = read('fixtures/context-section/en-news-page.txt');
    const got = sections(text, 'en', ['0.8%', '4.2%', '3 months', '0.5%', '2%', '5 biggest', '4,000', '5.25%', '4.9%']);
    expect(got).toEqual([
      'body', 'body', // article
      'boilerplate', // ad
      'body', 'body', // article
      'boilerplate', // newsletter box
      'boilerplate', 'boilerplate', 'boilerplate', // related stories, most read
    ]);
  });

  it('reads a German page with a paywall promo, picture credit and teaser list', () => {
    const text = read('fixtures/context-section/de-paywall-page.txt');
    const got = sections(text, 'de', [['8 Prozent', 1], '440.000', '96 Euro', '92 Prozent', '30 Tage', '9,99 €', '60 Prozent', '15 Cent', '4,6 Prozent']);
    expect(got).toEqual([
      'body', 'body', 'body', 'body', // headline and article
      'boilerplate', 'boilerplate', // subscription promo
      'body', // article
      'boilerplate', 'boilerplate', // "Das könnte Sie auch interessieren"
    ]);
  });

  it('keeps a short heading between paragraphs as body', () => {
    const text = 'Der Umsatz stieg im Vorjahr um 4 Prozent auf 2,3 Milliarden Euro, teilte das Unternehmen am Montag in Wien mit. Der Gewinn legte ebenfalls kräftig zu.\n\nAusblick: 5 Prozent Wachstum\n\nFür das laufende Jahr erwartet der Vorstand ein weiteres Wachstum, wie der Konzern in seiner Mitteilung an die Aktionäre betonte. Investitionen sind geplant.';
    expect(sections(text, 'de', ['4 Prozent', '5 Prozent'])).toEqual(['body', 'body']);
  });
});

describe('plain articles stay body', () => {
  it('marks no figure of the corpus articles in fixtures/gold as boilerplate', () => {
    const dir = path.join(ROOT, 'fixtures/gold');
    const files = fs.readdirSync(dir).filter((f) => /^(?:de-test|en-)[\w-]+\.txt$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    let figures = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const digits = allDigits(text);
      figures += digits.length;
      const got = sections(text, f.startsWith('en-') ? 'en' : 'de', digits);
      expect(got.filter((s) => s === 'boilerplate'), f).toEqual([]);
    }
    expect(figures).toBeGreaterThan(200);
  });

  const corpus = '/work/shared/corpus';
  it.skipIf(!fs.existsSync(corpus))('marks under 1 % of the figures of 200 corpus articles per language as boilerplate', () => {
    for (const [file, lang] of [['de-news.jsonl', 'de'], ['en-news.jsonl', 'en']] as const) {
      const lines = fs.readFileSync(path.join(corpus, file), 'utf8').split('\n').filter(Boolean);
      let figures = 0;
      let boilerplate = 0;
      for (let i = 0; i < lines.length && i < 2000; i += Math.floor(lines.length / 200)) {
        const text = JSON.parse(lines[i]).text as string;
        const digits = allDigits(text);
        figures += digits.length;
        boilerplate += sections(text, lang, digits).filter((s) => s === 'boilerplate').length;
      }
      expect(figures).toBeGreaterThan(500);
      expect(boilerplate / figures).toBeLessThan(0.01);
    }
  });
});

describe('a document that is one block', () => {
  // section.ts skips the stopword lookup there: the class must come from the cues alone
  it('is body without a cue, even with few function words (a run of key figures)', () => {
    const text = 'Umsatz 2024: 5,3 Milliarden Euro, Gewinn 1,2 Milliarden Euro, Mitarbeitende 12.000, Standorte 48, Exportquote 61 Prozent, Investitionen 430 Millionen Euro, Forschung 210 Millionen Euro, Auszubildende 900';
    expect(sections(text, 'de', ['5,3', '12.000', '61'])).toEqual(['body', 'body', 'body']);
  });

  it('is boilerplate with a cue', () => {
    const text = 'Jetzt Newsletter abonnieren und beim Gewinnspiel einen von 3 Gutscheinen im Wert von 50 Euro gewinnen';
    expect(sections(text, 'de', ['3', '50 Euro'])).toEqual(['boilerplate', 'boilerplate']);
  });
});

describe('blocks read without their stopword density first', () => {
  // classifySections counts the stopwords only where a block may be boilerplate: the
  // sections must be those of every block classified with its density
  const lines: Record<Lang, string[]> = {
    en: [
      'The company said on Monday that its profits rose by 12% to $1.2bn in the three months to December, as sales of its new phones grew.',
      'Revenue 2024 3.4bn pounds, staff 12,000, sites 48, exports 61%, research 210m pounds, apprentices 900, outlets 75 and more',
      'Profits up 7% in the third quarter',
      'Analysts had expected a rise of 5%. The shares closed 3% higher in London, where the market was 1% up.',
      '- Business', '- Markets', '- Technology 4', 'Advertisement', 'Related stories', 'Most read',
      'Sign up for our newsletter and get 20% off', 'We and our 812 partners use cookies to store and access information on your device. Accept all or reject all.',
      'Save 30% now: was £40, now £28', 'Free delivery on orders over £25', 'Buy now for £19.99',
      'Wireless headphones £49.99', 'Kettle in brushed steel £24.99', 'Garden chairs -20%',
      'Jane Doe is a senior reporter who has written 300 articles for the paper since 2015.',
      '12 comments', 'Share this article', 'Updated 10:45 GMT', '© 2024 Example News. All rights reserved.',
      'It was the 3rd time this year that the bank had cut its forecast, and few economists expect the',
      'economy to recover before 2026, the survey of 40 forecasters found.',
    ],
    de: [
      'Der Umsatz stieg im Vorjahr um 4 Prozent auf 2,3 Milliarden Euro, teilte das Unternehmen am Montag in Wien mit, und der Gewinn legte ebenfalls zu.',
      'Umsatz 2024 5,3 Milliarden Euro, Mitarbeitende 12.000, Standorte 48, Exportquote 61 Prozent, Forschung 210 Millionen Euro',
      'Ausblick: 5 Prozent Wachstum', '- Finanzen', '- Wirtschaft', 'Anzeige', 'Lesen Sie auch', 'Mehr zum Thema',
      'Jetzt Newsletter abonnieren und 3 Monate gratis lesen', 'Wir und unsere 812 Partner nutzen Cookies auf Ihrem Gerät. Alle akzeptieren.',
      'Jetzt 30 % sparen: statt 40 € nur 28 €', 'Versandkostenfrei ab 25 €', 'Kaffeemaschine 89,99 €', 'Wasserkocher 24,99 €', '12 Kommentare', 'Foto: dpa', '18:00 Uhr',
    ],
  };
  it('gives every figure the section of the fully classified blocks', () => {
    const doc = fc.constantFrom<Lang>('en', 'de').chain((lang) => fc.tuple(
      fc.constant(lang),
      fc.array(fc.tuple(fc.constantFrom(...lines[lang]), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 14 }),
    ));
    fc.assert(fc.property(doc, ([lang, parts]) => {
      const text = parts.map(([line, sep]) => line + sep).join('');
      const figures = allDigits(text);
      if (!figures.length) return;
      const input = contextInput(text, lang, figures.map(([f, occurrence]) => ({ text: f, occurrence })));
      const units = textUnits(text, lang);
      const classes = decide(units, units.map((u) => unitFeatures(u, lang)));
      const expected = input.mentions.map(({ mention }) => {
        const i = units.findIndex((u) => u.start <= mention.aStart && mention.aStart < u.end);
        return i >= 0 && classes[i] === 'bad' ? 'boilerplate' : 'body';
      });
      expect(classifySections(input)).toEqual(expected);
    }), { numRuns: 400 });
  });
});
