// Words and signs the comparison table, markdown and SARIF share, so the three
// never describe one group differently.
import { isUnknownMetric, type ComparisonGroup, type GroupLink } from '../compare/index.js';
import type { Claim, Verdict } from '../types.js';

/** A sign per verdict that reads without colour. */
export const VERDICT_SIGN: Record<Verdict, string> = {
  conflict: '✗',
  different_period: '↔',
  consistent: '✓',
  single: '·',
};

export const VERDICT_WORD: Record<Verdict, string> = {
  conflict: 'conflict',
  different_period: 'different period',
  consistent: 'consistent',
  single: 'single',
};

/** The qualifier as a sign plus the hedge as written ("≤ knapp", "≈ rund"), or the qualifier's name. */
export function qualifierShown(c: Pick<Claim, 'qualifier' | 'hedge'>): string {
  if (!c.hedge || c.qualifier === 'exact' || c.qualifier === 'range') return QUALIFIER_WORD[c.qualifier];
  return `${QUALIFIER_WORD[c.qualifier].split(' ')[0]} ${c.hedge}`;
}

export const QUALIFIER_WORD: Record<Claim['qualifier'], string> = {
  exact: 'exact', about: '≈ about', at_most: '≤ at most', at_least: '≥ at least', more_than: '> more than',
  less_than: '< less than', range: 'range',
};

/** "trade volume (RU, US)": the metric as a reader names it. */
export function groupTitle(g: Pick<ComparisonGroup, 'metric' | 'entities'>): string {
  return titleOf(g.metric, g.entities);
}

/** A directed flow's label already names its countries ("exports US to RU"). */
const titleOf = (metric: { key: string; label: string }, entities: string[]) =>
  entities.length && !metric.key.includes('@') ? `${metric.label} (${entities.join(', ')})` : metric.label;

/** Why a neighbouring group must not be read as the same figure. */
export function linkWarning(l: GroupLink, self: Pick<ComparisonGroup, 'unit'>): string {
  const other = titleOf(l.metric, l.entities);
  switch (l.relation) {
    case 'whole': return `${other}: a part of it`;
    case 'part': return `${other}: this is a part of it`;
    case 'counterpart': return `${other}: its counterpart`;
    case 'direction': return `${other}: the same flow in the other direction`;
    case 'narrower': return `${other}: a broader measure`;
    case 'broader': return `${other}: a narrower measure`;
    case 'scope': return `${other}: ${l.entities.length ? 'a different scope (countries, parties or partners)' : 'countries or parties not stated'}`;
    case 'currency': return `${other} in ${l.unit}: no ${l.unit}/${self.unit} exchange rate given (rates: in .claimcheck.yaml)`;
    case 'unit': return `${other} in ${l.unit === 'pp' ? 'percentage points' : l.unit}: not the same as ${self.unit === 'pp' ? 'percentage points' : self.unit}`;
  }
}

/**
 * Groups a reader wants to see, and how many figures had no recognised metric:
 * those are single by construction and would bury the rest even under --all.
 */
export function splitUnknown(groups: ComparisonGroup[]): { known: ComparisonGroup[]; unknown: number } {
  const known = groups.filter((g) => !isUnknownMetric(g.metric));
  return { known, unknown: groups.length - known.length };
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface Counts {
  conflict: number;
  different_period: number;
  consistent: number;
  single: number;
}

export function countVerdicts(groups: ComparisonGroup[]): Counts {
  const c: Counts = { conflict: 0, different_period: 0, consistent: 0, single: 0 };
  for (const g of groups) c[g.verdict]++;
  return c;
}

/** "3 conflicts, 2 different periods, 4 consistent across 5 documents" */
export function summaryLine(groups: ComparisonGroup[], documents: number, all: boolean): string {
  const c = countVerdicts(groups);
  const parts = [
    plural(c.conflict, 'conflict', 'conflicts'),
    plural(c.different_period, 'different period', 'different periods'),
    `${c.consistent} consistent`,
  ];
  if (all) parts.push(`${c.single} single`);
  return `${parts.join(', ')} across ${plural(documents, 'document', 'documents')}`;
}

/** Whitespace collapsed, as Claim.sentence holds it. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The part of the sentence around the figure that fits `width` characters:
 * before, the figure, after, with "…" where it was cut. Cutting keeps the
 * figure in view, which is what the reader is looking for.
 */
export function excerpt(sentence: string, figure: string, width: number): { before: string; figure: string; after: string } {
  const s = collapse(sentence);
  const f = collapse(figure);
  const at = f ? s.indexOf(f) : -1;
  if (at < 0) return { before: '', figure: '', after: cut(s, width) };
  let before = s.slice(0, at);
  let after = s.slice(at + f.length);
  const room = Math.max(0, width - [...f].length);
  if ([...before].length + [...after].length <= room) return { before, figure: f, after };
  // give the text before the figure up to 40 % of the room, the rest after it
  const beforeRoom = Math.min([...before].length, Math.max(Math.floor(room * 0.4), room - [...after].length));
  if ([...before].length > beforeRoom) before = beforeRoom > 1 ? '…' + fromWordStart([...before].slice(-(beforeRoom - 1)).join('')) : '';
  const afterRoom = room - [...before].length;
  if ([...after].length > afterRoom) after = afterRoom > 1 ? toWordEnd([...after].slice(0, afterRoom - 1).join('')) + '…' : '';
  return { before, figure: f, after };
}

/** Drops a cut word at the start ("ei blieben" -> " blieben"), unless that would leave almost nothing. */
function fromWordStart(s: string): string {
  const sp = s.indexOf(' ');
  return sp > 0 && sp < s.length / 2 ? s.slice(sp) : s;
}

/** Drops a cut word at the end. */
function toWordEnd(s: string): string {
  const sp = s.lastIndexOf(' ');
  return sp > s.length / 2 ? s.slice(0, sp + 1) : s;
}

function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Word-wraps one line of prose to `width`, continuation lines indented like the first. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (const w of text.split(' ')) {
    const n = [...w].length;
    if (line && length + 1 + n > width) {
      lines.push(line);
      line = w;
      length = n;
    } else {
      line = line ? `${line} ${w}` : w;
      length += (length ? 1 : 0) + n;
    }
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => ([...l].length > width ? chunk(l, width) : [l]));
}

function chunk(s: string, width: number): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += Math.max(1, width)) out.push(chars.slice(i, i + Math.max(1, width)).join(''));
  return out;
}
