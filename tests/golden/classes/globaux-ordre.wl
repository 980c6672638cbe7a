// Les membres globaux d'une classe (6010006) sont initialisés une fois,
// dans l'ordre de leur déclaration : leurs initialisations appellent ici
// une procédure qui trace, et l'ordre est le même à chaque exécution.
CCompteur est une Classe
GLOBAL
	nA est un entier = Suivant("a")
	nB est un entier = Suivant("b")
	nC est un entier = Suivant("c")
	nD est un entier = Suivant("d")
	nE est un entier = Suivant("e")
	nF est un entier = Suivant("f")
FIN
Trace(CCompteur::nA, CCompteur::nC, CCompteur::nF)

PROCÉDURE Suivant(sNom)
Trace(sNom)
RENVOYER Asc(sNom)
