// Lambdas (doc 1514084, « Lambda : Expressions et procédures ») : une
// lambda est une procédure interne anonyme, utilisable partout où une
// procédure est attendue (paramètre de type Procédure, fonction du
// WLangage), avec accès aux variables du traitement (closure, doc 1514075).

// L'exemple de la doc : compter les éléments impairs d'un tableau, avec
// une procédure lambda puis avec l'expression lambda qui la simplifie.
tabValeur est un tableau d'entiers = [1,2,3,4,5]
Trace(CompteValeurs(tabValeur, x=>{RENVOYER modulo(x,2)=1}))
Trace(CompteValeurs(tabValeur, x=>modulo(x,2)=1))

// Syntaxe complète à un paramètre ; la lambda lit une variable du
// traitement.
nSeuil est un entier = 3
Trace(CompteValeurs(tabValeur, (x) => x > nSeuil))

// Une lambda dans une variable de type Procédure : aucun paramètre,
// plusieurs paramètres.
p est une procédure = () => "sans paramètre"
Trace(p())
p = (a, b) => a * 10 + b
Trace(p(4, 2))

// Procédure lambda qui remplit un tableau du traitement (l'exemple de
// fListeFichier, ici avec une procédure du projet qui appelle la lambda
// avec un répertoire et un nom de fichier).
tabFichier est un tableau de chaînes
ListeFichiers((Répertoire,Fichier)=>{tabFichier.Ajoute(Fichier)})
Trace(TableauOccurrence(tabFichier), tabFichier[1], tabFichier[2])

// Une lambda n'a pas besoin de récupérer tous les paramètres : ceux omis
// à la fin ne provoquent pas d'erreur.
ListeFichiers(Répertoire => {Trace("Répertoire : " + Répertoire)})

// Procédure lambda typée (paramètres typés ou non, type de retour).
ListeFichiers(PROCÉDURE(Répertoire est une chaîne, Fichier est une chaîne):chaîne {tabFichier.Ajoute(Répertoire + Fichier)})
Trace(tabFichier[3])

// Procédure lambda sur plusieurs lignes, entre accolades ; elle modifie
// une variable du traitement.
nTotal est un entier
Ajoute est une procédure = n => {
	nTotal += n
	SI nTotal > 10 ALORS
		Trace("plus de 10")
	FIN
}
Ajoute(4)
Ajoute(8)
Trace(nTotal)

// Avec une fonction du WLangage qui prend une procédure : TableauTrie avec
// ttFonction (3075007), tri décroissant.
tabTri est un tableau d'entiers = [3, 1, 4, 2]
TableauTrie(tabTri, ttFonction, (e1, e2) => {
	SI e1 < e2 ALORS RENVOYER 1
	SI e1 > e2 ALORS RENVOYER -1
	RENVOYER 0
})
Trace(tabTri[1], tabTri[2], tabTri[3], tabTri[4])

// La variable est partagée, pas copiée : la lambda voit sa valeur au
// moment de l'appel.
nPas est un entier = 1
Suivant est une procédure = n => n + nPas
nPas = 10
Trace(Suivant(5))

// Une lambda renvoyée par une procédure garde les variables de celle-ci.
Triple est une procédure = Multiplicateur(3)
Quintuple est une procédure = Multiplicateur(5)
Trace(Triple(7), Quintuple(7))

PROCÉDURE CompteValeurs(tabValeur est un tableau d'entiers,
	Condition est une procédure(x entier):booléen)
soit n = 0
POUR TOUT x DE tabValeur
	SI Condition(x) ALORS
		n++
	FIN
FIN
RENVOYER n

PROCÉDURE ListeFichiers(Traite est une procédure)
Traite("C:\Données\", "clients.fic")
Traite("C:\Données\", "commandes.fic")

PROCÉDURE Multiplicateur(nFacteur est un entier)
RENVOYER x => x * nFacteur
