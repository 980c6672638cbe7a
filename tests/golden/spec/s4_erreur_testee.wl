// SPEC §4.10: testing ErreurDétectée right after a call disables the automatic CAS ERREUR
Verifie(0)
SI ErreurDétectée ALORS Trace("détectée :", ErreurInfo())
Trace("continue")
CAS ERREUR:
Trace("jamais")
PROCÉDURE Verifie(n)
SI n = 0 ALORS ErreurDéclenche(7, "zéro")
