// SPEC §3.5 : tableau à deux dimensions « de 3 par 5 », accès T[i, j] et T[i][j]
Grille est un tableau de 3 par 4 entiers
POUR l = 1 À 3
	POUR c = 1 À 4
		Grille[l, c] = l * 10 + c
	FIN
FIN
Trace(Grille[2, 3], Grille[3][4])
Somme est un entier
POUR TOUT Cellule DE Grille
	Somme += Cellule
FIN
Trace(Somme)
