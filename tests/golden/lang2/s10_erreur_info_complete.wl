// SPEC §7.2 : ExceptionInfo(errCode), errMessage, errLigne et errPendant dans un traitement d'exception ; ErreurInfo vide sans erreur
Trace("[" + ErreurInfo() + "]", ErreurDétectée)
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, "stock épuisé")
FAIRE
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage), ExceptionInfo(errLigne))
FIN
