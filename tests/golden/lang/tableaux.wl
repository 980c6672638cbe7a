// Tableaux (indices à partir de 1) et tableaux associatifs (ordre d'insertion)
t est un tableau de chaînes
Ajoute(t, "un")
t.Ajoute("deux")
TableauAjoute(t, "trois")
Trace(t.Occurrence, t[1], t[3])
POUR TOUT e, i DE t
	Trace(i, e)
FIN
n est un tableau de 3 entiers
n[2] = 20
Trace(n[1], n[2], n[3])
l est un tableau d'entiers = [5, 3, 9]
Trace(l[1] + l[2] + l[3])

a est un tableau associatif d'entiers
a["zèbre"] = 1
a["abeille"] = 2
a["merle"] = 3
POUR TOUT v, k DE a
	Trace(k, v)
FIN
Trace(a["abeille"])
