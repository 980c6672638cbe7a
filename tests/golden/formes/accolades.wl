// Brace blocks, the recent form of a block instead of FIN (REALWORLD.md:
// "brace-delimited blocks { } (WINDEV 2024+)"; no page of the doc mirror
// describes them: a `{` that ends its line opens the block, its `}`
// closes it, `} SINON {` and `} FAIRE {` continue it). A `{` followed by
// something on its line is still an indirection (1512005).
x est un entier = 3
SI x > 2 ALORS {
	Trace("grand")
} SINON SI x > 1 ALORS {
	Trace("moyen")
} SINON {
	Trace("petit")
}
POUR i = 1 À 2 {
	Trace(i)
}
TANTQUE x > 0
{
	x--
}
SELON x {
	CAS 0 : Trace("zéro")
	AUTRE CAS : Trace("?")
}
QUAND EXCEPTION DANS {
	ExceptionDéclenche(1, "boum")
} FAIRE {
	Trace("attrapée :", ExceptionInfo(errMessage))
}
s est une chaîne = "valeur de s"
Trace({"s"})
Trace(Carré(4))

PROCÉDURE Carré(n) {
	RENVOYER n * n
}
