// SPEC §4.3 : avec À la limite est réévaluée à chaque tour ; avec _À_ elle est évaluée une fois ; la variable est comparée avant chaque tour
Nombres est un tableau d'entiers = [1, 2]
POUR i = 1 À Nombres.Occurrence
	SI Nombres.Occurrence < 4 ALORS Nombres.Ajoute(0)
FIN
Trace("À :", Nombres.Occurrence, i)
Copie est un tableau d'entiers = [1, 2]
POUR i = 1 _À_ Copie.Occurrence
	SI Copie.Occurrence < 4 ALORS Copie.Ajoute(0)
FIN
Trace("_À_ :", Copie.Occurrence, i)
Tours est un entier
POUR i = 5 À 1
	Tours++
FIN
Trace("aucun tour :", Tours, i)
