// "index" names no quantity until its name says which index ("the Ifo index": index~ifo). A word
// of the name that is a metric of its own ("output", "employment", "inflation") made the name
// vanish, and three BDO indices of one article (output, optimism, inflation) shared one key, so
// the comparison put different indices in one group (compare-holdout3).
import { describe, expect, it } from 'vitest';
import { metricKeys as keys } from './context-metric-support.js';

describe('a named index keeps its name', () => {
  it('a name of unknown words, as before', () => {
    expect(keys('The Ifo index rose to 102.5.', 'en', ['102.5'])).toEqual(['index~ifo']);
  });
  it('a name that is an index of its own becomes that index', () => {
    expect(keys('The FTSE index rose to 4,852.', 'en', ['4,852'])).toEqual(['index.ftse']);
  });
  it('a name made of a metric word keeps the word, not the metric', () => {
    expect(keys('The output index remained at 100.8.', 'en', ['100.8'])).toEqual(['index~output']);
    expect(keys('The inflation index climbed to 110.0.', 'en', ['110.0'])).toEqual(['index~inflat']);
    expect(keys('The output index remained at 100.8.', 'en', ['100.8'])).not.toEqual(keys('The inflation index climbed to 100.8.', 'en', ['100.8']));
  });
});
