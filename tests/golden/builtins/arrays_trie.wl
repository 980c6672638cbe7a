// TableauTrie croissant (par défaut) et décroissant (doc 3075007)
MonTableau est un tableau de 2 entiers
MonTableau[1] = 4
MonTableau[2] = 1
TableauTrie(MonTableau, ttCroissant)
Trace(MonTableau[1], MonTableau[2])
t est un tableau de chaînes = ["poire", "abricot", "kiwi"]
TableauTrie(t)
Trace(t[1], t[2], t[3])
TableauTrie(t, ttDécroissant)
Trace(t[1], t[2], t[3])
