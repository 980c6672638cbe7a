// TableauSupprimeDoublon (doc 1000019422): the four forms (simple
// elements, columns, members, comparison procedure); of equal elements
// the first stays, in its place.

// Simple elements.
tabTirages est un tableau d'entiers = [7, 3, 7, 7, 9, 3, 1]
TableauSupprimeDoublon(tabTirages)
Trace(TableauVersChaîne(tabTirages, ","))

// An array of structures, by several members separated by ";".
stArticle est une Structure
	Code est une chaîne
	Rayon est une chaîne
FIN
tabArticles est un tableau de stArticle
a est un stArticle
a.Code = "P1"; a.Rayon = "sec"; TableauAjoute(tabArticles, a)
a.Code = "P2"; a.Rayon = "frais"; TableauAjoute(tabArticles, a)
a.Code = "P1"; a.Rayon = "sec"; TableauAjoute(tabArticles, a)
a.Code = "P1"; a.Rayon = "SEC"; TableauAjoute(tabArticles, a)
TableauSupprimeDoublon(tabArticles, ttMembre, "Code;Rayon")
Trace(tabArticles.Occurrence)
POUR TOUT unArticle DE tabArticles
	Trace(unArticle.Code, unArticle.Rayon)
FIN
// The options combine with ttMembre: "sec" and "SEC" are then equal.
TableauSupprimeDoublon(tabArticles, ttMembre + tccSansCasse, "Code;Rayon")
Trace(tabArticles.Occurrence)
// On one member only.
TableauSupprimeDoublon(tabArticles, ttMembre, "Rayon")
Trace(tabArticles.Occurrence)

// Options on simple elements.
tabNoms est un tableau de chaînes = ["Éric", "eric", " Eric ", "Zoé", "ERIC"]
TableauSupprimeDoublon(tabNoms, tccSansCasse)
Trace(TableauVersChaîne(tabNoms, "|"))
TableauSupprimeDoublon(tabNoms, tccSansCasse + tccSansAccent + tccSansEspace)
Trace(TableauVersChaîne(tabNoms, "|"))

// Two dimensions, by columns (one, or several separated by ";").
tabLignes est un tableau de 5 par 3 chaînes
tabLignes[1, 1] = "a"; tabLignes[1, 2] = "x"; tabLignes[1, 3] = "1"
tabLignes[2, 1] = "b"; tabLignes[2, 2] = "x"; tabLignes[2, 3] = "2"
tabLignes[3, 1] = "a"; tabLignes[3, 2] = "y"; tabLignes[3, 3] = "3"
tabLignes[4, 1] = "a"; tabLignes[4, 2] = "x"; tabLignes[4, 3] = "4"
tabLignes[5, 1] = "c"; tabLignes[5, 2] = "y"; tabLignes[5, 3] = "5"
TableauSupprimeDoublon(tabLignes, ttColonne, "1;2")
Trace(TableauOccurrence(tabLignes), TableauVersChaîne(tabLignes, "|", ","))
TableauSupprimeDoublon(tabLignes, ttColonne, 2)
Trace(TableauOccurrence(tabLignes), TableauVersChaîne(tabLignes, "|", ","))

// Prefixed syntax (<Tableau>.SupprimeDoublon, doc 1000024315).
tabLettres est un tableau de chaînes = ["b", "a", "b", "A"]
tabLettres.SupprimeDoublon()
Trace(TableauVersChaîne(tabLettres, ","))
tabLettres.SupprimeDoublon(tccSansCasse)
Trace(TableauVersChaîne(tabLettres, ","))

// A comparison procedure: here, numbers equal by their tens.
tabValeurs est un tableau d'entiers = [12, 25, 17, 31, 29, 10]
TableauSupprimeDoublon(tabValeurs, ttFonction, ParDizaine)
Trace(TableauVersChaîne(tabValeurs, ","))

// A member that does not exist is an error.
TableauSupprimeDoublon(tabArticles, ttMembre, "Prix")

PROCÉDURE INTERNE ParDizaine(n1 est un entier, n2 est un entier)
	d1 est un entier = PartieEntière(n1 / 10)
	d2 est un entier = PartieEntière(n2 / 10)
	SI d1 < d2 ALORS RENVOYER -1
	SI d1 > d2 ALORS RENVOYER 1
	RENVOYER 0
FIN
