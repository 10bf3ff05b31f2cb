// Turns what the resolver found into the metric key and label.
//
// Key scheme (stable, deterministic, language-independent for known words):
//   <concept>[.<facet>...][~<stem>...][.change|.share][@<origin>><destination>]
//   concept  a lexicon key (trade.volume, exports, reserves, gdp, ...) or
//            noun:<stem> for a noun the lexicon does not know (German/English
//            Snowball stem, umlauts folded: "Stockwerke" -> noun:stockwerk)
//   facet    lexicon refinements, sorted (reserves.oil, assets.frozen, exports.total)
//   ~stem    unknown German compound modifiers ("Stahlexporte" -> exports~stahl):
//            a part is not its whole
//   .change  the figure is a change of the metric ("stieg um", "Umsatzplus", a
//            percentage on a money metric); .share: a share of it ("Anteil am",
//            "27 Prozent der Stimmen")
//   @A>B     directed flows only (exports, imports): origin and destination as
//            ISO-like codes, several joined by "+", an unknown side left empty
//            (exports@US>RU, exports@US>). Symmetric relations (trade volume)
//            keep their partners in `entities` only, so "Handel zwischen Russland
//            und den USA" and "bilateral trade between the US and Russia" share
//            the key trade.volume and the entities [RU, US].
import { facetFits, type Concept } from './metric-lexicon.js';

export interface MetricDraft {
  concept: Concept | null;
  /** stem for noun:<stem> when there is no concept */
  noun: string | null;
  /** surface form for the label of a noun:<stem> metric */
  nounLabel: string | null;
  /** read-only: a draft without facets shares one empty Set; metric.ts addFacet/dropFacet write */
  facets: ReadonlySet<string>;
  unknownMods: string[];
  /** the words the unknown modifiers were read from, to label them as written */
  words: string[];
  role: 'change' | 'share' | null;
  origin: string[];
  destination: string[];
}

const FACET_LABEL = new Map([['rare_earths', 'rare earths'], ['fx', 'foreign exchange'], ['per_share', 'per-share']]);

export function metricKey(d: MetricDraft): string {
  // a bare "Anteil"/"Plus" with nothing to say of what: just "share"/"change"
  let key = d.concept ? d.concept.key : d.noun ? `noun:${d.noun}` : d.role ?? 'unknown';
  // (most metrics have no facet: no arrays made for them)
  if (d.facets.size) {
    const parts = key.split('.');
    for (const f of sorted(d.facets)) {
      if (parts.includes(f) || !facetFits(f, d.concept?.key ?? null)) continue;
      key += `.${f}`;
      parts.push(...f.split('.'));
    }
  }
  for (const m of d.unknownMods) key += `~${m}`;
  // a rate is already a share: "eine Quote von 11,7 Prozent" of unemployment is the unemployment rate;
  // so is a change: "the economic growth rate" is the growth
  const rateShare = d.role === 'share' && /(?:^|\.)(?:rate|change)$/.test(key);
  if (d.role && !rateShare && key !== d.role && !key.endsWith(`.${d.role}`)) key += `.${d.role}`;
  if (d.concept?.flow === 'directed' && (d.origin.length || d.destination.length)) {
    key += `@${[...d.origin].sort().join('+')}>${[...d.destination].sort().join('+')}`;
  }
  return key;
}

export function metricLabel(d: MetricDraft): string {
  if (!d.concept && !d.noun && d.role) return d.role;
  let label = d.concept ? d.concept.label : d.nounLabel ?? d.noun ?? 'unknown';
  if (d.facets.size) {
    const labels: string[] = [];
    for (const f of sorted(d.facets)) if (facetFits(f, d.concept?.key ?? null)) labels.push(FACET_LABEL.get(f) ?? f);
    if (labels.length) label = `${labels.join(' ')} ${label}`;
  }
  if (d.unknownMods.length) {
    const written: string[] = [];
    for (const m of d.unknownMods) written.push(asWritten(m, d.words));
    label = `${label} (${written.join(', ')})`;
  }
  if (d.role === 'change' && !/growth|change/.test(label)) label = `change in ${label}`;
  if (d.role === 'share' && !/share|rate/.test(label)) label = `share of ${label}`;
  if (d.concept?.flow === 'directed' && (d.origin.length || d.destination.length)) {
    label += ` ${d.origin.join('+') || '?'} to ${d.destination.join('+') || '?'}`;
  }
  return label;
}

/** How the German stemmer folds letters; everything else is lower-cased. */
const STEM_FOLD = new Map([['ä', 'a'], ['ö', 'o'], ['ü', 'u'], ['Ä', 'a'], ['Ö', 'o'], ['Ü', 'u'], ['ß', 'ss']]);

/** Letters a stem may have lost at the end of its word ("Chemikalien" -> chemikali). */
const MAX_ENDING = 3;

/**
 * A modifier's stem as one of its words writes it: "fluchtling" in
 * "Flüchtlingskinder" is labelled "Flüchtling", "stuck" in "Stückpreis"
 * "Stück", "chemikali" in "Chemikalien" the whole word. Keys keep the folded
 * stem (stable across spellings); a label is for people. The word is folded
 * as the stemmer folds it, remembering where each folded letter came from.
 * Inside a compound only the "-ie" the stemmer cuts is given back
 * ("Industriewachstum" -> "Industrie"): other endings cannot be told from the
 * next part. The stem itself when no word holds it.
 */
export function asWritten(stem: string, words: readonly string[]): string {
  for (const word of words) {
    let folded = '';
    const from: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const f = STEM_FOLD.get(word[i]) ?? word[i].toLowerCase();
      folded += f;
      for (let k = 0; k < f.length; k++) from.push(i);
    }
    const at = folded.indexOf(stem);
    if (at < 0 || stem === '') continue;
    let end = from[at + stem.length - 1] + 1;
    if (word.length - end <= MAX_ENDING) end = word.length;
    else if (stem.endsWith('i') && (word[end] === 'e' || word[end] === 'E')) end++;
    const text = word.slice(from[at], end);
    // a German noun's part is a noun: capitalised like the word it came from
    return word[0] !== word[0].toLowerCase() ? text[0].toUpperCase() + text.slice(1) : text;
  }
  return stem;
}

function sorted(set: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of set) out.push(x);
  return out.sort();
}
