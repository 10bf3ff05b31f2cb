import { formatAmount } from '../compare/format.js';
import { location, shownPeriod } from './claims.js';
import { claimIndex, type ComparisonRenderOptions, type ComparisonView } from './comparison.js';
import { excerpt, groupTitle, linkWarning, qualifierShown, splitUnknown, summaryLine, VERDICT_SIGN, VERDICT_WORD } from './comparison-text.js';
import { markdownTable } from './markdown.js';

const EXCERPT_WIDTH = 140;

/** Escapes text that goes into markdown prose (not tables), so a figure like "*3*" stays literal. */
const prose = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * Markdown for a pull-request comment: a summary heading, then one section
 * per group with its reason, a table of figures (sentence excerpt with the
 * figure in bold) and warnings about look-alike groups.
 */
export function comparisonMarkdown(view: ComparisonView, opts: ComparisonRenderOptions): string {
  const byId = claimIndex(view.claims);
  const { known } = splitUnknown(view.groups);
  const shown = known.filter((g) => opts.all || g.verdict !== 'single');
  const out: string[] = [`## claimcheck: ${summaryLine(known, view.documents.length, Boolean(opts.all))}`, ''];
  if (!shown.length) out.push('No figure is stated twice for the same metric.', '');
  for (const g of shown) {
    out.push(`### ${VERDICT_SIGN[g.verdict]} ${VERDICT_WORD[g.verdict]}: ${prose(groupTitle(g))}${g.dimension === 'date' ? ' (dates)' : ''}`, '');
    out.push(prose(g.reason), '');
    const rows = g.figures.map((f) => {
      const c = byId.get(f.claim)!;
      const e = excerpt(c.sentence, c.text, EXCERPT_WIDTH);
      const sentence = e.figure ? `${e.before}**${e.figure}**${e.after}` : e.after;
      const value = g.dimension === 'date' ? String(c.value) : formatAmount(f.value, f.high, f.unit);
      return [`\`${location(c)}\``, c.text.replace(/\s+/g, ' '), value, shownPeriod(c) ?? '–', qualifierShown(c), c.attribution ?? '–', sentence];
    });
    out.push(markdownTable(['where', 'figure', 'value', 'period', 'qualifier', 'source', 'sentence'], rows));
    for (const l of g.links) out.push(`> ⚠ not comparable with: ${prose(linkWarning(l, g))}`, '');
    out.push(`<sub>group \`${g.id}\` · metric \`${g.metric.key}\`</sub>`, '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
