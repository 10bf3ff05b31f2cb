// The source each figure of a text gets (one helper for the attribution test files).
import { makeInput, type FigureSpec } from '../fixtures/context-period/input.js';
import { resolveAttributions } from '../src/context/attribution.js';
import { analyse } from '../src/pipeline/analyse.js';
import { mainOrganisation } from '../src/context/organisations.js';
import type { Lang } from '../src/types.js';

export function sources(text: string, figures: Array<string | FigureSpec>, lang: Lang = 'de') {
  // as the pipeline does: "the company said" may name the organisation the text is about
  const input = makeInput(text, lang, figures);
  return resolveAttributions(input, mainOrganisation(input));
}

/** [text, source] of every claim the whole pipeline finds in a text. */
export function claimSources(text: string, lang: Lang = 'en'): Array<[string, string | null]> {
  return analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.attribution]);
}
