// The words `compare` reads in a claim's sentence, one table per language
// (src/lang/<lang>/compare.ts); adding a language is adding its table here.
import { compare as de } from '../lang/de/compare.js';
import { compare as en } from '../lang/en/compare.js';

export interface CompareLanguage {
  /**
   * Lower-case word beginnings that make a figure an expectation rather than a measurement
   * ("is expected to rise 2%", "Prognose"), read in the figure's clause (forecast-cues.ts).
   */
  forecastCues: readonly string[];
  /** Forecast nouns that are cues inside a compound too ("Wachstumsprognose", "Konjunkturvorhersage"). Lower case. */
  forecastCompounds: readonly string[];
  /**
   * Nouns naming a forecast as a thing that is revised ("Forecasts for Japanese growth were
   * scaled back to 4.0% from 4.4%": the old forecast, not an earlier level). Not before
   * `infinitiveMarker` and a word: "is forecast to ease to 2.1% from 2.5%" is a verb, and
   * 2.5% the level now. Lower case; forecastCompounds count too.
   */
  forecastNouns: readonly string[];
  infinitiveMarker: string | null;
  /**
   * Lower-case words opening a relative clause, which a forecast cue before it does not reach
   * into: "the board is expected to meet to discuss the proposal that values the club at
   * £800m" (the meeting is expected, the value stated). Right after the cue ("expect that")
   * the word opens what is expected. Languages that set relative clauses off with commas need none.
   */
  relativeOpeners: readonly string[];
  /**
   * Hedge words (lower case, as Claim.hedge) that mean "just short of / just past" the
   * figure, not an open bound ("knapp 526 Millionen" vs "bis zu 526 Millionen"; hedge-reach.ts).
   */
  nearHedges: readonly string[];
  /**
   * Words that make a figure a value each of several holds ("Leverkusen, Roma (beide je 5 Punkte)",
   * "won two medals each"): right before the figure, or (`after`) right after it or its noun. Lower case.
   */
  distributives: { before: readonly string[]; after: readonly string[] };
  /**
   * Words right before a figure that make it the earlier level of a change in the same
   * sentence ("fell to 95.5 from 97.5", "nach zuvor 11,2 Prozent"); `needsNewLevel`: only
   * with the new level right after it ("von 9,1 auf 9,5": alone "von" is "of"). Lower case.
   */
  previousLevel: {
    anywhere: readonly string[]; needsNewLevel: readonly string[]; determiners: readonly string[]; notAfter: readonly string[];
    /** earlier-level words only after a revision word: "revised up to 139,000 instead of 96,000", "korrigiert auf 3 statt 2 Prozent" */
    afterRevision: readonly string[];
    /**
     * Comparison words that name an earlier level only when a time follows the figure ("compared
     * with 14% four years ago", "nach 1,1 Prozent im Vorjahr"): alone they as often name another
     * subject ("compared with 1.5% in France").
     */
    beforeTime: readonly string[];
    /**
     * The times: a word of these within six words after the figure (a year in digits counts in
     * every language), with no capitalised word before it (a place: "in France last year") and
     * none of `notBeforeTime` ("14% of men four years ago" is another group's figure).
     */
    timeWords: readonly string[];
    notBeforeTime: readonly string[];
  };
  /** Word beginnings before an earlier level that make the change a revision of one figure ("revised down from"). */
  revisionWords: readonly string[];
  /**
   * A revision as a verb with its direction ("revised up", "nach oben korrigiert"): what an
   * afterRevision word ("instead of") needs, not "the revised plan" or "corrected for inflation".
   */
  revisionVerbs: readonly string[];
}

export const COMPARE_LANGUAGES: readonly CompareLanguage[] = [de, en];

/** One list of all languages' words: a claim does not carry its language, and the lists do not collide. */
export const allLanguages = (pick: (l: CompareLanguage) => readonly string[]): string[] => COMPARE_LANGUAGES.flatMap(pick);
