// Un monétaire a 6 décimales au plus (fr:1514043). Au-delà, notre choix est de tronquer
// vers zéro, comme la doc le dit du numérique (fr:1514072) : 2/3 donne 0.666666.
m est un monétaire = 10
Trace(m / 3)
Trace(m / 4)
d est un monétaire = 2
Trace(d / 3)
Trace(-d / 3)
p est un monétaire = 1.23456789
Trace(p)
