// SPEC §4.9: specific handler with SINON, ExceptionInfo, CAS EXCEPTION:
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, "Fichier introuvable")
FAIRE
	Trace("attrapée", ExceptionInfo(errCode), ExceptionInfo(errMessage))
SINON
	Trace("jamais")
FIN
QUAND EXCEPTION DANS
	Trace("rien")
FAIRE
	Trace("jamais")
SINON
	Trace("pas d'exception")
FIN
Risque()
Trace("suite")
PROCÉDURE Risque()
Trace("début")
ExceptionDéclenche(3, "boum")
Trace("jamais")
CAS EXCEPTION:
Trace("traitée :", ExceptionInfo())
