// SPEC §4.8: a procedure passed as a value (no quotes), internal procedures keep their frame
facteur est un entier = 3
PROCÉDURE INTERNE Triple(n)
	RENVOYER n * facteur
FIN
Trace(Applique(Triple, 7))
Trace(Applique(Carre, 7))
PROCÉDURE Applique(p est une Procédure, v)
RENVOYER p(v)
PROCÉDURE Carre(n)
RENVOYER n * n
