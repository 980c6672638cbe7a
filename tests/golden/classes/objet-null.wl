// Un objet dynamique non alloué vaut Null (6010003) : l'utiliser est une
// erreur d'exécution positionnée ; libérer puis réutiliser aussi.
CNoeud est une Classe
	Valeur est un entier
FIN
n est un CNoeud dynamique
SI n = Null ALORS Trace("non alloué")
n = allouer un CNoeud
n.Valeur = 1
Trace(n <> Null, n.Valeur)
libérer n
Trace(n = Null)
Trace(n.Valeur)
