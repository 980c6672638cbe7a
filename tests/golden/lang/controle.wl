// SI, SELON, POUR, TANTQUE, BOUCLE
x est un entier = 15
SI x < 10 ALORS
	Trace("petit")
SINON SI x < 20 ALORS
	Trace("moyen")
SINON
	Trace("grand")
FIN
SI x = 15 ALORS Trace("quinze") SINON Trace("autre")

POUR v = 5 À 25 PAS 10
	SELON v
		CAS 5 : Trace(v, "cinq")
		CAS 10 À 20 : Trace(v, "entre 10 et 20")
		AUTRE CAS : Trace(v, "autre")
	FIN
FIN

POUR i = 1 À 5
FIN
Trace("après la boucle, i =", i)

POUR j = 3 À 1 PAS -1
	Trace("j", j)
FIN

k est un entier = 0
TANTQUE k < 3
	k++
FIN
Trace("k =", k)

n est un entier = 0
BOUCLE
	n++
	SI n = 2 ALORS CONTINUER
	SI n > 4 ALORS SORTIR
	Trace("n", n)
FIN

BOUCLE(3)
	Trace("trois fois")
FIN

Trace(x > 10 ? "oui" SINON "non")
Trace(x DANS (1, 15, 30))
Trace(x = 10 À 20)
