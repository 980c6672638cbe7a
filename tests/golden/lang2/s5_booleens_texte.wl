// DECISIONS 6, SPEC §5.4 : booléens affichés 1 et 0 ; un nombre comme condition (0 = Faux) ; booléen par défaut Faux
b est un booléen
Trace(b, Vrai, Faux, PAS b)
Trace("Actif : " + Vrai)
n est un entier = 3
SI n ALORS Trace("3 est vrai")
n = 0
SI PAS n ALORS Trace("0 est faux")
