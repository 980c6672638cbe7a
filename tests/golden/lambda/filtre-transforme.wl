// Filtre (doc 1000024845) et Transforme (doc 1000024734) appelés avec des
// lambdas (doc 1514084), sur nos propres données : chaque fait que les
// deux pages énoncent, une lambda tenant la place de la procédure.

// Filtre : ne restent que les éléments pour lesquels la lambda renvoie
// Vrai ; la lambda lit un membre de la structure reçue.
Produit est une Structure
	Réf est une chaîne
	Stock est un entier
FIN
tabStock est un tableau de Produit
p est un Produit
p.Réf = "vis"; p.Stock = 0; TableauAjoute(tabStock, p)
p.Réf = "écrou"; p.Stock = 25; TableauAjoute(tabStock, p)
p.Réf = "rondelle"; p.Stock = 3; TableauAjoute(tabStock, p)
p.Réf = "clou"; p.Stock = 7; TableauAjoute(tabStock, p)
tabRupture est un tableau de Produit
tabRupture = Filtre(tabStock, pr => pr.Stock < 5)
POUR TOUT pr DE tabRupture
	Trace(pr.Réf, pr.Stock)
FIN

// Syntaxe préfixée, résultat réaffecté au tableau lui-même : les notes
// d'au moins 10, dans leur ordre.
tabNotes est un tableau d'entiers = [7, 12, 9, 15, 10]
tabNotes = tabNotes.Filtre(n => n >= 10)
Trace(TableauVersChaîne(tabNotes, ";"))

// Second paramètre de la lambda : la clé, c'est-à-dire l'indice pour un
// tableau simple (une lettre sur deux).
tabLettres est un tableau de chaînes = ["p", "q", "r", "s", "t"]
Trace(TableauVersChaîne(Filtre(tabLettres, (sLettre, nRang) => EstImpair(nRang)), ""))

// Transforme : le résultat de la lambda pour chaque élément.
tabCôtés est un tableau d'entiers = [2, 5, 7]
tabCarrés est un tableau d'entiers
tabCarrés = Transforme(tabCôtés, k => k * k)
Trace(TableauVersChaîne(tabCarrés, ";"))

// Transforme en syntaxe préfixée, sur des chaînes.
tabVilles est un tableau de chaînes = ["lyon", "Nice", "brest"]
tabVilles = tabVilles.Transforme(sVille => Majuscule(sVille))
Trace(TableauVersChaîne(tabVilles, ";"))

// Lambda à deux paramètres (élément, indice), résultat parcouru par
// POUR TOUT (valeur, indice).
tabPoids est un tableau d'entiers = [10, 20, 30]
POUR TOUT nProduit, nIndice DE Transforme(tabPoids, (nPoids, nRang) => nPoids * nRang)
	Trace(nProduit, nIndice)
FIN

// Enchaînements terminés par Somme et par Moyenne ; la lambda lit une
// variable du traitement.
nPlancher est un entier = 3
Trace(tabCôtés.Filtre(k => k > nPlancher).Transforme(k => k + 100).Somme())
Trace(tabCôtés.Filtre(k => k > nPlancher).Moyenne())
