// SPEC §4.2 : r = SELON(v, r1, r2, …, SINON rAutre) renvoie r_v pour v = 1..n
POUR i = 0 À 4
	Trace(i, SELON(i, "un", "deux", "trois", SINON "hors liste"))
FIN
Couleur est une chaîne = SELON(2, "rouge", "vert")
Trace(Couleur)
