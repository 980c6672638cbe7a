// `tableau [*]` parameters: a dimension of any size (doc 1514030), like
// `tableau de *`.
t est un tableau de 3 entiers = [4, 5, 6]
m est un tableau de 2 par 2 chaînes
m[2, 1] = "b"
Somme(t, m)

PROCÉDURE Somme(tab est un tableau [*] d'entiers, mat est un tableau [*, *] de chaînes)
s est un entier
POUR TOUT v DE tab
	s += v
FIN
Trace(s, TableauOccurrence(tab), mat[2, 1])
