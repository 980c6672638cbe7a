//! args: --lang en
// Issue 11: every compile error of the compiler carries its code.
x est un entier
x est une chaîne
y est un TypeInexistant
P(1, 2, 3)

PROCÉDURE P(a, b)
