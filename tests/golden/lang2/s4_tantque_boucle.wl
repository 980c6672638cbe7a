// SPEC §4.5 : TANTQUE teste avant chaque tour (zéro tour possible) ; BOUCLE(n) ; BOUCLE avec SORTIR
n est un entier = 10
TANTQUE n < 5
	Trace("jamais")
FIN
TANTQUE n < 13
	n++
FIN
Trace(n)
Tours est un entier
BOUCLE(3)
	Tours++
FIN
Trace(Tours)
BOUCLE
	Tours--
	SI Tours = 0 ALORS SORTIR
FIN
Trace(Tours)
