// TableauTrie avec une procédure de comparaison (ttFonction, doc 3075007)
t est un tableau d'entiers = [3, 10, 1, 7]
TableauTrie(t, ttFonction, Compare)
Trace(t[1], t[2], t[3], t[4])

PROCÉDURE INTERNE Compare(Elément1, Elément2)
SI Elément1 > Elément2 ALORS RENVOYER -1
SI Elément1 < Elément2 ALORS RENVOYER 1
RENVOYER 0
FIN
