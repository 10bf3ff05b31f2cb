// The shape of a language's segmentation knowledge (src/lang/<lang>/segmentation.ts).
// Everything language-specific the normaliser and the segmenter use is here as
// data; the code only knows the roles the lists play.

export interface SegmentationData {
  /**
   * Abbreviations after which a period never ends a sentence: titles and
   * words written before a name or number ("Dr.", "Prof.", "Mr.", "St.").
   * Lower case, without the final period.
   */
  prepositiveAbbreviations: readonly string[];
  /**
   * Other abbreviations ("z.B", "bzw", "Mio", "etc", "Inc", "U.S"). A period
   * after one ends a sentence only when a sentence starter follows
   * ("... usw. Danach", "... in the U.S. How ..."). Written as usually
   * spelled, without the final period, internal periods kept and spaces
   * removed ("z. B." is listed as "z.B"). Where nouns are capitalised, an
   * entry starting in lower case matches only a lower-case word or a word
   * opening a sentence ("schweiz." is not "Schweiz."); otherwise case is ignored.
   */
  abbreviations: readonly string[];
  /** Abbreviations that end a sentence before any capitalised word ("p.m."). */
  capitalisedBoundaryAbbreviations: readonly string[];
  /**
   * Capitalised words that open sentences and are not names or nouns
   * (articles, pronouns, conjunctions, sentence adverbs). After an
   * abbreviation, an ordinal-looking number or an initial they mark a boundary.
   */
  sentenceStarters: readonly string[];
  /**
   * Are nouns capitalised (German)? Then a capital after an ellipsis or an
   * abbreviation says little, and only a sentence starter marks a boundary.
   */
  capitalisedNouns: boolean;
  /** Does the language write ordinals as a number and a period ("am 20. Mai")? */
  ordinalPeriod: boolean;
  /** Month names and their abbreviations: "20. Mai" is a date, never a boundary. */
  months: readonly string[];
  /** Words before "N." that make N an ordinal ("am", "zum", "der"). Lower case. */
  ordinalContext: readonly string[];
  /** Words before "N." that make N a cardinal ending a sentence ("auf", "rund"). Lower case. */
  cardinalContext: readonly string[];
  /**
   * Nouns an ordinal after a slash names ("Finale (best of seven)/2. Spiel", "Gruppe A/2. Runde"):
   * before other words "Durchwahl/12. Trainer" ends a sentence. Optional.
   */
  ordinalHeads?: readonly string[];
  /**
   * Function words (articles, prepositions, conjunctions) that cannot end a
   * heading or paragraph: a wrapped line ending in one continues. Lower case.
   */
  lineEndWords: readonly string[];
  /** Words after a line-end hyphen that keep it as a suspended compound ("Ein- und Ausfuhr"). */
  hyphenConjunctions: readonly string[];
  /**
   * First parts that keep their hyphen when a compound is wrapped at it
   * ("well-\nknown" stays "well-known"); other lower-case continuations are
   * treated as a word split by hyphenation. Lower case.
   */
  hyphenKeepPrefixes: readonly string[];
}
