// English words the comparison reads in a claim's sentence (see src/compare/compare-language.ts).
import type { CompareLanguage } from '../../compare/compare-language.js';

export const compare: CompareLanguage = {
  // not "estimate": "the preliminary estimate for growth in the third quarter" is a statistic's first reading
  forecastCues: ['forecast', 'predict', 'expect', 'projected', 'projection', 'outlook', 'is set to', 'are set to', 'anticipat'],
  forecastCompounds: [],
  forecastNouns: ['forecast', 'forecasts', 'projection', 'projections', 'prediction', 'predictions', 'outlook'],
  infinitiveMarker: 'to',
  relativeOpeners: ['that', 'which', 'who', 'whose', 'whom'],
  distributives: { before: ['each'], after: ['each', 'apiece'] },
  nearHedges: ['nearly', 'almost', 'just under', 'just below', 'just over', 'just above', 'a good', 'a little under', 'a little over', 'slightly more than', 'slightly less than', 'close to', 'a shade under', 'a shade over', 'barely'],
  // comparison words ("compared with") need a time after the figure: as often as an earlier period they name another subject
  // "to £198m from the £130m seen a year earlier": a determiner may stand between
  // "priced from £12,556", "ranging from $2.5m": a starting price or a range, not an earlier level
  previousLevel: {
    anywhere: ['from'], needsNewLevel: [], determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her'], afterRevision: ['instead of', 'rather than'],
    notAfter: ['priced', 'available', 'starting', 'starts', 'start', 'ranging', 'range', 'ranges', 'varying', 'vary', 'varies', 'anything', 'prices'],
    beforeTime: ['compared with', 'compared to', 'against', 'versus', 'vs'],
    timeWords: ['ago', 'earlier', 'before', 'previously', 'previous', 'preceding', 'prior', 'last', 'year-earlier', 'then',
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    notBeforeTime: ['of', 'among', 'for'],
  },
  revisionWords: ['revis', 'restated', 'corrected'],
  revisionVerbs: ['revised up', 'revised down', 'revised upward', 'revised downward', 'revised higher', 'revised lower', 'revised to',
    'revised its', 'revised the', 'revised their', 'been revised', 'was revised', 'were revised'],
};
