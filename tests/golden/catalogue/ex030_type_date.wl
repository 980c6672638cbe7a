// Reproduit le comportement documenté de fr:1410087587 (exemple 030) : une Date affectée par Hier() puis par une chaîne AAAAMMJJ, modifiée par ses propriétés Année/Mois/Jour, affichée par VersChaîne (format par défaut JJ/MM/AAAA et masque avec jour et mois en lettres) et VersJourEnLettre, comparée à DateDuJour().
Anniversaire est une Date
Anniversaire = Hier()
Anniversaire = "20000101"
Anniversaire.Année = 2004
Anniversaire.Mois = 2
Anniversaire.Jour = 29
Trace(Anniversaire.VersChaîne())
Trace(Anniversaire.VersChaîne("Jjjj JJ Mmmm AAAA"))
Trace(Anniversaire.VersJourEnLettre())
SI Anniversaire < DateDuJour() ALORS
	Trace("Cette date est déjà passée")
FIN
