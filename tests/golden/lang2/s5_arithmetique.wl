// SPEC §5.1 : division d'entiers réelle, Modulo et %, puissance ^, moins unaire, calcul sans perte avant l'affectation
Trace(18 / 5, 7 / 2, 9 / 3)
Trace(17 Modulo 5, 17 % 5)
Trace(2 ^ 8, 10 ^ 0, 2 ^ 0.5 > 1.41)
Trace(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3)
n est un entier = 2147483647 + 1 - 10
Trace(n)
