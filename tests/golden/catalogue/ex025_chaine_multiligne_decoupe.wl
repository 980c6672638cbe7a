// Reproduit le comportement documenté de fr:1410087514 (exemple 025) : une chaîne multiligne entre guillemets ne garde ni le saut de ligne d'ouverture ni celui de fermeture ; POUR TOUTE CHAÎNE … SÉPARÉE PAR RC la parcourt, <Chaîne>.ExtraitChaîne(rang, RC) en extrait un élément.
Fruits est une chaîne = "
pomme
poire
kiwi
"
POUR TOUTE CHAÎNE UnFruit DE Fruits SÉPARÉE PAR RC
	Trace(UnFruit)
FIN
Troisième est une chaîne = Fruits.ExtraitChaîne(3, RC)
Trace(Troisième)
// 5 + 2 + 5 + 2 + 4 : RC compte deux caractères, rien avant ni après
Trace(Taille(Fruits))
