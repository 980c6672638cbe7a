// Erreurs non fatales et exceptions
QUAND EXCEPTION DANS
	Trace("avant")
	ExceptionDéclenche(7, "problème de stock")
	Trace("jamais")
FAIRE
	Trace("attrapée :", ExceptionInfo(errCode), ExceptionInfo(errMessage))
FIN
Trace("après")

QUAND EXCEPTION DANS
	Trace("rien")
FAIRE
	Trace("pas d'exception, pas de traitement")
SINON
	Trace("bloc SINON")
FIN

Vérifie()
Trace("ErreurDétectée :", ErreurDétectée)
Trace(ErreurInfo(errMessage))

PROCÉDURE Vérifie()
ErreurDéclenche(12, "valeur manquante")
