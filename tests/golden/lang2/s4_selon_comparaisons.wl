// SPEC §4.2 : CAS avec opérateurs ([=, ~=, >=, <, <= * <) et AUTRES CAS ; première correspondance seulement
POUR TOUTE CHAÎNE Mot DE "abricot,Été,zèbre,banane" SÉPARÉE PAR ","
	SELON Mot
		CAS [= "ab" : Trace(Mot, "commence par ab")
		CAS ~= "ete" : Trace(Mot, "égal souple à ete")
		CAS >= "z" : Trace(Mot, ">= z")
		AUTRES CAS : Trace(Mot, "autre")
	FIN
FIN
POUR n = 1 À 6
	SELON n
		CAS < 2 : Trace(n, "< 2")
		CAS 2 <= * < 4 : Trace(n, "[2, 4[")
		CAS 4 < * <= 5 : Trace(n, "]4, 5]")
		CAS 4 : Trace(n, "quatre")
		AUTRE CAS : Trace(n, "autre")
	FIN
FIN
