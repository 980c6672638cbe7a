// SPEC §4.9: a general handler that does not leave re-runs the failing line;
// the handler fires once, so the second failure is not caught
n est un entier = 0
QUAND EXCEPTION
	Trace("traitée")
FIN
n++
ExceptionDéclenche(2, "encore")
Trace("jamais", n)
