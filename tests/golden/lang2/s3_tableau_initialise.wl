// SPEC §3.5 : tableau initialisé par un littéral, indices à partir de 1, Occurrence, Ajoute renvoie l'indice du nouvel élément
Mois est un tableau de chaînes = ["janvier", "février", "mars"]
Trace(Mois[1], Mois.Occurrence)
Trace(Mois.Ajoute("avril"))
Trace(Ajoute(Mois, "mai"), TableauAjoute(Mois, "juin"))
Trace(Mois[6], TableauOccurrence(Mois))
Vide est un tableau de chaînes
Trace(Vide.Occurrence)
Vide.Ajoute()
Trace(Vide.Occurrence, "[" + Vide[1] + "]")
