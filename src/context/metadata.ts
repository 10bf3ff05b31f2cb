// PLACEHOLDER (owned by the period/attribution/metadata helper).
import type { ContextInput, DocumentMetadata } from './types.js';

/** Title, date (YYYY-MM-DD) and publisher where the text states them. */
export function findMetadata(_input: ContextInput): DocumentMetadata {
  return { title: null, date: null, publisher: null };
}
