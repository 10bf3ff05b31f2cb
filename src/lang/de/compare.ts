// German words the comparison reads in a claim's sentence (see src/compare/compare-language.ts).
import type { CompareLanguage } from '../../compare/compare-language.js';

export const compare: CompareLanguage = {
  forecastCues: ['prognos', 'erwart', 'rechnet mit', 'rechnen mit', 'vorhergesagt', 'voraussichtlich', 'vorausgesagt', 'schätzt, dass', 'dürfte', 'dürften'],
  // not "Schätzung": "nach Schätzung der Polizei 5.000 Demonstranten" is a count to compare with others
  forecastCompounds: ['prognose', 'vorhersage', 'hochrechnung'],
  forecastNouns: [],
  infinitiveMarker: null,
  // German sets relative clauses off with commas, which end a figure's clause anyway
  relativeOpeners: [],
  // ("5 Punkte je Spiel" after a figure is a rate: "je" only before it)
  distributives: { before: ['je', 'jeweils'], after: ['jeweils'] },
  nearHedges: ['knapp', 'fast', 'beinahe', 'nahezu', 'annähernd', 'gut', 'gute', 'guten', 'knapp unter', 'knapp über', 'etwas mehr als', 'etwas weniger als', 'kaum mehr als', 'kaum weniger als', 'leicht über', 'leicht unter'],
  previousLevel: {
    anywhere: ['nach zuvor', 'von zuvor'], needsNewLevel: ['von'], determiners: [], notAfter: [], afterRevision: ['statt', 'anstatt', 'anstelle von'],
    // "ein Plus von 1,5 Prozent nach 1,1 Prozent im Vorjahr", "gegenüber 20 Prozent 2015"
    beforeTime: ['nach', 'gegenüber', 'verglichen mit', 'im vergleich zu'],
    timeWords: ['vorjahr', 'vorjahreszeitraum', 'vorjahresmonat', 'vorjahresquartal', 'vorquartal', 'vormonat', 'vorwoche', 'zuvor',
      'davor', 'vorher', 'damals', 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
      'oktober', 'november', 'dezember'],
    notBeforeTime: ['der', 'des', 'von', 'bei', 'für', 'unter'],
  },
  revisionWords: ['revidiert', 'korrigiert', 'revision'],
  revisionVerbs: ['nach oben korrigiert', 'nach unten korrigiert', 'nach oben revidiert', 'nach unten revidiert', 'korrigiert auf',
    'revidiert auf', 'korrigierte', 'revidierte'],
};
