// Reproduit le comportement documenté de fr:1410087516 (exemple 040) : BOUCLE … FIN quittée par un SI … ALORS SORTIR sur une ligne, BOUCLE … À FAIRE TANTQUE (test en fin de tour), BOUCLE(n) ; décrément postfixé « -- » avec et sans espace. Les trois formes font le même nombre de tours.
Stock est un entier = 4
BOUCLE
	Trace("A : reste [%Stock%]")
	Stock--
	SI Stock = 0 ALORS SORTIR
FIN
Trace("A terminé")
Réserve est un entier = 4
BOUCLE
	Trace("B : reste [%Réserve%]")
	Réserve = Réserve - 1
À FAIRE TANTQUE Réserve > 0
Trace("B terminé")
Lot est un entier = 4
BOUCLE(4)
	Trace("C : reste [%Lot%]")
	Lot --
FIN
Trace("C terminé, Lot = " + Lot)
// À FAIRE TANTQUE teste après le tour : un tour même si la condition est fausse
Vide est un entier = 0
BOUCLE
	Trace("D : un tour")
À FAIRE TANTQUE Vide > 0
