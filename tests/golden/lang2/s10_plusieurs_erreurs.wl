// DECISIONS 12, SPEC §10 : toutes les erreurs de compilation sont listées, chacune « fichier:ligne:col: message (code) », statut 2
Trace("jamais exécuté")
Trace(Absent1)
x est un entier = 1
SI x = 1 ALORS
	Trace(Absent2 + x)
FIN
