// Procédures d'extension (doc 1514086): the <extension> attribute before
// or after the result type; the procedure is called by its name or as a
// method of a value of its first parameter's type, calls chained; This
// is the first parameter.
sTexte est une chaîne = TAB + "XXX"
Trace("[" + RemplaceTABParEspaces(sTexte, 2) + "]")
Trace("[" + sTexte.RemplaceTABParEspaces(4) + "]")
Trace(Double("ab"), "xy".Double().Double())

PROCÉDURE RemplaceTABParEspaces(s est une chaîne, n est un entier) <extension> : chaîne
RENVOYER Remplace(s, TAB, Répète(" ", n))

PROCÉDURE Double(s est une chaîne) : chaîne <extension>
// This is the first parameter.
RENVOYER This + s
