// Title, date and publisher of real articles (seeds, both corpora).
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeInput } from '../fixtures/context-period/input.js';
import {
  FOLDED_UNDER_U, PublisherLabel, collapseSpaces, findMetadata, hasPublisherMark, hasSourceCue, isBoilerplate, nextDateHint, words,
} from '../src/context/metadata.js';
import { boilerplate as deBoilerplate } from '../src/lang/de/boilerplate.js';
import { boilerplate as enBoilerplate } from '../src/lang/en/boilerplate.js';
import type { Lang } from '../src/types.js';

const seed = (name: string) => fs.readFileSync(`/work/shared/seeds/${name}`, 'utf8');
const hasSeeds = fs.existsSync('/work/shared/seeds/003_5bb7e6327448b29a.txt');
const meta = (text: string, lang: Lang = 'de') => findMetadata(makeInput(text, lang));

describe.runIf(hasSeeds)('seed articles', () => {
  it("reads the headline, the article's own dateline and its source line, not the teasers' (seed 003)", () => {
    expect(meta(seed('003_5bb7e6327448b29a.txt'))).toEqual({
      title: 'Donald Trump und Wladimir Putin: Eine Zweckfreundschaft auf Zeit',
      date: '2025-01-21',
      publisher: 'InvestmentWeek',
    });
  });

  it('skips a kicker above the headline (seed 001) and joins a headline wrapped after a hyphen (seed 002)', () => {
    expect(meta(seed('001_bc6d95fe6cdf14b2.txt')).title).toBe('Trump möchte wieder mit Russland handeln – den USA bringt das wenig');
    expect(meta(seed('002_dc734513eda1ed5f.txt')).title).toBe('Trump und Zelensky betonen den US-Kurswechsel zu Russland');
  });

  it('finds no date where the article states none, despite dates in its ads (seed 004)', () => {
    const m = meta(seed('004_09a662b9e68ea153.txt'));
    expect(m.title).toBe('Alaska-Gipfel: Putin trifft Trump mit starker Verhandlungsposition');
    expect(m.date).toBeNull();
  });
});

describe('datelines', () => {
  it('reads a dateline at the end of the article before the teasers ("[InvestmentWeek] · 21.01.2025 · 18:00 Uhr")', () => {
    const text = [
      'Trump als Pragmatiker – und als Risiko',
      'Trotz dieser Vorgeschichte setzt der Kreml erneut Hoffnungen in Trump. Anders als viele US-Politiker, die Russland primär als Feind betrachten, hat Trump stets betont, dass er keinen ideologischen Konflikt mit Moskau sieht.',
      'Finanzen / Global',
      '[InvestmentWeek] · 21.01.2025 · 18:00 Uhr',
      '[0 Kommentare]',
      'Bundestag - Wehrdienstgesetz',
      'Berlin (dpa) - Das Renten-Drama hat Bundeskanzler Friedrich Merz überstanden. Auf ein geruhsames Weihnachtsfest kann er sich aber noch lange nicht freuen.',
      'Lüdenscheid, 05.12.2025 (lifePR) - Future Fuels Inc. freut sich bekannt zu geben, dass es offiziell das Genehmigungsverfahren eingeleitet hat.',
      'Bärbel Bas am 04.12.2025',
    ].join('\n');
    expect(meta(text)).toMatchObject({ date: '2025-01-21', publisher: 'InvestmentWeek' });
  });

  it('reads a press release dateline "Lüdenscheid, 05.12.2025 (lifePR) -"', () => {
    const text = 'Future Fuels beantragt Bohrgenehmigung für Uranprojekt\nLüdenscheid, 05.12.2025 (lifePR) - Future Fuels Inc. freut sich bekannt zu geben, dass es offiziell das Genehmigungsverfahren für Bohrungen in seinem zu 100 % unternehmenseigenen Uranprojekt eingeleitet hat.';
    expect(meta(text)).toEqual({ title: 'Future Fuels beantragt Bohrgenehmigung für Uranprojekt', date: '2025-12-05', publisher: 'lifePR' });
  });

  it('reads the agency trailer of a DER STANDARD article (test-953)', () => {
    const text =
      'Erdogans Regime geht mit der Maßnahme vor allem gegen prokurdische Oppositionsvertreter vor. Ankara – Auf Betreiben von Staatspräsident Recep Tayyip Erdogan hat das türkische Parlament die Aufhebung der Immunität zahlreicher Abgeordneter beschlossen. Sollten mindestens fünf Prozent der Sitze frei werden, was 28 Abgeordneten entspricht, muss nach der Verfassung in diesen Wahlbezirken nachgewählt werden.  (APA, dpa,  20.5.2016)';
    expect(meta(text)).toEqual({
      title: 'Erdogans Regime geht mit der Maßnahme vor allem gegen prokurdische Oppositionsvertreter vor.',
      date: '2016-05-20',
      publisher: 'APA, dpa',
    });
  });

  it('reads English datelines', () => {
    const text = "Australia rates at four year high\n\nPublished: 2 March 2005\n\nAustralia is raising its benchmark interest rate to its highest level in four years despite signs of a slowdown in the country's economy.";
    expect(meta(text, 'en')).toEqual({ title: 'Australia rates at four year high', date: '2005-03-02', publisher: null });
    const us = 'Ad sales boost Time Warner profit\nJanuary 21, 2005, 18:00 GMT\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.';
    expect(meta(us, 'en').date).toBe('2005-01-21');
    // BBC's own stamp of the time: the year first, slashes between
    const stamped = 'Ad sales boost Time Warner profit\nPublished: 2005/01/21 18:00:00 GMT\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.';
    expect(meta(stamped, 'en').date).toBe('2005-01-21');
  });

  it('leaves the date empty when the article has none (BBC corpus)', () => {
    const text = "Australia rates at four year high\n\nAustralia is raising its benchmark interest rate to its highest level in four years despite signs of a slowdown in the country's economy.\n\nThe rate hike was the first since December 2003 and had been well-flagged in advance.";
    expect(meta(text, 'en')).toEqual({ title: 'Australia rates at four year high', date: null, publisher: null });
  });
});

