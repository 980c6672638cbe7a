// GOTO and labels (doc 1510005): the label's code runs, then the lines
// after it; a GOTO may leave loops and SI blocks; labels of one
// procedure are its own.
Essai(1)
Essai(2)
Essai(3)
Trace(Compte(4))

PROCÉDURE Essai(n est un entier)
SI n = 1 ALORS GOTO ERROUVRE
SI n = 2 ALORS
	GOTO ERRECRIT
FIN
Trace(n, "OK")
RETOUR
ERROUVRE :
Trace(n, "ouverture impossible")
RETOUR
ERRECRIT :
Trace(n, "écriture impossible")

PROCÉDURE Compte(max est un entier)
i est un entier
Encore :
i++
POUR j = 1 À 10
	SI j = 2 ALORS GOTO Test
FIN
Test :
SI i < max ALORS GOTO Encore
RENVOYER i
