// DECISIONS 9a, 9b : ErreurDéclenche signale une erreur non fatale au code appelant ; code et message exactement comme donnés
Contrôle(5)
Trace(ErreurDétectée)
Contrôle(-5)
Trace(ErreurDétectée, ErreurInfo(errCode), ErreurInfo(errMessage))
Trace("le script continue")

PROCÉDURE Contrôle(n)
SI n < 0 ALORS ErreurDéclenche(77, "valeur négative : " + n)
