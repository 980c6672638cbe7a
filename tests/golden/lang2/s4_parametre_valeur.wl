// SPEC §4.8 : passage par référence par défaut ; LOCAL ou parenthèses autour de l'argument « P((x)) » passent une copie
a, b, c sont des entiers = (1, 1, 1)
Double(a)
Double((b))
DoubleLocal(c)
Trace(a, b, c)

PROCÉDURE Double(x)
x = x * 2

PROCÉDURE DoubleLocal(LOCAL x)
x = x * 2
