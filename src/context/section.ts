// Body or boilerplate for each figure, decided per text block the way jusText
// does it: classify the blocks that clearly look like prose or like boilerplate
// (length, stopword density, sentence shape, link-list shape, lexicon cues,
// shop/counter/fact-line shapes), then let region rules and the neighbours
// decide the rest. Region rules (section-regions.ts): a fact box stays body; a
// consent banner takes its line group; an ad label takes the shop lines after
// it, a "Mehr zum Thema" line the teasers after it; an author bio after the
// article is boilerplate; after a comment counter, tag list or copyright
// footer at the end of the article everything is page tail. The undecided
// short blocks take the class of their neighbours, so a short line between two
// promo lines is promo and a heading between paragraphs is body.
import type { Section } from '../types.js';
import type { ContextInput } from './types.js';
import {
  OPENING_CUES, TAIL_CUES, WEAK_CUES, textUnits, unitFeatures, type TextUnit, type UnitClass, type UnitFeatures,
} from './section-features.js';
import {
  extendAd, extendGroup, extendTeasers, markBios, markFactBoxes, markShopRuns, spreadOverGroup,
} from './section-regions.js';
import { phraseRegex } from './section-shapes.js';

/** share of the article's prose that must come before a tail marker */
const TAIL_AFTER = 0.6;

export type Final = 'good' | 'bad';

/** The class of each block from its features (exported for the test that holds `classifySections` to it). */
export function decide(units: TextUnit[], features: UnitFeatures[]): Final[] {
  const n = features.length;
  // arrays here are built by push: Array#map makes arrays of another element kind once
  // its caller is optimised, and the code reading them is then thrown away ("wrong map")
  const cls: UnitClass[] = [];
  for (const f of features) cls.push(f.initial);
  const blocks = { units, features, cls };

  markFactBoxes(blocks);
  spreadOverGroup(blocks);
  // "Anzeige" / "Lesen Sie auch:" / "Über die Autorin" -> the blocks after it
  features.forEach((f, i) => {
    if (!f.cue || !OPENING_CUES.has(f.cue)) return;
    if (f.cue === 'label') extendAd(blocks, i);
    else if (f.cue === 'intro') extendTeasers(blocks, i);
    else extendGroup(blocks, i);
  });
  markShopRuns(blocks);
  markBios(blocks, TAIL_AFTER);
  // two or more menu entries in a row are a menu or a tag list
  for (let i = 0; i < n; i++) {
    if (!features[i].listItem) continue;
    let j = i;
    while (j < n && features[j].listItem) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) cls[k] = 'bad';
    i = j;
  }
  // the page tail: a comment counter, tag list or cut-off teaser once most of the prose is behind us
  let total = 0;
  for (let i = 0; i < n; i++) if (cls[i] === 'good') total += features[i].length;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (cls[i] === 'good') seen += features[i].length;
    const cue = features[i].cue;
    if (total > 0 && seen >= TAIL_AFTER * total && cue && TAIL_CUES.has(cue)) {
      for (let k = i; k < n; k++) cls[k] = 'bad';
      break;
    }
  }

  // neighbours decide the rest; a weak cue (credit, date stamp) marks only its own block
  const decided = (c: UnitClass): c is Final => c === 'good' || c === 'bad';
  const anchor = (k: number): boolean => {
    const cue = features[k].cue;
    return decided(cls[k]) && !(cls[k] === 'bad' && cue !== null && WEAK_CUES.has(cue));
  };
  // nearest anchor before and after each block, in two linear passes
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) { before[i] = last; if (anchor(i)) last = i; }
  for (let i = n - 1, next = n; i >= 0; i--) { after[i] = next; if (anchor(i)) next = i; }
  const out: Final[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (decided(c)) { out[i] = c; continue; }
    const p = before[i];
    const q = after[i];
    out[i] = fromNeighbours(p >= 0 ? (cls[p] as Final) : null, q < n ? (cls[q] as Final) : null, c, features[i].heading);
  }
  return out;
}

/** An undecided block between its nearest decided neighbours (null: none on that side). */
function fromNeighbours(prev: Final | null, next: Final | null, c: UnitClass, heading: boolean): Final {
  if (prev === next) return prev ?? 'good';
  if (prev === null) return next!;
  if (next === null) return prev;
  if (c === 'near') return 'good';
  return heading ? next : prev; // a heading belongs to what follows it
}

/**
 * Whether `decide` may mark any block boilerplate. Every rule that does starts
 * from a cue, a run of two menu entries, an author bio or a shop run (three
 * shop lines, two with a price), and the neighbours only pass on a class some
 * block has: without any of these every block is body. None of them reads the
 * stopword density.
 */
export function mayHoldBoilerplate(features: UnitFeatures[]): boolean {
  const n = features.length;
  let shop = 0;
  let priced = 0;
  for (let i = 0; i < n; i++) {
    const f = features[i];
    if (f.cue !== null || f.bio || (f.listItem && i + 1 < n && features[i + 1].listItem)) return true;
    if (f.commercial) shop++;
    if (f.priced) priced++;
  }
  return shop >= 3 && priced >= 2;
}

/** body or boilerplate for each mention, decided per block. */
export function classifySections(input: ContextInput, extraCues: string[] = []): Section[] {
  if (!input.mentions.length) return [];
  const units = textUnits(input.analysis.text, input.lang);
  // the config file's phrases count like the built-in promo phrases
  const extra = extraCues.length ? phraseRegex(extraCues) : null;
  // The blocks are read without their stopword density first: it only tells good prose from
  // near and short, which matters only where some block may be boilerplate. Counting it was
  // most of the English corpus's section time, and 2 of its 2,225 articles need it.
  const features: UnitFeatures[] = [];
  for (const u of units) features.push(unitFeatures(u, input.lang, extra, false));
  // most articles have no boilerplate block: then every figure is body, no search needed
  if (!mayHoldBoilerplate(features)) return allBody(input.mentions.length);
  // a lone block has no neighbours and no region: decide() keeps it body unless it has a cue,
  // whatever its density
  if (units.length > 1) {
    // read again, with the density (2 of the English corpus's 2,225 articles come here)
    for (let i = 0; i < units.length; i++) features[i] = unitFeatures(units[i], input.lang, extra);
  }
  const classes = decide(units, features);
  if (!classes.includes('bad')) return allBody(input.mentions.length);
  const out: Section[] = [];
  for (const { mention } of input.mentions) out.push(sectionAt(units, classes, mention.aStart));
  return out;
}

function allBody(n: number): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < n; i++) out.push('body');
  return out;
}

/** The section of the block holding analysis offset `pos`: the last one starting at or before it. */
function sectionAt(units: TextUnit[], classes: Final[], pos: number): Section {
  let lo = 0;
  let hi = units.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start <= pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at >= 0 && pos < units[at].end && classes[at] === 'bad' ? 'boilerplate' : 'body';
}
