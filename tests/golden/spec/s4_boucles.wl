// SPEC §4.5, §4.6: TANTQUE, BOUCLE, BOUCLE(n), À FAIRE TANTQUE, SORTIR(2), CONTINUER
c est un entier
TANTQUE c < 3
	c++
FIN
Trace(c)
BOUCLE(3)
	c += 10
FIN
Trace(c)
BOUCLE
	c--
A FAIRE TANTQUE c > 30
Trace(c)
POUR i = 1 À 3
	POUR j = 1 À 3
		SI j = 2 ALORS CONTINUER
		SI i = 2 ALORS SORTIR(2)
		Trace(i, j)
	FIN
FIN
