// ChaîneVersTableau (doc 1000017008): the string is cut into the elements
// of a one or two dimension array, emptied first and resized to fit.

// One dimension, default separator RC: four pieces overflow the two
// declared elements, the array grows.
sCouleurs est une chaîne = "rouge" + RC + "vert" + RC + "bleu" + RC + "vert"
tabCouleurs est un tableau de 2 chaînes
ChaîneVersTableau(sCouleurs, tabCouleurs)
Trace(tabCouleurs.Occurrence, TableauVersChaîne(tabCouleurs, "/"))

// An array of separators: each of them cuts.
sSemaine est une chaîne = "lun-mar" + RC + "mer+jeu-ven"
tabJours est un tableau de 1 chaîne
ChaîneVersTableau(sSemaine, tabJours, ["-", RC, "+"])
Trace(tabJours.Occurrence, TableauVersChaîne(tabJours, "/"))

// Two dimensions, RC between rows and TAB between columns by default;
// the 1 x 4 array ends 4 x 2.
sPoints est une chaîne = "x1" + TAB + "y1" + RC + "x2" + TAB + "y2" + RC + "x3" + TAB + "y3" + RC + "x4" + TAB + "y4"
tabPoints est un tableau de 1 par 4 chaînes
ChaîneVersTableau(sPoints, tabPoints)
Trace(TableauOccurrence(tabPoints), TableauVersChaîne(tabPoints, "|", ";"))
Trace(tabPoints[4, 1], tabPoints[4, 2])

// Arrays of row separators and of column separators.
sRelevés est une chaîne = "8h=12" + ";" + "9h:14" + RC + "10h=15"
tabRelevés est un tableau de 1 par 1 chaînes
ChaîneVersTableau(sRelevés, tabRelevés, [";", RC], ["=", ":"])
Trace(TableauVersChaîne(tabRelevés, "|", "->"))

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
