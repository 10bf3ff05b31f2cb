// Common given names by gender, for pronoun resolution: "she said" does not stand for
// "Gordon Brown". Only names that are clearly one gender; the text's own titles ("Mr",
// "Ms") win over this table. Lowercase.
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const givenNames = {
  male: words(`
    aaron adam adrian alan alastair alex alexander alistair andrew andy angus anthony antonio archie arnold
    arthur barry ben benjamin bernard bill billy bob brendan brian bruce carl carlos charles charlie chris
    christopher clive colin craig damian damien daniel danny darren david dennis derek des desmond dominic
    donald doug douglas duncan eddie edward eric ernest frank fred frederick gareth gary gavin geoff geoffrey
    george gerald gerhard gerry gordon graham greg gregory hamish harold harry henry howard hugh ian jack
    jacques jake james jamie jason jeff jeffrey jeremy jim jimmy joe john jonathan jose joseph juan keith
    kenneth kevin kieran larry lawrence lee leonard lewis liam luke malcolm marcus mark martin matt matthew
    michael mick mike neil nicholas nick nigel noel oliver owen patrick paul pete peter phil philip ralph
    raymond richard rick rob robert robin rod roger ron ronald rory roy rupert russell ryan sam samuel scott
    sean sebastian simon stephen steve steven stuart ted terry thomas tim timothy toby tom tommy tony trevor
    vincent walter warren wayne william willie gordon tony jack kofi vladimir mikhail jacques silvio gerhard
    junichiro hu wen ariel mahmoud yasser dick
  `),
  female: words(`
    abigail alice alison amanda amy andrea angela ann anna anne annie barbara beth betty beverley brenda
    carol caroline catherine charlotte cheryl christine claire clare deborah debbie diana diane donna dorothy
    elaine eleanor elizabeth ellen emily emma eva fiona frances gail gillian gloria hannah harriet hazel
    heather helen hilary isabel jackie jacqueline jane janet janice jean jennifer jenny jessica jill joan
    joanna josephine joy judith judy julia julie karen kate katherine kathleen kathryn kathy kay kelly
    laura lesley linda lisa liz lorraine louise lucy lynn margaret maria marie marion mary maureen melanie
    michelle miriam nancy natalie nicola nicole olivia patricia patsy paula pauline penny rachel rebecca
    rose ruth sally samantha sandra sarah sharon sheila shirley sophie stephanie sue susan suzanne tessa
    theresa tracey valerie vanessa victoria wendy yvonne condoleezza hillary estelle
  `),
};
