// SPEC §4.7, §4.8: by reference by default, LOCAL and ((x)) by value, defaults, several results
x est un entier = 1
Ajoute1(x)
Trace(x)
Ajoute1((x))
Trace(x)
Copie(x)
Trace(x)
Trace(Somme(2), Somme(2, 3))
(q, r) = Division(17, 5)
Trace(q, r)
(, r2) = Division(9, 4)
Trace(r2)
PROCÉDURE Ajoute1(n)
n++
PROCÉDURE Copie(LOCAL n est un entier)
n = 100
PROCÉDURE Somme(a est un entier, b est un entier = 10) : entier
RENVOYER a + b
PROCÉDURE Division(a, b)
RENVOYER (a / b - a % b / b, a % b)
