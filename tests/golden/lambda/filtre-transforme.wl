// Filtre (doc 1000024845) et Transforme (doc 1000024734) avec les lambdas
// que leurs pages écrivent (doc 1514084) : les exemples tels quels.

// Filtre : les clients dont le compte est débiteur.
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
tabClientDébiteur = Filtre(tabClient, UnClient => UnClient.Solde<0)
POUR TOUT UnClient DE tabClientDébiteur
	Trace(UnClient.Nom)
FIN

// Filtre en syntaxe préfixée : tab2 = [2, 4].
tab2 est un tableau d'entiers = [1, 2, 3, 4]
tab2 = tab2.Filtre(X => EstPair(X))
Trace(TableauVersChaîne(tab2, ","))

// Transforme : tabTriple contient [3, 6, 9, 12, 15].
tabValeur est un tableau d'entiers = [1,2,3,4,5]
tabTriple est un tableau d'entiers
tabTriple = Transforme(tabValeur, UneValeur => UneValeur * 3)
Trace(TableauVersChaîne(tabTriple, ","))

// Transforme en syntaxe préfixée : tab1 = ["a", "b", "c"].
tab1 est un tableau de chaînes = ["A", "b", "C"]
tab1 = tab1.Transforme(X => Minuscule(X))
Trace(TableauVersChaîne(tab1, ","))

// Une lambda à deux paramètres reçoit l'élément et sa clé : affiche 2,1
// puis 4,2.
tabValeurs est un tableau d'entiers = [1,2]
POUR TOUT x,c de Transforme(tabValeurs, (valeur, clé) => valeur + clé)
	Trace(x,c)
FIN

// Enchaînement, avec une variable du traitement dans la lambda.
nMin est un entier = 2
Trace(TableauVersChaîne(tabValeur.Filtre(v => v > nMin).Transforme(v => v * 10), ","))
