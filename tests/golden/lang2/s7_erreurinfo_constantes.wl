// SPEC §7.2 : ErreurInfo(errCode / errMessage / errPendant) après l'échec non fatal d'une fonction ; errNombreSousErreur ; ErreurDétectée remis à Faux par l'appel réussi suivant
Gauche("abcdef", -1)
Trace(ErreurDétectée, ErreurInfo(errPendant))
Trace(ErreurInfo(errMessage) = ErreurInfo(), ErreurInfo(errNombreSousErreur))
Gauche("abcdef", 2)
Trace(ErreurDétectée)
