// SPEC §4.3, fr:1510001 : _À_ évalue la limite une seule fois, _PAS_ le pas une seule fois ; les deux sont indépendants
Incrément est un entier = 3
Liste est une chaîne
POUR i = 1 À 10 _PAS_ Incrément
	Incrément = 1
	Liste += [" "] + i
FIN
Trace(Liste)
Valeurs est un tableau d'entiers = [1, 2]
Incrément = 1
POUR i = 1 _À_ Valeurs.Occurrence PAS Incrément
	SI Valeurs.Occurrence < 4 ALORS Valeurs.Ajoute(0)
FIN
Trace(Valeurs.Occurrence, i)
