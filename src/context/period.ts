// PLACEHOLDER (owned by the period/attribution/metadata helper).
import type { ContextInput } from './types.js';

/** The period each mention refers to (contract format), resolved against the document date. */
export function resolvePeriods(input: ContextInput, _documentDate: string | null): (string | null)[] {
  return input.mentions.map(() => null);
}
