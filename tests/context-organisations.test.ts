// Found through blind comparison sets on business news (Parmalat, Manchester United, MG Rover):
// a firm's figures rarely name the firm in their own sentence ("The firm collapsed with debts of
// about 14bn euros"), so two articles' accounts of one firm's debt were never compared. Each
// claim now carries the organisation its article is about.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const organisationOf = (text: string, lang?: 'de' | 'en') => {
  const claims = analyse({ path: 't.txt', text }, lang ? { lang } : {}).claims;
  if (!claims.length) throw new Error('no claims');
  return claims[0].organisation ?? null;
};

describe('the organisation an English article is about', () => {
  it('is the name it gives most, also where a sentence opens with it', () => {
    const text = [
      'Zambrano doubles its profits',
      '',
      'Zambrano, the dairy group at the centre of a scandal, has reported a doubling in profit to 77m euros.',
      'The firm collapsed with debts of about 14bn euros in 2003. Zambrano was fined 11m euros by regulators.',
      'Its former banker, Morgan Stanley, was sued for 136m euros.',
    ].join('\n');
    expect(organisationOf(text)).toBe('Zambrano');
  });

  it('in its fullest form: "United", "Man Utd" and an acronym are the long name', () => {
    const text = [
      'Man Utd shares rise on new offer',
      '',
      'Shares in Manchester United rose 5% on Monday after a new offer for the club.',
      'The proposal values United at £800m, the club said. Man Utd fans protested outside the ground.',
      'The Fenwick Holding Company owns 29% of the club.',
    ].join('\n');
    expect(organisationOf(text)).toBe('Manchester United');
    const exchange = [
      'The London Metal Market (LMM) rejected a £1.3bn offer.',
      'LMM shares rose 4%. The LMM board met on Monday.',
    ].join('\n');
    expect(organisationOf(exchange)).toBe('London Metal Market');
  });

  it('never a person, a place, a demonym, a publisher or an ordinary word opening sentences', () => {
    const text = [
      'Mr Kovacs raises his offer',
      '',
      'Irish tycoon Peter Kovacs has raised his offer to £800m, the BBC understands.',
      'But Mr Kovacs said the offer of £800m was final. But analysts said the BBC and Reuters had doubts.',
      'Britain and Ireland said nothing. Irish investors own 20% of the shares.',
    ].join('\n');
    expect(organisationOf(text)).toBeNull();
  });

  it('none when two names are named about as often', () => {
    const text = [
      'Deutsche Boerse and Euronext eye the exchange',
      '',
      'Deutsche Boerse offered £1.3bn for the exchange. Euronext is ready to bid £1.4bn.',
      'Deutsche Boerse may raise its bid, while Euronext waits.',
    ].join('\n');
    expect(organisationOf(text)).toBeNull();
  });

  it('is never a region, a common-noun acronym or the word that opens a sentence before the name', () => {
    const region = [
      'Tourism in South East Asia fell 20% after the floods, hotels said.',
      'South East Asia lost visitors; South East Asia expects 5% fewer bookings in 2005.',
      'Africa grew 4% while Africa lost 2m tourists.',
    ].join('\n');
    expect(organisationOf(region)).toBeNull();
    const gadgets = 'TV sales rose 12% in 2004. TV makers and PC makers sold 3m PCs. TV prices fell 8%.';
    expect(organisationOf(gadgets)).toBeNull();
    const quoted = [
      'Prosecutors said Brambleway had hidden debts of $2bn.',
      'Former Brambleway staff were fined. Brambleway shares fell 7% in 2004.',
    ].join('\n');
    expect(organisationOf(quoted)).toBe('Brambleway');
  });

  it('is the name after a conjunction that opens a sentence ("Neither Rover nor ...")', () => {
    // "Neither Brambleway" was a name of its own, so "Brambleway" stood for two names and counted for none
    const text = [
      'Brambleway Motors tie-up delayed',
      '',
      "Brambleway Motors' tie-up with Harlow Cars has been delayed. Harlow Cars plans a £1bn investment.",
      "Brambleway's plant could lose 3,000 jobs, a paper said. Brambleway's sales fell 5%.",
      "Neither Brambleway nor Harlow Cars commented. Brambleway's future is unclear.",
    ].join('\n');
    expect(organisationOf(text)).toBe('Brambleway Motors');
  });

  it('is the name after an ordinary word and "of" that open a sentence, never "of Brambleway"', () => {
    const text = [
      'Brambleway to return to the market',
      '',
      'Brambleway, the dairy company, hopes to be listed in July. The firm had debts of 14bn euros.',
      'Creditors of Brambleway will vote later this year; the creditors may get 2bn euros in shares.',
      'Brambleway executives are under investigation. Brambleway said it had cut debt by 5%.',
    ].join('\n');
    expect(organisationOf(text)).toBe('Brambleway');
  });

  it('is never a people ("South Koreans")', () => {
    const text = [
      'Millions of South Koreans owe 100 trillion won. South Koreans borrowed $96bn in 2004.',
      'South Koreans spent 5% less in 2004, the Bank of Korea said.',
    ].join('\n');
    expect(organisationOf(text)).toBeNull();
  });

  it('keeps a name that starts with a common acronym or a first name like "Will"', () => {
    const shop = 'PC World sales rose 4% in 2004. PC World said it sold 2m PCs. PC World will open 10 stores.';
    expect(organisationOf(shop)).toBe('PC World');
    const actor = 'Will Smith earned $20m for the film. Will Smith said the film took $300m.';
    expect(organisationOf(actor)).toBe('Will Smith');
  });

  it('none in German, where every noun is capitalised', () => {
    const text = 'Die Zambrano AG meldet Gewinn. Die Zambrano AG verdiente 77 Millionen Euro. Die Zambrano AG wächst.';
    expect(organisationOf(text, 'de')).toBeNull();
  });
});

describe('a central bank the entity tables know', () => {
  it('is no organisation, and "the Bank" is that bank, not a firm called "Bank"', () => {
    const text = [
      'Bank holds rates at 4.75%',
      '',
      'The Bank of England has kept interest rates at 4.75% for a fifth month.',
      "The Bank's decision was expected. The Bank said inflation was 1.6% in December.",
    ].join('\n');
    expect(organisationOf(text)).toBeNull();
  });
});
