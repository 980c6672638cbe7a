// SPEC §3.1: declarations with and without articles, plurals, multiple init
a est un entier = 7
b est entier
c, d sont des chaînes = ("un", "deux")
soit e = 2.5
f est un booléen
g est une Durée
Trace(a, b, c, d, e, f, g)
