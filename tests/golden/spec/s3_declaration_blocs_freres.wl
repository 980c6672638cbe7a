// DECISIONS 8: one scope per traitement; a name declared in two sibling blocks
// (as real projects do) is one variable, a second declaration where the first
// is visible is an error (see s3 tests of lang2)
choix est un entier = 2
SI choix = 1 ALORS
	libellé est une chaîne = "un"
SINON
	libellé est une chaîne = "autre"
FIN
Trace(libellé)
