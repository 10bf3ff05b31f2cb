import type { ClaimContext, ContextInput, ContextOptions, DocumentMetadata } from './types.js';
import { findMetadata } from './metadata.js';
import { resolvePeriods } from './period.js';
import { resolveAttributions } from './attribution.js';
import { resolveMetrics } from './metric.js';
import { classifySections } from './section.js';
import { splitRelative } from './relative-period.js';
import { mainOrganisation } from './organisations.js';

export type { ClaimContext, ContextInput, ContextOptions, DocumentMetadata, ExtraMetric } from './types.js';

export interface DocumentContext {
  meta: DocumentMetadata;
  /** one entry per input mention, same order */
  claims: ClaimContext[];
}

/** Fills what a figure means: period, metric, attribution, section; and the document's metadata. */
export function contextualise(input: ContextInput, options: ContextOptions): DocumentContext {
  const meta = findMetadata(input);
  const date = options.date ?? meta.date;
  const periods = resolvePeriods(input, date);
  const attributions = resolveAttributions(input);
  const metrics = resolveMetrics(input, options.metrics ?? []);
  const sections = classifySections(input, options.boilerplate ?? []);
  const organisation = mainOrganisation(input);
  // one literal, every field named (no spread of the metric's object): one shape for every claim
  const claims: ClaimContext[] = [];
  for (let i = 0; i < input.mentions.length; i++) {
    const m = metrics[i];
    const { period, relativePeriod } = splitRelative(periods[i]);
    claims.push({ period, relativePeriod, attribution: attributions[i], section: sections[i], metric: m.metric, entities: m.entities, organisation });
  }
  return { meta: { ...meta, date }, claims };
}
