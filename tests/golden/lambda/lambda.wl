// Lambdas (doc 1514084, « Lambda : Expressions et procédures ») : des
// procédures internes anonymes, passées là où une procédure est attendue
// (paramètre de type Procédure d'une procédure du projet, fonction du
// WLangage), qui voient les variables du traitement (closure, doc 1514075).
// Chaque syntaxe de la page, sur nos propres données.

// Procédure lambda, puis l'expression lambda qui la simplifie (le code se
// réduit à RENVOYER) : combien de multiples de 3 parmi ces carrés.
tabCarrés est un tableau d'entiers = [4, 9, 16, 25, 36, 49]
Trace(NombreSi(tabCarrés, n=>{RENVOYER n modulo 3 = 0}))
Trace(NombreSi(tabCarrés, n=>n modulo 3 = 0))

// Syntaxe complète à un paramètre, en procédure puis en expression ; la
// seconde lit une variable du traitement.
nLimite est un entier = 20
Trace(NombreSi(tabCarrés, (n) => {RENVOYER n < 10}))
Trace(NombreSi(tabCarrés, (n) => n > nLimite))

// Aucun paramètre (expression, puis procédure), puis plusieurs
// paramètres, dans des variables de type Procédure.
Accueil est une procédure = () => "aucun argument"
Trace(Accueil())
Accueil = () => {RENVOYER "bloc sans argument"}
Trace(Accueil())
Pondère est une procédure = (a, b, c) => a + b * c
Trace(Pondère(1, 2, 3))

// Procédure lambda qui remplit un tableau du traitement, donnée à une
// procédure du projet qui la rappelle avec un rayon et un article.
tabArticles est un tableau de chaînes
ParcourtRayons((sRayon, sArticle) => {tabArticles.Ajoute(sArticle)})
Trace(tabArticles.Occurrence, tabArticles[1], tabArticles[2])

// Paramètres omis à la fin du prototype : pas d'erreur à l'exécution ;
// paramètres reçus mais inutilisés : rien à signaler.
ParcourtRayons(sRayon => {Trace("rayon " + sRayon)})
nAppels est un entier
ParcourtRayons((sRayon, sArticle) => {nAppels++})
Trace(nAppels)

// Procédure lambda typée : un paramètre typé, l'autre non, un type de
// retour.
ParcourtRayons(PROCÉDURE(sRayon est une chaîne, sArticle):chaîne {tabArticles.Ajoute(sArticle + "@" + sRayon)})
Trace(tabArticles[3], tabArticles[4])

// Plusieurs instructions entre accolades, sur plusieurs lignes ; la
// lambda modifie une variable du traitement.
sJournal est une chaîne
Note est une procédure = s => {
	SI sJournal <> "" ALORS
		sJournal += "|"
	FIN
	sJournal += s
}
Note("ouverture")
Note("lecture")
Note("fermeture")
Trace(sJournal)

// Avec une fonction du WLangage qui attend une procédure : TableauTrie et
// ttFonction (doc 3075007), du nom le plus court au plus long.
tabFruits est un tableau de chaînes = ["melon", "kaki", "pamplemousse", "orange"]
TableauTrie(tabFruits, ttFonction, (s1, s2) => {
	SI Taille(s1) < Taille(s2) ALORS RENVOYER -1
	SI Taille(s1) > Taille(s2) ALORS RENVOYER 1
	RENVOYER 0
})
Trace(TableauVersChaîne(tabFruits, " "))

// La variable du traitement est partagée, non copiée : la lambda lit sa
// valeur au moment où elle est appelée.
nDécalage est un entier = 2
Décale est une procédure = n => n + nDécalage
nDécalage = 100
Trace(Décale(1))

// Une lambda renvoyée par une procédure garde le paramètre de cet appel.
PlusDeux est une procédure = Ajouteur(2)
PlusNeuf est une procédure = Ajouteur(9)
Trace(PlusDeux(10), PlusNeuf(10))

PROCÉDURE NombreSi(tabNombres est un tableau d'entiers, Critère est une procédure(n entier):booléen)
nTrouvés est un entier
POUR TOUT nVal DE tabNombres
	SI Critère(nVal) ALORS nTrouvés++
FIN
RENVOYER nTrouvés

PROCÉDURE ParcourtRayons(Rappel est une procédure)
Rappel("A1", "stylo")
Rappel("B7", "cahier")

PROCÉDURE Ajouteur(nBase est un entier)
RENVOYER x => x + nBase
