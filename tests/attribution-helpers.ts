// The source each figure of a text gets (one helper for the attribution test files).
import { makeInput, type FigureSpec } from '../fixtures/context-period/input.js';
import { resolveAttributions } from '../src/context/attribution.js';
import { mainOrganisation } from '../src/context/organisations.js';
import type { Lang } from '../src/types.js';

export function sources(text: string, figures: Array<string | FigureSpec>, lang: Lang = 'de') {
  // as the pipeline does: "the company said" may name the organisation the text is about
  const input = makeInput(text, lang, figures);
  return resolveAttributions(input, mainOrganisation(input));
}
