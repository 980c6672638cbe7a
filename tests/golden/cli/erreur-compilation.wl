// Toutes les erreurs de compilation sont listées, statut 2, rien ne s'exécute
Trace("jamais")
SI 1 = 1
	Trace("x")
FIN
