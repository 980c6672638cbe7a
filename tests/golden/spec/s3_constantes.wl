// SPEC §3.4: CONSTANTE block, constants used in expressions and array dimensions
CONSTANTE
	TAILLE_MAX = 3
	PREFIXE = "ID-"
FIN
t est un tableau de TAILLE_MAX entiers
Trace(t.Occurrence, PREFIXE + TAILLE_MAX)
