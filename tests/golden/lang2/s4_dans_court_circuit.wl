// SPEC §4.1, §5.4 : DANS évalue toute la liste ; _DANS_ s'arrête à la première égalité ; « PAS _DANS_ »
Appels est un entier
v est un entier = 2
SI v DANS (1, 2, Compte(3)) ALORS Trace("DANS vrai, appels :", Appels)
Appels = 0
SI v _DANS_ (1, 2, Compte(3)) ALORS Trace("_DANS_ vrai, appels :", Appels)
SI v PAS _DANS_ (5, 6) ALORS Trace("PAS _DANS_ vrai")
SI "b" DANS ("a", "b") ALORS Trace("chaînes aussi")

PROCÉDURE Compte(x)
Appels++
RENVOYER x
