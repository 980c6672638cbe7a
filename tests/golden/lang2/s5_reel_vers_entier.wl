// DECISIONS 5 : affecter un réel à un entier tronque vers zéro ; un entier hors des 32 bits est une erreur à l'affectation
e est un entier
e = 9.99
Trace(e)
e = -9.99
Trace(e)
g est un entier sur 8 octets = 2147483647
g = g * 4
Trace(g)
e = g
Trace("jamais")
