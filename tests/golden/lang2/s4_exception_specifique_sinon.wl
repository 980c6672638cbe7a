// SPEC §4.9 : QUAND EXCEPTION DANS … FAIRE … SINON … FIN ; la suite reprend après FIN ; le traitement spécifique passe avant le général
QUAND EXCEPTION
	Trace("général : ne doit pas servir")
	RETOUR
FIN
POUR i = 1 À 2
	QUAND EXCEPTION DANS
		SI i = 1 ALORS ExceptionDéclenche(3, "tour un")
		Trace("tour", i, "sans exception")
	FAIRE
		Trace("attrapée :", ExceptionInfo(errMessage))
	SINON
		Trace("SINON du tour", i)
	FIN
FIN
Trace("suite")
