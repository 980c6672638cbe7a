// Addition, soustraction et comparaison de durées (fr:1514040) ; multiplier ou diviser
// une durée par un nombre (moyenne de durées).
a est une Durée = 1 min 30 s
b est une Durée = 45 s
Trace((a + b).EnSecondes, (a - b).EnSecondes)
Trace(a > b, a = 90 s, b < 1 min)
Trace((a * 2).EnMinutes, (a / 3).EnSecondes)
Trace(a / b)
