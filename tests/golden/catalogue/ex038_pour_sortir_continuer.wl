// Reproduit le comportement documenté de fr:1410087516 (exemple 038) : POUR … À avec SORTIR et CONTINUER, variable de contrôle déclarée automatiquement puis réutilisée par un 2e POUR … _À_ <Tableau>.Occurrence, EstPair/EstImpair comparés à Vrai, <Tableau>.Ajoute, concaténation chaîne + élément entier.
Dizaines est un tableau d'entiers
POUR n = 1 À 20
	Trace("Tour [%n%]")
	SI n = 7 ALORS
		Trace("Sortie à 7")
		SORTIR
	FIN
	SI EstPair(n) = Vrai ALORS
		Trace("[%n%] est pair : suivant")
		CONTINUER
	FIN
	Dizaines.Ajoute(n * 10)
	Trace("[%n%] ajouté")
FIN
Trace("n vaut " + n + " après SORTIR")
POUR n = 1 _À_ Dizaines.Occurrence
	Trace("Case [%n%] : " + Dizaines[n])
FIN
Trace("n vaut " + n + " en fin de boucle")
