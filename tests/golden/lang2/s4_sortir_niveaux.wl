// SPEC §4.6 : SORTIR quitte la boucle la plus interne ; SORTIR(2) quitte deux boucles imbriquées
POUR i = 1 À 3
	POUR j = 1 À 3
		SI j = 2 ALORS SORTIR
		Trace("A", i, j)
	FIN
FIN
POUR i = 1 À 3
	POUR j = 1 À 3
		SI i = 2 ET j = 2 ALORS SORTIR(2)
		Trace("B", i, j)
	FIN
FIN
Trace("fin", i, j)
