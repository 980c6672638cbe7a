// SPEC §4.1 : SI sur une ligne (sans FIN) avec et sans SINON, SINON SI, intervalle « v = a À b », « a <= v <= b », condition numérique (0 = Faux)
POUR n = 0 À 12 PAS 4
	SI n = 0 ALORS Trace(n, "nul")
	SI n > 5 ALORS Trace(n, "> 5") SINON Trace(n, "<= 5")
	SI n = 3 À 8 ALORS Trace(n, "entre 3 et 8")
	SI 1 <= n <= 4 ALORS Trace(n, "entre 1 et 4")
	SI n ALORS
		Trace(n, "non nul")
	SINON SI n = 0 ALORS
		Trace(n, "zéro")
	FIN
FIN
