// SPEC §4.8: a LOCAL parameter is a copy. Changing it, directly, with +=,
// through a procedure it is passed to, or from an internal procedure,
// changes only the copy; a parameter without LOCAL changes the caller's
// variable.
a est un entier = 1
t est un tableau d'entiers = [1, 2]
s est une chaîne = "x"
Copie(a, t, s)
Trace(a, t[1], t.Occurrence, s)
Reference(a, s)
Trace(a, s)
Trace(Defaut(5), Defaut())

PROCÉDURE Copie(LOCAL n est un entier, LOCAL tab est un tableau d'entiers, LOCAL ch)
n += 10
Ajoute10(n)
tab[1] = 99
ch = ch + "y"
Redouble()
Trace(n, tab[1], ch)
	PROCÉDURE INTERNE Redouble()
	n = n * 2
	ch += "z"
	FIN

PROCÉDURE Ajoute10(m)
m += 10

PROCÉDURE Reference(n, ch)
n += 100
Ajoute10(n)
ch += "!"

PROCÉDURE Defaut(LOCAL n = 3, LOCAL m = n + 1)
n = n * m
RENVOYER n
