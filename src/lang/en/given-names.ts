// Common given names by gender, for pronoun resolution: "she said" does not stand for
// "Gordon Brown". Only names that are clearly one gender in news (not "Jean" Todt, "Hilary" Benn,
// "Andrea" Enria, "Robin", "Chris"); lowercase.
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const givenNames = {
  male: words(`
    aaron adam adrian alan alastair alexander alistair andrew andy angus anthony antonio archie arnold
    arthur barry ben benjamin bernard bill billy bob brendan brian bruce carl carlos charles     christopher clive colin craig damian damien daniel danny darren david dennis derek des desmond dominic
    donald doug douglas duncan eddie edward eric ernest frank fred frederick gareth gary gavin geoff geoffrey
    george gerald gerhard gerry gordon graham greg gregory hamish harold harry henry howard hugh ian jack
    jacques jake james jason jeff jeffrey jeremy jim jimmy joe john jonathan jose joseph juan keith
    kenneth kevin kieran larry lawrence leonard lewis liam luke malcolm marcus mark martin matt matthew
    michael mick mike neil nicholas nick nigel noel oliver owen patrick paul pete peter phil philip ralph
    raymond richard rick rob robert rod roger ron ronald rory roy rupert russell ryan samuel scott
    sean sebastian simon stephen steve steven stuart ted thomas tim timothy toby tom tommy tony trevor
    vincent walter warren wayne william willie junichiro hu wen mahmoud yasser dick
    kofi vladimir mikhail silvio ariel ehud nelson thabo olusegun akio sergei sergey dmitry igor boris viktor
    yuri pierre thierry jacques michel philippe alain didier francois françois arjan hannes hans klaus
    wolfgang gerhard helmut joschka horst jürgen juergen giovanni giuseppe marco luca paolo romano carlo
  `),
  female: words(`
    abigail alice alison amanda amy angela ann anna anne annie barbara beth betty beverley brenda
    caroline catherine charlotte cheryl christine claire clare deborah debbie diana diane donna dorothy
    elaine eleanor elizabeth ellen emily emma eva fiona frances gail gillian gloria hannah harriet hazel
    heather helen isabel jacqueline jane janet janice jennifer jenny jessica jill joan
    joanna josephine judith judy julia julie karen kate katherine kathleen kathryn kathy     laura linda lisa liz lorraine louise lucy margaret maria marie mary maureen melanie
    michelle miriam nancy natalie nicole olivia patricia patsy paula pauline penny rachel rebecca
    ruth sally samantha sandra sarah sharon sheila shirley sophie stephanie sue susan suzanne tessa
    theresa tracey valerie vanessa victoria wendy yvonne condoleezza hillary estelle marie isabelle
    nathalie olga irina natalia yulia ségolène segolene benazir
  `),
};
