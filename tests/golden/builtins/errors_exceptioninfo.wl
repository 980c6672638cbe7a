// ExceptionInfo dans un traitement d'exception (doc 3034006) ; "" en dehors
QUAND EXCEPTION DANS
	ExceptionDéclenche(7, "problème de stock")
FAIRE
	Trace(ExceptionInfo(errCode))
	Trace(ExceptionInfo())
	Trace(ExceptionInfo(errMessage))
	Trace(ExceptionInfo(errNombreSousErreur))
FIN
QUAND EXCEPTION DANS
	x est un entier = 1 / 0
FAIRE
	Trace("division :", ExceptionInfo(errLigne))
FIN