describe('headlines', () => {
  it('skips a cookie banner and navigation above the headline (de-web-windpark)', () => {
    const text = 'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Akzeptieren“ stimmen Sie der Verarbeitung zu. Mehr erfahren\nAkzeptieren | Einstellungen\n\nBURGENLAND | REGION | WIRTSCHAFT | SPORT | SERVICE\n\nWindpark Parndorf-Nord: Ausbau soll Strom für 60.000 Haushalte liefern\n\nVon Redaktion · 7. März 2024\n\nEisenstadt – Der Energieversorger Pannonia Energie will den Windpark Parndorf-Nord bis Ende 2026 um 14 Windräder erweitern.';
    expect(meta(text)).toMatchObject({ title: 'Windpark Parndorf-Nord: Ausbau soll Strom für 60.000 Haushalte liefern', date: '2024-03-07' });
  });

  it('takes a masthead line as the publisher when nothing else names one', () => {
    const text = 'Investmentweek\n\nDonald Trump und Wladimir Putin: Eine Zweckfreundschaft auf Zeit\n\nWarum der Kreml sich vom neuen US-Präsidenten viel verspricht – und was am Ende wirklich realistisch ist.';
    expect(meta(text)).toMatchObject({ title: 'Donald Trump und Wladimir Putin: Eine Zweckfreundschaft auf Zeit', publisher: 'Investmentweek' });
  });
});

describe('collapseSpaces', () => {
  it('is replace(/\\s+/g, " "), without a copy when there is nothing to collapse', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', 'ß', '\ufeff'), { maxLength: 20 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (s) => {
      expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
    }), { numRuns: 2000, seed: 5 });
    const headline = 'Ein Titel mit einfachen Leerzeichen';
    expect(collapseSpaces(headline)).toBe(headline);
  });
});

describe('publisher label search', () => {
  // the label regex tried before colons only finds what the regex unanchored finds
  const cues = ['quelle', 'source', 'via'];
  const unanchored = new RegExp(`(?:^|[\\s·|])(?:${cues.join('|')})\\s*:\\s*([^·|\\n]{2,40}?)\\s*(?:[·|]|$)`, 'iu');
  const label = new PublisherLabel(cues);
  const pieces = ['Quelle', 'quelle', 'SOURCE', 'via', 'Via', ':', ' : ', ' ', '  ', '\n', '·', '|', 'dpa', 'APA/red', 'x', 'Xquelle', '12:30', 'Foto', 'ſource', '–'];

  it('matches the unanchored regex on text made of cue pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const want = unanchored.exec(text);
        const got = label.find(text);
        expect(got?.index).toBe(want?.index);
        expect(got?.[1]).toBe(want?.[1]);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns down a cue with a colon in it', () => {
    expect(() => new PublisherLabel(['Quelle:'])).toThrow();
  });
});

