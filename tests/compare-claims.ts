// Hand-made claims for the compare tests: what the pipeline should produce
// for real sentences, so the comparison can be tested without depending on
// the extractor's and context resolvers' progress.
import { compare, type ComparisonGroup } from '../src/compare/index.js';
import { claimId } from '../src/pipeline/claim-id.js';
import type { Claim } from '../src/types.js';

/** compare() with the default tolerance and no rates. */
export const runCompare = (claims: Claim[]) => compare(claims, { tolerance: 0.02, rates: [] });
/** The group that holds claim c. */
export const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;
/** Are all the claims (or those of `these`, compared among all of `claims`) in one group? */
export const together = (claims: Claim[], these: Claim[] = claims) => {
  const groups = runCompare(claims);
  return these.every((c) => groupOf(groups, c) === groupOf(groups, these[0]));
};

const METRICS: Record<string, string> = {
  'trade.volume': 'trade volume',
  'trade.exports': 'exports',
  'trade.imports': 'imports',
  'trade.peak': 'trade peak',
  'oil.reserves': 'oil reserves',
  'oil.production': 'oil production',
  'assets.frozen': 'frozen assets',
  'unemployment.rate': 'unemployment rate',
  'population.total': 'population',
  'company.revenue': 'revenue',
  'company.profit': 'profit',
  'budget.defence': 'defence budget',
  'inflation.rate': 'inflation rate',
  'transfer.fee': 'transfer fee',
  'steel.output': 'steel output',
};

export interface ClaimSpec {
  doc: string;
  sentence: string;
  /** the figure as printed; must occur in `sentence` */
  text: string;
  value: number;
  unit?: string;
  kind?: Claim['kind'];
  qualifier?: Claim['qualifier'];
  hedge?: string | null;
  high?: number | null;
  precision?: number;
  period?: string | null;
  metric: string;
  entities?: string[];
  line?: number;
  attribution?: string | null;
  section?: Claim['section'];
  sentenceIndex?: number;
  direction?: Claim['direction'];
  organisation?: string | null;
}

export function claim(s: ClaimSpec): Claim {
  const at = s.sentence.indexOf(s.text);
  if (at < 0) throw new Error(`"${s.text}" is not in "${s.sentence}"`);
  const line = s.line ?? 1;
  return {
    id: claimId(s.doc, s.sentence, s.text, 0),
    doc: s.doc,
    text: s.text,
    start: line * 1000 + at,
    end: line * 1000 + at + s.text.length,
    line,
    column: at + 1,
    sentence: s.sentence,
    value: s.value,
    high: s.high ?? null,
    unit: s.unit ?? '',
    kind: s.kind ?? (s.unit === '%' || s.unit === 'pp' ? 'percent' : /^[A-Z]{3}$/.test(s.unit ?? '') ? 'currency' : s.unit ? 'quantity' : 'count'),
    qualifier: s.qualifier ?? 'exact',
    period: s.period ?? null,
    metric: { key: s.metric, label: METRICS[s.metric] ?? s.metric },
    attribution: s.attribution ?? null,
    section: s.section ?? 'body',
    sentenceIndex: s.sentenceIndex ?? line,
    hedge: s.hedge ?? null,
    precision: s.precision ?? 0,
    entities: s.entities ?? [],
    direction: s.direction ?? null,
    ...(s.organisation ? { organisation: s.organisation } : {}),
  };
}

// The seeds' trade figures, as the pipeline should read them.
export const seedTrade = {
  h1: claim({
    doc: 'seeds/000.txt', line: 8,
    sentence: 'Die nackten Zahlen sprechen eine deutliche Sprache: Mit einem Handelsvolumen von lediglich 2,8 Milliarden Dollar im ersten Halbjahr 2025 bewegt sich der Warenaustausch zwischen beiden Ländern auf einem geradezu lächerlichen Niveau.',
    text: '2,8 Milliarden Dollar', value: 2.8e9, unit: 'USD', precision: 0.05e9, period: '2025-H1', metric: 'trade.volume', entities: ['RU', 'US'],
  }),
  y2015: claim({
    doc: 'seeds/000.txt', line: 8,
    sentence: 'Zum Vergleich: Noch 2015 belief sich das Volumen auf 12,8 Milliarden Dollar.',
    text: '12,8 Milliarden Dollar', value: 12.8e9, unit: 'USD', precision: 0.05e9, period: '2015', metric: 'trade.volume', entities: ['RU', 'US'],
  }),
  y2024: claim({
    doc: 'seeds/001.txt', line: 10,
    sentence: 'Im Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar.',
    text: '3,5 Milliarden US-Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, qualifier: 'about', hedge: 'rund', period: '2024', metric: 'trade.volume', entities: ['RU', 'US'],
  }),
  exports2024: claim({
    doc: 'seeds/001.txt', line: 10,
    sentence: 'Dabei blieben die US-Exporte mit knapp 526 Millionen US-Dollar weit hinter den im Gegenzug aus Russland stammenden Exporten zurück.',
    text: '526 Millionen US-Dollar', value: 526e6, unit: 'USD', precision: 0.5e6, qualifier: 'at_most', hedge: 'knapp', period: '2024', metric: 'trade.exports', entities: ['RU', 'US'],
  }),
  exportsPeak: claim({
    doc: 'seeds/001.txt', line: 12,
    sentence: 'Damals hatten die Exporte der USA nach Russland rund 12,5 Milliarden US-Dollar betragen.',
    text: '12,5 Milliarden US-Dollar', value: 12.5e9, unit: 'USD', precision: 0.05e9, qualifier: 'about', hedge: 'rund', period: '2014-05', metric: 'trade.exports', entities: ['RU', 'US'],
  }),
  peakHeadline: claim({
    doc: 'seeds/001.txt', line: 9,
    sentence: 'Höhepunkt 2013 – seitdem fahren die USA den Handel mit Russland zurück',
    text: '2013', value: 2013, unit: '', kind: 'date', period: '2013', metric: 'trade.peak', entities: ['RU', 'US'],
  }),
  peakBody: claim({
    doc: 'seeds/001.txt', line: 12,
    sentence: 'Seinen Höhepunkt hatte der Handel zwischen den USA und Russland im Mai 2014.',
    text: 'Mai 2014', value: 2014, unit: '', kind: 'date', period: '2014-05', metric: 'trade.peak', entities: ['RU', 'US'],
  }),
};
