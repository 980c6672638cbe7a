// SPEC §4.9 [fr:3034001]: a general handler runs once, the traitement is left with RETOUR
Trace("début")
Calcule()
Trace("fin")
PROCÉDURE Calcule()
QUAND EXCEPTION
	Trace("gestionnaire :", ExceptionInfo(errMessage))
	RETOUR
FIN
Trace("avant")
ExceptionDéclenche(1, "panne")
Trace("jamais")
