// Language cues period resolution borrows from the other resolvers' data: the
// reporting verbs (a day next to "sagte" dates the statement, not the figure) and
// the openers that carry a time over from the sentence before ("Dabei", "Damals").
import type { Lang } from '../types.js';
import type { TimeLexicon } from './period-lexicon.js';
import { attribution as deAttribution } from '../lang/de/attribution.js';
import { attribution as enAttribution } from '../lang/en/attribution.js';
import { time as deTime } from '../lang/de/time.js';
import { time as enTime } from '../lang/en/time.js';

const SPEECH = { de: deAttribution, en: enAttribution };
const TIME: Record<Lang, TimeLexicon> = { de: deTime, en: enTime };

const verbCache = new Map<Lang, Set<string>>();

/** Reporting verb forms (lower case), particles of separable verbs included ("teilte ... mit"). */
export function statementVerbs(lang: Lang): Set<string> {
  let hit = verbCache.get(lang);
  if (!hit) {
    const lex = SPEECH[lang];
    hit = new Set([...lex.speechVerbs.map((v) => v.split('+')[0]), ...lex.perfectParticiples.map((v) => v.split('+')[0])]);
    verbCache.set(lang, hit);
  }
  return hit;
}

const continuationCache = new Map<Lang, RegExp>();

export function continuesTime(lang: Lang, sentence: string): boolean {
  let re = continuationCache.get(lang);
  if (!re) {
    re = new RegExp(TIME[lang].continuation, 'u');
    continuationCache.set(lang, re);
  }
  return re.test(sentence);
}
