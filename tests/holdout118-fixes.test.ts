// holdout118's errors as general rules: "inside two weeks" is a period expression as "within two
// weeks" is; an occupation before a name is a title ("said club doctor Jane Roe": the doctor
// speaks, not the club); a time in an inference clause after a comma ("..., implying that ... by
// 2008") dates that clause, not the figure before it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims;

describe('holdout118: inside, occupations, inference clauses', () => {
  it('"inside three days" is when, no claim of its own', () => {
    expect(claims('He played two finals inside three days.').map((c) => c.text)).toEqual(['two']);
  });

  it('"said team physio Jane Roe" quotes Jane Roe', () => {
    const [c] = claims('"She will be out for six weeks," said Lions physio Jane Roe.');
    expect([c.text, c.attribution]).toEqual(['six weeks', 'Jane Roe']);
  });

  it('a deadline after "implying" or "suggesting" dates its own clause', () => {
    const [a] = claims('It usually takes about four years to build a plant, the firm said, implying that the factory could open by 2009.');
    expect([a.text, a.period]).toEqual(['four years', null]);
    const [b] = claims('Profits rose 8%, analysts said, suggesting the bank could list by 2007.');
    expect([b.text, b.period]).toEqual(['8%', null]);
  });
});
