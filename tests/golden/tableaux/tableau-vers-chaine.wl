// TableauVersChaîne (doc 1000017007): for a one-dimension array the
// elements are separated by RC by default; for two dimensions, the rows by
// RC and the columns by TAB; the second parameter is the element (or row)
// separator, the third the column separator.
// Example 1: one dimension
sMesValeurs est une chaîne
MonTableau est un tableau de 3 chaînes
MonTableau[1] = "A"
MonTableau[2] = "B"
MonTableau[3] = "C"
sMesValeurs = TableauVersChaîne(MonTableau)
Trace(sMesValeurs = "A" + RC + "B" + RC + "C")
Trace(Visible(sMesValeurs))
Trace(TableauVersChaîne(MonTableau, " - "))

// Example 2: two dimensions
sMesValeurs2 est une chaîne
MonTableau2 est un tableau de 2 par 3 chaînes
MonTableau2[1,1] = "A"; MonTableau2[1,2] = "B"
MonTableau2[1,3] = "C"; MonTableau2[2,1] = "D"
MonTableau2[2,2] = "E"; MonTableau2[2,3] = "F"
sMesValeurs2 = TableauVersChaîne(MonTableau2)
Trace(sMesValeurs2 = "A" + TAB + "B" + TAB + "C" + RC + "D" + TAB + "E" + TAB + "F")
Trace(Visible(sMesValeurs2))
// Line separator, then column separator.
Trace(TableauVersChaîne(MonTableau2, "|"))
Trace(TableauVersChaîne(MonTableau2, "|", ";"))

// A Durée is written in milliseconds.
tabDurées est un tableau de durées
Ajoute(tabDurées, 90s)
Ajoute(tabDurées, 1min)
Trace(TableauVersChaîne(tabDurées, ","))

// An array of structures: one row per element, members in declaration order.
stPersonne est une Structure
	Nom est une chaîne
	Age est un entier
FIN
tabPersonnes est un tableau de stPersonne
p est un stPersonne
p.Nom = "Ana"; p.Age = 31; Ajoute(tabPersonnes, p)
p.Nom = "Bo"; p.Age = 4; Ajoute(tabPersonnes, p)
Trace(Visible(TableauVersChaîne(tabPersonnes)))
Trace(TableauVersChaîne(tabPersonnes, "|", ";"))

PROCÉDURE Visible(s est une chaîne)
RENVOYER Remplace(Remplace(s, RC, "<RC>"), TAB, "<TAB>")
FIN
