// SPEC §4.1: block and one-line SI, SINON SI chains, intervals, DANS
n est un entier = 15
SI n < 10 ALORS
	Trace("petit")
SINON SI n < 20 ALORS
	Trace("moyen")
SINON
	Trace("grand")
FIN
SI n = 10 À 20 ALORS Trace("dans l'intervalle") SINON Trace("hors")
SI 10 <= n <= 12 ALORS Trace("oui") SINON Trace("non")
SI n DANS (1, 15, 30) ALORS Trace("trouvé")
SI PAS n DANS (2, 3) ALORS Trace("absent")
Trace(n > 2000 ? "grand" SINON "raisonnable")
