// Un numérique qui reçoit un résultat le tronque au nombre de décimales défini, sans
// arrondir à la décimale supérieure (fr:1514072).
n est un numérique
n = 2.9999999
Trace(n)
n = 0.1234567
Trace(n)
n = -1.0000009
Trace(n)
n = 2 / 3
Trace(n)
