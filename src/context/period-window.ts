// Definite references back to a time window named earlier in the article:
// "Von September bis November 2015 wurden 3.000 Anzeigen erstattet. ... In den drei
// Monaten stieg die Zahl um 608" -> 2015-09..2015-11. The words are the language's
// `windowReference` data; this reads a sentence's reference and measures windows.
import type { Lang } from '../types.js';
import type { TimeLexicon, WindowUnit } from './period-lexicon.js';
import { slotSources } from './period-scan.js';
import { Cue } from './period-cues.js';
import { time as deTime } from '../lang/de/time.js';
import { time as enTime } from '../lang/en/time.js';

const TIME: Record<Lang, TimeLexicon> = { de: deTime, en: enTime };

/** A window reference in a sentence; `length` null where it names none ("in dem Zeitraum"). */
export interface WindowReference {
  length: { count: number; unit: WindowUnit } | null;
}

interface CompiledWindow {
  /** the regex sources of the counted references, then of the plain one */
  sources: string[];
  counted: RegExp[];
  countedCue: Cue[];
  plain: Cue;
  counts: Map<string, number>;
  units: Map<string, WindowUnit>;
}

const cache = new Map<Lang, CompiledWindow>();

function compiled(lang: Lang): CompiledWindow {
  let hit = cache.get(lang);
  if (!hit) {
    const lex = TIME[lang];
    const ref = lex.windowReference;
    const n = slotSources(lex).n;
    const unit = Object.keys(ref.units).sort((a, b) => b.length - a.length).join('|');
    const sources = ref.counted.map((p) => p.replace('{n}', n).replace('{unit}', unit).replace(/ /g, '\\s{1,3}'));
    const plain = ref.plain.replace(/ /g, '\\s{1,3}');
    hit = {
      sources: [...sources, plain],
      counted: sources.map((s) => new RegExp(s, 'u')),
      countedCue: sources.map((s) => new Cue(s)),
      plain: new Cue(plain),
      counts: new Map(Object.entries(lex.counts).map(([k, v]) => [k.toLowerCase(), v])),
      units: new Map(Object.entries(ref.units).map(([k, v]) => [k.toLowerCase(), v])),
    };
    cache.set(lang, hit);
  }
  return hit;
}

/** The regexes windowReference() asks (for a pre-check that turns most sentences down at once). */
export function windowReferenceSources(lang: Lang): readonly string[] {
  return compiled(lang).sources;
}

/** The window reference a sentence makes, if any: a counted one before a plain one. */
export function windowReference(lang: Lang, sentence: string): WindowReference | null {
  const c = compiled(lang);
  for (let k = 0; k < c.counted.length; k++) {
    if (!c.countedCue[k].test(sentence)) continue;
    const m = c.counted[k].exec(sentence);
    const raw = m?.groups?.n;
    const word = m?.groups?.unit;
    if (!raw || !word) continue;
    const count = /^\d+$/.test(raw) ? Number(raw) : c.counts.get(raw.toLowerCase());
    const unit = c.units.get(word.toLowerCase());
    if (count === undefined || count <= 0 || !unit) continue;
    return { length: { count, unit } };
  }
  return c.plain.test(sentence) ? { length: null } : null;
}

const SPAN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\.\.(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PART = /^(\d{4})-([QH])([1-4])$/;

/** Whether a period is a window a reference may mean: a span, a quarter or a half-year. */
export function isWindow(period: string): boolean {
  return SPAN.test(period) || PART.test(period);
}

/** The window's length in months and (for day spans) days; null where it is none. */
function measure(period: string): { months: number; days: number | null; years: boolean } | null {
  const part = PART.exec(period);
  if (part) return { months: part[2] === 'Q' ? 3 : 6, days: null, years: false };
  const m = SPAN.exec(period);
  if (!m) return null;
  const [, y1, m1, d1, y2, m2, d2] = m;
  const startMonth = Number(y1) * 12 + (m1 ? Number(m1) - 1 : 0);
  const endMonth = Number(y2) * 12 + (m2 ? Number(m2) - 1 : 11);
  if (endMonth < startMonth) return null;
  let days: number | null = null;
  if (d1 && d2) {
    const a = Date.UTC(Number(y1), Number(m1) - 1, Number(d1));
    const b = Date.UTC(Number(y2), Number(m2) - 1, Number(d2));
    days = Math.round((b - a) / 86400000) + 1;
  }
  return { months: endMonth - startMonth + 1, days, years: !m1 && !m2 };
}

/**
 * Whether `period` has the length a reference names. Spans of whole years are counted
 * either way ("zwischen 2010 und 2015 ... in den fünf Jahren": five or six calendar years);
 * day spans in days, weeks or (within a few days) months.
 */
export function fitsLength(period: string, length: NonNullable<WindowReference['length']>): boolean {
  const size = measure(period);
  if (!size) return false;
  const { count, unit } = length;
  if (unit.days !== undefined) {
    if (size.days === null) return false;
    const wanted = count * unit.days;
    return unit.days === 1 ? size.days === wanted : Math.abs(size.days - wanted) < unit.days;
  }
  const months = count * (unit.months ?? 1);
  if (size.days !== null && unit.months === 1) return Math.abs(size.days - months * 30.44) <= 4;
  if (size.years && unit.months === 12) return size.months === months || size.months === months + 12;
  return size.months === months;
}

/** A bare definite reference in a sentence ("in the quarter"), offsets relative to the sentence. */
export interface DefiniteMatch { start: number; end: number; months: number | null }

const definiteCache = new Map<Lang, Array<{ re: RegExp; months: number | null; words: string[] }>>();

/** The bare definite references ("in the quarter", "im Halbjahr") a sentence makes, in text order. */
export function definiteReferences(lang: Lang, sentence: string): readonly DefiniteMatch[] {
  let list = definiteCache.get(lang);
  if (!list) {
    list = TIME[lang].windowReference.definite.map((d) => ({ re: new RegExp(d.pattern.replace(/ /g, '\\s{1,3}'), 'gu'), months: d.months, words: d.words }));
    definiteCache.set(lang, list);
  }
  // most sentences make none: they share one empty answer (a new array per sentence was garbage)
  let out: DefiniteMatch[] = NO_DEFINITES;
  for (const { re, months, words } of list) {
    if (!words.some((w) => sentence.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (out === NO_DEFINITES) out = [];
      out.push({ start: m.index, end: m.index + m[0].length, months });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const NO_DEFINITES: DefiniteMatch[] = [];

/** Whether `period` is a window of `months` months (any window where months is null). */
export function isWindowOf(period: string, months: number | null): boolean {
  if (!isWindow(period)) return false;
  return months === null || fitsLength(period, { count: months, unit: { months: 1 } });
}
