// Reproduit le comportement documenté de fr:1510011 (exemple 045) : SI … SINON SI … SINON … FIN n'exécute que la première branche vraie ; « += » ; DANS vrai si la valeur égale au moins une expression de la liste ; « PAS x DANS » et « x PAS DANS » sont équivalents.
Commande est une Structure
	Montant est un entier
	Pays est une chaîne
FIN
Gros, Moyen, Petit, Minuscule sont des entiers
Cde est une Commande
POUR TOUTE CHAÎNE Ligne DE "900;FR,300;BE,80;ES,5;CH,100;IT" SÉPARÉE PAR ","
	Cde.Montant = Val(ExtraitChaîne(Ligne, 1, ";"))
	Cde.Pays = ExtraitChaîne(Ligne, 2, ";")
	SI Cde.Montant > 500 ALORS
		Gros += 1
	SINON SI Cde.Montant > 100 ALORS
		Moyen += 1
	SINON SI Cde.Montant > 10 ALORS
		Petit += 1
	SINON
		Minuscule += 1
	FIN
	SI Cde.Pays DANS ("FR", "BE", "CH") ALORS
		Info(Cde.Pays + " : pays francophone")
	FIN
	SI PAS Cde.Pays DANS ("FR", "BE", "CH") ALORS
		Info(Cde.Pays + " : autre pays (PAS x DANS)")
	FIN
	SI Cde.Pays PAS DANS ("FR", "BE", "CH") ALORS
		Info(Cde.Pays + " : autre pays (x PAS DANS)")
	FIN
FIN
Trace(Gros, Moyen, Petit, Minuscule)
