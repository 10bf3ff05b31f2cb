// Häufige Vornamen nach Geschlecht, für die Auflösung von "er sagte": kein "Frau Glawischnig".
// Nur eindeutige Namen; die Anreden des Textes ("Herr", "Frau") gehen vor. Kleingeschrieben.
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const givenNames = {
  male: words(`
    alexander andreas anton armin bernd bernhard christian christoph daniel david dieter dominik erich erwin
    florian franz friedrich georg gerald gerhard gernot günter günther hannes hans harald heinrich heinz helmut
    herbert hermann horst jakob jan johann johannes josef jörg jürgen karl klaus konrad kurt lukas manfred
    markus martin matthias max michael norbert oliver othmar otto patrick paul peter philipp rainer reinhold
    reinhard richard robert roland rudolf sebastian siegfried stefan stephan thomas tobias ulrich uwe walter
    werner wilhelm wolfgang heinz-christian sigmar frank-walter joachim wladimir recep donald barack david boris
    françois francois nicolas matteo alexis viktor ahmet baschar benjamin emmanuel john george bill tony
  `),
  female: words(`
    angelika anna anneliese barbara birgit brigitte christa christine claudia doris elisabeth elke
    eva gabriele gertrud hannelore heidi helga ilse ingrid irmgard johanna julia karin katharina kerstin
    lisa marianne martina monika nicole petra renate sabine sandra sonja stefanie susanne ulrike ursula
    verena angela pamela gudrun sophie beate heide juliane eva-maria andrea maria hillary theresa marine
  `),
};
