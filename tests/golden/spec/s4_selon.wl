// SPEC §4.2: every CAS form, first match only, AUTRE CAS
POUR v = 0 À 25 PAS 5
	SELON v
		CAS 0 : Trace(v, "zéro")
		CAS 5, 6 : Trace(v, "liste")
		CAS À 10 : Trace(v, "jusqu'à 10")
		CAS 11 À 15
			Trace(v, "de 11 à 15")
		CAS 16 < * <= 20 : Trace(v, "entre 16 et 20")
		AUTRE CAS
			Trace(v, "autre")
	FIN
FIN
