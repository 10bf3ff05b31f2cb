import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { segment } from '../src/segment/index.js';
import type { Lang } from '../src/types.js';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

function run(text: string, lang: Lang = 'de') {
  const { analysis, blocks } = normalise({ path: 't.txt', text, encoding: 'utf-8' }, lang);
  const sentences = segment('t.txt', analysis, blocks, lang);
  return {
    analysis,
    blocks: blocks.map((b) => analysis.text.slice(b.aStart, b.aEnd)),
    sentences: sentences.map((s) => s.text),
    raw: sentences,
  };
}

describe('PDF text wrapped at a fixed width', () => {
  const pdf = run(read('seeds/002_dc734513eda1ed5f.txt'));

  it('re-joins wrapped lines into paragraphs', () => {
    expect(pdf.sentences).toContain(
      'Diese Art von Konfrontation könnte darauf abzielen, den ukrainischen Führer zu diskreditieren und ihn als Hindernis für die nächsten Schritte der Trump-Administration zu beseitigen.',
    );
    expect(pdf.sentences).toContain(
      'Egal, ob diese Situation bewusst herbeigeführt wurde oder nicht, in Moskau, wo man mit Freude auf die verbale Auseinandersetzung im Weißen Haus reagierte, erwartet man nun, dass die Gespräche zur Wiederbelebung der US-russischen Beziehungen in den kommenden Wochen fortgesetzt bzw. sogar beschleunigt werden.',
    );
  });

  it('keeps compounds wrapped at their hyphen and the words around a wrapped number', () => {
    const all = pdf.sentences.join(' ');
    expect(all).toContain('US-Investoren in den Wiederaufbau der russischen Nord Stream 2-Gaspipeline');
    expect(all).toContain('die rechte US-Ideologie');
    expect(all).not.toMatch(/\w- \w/);
  });

  it('keeps headings as blocks of their own, also when wrapped over two lines', () => {
    for (const heading of [
      'Trump und Zelensky betonen den US-Kurswechsel zu Russland',
      'Moskau reagiert auf die Auseinandersetzung',
      'Erste Gespräche in Riyadh',
      'Riesige Profite und geopolitische Verschiebungen',
      'Europas Isolation und die Reaktion des Kremls',
    ]) {
      expect(pdf.blocks).toContain(heading);
    }
  });

  it('joins a sentence broken by a blank line in the middle', () => {
    expect(pdf.sentences).toContain('Der Artikel beleuchtet die geopolitischen Implikationen und mögliche Wirtschaftsallianzen.');
  });

  it('drops hyphens that split a word, keeps them in compounds and before "und"/"oder"', () => {
    const de = run(read('fixtures/segment/wrapped-de.txt'));
    expect(de.sentences).toEqual([
      'Gespräche über den Syrien-Konflikt',
      'Bereits in den kommenden Tagen wollen Lawrow und Kerry ihre Verhandlungen über den Syrien-Konflikt fortsetzen.',
      'Natürlich müssen Parlaments- und Präsidentenwahlen vorbereitet werden, sagte Außenminister Sergej Lawrow dem staatlichen Fernsehsender Rossija 1 am Samstag.',
      'Auch der russische Vorschlag von Parlaments- und Präsidentenwahlen stieß auf Ablehnung.',
      'Neue Märkte',
      'Künftig wolle sich das Unternehmen strategisch auf klar umrissene Geschäftsfelder und Märkte im Agrar- und Lebensmittelbereich konzentrieren.',
      'Die Verbraucher würden zur Bezahlung mit einer Debit- oder Kreditkarte aus einem bestimmten Land aufgefordert, ohne dass die Trump-Administration oder US-Investoren eingreifen.',
      'Die EU hat erst am 20. Mai neue Sanktionen gegen Russland verkündet, die USA schließen sich dem nicht an.',
    ]);
    const en = run(read('fixtures/segment/wrapped-en.txt'), 'en');
    expect(en.sentences.at(-1)).toBe('But its own internet business, AOL, had has mixed fortunes.');
    expect(en.sentences[1]).toBe(
      'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.',
    );
  });

  it('reports the original span of a dehyphenated sentence, hyphen and line break included', () => {
    const text = read('fixtures/segment/wrapped-de.txt');
    const s = run(text).raw[1];
    expect(text.slice(s.start, s.end)).toContain('Verhand-\nlungen');
    expect(text.slice(s.start, s.end).replace(/-\n/g, '').replace(/\s+/g, ' ')).toBe(s.text);
  });
});

describe('web scrapes with one paragraph per line', () => {
  for (const seed of ['000_073132b75d45fe6a', '001_bc6d95fe6cdf14b2', '003_5bb7e6327448b29a', '004_09a662b9e68ea153']) {
    it(`keeps every line break of seed ${seed.slice(0, 3)}`, () => {
      const text = read(`seeds/${seed}.txt`);
      const { analysis, blocks } = run(text);
      expect(analysis.text).toBe(text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' '));
      const lines = text.split('\n').filter((l) => /[\p{L}\p{N}]/u.test(l));
      expect(blocks.length).toBe(lines.length);
    });
  }

  it('splits a menu of short lines into one sentence per line', () => {
    const { sentences } = run(read('seeds/000_073132b75d45fe6a.txt'));
    expect(sentences.slice(-7)).toEqual(['zum Schutz', '15.000€ Gold', 'zu gewinnen', '- Kettner Edelmetalle News', '- Finanzen', '- Wirtschaft', '- Politik']);
    expect(sentences).toContain('Prof. Werner');
    expect(sentences).toContain('ab Oktober 2025');
  });

  it('keeps a list of headlines one per line, though none ends with a full stop', () => {
    const teasers = read('seeds/003_5bb7e6327448b29a.txt').split('\n').slice(-24).join('\n');
    const { blocks } = run(teasers);
    expect(blocks).toContain('Fußball-WM 2026 - Auslosung Vorrunde');
    expect(blocks).toContain('Versant kündigt eigenen Streamingdienst MS NOW an');
    expect(blocks).toContain('iPhone Air Wiederverkaufswert im freien Fall');
  });

  it('joins a line left with a trailing space and continued in lower case', () => {
    expect(run('It was a cold \nnight in the city.', 'en').sentences).toEqual(['It was a cold night in the city.']);
    expect(run('features\ncontact manager\nevents, activities\n', 'en').sentences).toEqual(['features', 'contact manager', 'events, activities']);
  });
});

describe('layout debris', () => {
  it('drops table-of-contents leaders with their page numbers', () => {
    const toc = '        About Me.......................................5\n        Chapter 2 ............................ 6\n        How To Calculate the Score........... 16-17\n';
    expect(run(toc, 'en').sentences).toEqual(['About Me', 'Chapter 2', 'How To Calculate the Score']);
  });

  it('strips HTML tags and entities left in scraped text', () => {
    const html = '<h2 class="lined">Hello</h2>\n<p>This is a test. Another test.</p>\n<p>AT&amp;T paid <em>$2.8bn</em>.</p>';
    expect(run(html, 'en').sentences).toEqual(['Hello', 'This is a test.', 'Another test.', 'AT&T paid $2.8bn.']);
  });

  it('ignores rules of dashes and lone page numbers', () => {
    expect(run('Einleitung\n\n----------\n\n3\n\nDer Handel brach ein.').sentences).toEqual(['Einleitung', 'Der Handel brach ein.']);
  });
});
