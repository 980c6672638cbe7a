// The <extension> attribute before the result type (doc 1514086):
// `PROCÉDURE P(…) <extension> : type`. The procedure is called by name
// (the call as a method of the extended value is not run by wl yet).
sTexte est une chaîne = TAB + "XXX"
Trace("[" + RemplaceTABParEspaces(sTexte, 2) + "]")
Trace(Double("ab"))

PROCÉDURE RemplaceTABParEspaces(s est une chaîne, n est un entier) <extension> : chaîne
RENVOYER Remplace(s, TAB, Répète(" ", n))

PROCÉDURE Double(s est une chaîne) : chaîne <extension>
RENVOYER s + s
