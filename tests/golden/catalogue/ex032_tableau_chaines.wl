// Reproduit le comportement documenté de fr:1410087587 (exemple 032) : tableau de chaînes dynamique rempli par <Tableau>.Ajoute, élément indexé dans [% %], parcours POUR … À <Tableau>.Occurrence puis POUR TOUT ÉLÉMENT valeur, indice (même résultat).
Villes est un tableau de chaînes
Villes.Ajoute("Lille")
Villes.Ajoute("Nantes")
Villes.Ajoute("Nice")
Villes.Ajoute("Brest")
Trace("Deuxième ville : [%Villes[2]%]")
POUR Rang = 1 À Villes.Occurrence
	Trace("[%Rang%] = [%Villes[Rang]%]")
FIN
POUR TOUT ÉLÉMENT UneVille, Numéro DE Villes
	Trace("[%Numéro%] = [%UneVille%]")
FIN
