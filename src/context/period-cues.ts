// Language cues period resolution borrows from the other resolvers' data: the
// reporting verbs (a day next to "sagte" dates the statement, not the figure) and
// the openers that carry a time over from the sentence before ("Dabei", "Damals").
import type { Lang } from '../types.js';
import type { TimeLexicon } from './period-lexicon.js';
import { classEnd, groupBodyEnd } from './regex-source.js';
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

/**
 * A cue regex's test(), asked first of the same regex without its look-arounds.
 * That one matches wherever the cue does (a look-around only turns matches down),
 * and it is much quicker where a look-behind opens an alternative: V8 then ran
 * the look-behind at every character of every sentence asked about. Only where
 * the quick one matches (a few sentences in a hundred) does the cue itself run.
 */
export class Cue {
  private readonly cue: RegExp;
  private readonly quick: RegExp | null;

  constructor(source: string) {
    this.cue = new RegExp(source, 'u');
    const relaxed = withoutLookarounds(source);
    this.quick = relaxed === null || relaxed === source ? null : new RegExp(relaxed, 'u');
  }

  test(sentence: string): boolean {
    return (this.quick === null || this.quick.test(sentence)) && this.cue.test(sentence);
  }
}

/**
 * `source` with its look-ahead and look-behind groups left out: a regex that
 * matches wherever the original does. Null where leaving them out might change
 * more than that: back references (the groups inside count), a quantified
 * look-around, or a source this reading does not follow.
 */
export function withoutLookarounds(source: string): string | null {
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  return rewriteGroups(source, (i) => {
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return undefined;
    const end = groupBodyEnd(source, i + 1);
    return end < 0 || /^[?*+{]/.test(source.slice(end, end + 1)) ? null : ['', end];
  });
}

/**
 * One regex that matches wherever any of `sources` does: their quick forms (no
 * look-arounds, groups unnamed) as one alternation, or null where one has no
 * quick form. A sentence asked for several cues is read once by it: about 2 % of
 * the sentences with figures match it, the others need none of the cues run (four
 * scans of the sentence, one per cue, were a sixth of period resolution).
 */
export function anyOf(sources: readonly string[]): RegExp | null {
  const parts: string[] = [];
  for (const source of sources) {
    const relaxed = withoutLookarounds(source);
    if (relaxed === null) return null;
    parts.push(`(?:${withoutGroupNames(relaxed)})`);
  }
  return new RegExp(parts.join('|'), 'u');
}

/** `source` with its named groups plain ones: two sources may name a group alike (an alternation of both may not). */
export function withoutGroupNames(source: string): string {
  const named = (i: number): [string, number] | undefined =>
    source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? ['(?:', source.indexOf('>', i) + 1] : undefined;
  return rewriteGroups(source, named) ?? source;
}

/**
 * `source` copied with escapes and character classes whole (a "(" in them opens no group), and
 * each "(" at i handed to `group`: its replacement and where to go on, undefined to copy it, or
 * null to give up (then the answer is null, as for a class left open).
 */
function rewriteGroups(source: string, group: (i: number) => [string, number] | null | undefined): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '(') {
      const replaced = group(i);
      if (replaced === null) return null;
      if (replaced !== undefined) {
        out += replaced[0];
        i = replaced[1];
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

const continuationCache = new Map<Lang, Cue>();

export function continuesTime(lang: Lang, sentence: string): boolean {
  let cue = continuationCache.get(lang);
  if (!cue) {
    cue = new Cue(TIME[lang].continuation);
    continuationCache.set(lang, cue);
  }
  return cue.test(sentence);
}

const pastPointCache = new Map<Lang, Cue | null>();

/** Does the sentence continue a time as a past moment ("Damals", "at the time"; TimeLexicon.pastPoint)? */
export function continuesAsPastPoint(lang: Lang, sentence: string): boolean {
  let cue = pastPointCache.get(lang);
  if (cue === undefined) {
    const source = TIME[lang].pastPoint;
    cue = source ? new Cue(source) : null;
    pastPointCache.set(lang, cue);
  }
  return cue !== null && cue.test(sentence);
}
