// Issue 11: a compile error is reported once, even when the expression
// around it could take the integer path (compiler.binary).
Trace(f(1, 2) + 1)
Trace(g(1, 2) + 1)
SI f(1, 2) + 1 > 0 ALORS Trace("oui")

PROCÉDURE f(a est un entier) : entier
RENVOYER a

PROCÉDURE g(a)
RENVOYER a
