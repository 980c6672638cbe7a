// TableauVersChaîne (doc 1000017007): each element is converted to a
// string; one dimension: elements separated by RC unless a separator is
// given; two dimensions: rows separated by RC, columns by TAB, unless the
// second (rows) and third (columns) parameters say otherwise.

// One dimension, integers converted.
tabCarrés est un tableau de 4 entiers
POUR i = 1 _À_ 4
	tabCarrés[i] = i * i
FIN
sCarrés est une chaîne = TableauVersChaîne(tabCarrés)
Trace(sCarrés = "1" + RC + "4" + RC + "9" + RC + "16")
Trace(Visible(sCarrés))
Trace(TableauVersChaîne(tabCarrés, " < "))

// Two dimensions: 3 rows of 2 columns.
tabNotes est un tableau de 3 par 2 chaînes
tabNotes[1, 1] = "Léa"; tabNotes[1, 2] = "12"
tabNotes[2, 1] = "Tom"; tabNotes[2, 2] = "9"
tabNotes[3, 1] = "Noé"; tabNotes[3, 2] = "15"
sNotes est une chaîne = TableauVersChaîne(tabNotes)
Trace(sNotes = "Léa" + TAB + "12" + RC + "Tom" + TAB + "9" + RC + "Noé" + TAB + "15")
Trace(Visible(sNotes))
// Row separator only, then row and column separators.
Trace(TableauVersChaîne(tabNotes, "|"))
Trace(TableauVersChaîne(tabNotes, "|", "="))

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
