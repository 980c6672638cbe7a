// Reproduit le comportement documenté de fr:1514075 (exemple 060) : PROCÉDURE INTERNE … FIN appelée avant et après sa déclaration ; l'exécution séquentielle saute son corps ; procédures internes imbriquées qui lisent les variables des procédures englobantes (closure) ; entier à 0 par défaut.
Compteur est un entier
Trace("avant la déclaration")
Salue()
PROCÉDURE INTERNE Salue()
	Compteur++
	Trace("Salue, appel n°" + Compteur)
FIN
Trace("après la déclaration")
Salue()

Base est un entier
Trace(Base)
Niveau1()
PROCÉDURE INTERNE Niveau1()
	Part1 est un entier
	Trace(Base + Part1)
	Niveau2()
	PROCÉDURE INTERNE Niveau2()
		Part2 est un entier
		Trace(Base + Part1 + Part2)
		// la closure voit aussi les écritures
		Base = 100
	FIN
FIN
Trace(Base)
