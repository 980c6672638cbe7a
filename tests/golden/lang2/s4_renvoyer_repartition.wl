// SPEC §4.7 : g(f()) répartit les valeurs renvoyées par f dans les paramètres de g
Trace(Somme(Bornes()))

PROCÉDURE Bornes()
RENVOYER (3, 4)

PROCÉDURE Somme(x, y, z = 0)
RENVOYER x + y + z
