// Reproduit le comportement documenté de fr:1510008 (exemple 046) : SELON avec CAS valeur et instruction sur la même ligne, AUTRE CAS, CAS a < * < b, CAS > v, CAS À max, liste « 9,10 », CAS min À max sans deux-points et action à la ligne suivante, commentaire après le CAS, « CAS À 8: » sans espace avant les deux-points.
POUR TOUTE CHAÎNE Saisie DE "3,8,9,10,15,20,21,40" SÉPARÉE PAR ","
	Nombre est un entier = Val(Saisie)
	Avis est une chaîne
	SELON Nombre
		CAS 3 : Avis = "trois"
		CAS 10 : Avis = "dix"
		AUTRE CAS : Avis = "-"
	FIN
	Palier est une chaîne
	SELON Nombre
		CAS À 8: 	// jusqu'à 8 inclus
			Palier = "petit"
		CAS 9,10:	// 9 ou 10
			Palier = "moyen"
		CAS 11 À 20 	// de 11 à 20 inclus
			Palier = "grand"
		CAS > 20:	// au-delà de 20
			Palier = "énorme"
	FIN
	Trace(Nombre, Avis, Palier)
	SELON Nombre
		CAS 10 : Trace("  exactement 10")
		CAS 10<*<20 : Trace("  strictement entre 10 et 20")
		CAS >30 : Trace("  plus de 30")
	FIN
FIN
