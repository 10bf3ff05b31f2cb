// English words the comparison reads in a claim's sentence (see src/compare/compare-language.ts).
import type { CompareLanguage } from '../../compare/compare-language.js';

export const compare: CompareLanguage = {
  // "estimate for" looks ahead ("its estimate for growth in 2005"); "an estimate of" is mostly a statistic's first reading
  forecastCues: ['forecast', 'predict', 'expect', 'projected', 'projection', 'outlook', 'is set to', 'are set to', 'anticipat', 'estimate for', 'estimates for'],
  forecastCompounds: [],
  forecastNouns: ['forecast', 'forecasts', 'projection', 'projections', 'prediction', 'predictions', 'estimate', 'estimates', 'outlook'],
  infinitiveMarker: 'to',
  relativeOpeners: ['that', 'which', 'who', 'whose', 'whom'],
  nearHedges: ['nearly', 'almost', 'just under', 'just below', 'just over', 'just above', 'a good', 'a little under', 'a little over', 'slightly more than', 'slightly less than', 'close to', 'a shade under', 'a shade over', 'barely'],
  // comparison words ("compared with") are left out: as often as an earlier period they name another subject
  // "to £198m from the £130m seen a year earlier": a determiner may stand between
  // "priced from £12,556", "ranging from $2.5m": a starting price or a range, not an earlier level
  previousLevel: {
    anywhere: ['from'], needsNewLevel: [], determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her'],
    notAfter: ['priced', 'available', 'starting', 'starts', 'start', 'ranging', 'range', 'ranges', 'varying', 'vary', 'varies', 'anything', 'prices'],
  },
  revisionWords: ['revis', 'restated', 'corrected'],
};
