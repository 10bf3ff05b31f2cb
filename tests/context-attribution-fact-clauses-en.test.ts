// What a statement set off, told by the writer after the reported clause (", which caused its
// shares to lose 18%", ", sending its shares down 18%"), is no figure of the speaker's.
// Sentences written for these tests (holdout128's business-198 has the first form).
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('a clause after the reported one that tells what the statement caused', () => {
  it('is the writer\'s', () => {
    expect(claimSources('Cairn revealed that drilling had been disappointing, which caused its shares to lose 18%.')).toEqual([['18%', null]]);
    expect(claimSources('Cairn said drilling had been disappointing, which sent its shares down 18%.')).toEqual([['18%', null]]);
    expect(claimSources('Cairn revealed that drilling had been disappointing, sending its shares down 18%.')).toEqual([['18%', null]]);
  });

  it('while the reported clause keeps its speaker', () => {
    expect(claimSources('Cairn said profits rose 5%, which caused its shares to rise 2%.')).toEqual([
      ['5%', 'Cairn'],
      ['2%', null],
    ]);
  });

  it('and a cue after the whole sentence speaks for it all', () => {
    expect(claimSources('Drilling had been disappointing, which caused its shares to lose 18%, Cairn said.')).toEqual([['18%', 'Cairn']]);
  });

  it('but a clause that goes on with what was said is the speaker\'s', () => {
    expect(claimSources('The office said prices rose 5%, taking inflation to 3%.')).toEqual([
      ['5%', 'office'],
      ['3%', 'office'],
    ]);
  });
});
