// SPEC §5.1, DECISIONS 5: arithmetic, integer division gives a real, string rules
Trace(18 / 5, 10 / 2, 7 % 3, 7 Modulo 2, 2 ^ 10, -3 + 1)
Trace(1 + "2", "1" + 2, "Montant TTC : " + 600)
x est un entier = 5
Trace(x++)
Trace(++x)
Trace(--x)
Trace(x--)
Trace(x)
Trace(Vrai, Faux, 0.1 + 0.2)
