// Comportement documenté du tutoriel fr:1410087587 (exemple 030, étapes 5 et 10) :
// VersChaîne par défaut, VersChaîne avec jour et mois en lettres (majuscule forcée),
// VersJourEnLettre, et comparaison avec DateDuJour(). Ici la date est affectée par une
// chaîne ; la variante par propriétés est date_proprietes_ecriture.
MaDate est une Date = Hier()
MaDate = "19851026"
Trace(MaDate.VersChaîne())
Trace(MaDate.VersChaîne("Jjjj JJ Mmmm AAAA"))
Trace(MaDate.VersJourEnLettre())
SI MaDate < DateDuJour() ALORS
	Trace("Avant aujourd'hui")
FIN
