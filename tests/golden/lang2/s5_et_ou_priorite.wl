// SPEC §5.4 : ET et OU ont la même priorité, de gauche à droite ; PAS s'applique à toute la comparaison qui suit
Trace(Vrai OU Vrai ET Faux)
Trace(Vrai OU (Vrai ET Faux))
Trace(PAS 1 = 2)
v est une chaîne = "lyon"
Trace(PAS v DANS ("paris", "lyon"))
