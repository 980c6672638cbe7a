// Une variable nommée a à côté du mot A sans accent, que les modèles de
// syntaxe écrivent pour À (POUR i = 1 A 10 [fr:1510001], CAS 11 A 20
// [fr:1510008]) : en tête d'un indice ou d'un CAS, A n'est « à » que suivi
// d'un opérande ; t[a], t[a[1]], t[a + 1] et CAS a indicent ou comparent la
// variable.
a est un entier = 2
t est un tableau de 5 entiers
u est un tableau de 3 entiers
u[1] = 2
t[a] = 10
t[u[1] + 1] = 30
Trace(t[a], t[a + 1], t[a - 1], t[u[1]], t[(a)])
s est une chaîne = "abcdef"
Trace(s[A 3], s[[A 3]], s[a A 4], s[À a], s[[a]], s[a À])
SELON 2
	CAS a : Trace("égal à a")
	AUTRE CAS : Trace("autre")
FIN
SELON 5
	CAS A 1 : Trace("au plus 1")
	CAS a A 6 : Trace("de a à 6")
FIN
POUR i = 1 A a
	Trace(i)
FIN
