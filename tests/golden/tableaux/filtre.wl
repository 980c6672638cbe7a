// Filtre (doc 1000024845): the elements of an array for which a
// procedure returns Vrai. The page's examples use lambdas; here the same
// conditions are named or internal procedures (the page allows both).

// Example 1: the customers whose account is in debit.
Client est une Structure
	Nom est une chaîne
	Solde est un réel
FIN
tabClient est un tableau de Client
c est un Client
c.Nom = "Alice"; c.Solde = -12.5; TableauAjoute(tabClient, c)
c.Nom = "Bruno"; c.Solde = 40; TableauAjoute(tabClient, c)
c.Nom = "Chloé"; c.Solde = -3; TableauAjoute(tabClient, c)
tabClientDébiteur est un tableau de Client
tabClientDébiteur = Filtre(tabClient, EstDébiteur)
Trace(tabClientDébiteur.Occurrence)
POUR TOUT UnClient DE tabClientDébiteur
	Trace(UnClient.Nom, UnClient.Solde)
FIN
// The result holds copies: the source is unchanged.
tabClientDébiteur[1].Solde = 0
Trace(tabClient[1].Solde, tabClient.Occurrence)

// Example 2: the even numbers (prefixed syntax).
tab2 est un tableau d'entiers = [1, 2, 3, 4]
tab2 = tab2.Filtre(Pair)
Trace(TableauVersChaîne(tab2, ","))

// Example 3: as the source of POUR TOUT (element, index in the result).
tabValeurs est un tableau d'entiers = [1,2]
POUR TOUT x,i de Filtre(tabValeurs, Pair)
	Trace(x,i)
FIN

// Example 4: an associative array keeps the keys of its elements.
dictValeurs est tableau associatif d'entiers
dictValeurs["A"] = 1
dictValeurs["B"] = 2
dictValeurs["C"] = 3
dictValeurs["D"] = 4
POUR TOUT x,clé de Filtre(dictValeurs, Pair)
	Trace(x,clé)
FIN

// The procedure gets the key (the index) as its second parameter, and an
// internal procedure sees the variables of the code that declares it.
nSeuil est un entier = 2
tabMots est un tableau de chaînes = ["un", "deux", "trois", "quatre"]
Trace(TableauVersChaîne(Filtre(tabMots, AprèsLeSeuil), ","))
// Chained with Transforme and Somme (remarks of the page).
Trace(tabValeurs.Filtre(Pair).Transforme(Double).Somme())

// A procedure that does not return a boolean is an error.
Filtre(tabMots, Texte)

PROCÉDURE INTERNE Pair(n)
	RENVOYER EstPair(n)
FIN
PROCÉDURE INTERNE AprèsLeSeuil(sMot, nIndice)
	RENVOYER nIndice > nSeuil
FIN
PROCÉDURE INTERNE Double(n)
	RENVOYER 2 * n
FIN
PROCÉDURE INTERNE Texte(sMot)
	RENVOYER sMot
FIN

PROCÉDURE EstDébiteur(UnClient est un Client)
RENVOYER UnClient.Solde < 0
