// Ajoute : élément ajouté après les éléments existants (doc 1000017348)
MonTableau est un tableau de 2 chaînes
Trace(Ajoute(MonTableau, "WINDEV"))
Ajoute(MonTableau, " WEBDEV")
Ajoute(MonTableau, "WINDEV et WEBDEV")
Trace(MonTableau[3])
Trace(MonTableau.Occurrence)
t est un tableau d'entiers
Trace(TableauAjoute(t, 5), TableauAjoute(t), t[2])
Ajoute(t, [7, 8])
Trace(t.Occurrence, t[4])
