// ChaîneVersTableau (doc 1000017008): fills a one or two dimension array
// from a string; the array is emptied first and resized as needed.

// Example 1: one dimension, RC separates by default.
sMesValeurs est une chaîne = "A" + RC + "B" + RC + "C" + RC + "D" + RC + "D"
MonTableau est un tableau de 3 chaînes
ChaîneVersTableau(sMesValeurs, MonTableau)
Trace(MonTableau.Occurrence, TableauVersChaîne(MonTableau, ","))

// Example 2: an array of separators, any of which separates.
E est une chaîne = "E"
sChaîne est une chaîne = "A" + RC + "B" + ";" + "C" + RC + "D" + "," + E + RC + "F"
MonTableau2 est un tableau de 6 chaînes
ChaîneVersTableau(sChaîne, MonTableau2, [RC, ";", ","])
Trace(MonTableau2.Occurrence, TableauVersChaîne(MonTableau2, ","))

// Example 3: two dimensions, RC between lines and TAB between columns;
// the 2 x 3 array becomes 3 x 2.
sMesValeurs3 est une chaîne = "A" + TAB + "B" + RC + "C" +TAB + "D" + RC + "E" + TAB + "F"
MonTableau3 est un tableau de 2 par 3 chaînes
ChaîneVersTableau(sMesValeurs3, MonTableau3)
Trace(TableauVersChaîne(MonTableau3, "|", ";"))
Trace(MonTableau3[3, 1], MonTableau3[3, 2])

// Example 4: arrays of line and column separators.
sChaîne4 est une chaîne = "A" + TAB + "B" + RC + "C" + "/" + "D" + "*" + E + "\" + "F"
MonTableau4 est un tableau de 2 par 3 chaînes
ChaîneVersTableau(sChaîne4, MonTableau4, [RC, "*"], [TAB, "/", "\"])
Trace(TableauVersChaîne(MonTableau4, "|", ";"))

// The elements take the array's type; a Durée is given in milliseconds.
tabEntiers est un tableau d'entiers = [9, 9, 9, 9, 9, 9, 9]
ChaîneVersTableau("1;22;333", tabEntiers, ";")
Trace(tabEntiers.Occurrence, tabEntiers[1] + tabEntiers[2] + tabEntiers[3])
tabDurées est un tableau de durées
ChaîneVersTableau("90000,60000", tabDurées, ",")
Trace(tabDurées[1] = 90s, tabDurées[2] = 1min, TableauVersChaîne(tabDurées, ";"))

// The number of columns is the number of pieces of the first line: a
// shorter line keeps the default value, a longer one keeps its extra
// pieces in its last element.
tabNombres est un tableau de 1 par 1 entiers
ChaîneVersTableau("1;2;3" + RC + "4" + RC + "5;6;7;8", tabNombres, RC, ";")
Trace(TableauVersChaîne(tabNombres, "|", ","))
tabTextes est un tableau de 1 par 1 chaînes
ChaîneVersTableau("a;b" + RC + "c;d;e", tabTextes, RC, ";")
Trace(TableauVersChaîne(tabTextes, "|", ","))

// A separator ending the string starts no empty element.
tabLignes est un tableau de chaînes
ChaîneVersTableau("un" + RC + "deux" + RC, tabLignes)
Trace(tabLignes.Occurrence, TableauVersChaîne(tabLignes, ","))

// An array of structures: one element per line, its pieces fill the
// members in order (what TableauVersChaîne writes).
stPersonne est une Structure
	Nom est une chaîne
	Age est un entier
FIN
tabPersonnes est un tableau de stPersonne
ChaîneVersTableau("Ana" + TAB + "31" + RC + "Bo" + TAB + "4", tabPersonnes)
Trace(tabPersonnes.Occurrence, tabPersonnes[1].Nom, tabPersonnes[1].Age + 1, tabPersonnes[2].Nom, tabPersonnes[2].Age)
Trace(TableauVersChaîne(tabPersonnes, "|", ";"))

// An empty separator cuts nothing: an error.
ChaîneVersTableau("a,b", tabLignes, "")
