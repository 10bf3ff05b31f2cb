// compare as a user runs it (after `npx tsc -p .`): one sentence that states a value twice in one
// unit for one period tells two things ("Green Day, down three places, and Uniting Nations, also
// down three places"; a blind comparison set joined the two songs' moves), and two close values
// of one sentence ("grow by 5.7% in 2005, rather than 6%") are no agreeing pair either. A sentence
// that converts one amount into other units keeps it one figure. Sentences written for these tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json, tempDir } from './helpers/cli.js';

interface Output {
  claims: Array<{ id: string; text: string }>;
  groups: Array<{ verdict: string; claims: string[] }>;
}

/** `compare --format json --all` over the given files, as a user runs it. */
function compare(files: Record<string, string>): Output {
  const dir = tempDir('cc-one-sentence-');
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, text);
      return p;
    });
    const r = cli(['compare', ...paths, '--format', 'json', '--all']);
    expect(r.code).toBe(0);
    return json(r) as Output;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The printed figures of each group with more than one member. */
const joined = (out: Output) => {
  const text = new Map(out.claims.map((c) => [c.id, c.text]));
  return out.groups.filter((g) => g.claims.length > 1).map((g) => g.claims.map((id) => text.get(id)).sort());
};

describe('compare: one sentence stating two figures', () => {
  it('keeps a value stated twice for two things apart', () => {
    const out = compare({
      'a.txt': 'Chart news\n\nMaking up the top 10 are Boulevard of Broken Dreams by Green Day, down three places to number nine, and Out of Touch by Uniting Nations, also down three places to 10.\n',
    });
    expect(joined(out).filter((g) => g.includes('three'))).toEqual([]);
  });

  it('keeps two close values of one sentence apart', () => {
    const out = compare({ 'a.txt': "Thai outlook\n\nThailand's economy is now expected to grow by 5.7% in 2005, rather than 6% as forecast before the tsunami hit.\n" });
    expect(joined(out).filter((g) => g.includes('5.7%'))).toEqual([]);
  });

  it('keeps an amount and its conversions one figure', () => {
    const out = compare({ 'a.txt': 'Boeing results\n\nNet profit was $186m (£98m; 143m euros) in the last three months of 2004, Boeing said.\n' });
    expect(joined(out)).toContainEqual(['$186m', '143m euros', '£98m']);
    const speed = compare({ 'b.txt': 'Robot news\n\nThe robot has a top speed of 1.35km/h (0.83mph), its makers said.\n' });
    expect(joined(speed)).toContainEqual(['0.83mph', '1.35km/h']);
  });
});

// compare-holdout27: "raised more than $150m" in two reports of one telethon stayed apart (no metric for
// money raised, and two open bounds never agreed across articles).
describe('compare: one open bound printed alike in two articles', () => {
  it('joins money raised, with its conversions', () => {
    const out = compare({
      'a.txt': 'Tsunami telethon planned\n\nA similar TV benefit carried by all four US TV networks after the 11 September terror attacks raised more than $150m (£80m).\n',
      'b.txt': 'Stars line up for telethon\n\nAmerica: A Tribute to Heroes raised more than $150m (£79m) to help victims of the attacks on the World Trade Center.\n',
    });
    expect(joined(out)).toContainEqual(['$150m', '$150m', '£79m', '£80m']);
  });

  it('keeps bounds of different values or kinds apart', () => {
    const out = compare({
      'a.txt': 'Telethon\n\nThe benefit concert raised more than $150m for the victims.\n',
      'b.txt': 'Concert\n\nThe second benefit concert raised less than $150m for the victims.\n',
    });
    expect(joined(out).filter((g) => g.includes('$150m'))).toEqual([]);
  });
});
