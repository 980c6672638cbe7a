// SPEC §4.8: recursion, internal procedures as closures, call before declaration
total est un entier = 0
Trace(Fact(10))
PROCÉDURE INTERNE Cumule(v est un entier)
	total += v
FIN
Cumule(5)
Cumule(7)
Trace(total)
PROCÉDURE Fact(n est un entier) : entier
SI n <= 1 ALORS RENVOYER 1
RENVOYER n * Fact(n - 1)
