// SPEC §4.4 : POUR TOUTE CHAÎNE … DE … SÉPARÉE PAR <séparateur> ; séparateur TAB par défaut
POUR TOUTE CHAÎNE Partie DE "a;b;;c" SÉPARÉE PAR ";"
	Trace("[" + Partie + "]")
FIN
Ligne est une chaîne = "x" + TAB + "y"
POUR TOUTE CHAÎNE Partie DE Ligne
	Trace(Partie)
FIN
