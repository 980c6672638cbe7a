// « tableau de * par 3 » (doc 3075003, remarque « Ajout d'un tableau dans
// un tableau ») : la première dimension est dynamique, les lignes ont 3
// éléments ; TableauAjoute met les lignes d'un second tableau, de mêmes
// dimensions hormis la première, à la suite de celles du premier.
tabMatin est un tableau de * par 3 entiers = [[8, 0, 15]]
tabSoir est un tableau de * par 3 entiers = [[18, 30, 5], [20, 0, 9]]
Trace(TableauOccurrence(tabMatin), TableauOccurrence(tabSoir))
TableauAjoute(tabMatin, tabSoir)
Trace(TableauOccurrence(tabMatin))
POUR nLigne = 1 _À_ TableauOccurrence(tabMatin)
	Trace(tabMatin[nLigne, 1], tabMatin[nLigne, 2], tabMatin[nLigne, 3])
FIN
// L'étoile peut aussi être en deuxième position
tabMots est un tableau de 2 par * chaînes = [["un", "deux", "trois"], ["quatre"]]
Trace(tabMots[1, 3], tabMots[2, 1])
// Lignes de 2 et lignes de 3 : les dimensions autres que la première
// diffèrent, c'est une erreur
tabPaires est un tableau de * par 2 entiers = [[1, 1], [2, 4]]
TableauAjoute(tabPaires, tabSoir)
Trace("jamais affiché")
