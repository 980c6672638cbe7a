// Issue 11: every compile error of the compiler carries its code.
x est un entier
x est une chaîne
y est un TypeInexistant
t est un tableau de x entiers
z = MesParamètres
P(1, 2)

PROCÉDURE P(a, a)
