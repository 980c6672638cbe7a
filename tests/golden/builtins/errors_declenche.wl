// ErreurDéclenche fixe errCode et errMessage (DECISIONS 9a, 9b)
Vérifie()
Trace("ErreurDétectée :", ErreurDétectée)
Trace(ErreurInfo(errCode), ErreurInfo(errMessage))
Trace(ErreurInfo() = ErreurInfo(errMessage))

PROCÉDURE Vérifie()
ErreurDéclenche(12, "valeur manquante")
