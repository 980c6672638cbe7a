// SPEC §4.9 : un traitement général qui se termine normalement fait réexécuter la ligne fautive ; ExceptionActive() le réarme pour l'échec suivant
Essais est un entier
QUAND EXCEPTION
	Trace("attrapée :", ExceptionInfo(errMessage))
	ExceptionActive()
FIN
Fragile()
Trace("réussi après", Essais, "essais")

PROCÉDURE Fragile()
Essais++
SI Essais < 3 ALORS ExceptionDéclenche(9, "essai " + Essais)
