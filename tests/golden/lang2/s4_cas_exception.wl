// SPEC §4.9 : étiquette CAS EXCEPTION: les lignes qui suivent s'exécutent si une exception survient avant elle dans le traitement
Trace(Essai(1))
Trace(Essai(0))

PROCÉDURE Essai(n)
SI n = 0 ALORS ExceptionDéclenche(5, "zéro interdit")
RENVOYER "ok " + n
CAS EXCEPTION:
RENVOYER "exception " + ExceptionInfo(errCode)
