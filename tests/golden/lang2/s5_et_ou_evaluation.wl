// SPEC §5.4, DECISIONS 7 : ET et OU évaluent les deux opérandes ; _ET_ et _OU_ s'arrêtent dès que le résultat est connu
Appels est un entier
SI Faux ET Note(1) ALORS Trace("jamais")
SI Vrai OU Note(2) ALORS Trace("OU vrai")
Trace("appels après ET/OU :", Appels)
Appels = 0
SI Faux _ET_ Note(3) ALORS Trace("jamais")
SI Vrai _OU_ Note(4) ALORS Trace("_OU_ vrai")
Trace("appels après _ET_/_OU_ :", Appels)

PROCÉDURE Note(n)
Appels++
Trace("évalué", n)
RENVOYER Vrai
