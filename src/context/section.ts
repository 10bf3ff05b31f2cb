// PLACEHOLDER (owned by the metric/section helper).
import type { Section } from '../types.js';
import type { ContextInput } from './types.js';

/** body or boilerplate for each mention, decided per block. */
export function classifySections(input: ContextInput): Section[] {
  return input.mentions.map(() => 'body');
}
