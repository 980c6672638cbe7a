// Transforme (doc 1000024734): the results of a procedure run on each
// element of an array. The page's examples use lambdas; here the same
// operations are named or internal procedures (the page allows both).

// Example 1: the values tripled.
tabValeur est un tableau d'entiers = [1,2,3,4,5]
tabTriple est un tableau d'entiers
tabTriple = Transforme(tabValeur, Triple)
Trace(TableauVersChaîne(tabTriple, ","))
// The result took the type of the array it was assigned to.
tabTriple[1] = "7"
Trace(tabTriple[1] + 1)

// Example 2: the strings in lower case (prefixed syntax).
tab1 est un tableau de chaînes = ["A", "b", "C"]
tab1 = tab1.Transforme(EnMinuscules)
Trace(TableauVersChaîne(tab1, ","))

// Example 3: the procedure gets the element and its key (here the index).
tabValeurs est un tableau d'entiers = [1,2]
POUR TOUT x,c de Transforme(tabValeurs, PlusClé)
	Trace(x,c)
FIN

// The source is unchanged; structures can be read member by member.
Trace(TableauVersChaîne(tabValeur, ","))
stArticle est une Structure
	Libellé est une chaîne
	Prix est un monétaire
FIN
tabArticles est un tableau de stArticle
a est un stArticle
a.Libellé = "pomme"; a.Prix = 1.5; Ajoute(tabArticles, a)
a.Libellé = "poire"; a.Prix = 2.25; Ajoute(tabArticles, a)
Trace(TableauVersChaîne(Transforme(tabArticles, Étiquette), " / "))
Trace(Transforme(tabArticles, Prix).Somme())

// Anything but a procedure is an error.
Transforme(tabValeur, "Triple")

PROCÉDURE INTERNE EnMinuscules(X)
	RENVOYER Minuscule(X)
FIN
PROCÉDURE INTERNE PlusClé(valeur, clé)
	RENVOYER valeur + clé
FIN
PROCÉDURE INTERNE Étiquette(UnArticle)
	RENVOYER UnArticle.Libellé + " : " + UnArticle.Prix
FIN
PROCÉDURE INTERNE Prix(UnArticle)
	RENVOYER UnArticle.Prix
FIN

PROCÉDURE Triple(UneValeur)
RENVOYER UneValeur * 3
