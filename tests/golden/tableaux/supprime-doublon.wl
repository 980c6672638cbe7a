// TableauSupprimeDoublon (doc 1000019422): the four forms; the first of
// equal elements is kept where it was.

// Example 1: simple elements.
tabMonTableau est un tableau d'entiers = [ 1, 2, 3, 1, 4, 5, 2, 6 ]
TableauSupprimeDoublon(tabMonTableau)
Trace(TableauVersChaîne(tabMonTableau, ","))

// Example 2: an array of structures, by members.
stUneCatégorie est une Structure
	CODE_CATEGORIE est une chaîne(5)
	CATEGORIE est une chaîne(300)
FIN
tabLesCatégories est un tableau de stUneCatégorie
c est un stUneCatégorie
c.CODE_CATEGORIE = "A"; c.CATEGORIE = "fruits"; TableauAjoute(tabLesCatégories, c)
c.CODE_CATEGORIE = "B"; c.CATEGORIE = "légumes"; TableauAjoute(tabLesCatégories, c)
c.CODE_CATEGORIE = "A"; c.CATEGORIE = "fruits"; TableauAjoute(tabLesCatégories, c)
c.CODE_CATEGORIE = "A"; c.CATEGORIE = "FRUITS"; TableauAjoute(tabLesCatégories, c)
TableauSupprimeDoublon(tabLesCatégories, ttMembre, "CODE_CATEGORIE;CATEGORIE")
Trace(tabLesCatégories.Occurrence)
POUR TOUT uneCat DE tabLesCatégories
	Trace(uneCat.CODE_CATEGORIE, uneCat.CATEGORIE)
FIN
// The options combine with ttMembre: "fruits" and "FRUITS" are then equal.
TableauSupprimeDoublon(tabLesCatégories, ttMembre + tccSansCasse, "CODE_CATEGORIE;CATEGORIE")
Trace(tabLesCatégories.Occurrence)
// On one member only.
TableauSupprimeDoublon(tabLesCatégories, ttMembre, "CATEGORIE")
Trace(tabLesCatégories.Occurrence)

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
TableauSupprimeDoublon(tabLesCatégories, ttMembre, "LIBELLE")

PROCÉDURE INTERNE ParDizaine(n1 est un entier, n2 est un entier)
	d1 est un entier = PartieEntière(n1 / 10)
	d2 est un entier = PartieEntière(n2 / 10)
	SI d1 < d2 ALORS RENVOYER -1
	SI d1 > d2 ALORS RENVOYER 1
	RENVOYER 0
FIN
