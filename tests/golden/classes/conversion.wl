// Test de type « x est C » et conversion explicite sur les classes
// (6010019) : (C) x provoque une erreur si x n'est pas un C, (C?) x
// renvoie Null ; le résultat donne accès aux membres de la classe dérivée.
CForme est une Classe
	Nom est une chaîne
FIN
CCercle est une Classe
	hérite de CForme
	Rayon est un entier
FIN
CCarré est une Classe
	hérite de CForme
	Côté est un entier
FIN

f est un CForme dynamique
f = allouer un CCercle
f.Nom = "cercle"
Trace(f est CCercle, f est un CForme, f est CCarré)
SI f est CCercle ALORS
	((CCercle)f).Rayon = 3
	Trace(((CCercle)f).Rayon, ((CCercle) f).Aire())
FIN
c est un CCarré dynamique = (CCarré?) f
Trace(c = Null)
g est un CForme dynamique
Trace(g est CForme, (CCercle?) g = Null)
Trace(((CCarré)f).Côté)

PROCÉDURE CCercle.Aire()
RENVOYER Rayon * Rayon * 3
