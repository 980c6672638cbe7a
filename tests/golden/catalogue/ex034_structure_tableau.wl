// Reproduit le comportement documenté de fr:1410087587 (exemple 034) : STRUCTURE … FIN, variable de ce type, écriture et lecture des membres, tableau de structures rempli par Ajoute(tableau, structure) et accès indexé à un membre.
Livre est une Structure
	Titre est une chaîne
	Auteur est une chaîne
FIN
UnLivre est un Livre
UnLivre.Titre = "Germinal"
UnLivre.Auteur = "ZOLA"
Copie est une chaîne
Copie = UnLivre.Auteur
Trace(Copie)
Trace(UnLivre.Titre)
Bibliothèque est un tableau de Livre
Ajoute(Bibliothèque, UnLivre)
// la structure est copiée : la modifier ensuite ne change pas le tableau
UnLivre.Titre = "Nana"
Ajoute(Bibliothèque, UnLivre)
Trace(Bibliothèque[1].Titre + " / " + Bibliothèque[1].Auteur)
Trace(Bibliothèque[2].Titre + " / " + Bibliothèque.Occurrence)
