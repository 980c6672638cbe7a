// Reproduit le comportement documenté de fr:1410087515 (exemple 037) : une Date vaut par défaut la date du jour ; SELON sur ses propriétés Jour et Mois avec CAS et instruction sur la même ligne, AUTRES CAS, liste « 1, 2, 3 », CAS a <= * <= b, CAS > v ; VersChaîne en JJ/MM/AAAA.
// La page montre la sortie d'un 28/11/2021 ; les tests golden fixent l'horloge au 15/06/2025.
Aujourdhui est une Date
Décris(Aujourdhui)
Novembre est une Date = "20211128"
Décris(Novembre)

PROCÉDURE Décris(Jour est une Date)
SELON Jour.Jour
	CAS 1 : Trace("Début de mois.")
	CAS 15 : Trace("Milieu de mois.")
	AUTRES CAS : Trace("Date : " + Jour.VersChaîne())
FIN
SELON Jour.Mois
	CAS 1, 2, 3 : Trace("Premier trimestre.")
	CAS 4 <= * <= 6 : Trace("Deuxième trimestre.")
	CAS > 6 : Trace("Second semestre.")
FIN
