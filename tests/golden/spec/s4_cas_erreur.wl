// SPEC §4.10, DECISIONS 9b: ErreurDéclenche signals a non-fatal error to the caller, CAS ERREUR: catches it
Traitement()
Trace("suite du programme")
PROCÉDURE Traitement()
Trace("étape 1")
Verifie(0)
Trace("jamais")
CAS ERREUR:
Trace("erreur :", ErreurInfo(errCode), ErreurInfo(errMessage))
PROCÉDURE Verifie(n)
SI n = 0 ALORS ErreurDéclenche(42, "valeur nulle")
