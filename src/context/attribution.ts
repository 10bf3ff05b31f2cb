// PLACEHOLDER (owned by the period/attribution/metadata helper).
import type { ContextInput } from './types.js';

/** Who the text says each figure comes from, or null when the article asserts it. */
export function resolveAttributions(input: ContextInput): (string | null)[] {
  return input.mentions.map(() => null);
}
