// Hasard : bornes incluses ; InitHasard(n) rend la suite reproductible (doc 3013037, 3013030)
ok est un booléen = Vrai
POUR i = 1 À 500
	n est un entier = Hasard(7, 21)
	SI n < 7 OU n > 21 ALORS ok = Faux
	m est un entier = Hasard(33)
	SI m < 1 OU m > 33 ALORS ok = Faux
	r est un réel = Hasard()
	SI r < 0 OU r >= 1 ALORS ok = Faux
FIN
Trace(ok)
InitHasard(2024)
a1 est un entier = Hasard(1000000)
a2 est un entier = Hasard(1000000)
InitHasard(2024)
Trace(Hasard(1000000) = a1, Hasard(1000000) = a2)
Trace(Hasard(5, 5))
