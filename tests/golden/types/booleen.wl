// Un booléen vaut Faux par défaut et s'écrit 1 ou 0 (DECISIONS 6) ; un nombre non nul
// est vrai.
b est un booléen
Trace(b)
b = Vrai
Trace(b, "b = " + b)
b = 5
Trace(b)
b = 0
Trace(b)
SI PAS b ALORS Trace("faux")
