// Plusieurs erreurs de compilation sont toutes listées, statut 2, rien ne s'exécute
Trace("jamais")
SI 1 = 1
	Trace("x")
FIN
SI 2 = 2
	Trace("y")
FIN
