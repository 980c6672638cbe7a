// « tableau de * par 2 » : première dimension dynamique, lignes de 2 ;
// TableauAjoute concatène les lignes d'un tableau de mêmes dimensions
// (sauf la première) à la fin du premier (doc 3075003, remarque
// « Ajout d'un tableau dans un tableau »)
tabA est un tableau de * par 2 entiers = [[11, 12], [21, 22]]
tabB est un tableau de * par 2 entiers = [[31, 32], [41, 42], [51, 52]]
Trace(TableauOccurrence(tabA), TableauOccurrence(tabB))
TableauAjoute(tabA, tabB)
Trace(TableauOccurrence(tabA))
POUR i = 1 _À_ TableauOccurrence(tabA)
	Trace(tabA[i, 1], tabA[i, 2])
FIN
// L'étoile à une autre place
tabC est un tableau de 2 par * chaînes = [["a", "b", "c"], ["d"]]
Trace(tabC[1, 3], tabC[2, 1])
// Les autres dimensions diffèrent : erreur (doc 3075003, « Code incorrect »)
tabD est un tableau de * par 3 entiers = [[1, 2], [3, 4]]
TableauAjoute(tabD, tabB)
Trace("non affiché")