describe('date hint scan', () => {
  // the widened scan without `u`, checked by the hint where it stops, finds what the hint's own global scan finds
  const hint = /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}(?:\.|st|nd|rd|th)?\s?\p{L}{3,}\.?,?\s\d{4}|\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{4}-\d{2}-\d{2}/gu;
  const pieces = [
    '1', '2', '0', '12', '2025', '-', '.', ', ', ' ', '\u00a0', '\n', 'st', 'nd', 'th', 'März', 'Jan', 'ab', 'x', 'ß',
    '\u{1d400}', '\ud835', '\udc00', '„', '·', '–', '(', ')', '%', '€', 'Uhr', '12.', '01.', '5th', '21,', 'January',
  ];
  it('matches the hint regex on text made of date pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const want: Array<[number, string]> = [];
        hint.lastIndex = 0;
        for (let m = hint.exec(text); m; m = hint.exec(text)) want.push([m.index, m[0]]);
        const got: Array<[number, string]> = [];
        for (let m = nextDateHint(text, 0); m; m = nextDateHint(text, m.index + m[0].length)) got.push([m.index, m[0]]);
        expect(got).toEqual(want);
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});

describe('block-wide dateline cues', () => {
  // tried at colons, brackets and parentheses only, they say what the plain regexes say
  const sourceCue = /\b(?:Quelle|Source)\s*:/i;
  const publisherMark = /\[[^\]]{2,40}\]|\(\s*\p{L}[\p{L}\s]{1,20}\)/u;
  const pieces = [
    'Quelle', 'quelle', 'SOURCE', 'Xquelle', 'ſource', ':', ' ', '  ', '\u00a0', '\n', '[', ']', '(', ')', 'dpa', 'APA',
    'x', 'ab', '1', '·', '\u{1d400}', '\ud835', 'Investmentweek', 'Deutsche Presse Agentur Berlin', '_',
  ];
  it('match the regexes on text made of cue pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(hasSourceCue(text)).toBe(sourceCue.test(text));
        expect(hasPublisherMark(text)).toBe(publisherMark.test(text));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });
});

describe('word count', () => {
  // words up to a limit: the whitespace-separated runs holding a letter or digit, capped
  const all = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const pieces = ['a', 'Ä', '1', '-', '–', '„', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u{1d400}', '\u{1f600}', '\ud835', '.'];
  it('is the count of such runs, or the limit when there are at least that many', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.integer({ min: 1, max: 14 }), (parts, limit) => {
        const text = parts.join('');
        expect(words(text, limit)).toBe(Math.min(all(text), limit));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });
});

describe('boilerplate headline test', () => {
  const cues = { de: deBoilerplate, en: enBoilerplate };
  const anywhere = (lang: Lang) => [...(cues[lang].phrases ?? []), ...(cues[lang].meta ?? [])];

  it('lists every character that u case-folds onto a cue letter where the plain /i does not', () => {
    const letters = new Set([...anywhere('de'), ...anywhere('en')].join('').replace(/[^\p{L}]/gu, ''));
    for (const letter of letters) {
      const withU = new RegExp(letter, 'iu');
      const plain = new RegExp(letter, 'i');
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (withU.test(ch) !== plain.test(ch)) expect(FOLDED_UNDER_U.test(ch), `${letter} U+${c.toString(16)}`).toBe(true);
      }
    }
  });

  it('says what the cue regexes with `u` say, on lines made of cue pieces', () => {
    for (const lang of ['de', 'en'] as const) {
      const c = cues[lang];
      const anchored = new RegExp([...(c.whole ?? []).map((p) => `^(?:${p})$`), ...(c.label ?? []).map((p) => `^(?:${p})$`), ...(c.prefix ?? []).map((p) => `^(?:${p})`)].join('|'), 'iu');
      const loose = new RegExp(anywhere(lang).join('|'), 'iu');
      const pieces = [
        'Cookie', 'cooKie', 'coo\u212aie', 'ſtand:', 'Stand:', 'Quelle:', 'newsletter', 'GEWINNSPIEL', 'Datenschutzerklärung', 'DATENSCHUTZERKLÄRUNG',
        'DATENSCHUTZERKLÄRUNG'.replace('Ä', 'ä'), 'Straẞe', 'Lesezeit', 'min. lesen', '18:00 Uhr', '12.30', ' uhr', '10:30 GMT', '9 a.m.', 'pm',
        'Trump', ' ', '\u{1d400}', '\ud835', '„', '–', 'x', 'ı', 'İ', 'Å', 'å', 'µ',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const line = parts.join('');
          expect(isBoilerplate(lang, line)).toBe(anchored.test(line) || loose.test(line));
        }),
        { numRuns: 3000, seed: 19 },
      );
    }
  });
});
