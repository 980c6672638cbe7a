// SPEC §4.4 : POUR TOUT valeur, indice, compteur ; DepuisFin ; POUR TOUS / POUR CHAQUE acceptés
Lettres est un tableau de chaînes = ["a", "b", "c", "d"]
POUR TOUT l, Indice, Compteur DE Lettres DepuisFin
	Trace(l, Indice, Compteur)
FIN
POUR TOUS l DE Lettres AVEC l > "b"
	Trace("tous :", l)
FIN
POUR CHAQUE ÉLÉMENT l DE Lettres
	SI l = "c" ALORS SORTIR
	Trace("chaque :", l)
FIN
