// SPEC §4.8 : procédures internes sœurs qui s'appellent, récursion interne, passage d'une procédure interne comme valeur Procédure (sans guillemets)
Trace(Pair(10), Pair(7))
Applique(Carré, 9)
PROCÉDURE INTERNE Pair(n)
	SI n = 0 ALORS RENVOYER Vrai
	RENVOYER Impair(n - 1)
FIN
PROCÉDURE INTERNE Impair(n)
	SI n = 0 ALORS RENVOYER Faux
	RENVOYER Pair(n - 1)
FIN
PROCÉDURE INTERNE Carré(x)
	Trace("carré :", x * x)
FIN

PROCÉDURE Applique(p est une Procédure, v)
p(v)
