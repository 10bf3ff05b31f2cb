// Region rules over the block classes: boilerplate (and fact boxes) come as
// runs of blocks, so one clear block decides the run around it. Each rule is
// one linear pass (bounded look-ahead) that rewrites `cls` in place.
import type { TextUnit, UnitClass, UnitFeatures } from './section-features.js';

/** at most this many blocks after an ad label or teaser intro belong to its first group */
const OPENED_SCOPE = 12;
/** how far a region may run past its first group */
const REGION_MAX = 30;
/** a teaser's summary under its headline is short */
const TEASER_SUMMARY = 300;
/** a teaser headline with a kicker: "Strompreise: Landesversorger senkt Tarif" */
const KICKER = /^[\p{L}\p{N}][\p{L}\p{N}&' -]{0,30}:\s/u;
/** a fact box has at most this many lines */
const FACT_MAX = 15;
/** a consent banner or footer group spreads its class over at most this many blocks */
const GROUP_MAX = 8;

interface Blocks {
  units: TextUnit[];
  features: UnitFeatures[];
  cls: UnitClass[];
}

/** end (exclusive) of the blank-line group that starts after block i, capped */
function groupEnd(b: Blocks, from: number, cap: number): number {
  let j = from;
  const n = b.units.length;
  if (j < n) j++;
  while (j < n && j < from + cap && !b.units[j].afterBlank) j++;
  return j;
}

/**
 * "Zahlen & Fakten" and the "Label: figure" lines after it, or two such lines
 * in a row without a heading, are the article's own fact box: body, even when
 * a teaser list follows (headings would otherwise take the class of what follows).
 */
export function markFactBoxes(b: Blocks): void {
  const { features: f, cls } = b;
  const n = f.length;
  const plain = (k: number) => f[k].cue === null || f[k].cue === 'meta';
  for (let i = 0; i < n; i++) {
    if (f[i].factIntro) {
      cls[i] = 'good';
      let j = i + 1;
      for (; j < n && j <= i + FACT_MAX && plain(j) && (f[j].fact || (f[j].heading && /\d/.test(b.units[j].text))); j++) cls[j] = 'good';
      i = j - 1;
    } else if (f[i].fact && plain(i)) {
      let j = i;
      while (j < n && j < i + FACT_MAX && f[j].fact && plain(j)) j++;
      if (j - i >= 2) for (let k = i; k < j; k++) cls[k] = 'good';
      i = j - 1;
    }
  }
}

/** A consent banner or a copyright footer takes the other lines of its (small) blank-line group along. */
export function spreadOverGroup(b: Blocks): void {
  const { units, features: f, cls } = b;
  const n = f.length;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && !units[j].afterBlank) j++;
    let banner = false;
    for (let k = i; k < j && j - i <= GROUP_MAX && !banner; k++) banner = f[k].cue === 'consent';
    if (banner) {
      for (let k = i; k < j; k++) if (cls[k] !== 'good' || f[k].consentHits > 0) cls[k] = 'bad';
    }
    i = j;
  }
}

/**
 * An ad label takes its block group, then every following shop line (price,
 * reduction, shop word) and short line next to one, until article text resumes.
 */
export function extendAd(b: Blocks, i: number): void {
  const { features: f, cls } = b;
  const n = f.length;
  const first = groupEnd(b, i + 1, OPENED_SCOPE);
  for (let j = i + 1; j < first; j++) cls[j] = 'bad';
  const commercialSoon = (k: number) => (k < n && f[k].commercial) || (k + 1 < n && f[k + 1].commercial && cls[k + 1] !== 'good');
  for (let k = first; k < n && k <= i + REGION_MAX; k++) {
    if (f[k].factIntro) return;
    if (cls[k] === 'bad' || f[k].commercial || (cls[k] !== 'good' && commercialSoon(k + 1))) cls[k] = 'bad';
    else return;
  }
}

/**
 * "Mehr zum Thema" takes its block group, then the teasers that follow: short
 * lines, kicker headlines and headline + summary pairs. A plain heading
 * followed by a paragraph after a blank line, or a long paragraph, is the
 * article going on.
 */
export function extendTeasers(b: Blocks, i: number): void {
  const { units, features: f, cls } = b;
  const n = f.length;
  const first = groupEnd(b, i + 1, OPENED_SCOPE);
  for (let j = i + 1; j < first; j++) cls[j] = 'bad';
  for (let k = first; k < n && k <= i + REGION_MAX; k++) {
    if (f[k].factIntro) return;
    if (cls[k] === 'bad') continue;
    if (cls[k] === 'good') {
      const summary = !units[k].afterBlank && f[k - 1].heading && f[k].length < TEASER_SUMMARY;
      if (!summary) return;
      cls[k] = 'bad';
      continue;
    }
    const next = k + 1 < n ? k + 1 : -1;
    const resumes = f[k].heading && !KICKER.test(units[k].text) && next >= 0 && cls[next] === 'good'
      && (units[next].afterBlank || f[next].length >= TEASER_SUMMARY);
    if (resumes) return;
    cls[k] = 'bad';
  }
}

/** The blocks after an author-box heading: its own group only. */
export function extendGroup(b: Blocks, i: number): void {
  const end = groupEnd(b, i + 1, OPENED_SCOPE);
  for (let j = i + 1; j < end; j++) b.cls[j] = 'bad';
}

/**
 * Shop lines without an ad label: a run of non-prose blocks with three shop
 * lines, two of them with a price, is an ad; the lines between them go with it.
 */
export function markShopRuns(b: Blocks): void {
  const { features: f, cls } = b;
  const n = f.length;
  for (let i = 0; i < n; i++) {
    if (cls[i] === 'good') continue;
    let j = i;
    let shop = 0;
    let priced = 0;
    while (j < n && cls[j] !== 'good') {
      if (f[j].commercial) shop++;
      if (f[j].priced) priced++;
      j++;
    }
    if (shop >= 3 && priced >= 2) {
      let a = i;
      let z = j - 1;
      while (!f[a].commercial) a++;
      while (!f[z].commercial) z--;
      for (let k = a; k <= z; k++) cls[k] = 'bad';
    }
    // the prose block that ended the run: the loop steps past it
    i = j;
  }
}

/**
 * Author bios without a heading ("… ist seit sieben Jahren Redakteurin"):
 * boilerplate only after most of the article's prose, where author boxes sit;
 * the same words earlier are news about a journalist.
 */
export function markBios(b: Blocks, tailAfter: number): void {
  const { features: f, cls } = b;
  const n = f.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (cls[i] === 'good') total += f[i].length;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (f[i].bio && f[i].cue === null && seen > 0 && seen >= tailAfter * total) cls[i] = 'bad';
    else if (cls[i] === 'good') seen += f[i].length;
  }
}
