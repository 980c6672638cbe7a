// Un tableau de valeurs [[…], […]] remplit un tableau à plusieurs dimensions :
// chaque série imbriquée est une dimension (doc 1514031 ; doc 3075007 et 3075003
// initialisent ainsi un tableau de 3 par 3 et de * par 2).
M est un tableau de 2 par 2 entiers = [[10, 20], [30, 40]]
Trace(M[2,1], M[1,2], M[2][2])

// Trois dimensions
C est un tableau de 2 par 2 par 2 entiers = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
Trace(C[2,1,2], C[1,2,1])

// Tableau trop petit : il est agrandi (doc 1514031)
G est un tableau de 2 par 2 entiers = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
Trace(TableauOccurrence(G), G[3,3], G[2,1])

// Tableau plus grand que les valeurs : les éléments non affectés gardent leur
// valeur, et les séries peuvent avoir des longueurs différentes (doc 1514031)
P est un tableau de 3 par 3 entiers = [[1], [2, 3]]
Trace(P[1,1], P[1,2], P[2,2], P[3,3])
P[3,3] = 99
P = [[5, 6, 7]]
Trace(P[1,3], P[2,1], P[3,3])

// Une dimension : même règle
t est un tableau de 4 entiers = [1, 2]
Trace(TableauOccurrence(t), t[2], t[4])

// Affectation après la déclaration, tableau de chaînes
S est un tableau de 2 par 2 chaînes
S = [["a", "b"], ["c", "d"]]
Trace(S[2,1] + S[1,2])

// Tableau de structures : chaque série donne les membres dans l'ordre
Ville est une Structure
	Nom est une chaîne
	CodePostal est une chaîne
FIN
tabVilles est un tableau de 0 Ville = [["Lyon", "69000"], ["Brest", "29200"]]
Trace(tabVilles[2].Nom, tabVilles[2].CodePostal)

// Structure contenant un tableau à deux dimensions (doc 1514031, « Imbrication »)
Grille est une Structure
	Cases est un tableau de 2 par 2 entiers
FIN
grUne est une Grille
grUne.Cases = [[1, 2], [3, 4]]
Trace(grUne.Cases[2,1], grUne.Cases[1,2])
