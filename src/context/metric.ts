// PLACEHOLDER (owned by the metric/section helper).
import type { ContextInput, MetricContext } from './types.js';

/** What each figure measures, as a cross-document, cross-language key, and the entities it concerns. */
export function resolveMetrics(input: ContextInput): MetricContext[] {
  return input.mentions.map(() => ({ metric: { key: 'unknown', label: 'unknown' }, entities: [] }));
}
