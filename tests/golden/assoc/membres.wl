// Tableau associatif de classes (doc 1514058) : un objet ajouté est
// recopié, un objet dynamique est partagé ; affecter un membre d'un
// élément inexistant échoue (l'élément n'est pas créé).
CCompteur est une Classe
	nValeur est un entier
FIN
oCompteur est un CCompteur
taCopies est tableau associatif de CCompteur
oCompteur:nValeur = 10
taCopies["c1"] = oCompteur
oCompteur:nValeur = 11
Trace(taCopies["c1"]:nValeur)
pCompteur est un CCompteur dynamique
taPartagés est tableau associatif de CCompteur dynamique
pCompteur = allouer un CCompteur
pCompteur:nValeur = 20
taPartagés["c1"] = pCompteur
pCompteur:nValeur = 21
Trace(taPartagés["c1"]:nValeur)
// Un élément existant : son membre est modifié
taCopies["c1"]:nValeur = 12
Trace(taCopies["c1"]:nValeur, taCopies..Occurrence)
MembreAbsent()
Trace(taCopies["c2"]..Existe, taCopies..Occurrence)
// De même pour une structure
STPoint est une Structure
	x est un entier
FIN
taPoints est tableau associatif de STPoint
p est un STPoint
taPoints["a"] = p
taPoints["a"].x = 3
Trace(taPoints["a"].x)
PointAbsent()
Trace(taPoints..Occurrence)
PROCÉDURE MembreAbsent()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
taCopies["c2"]:nValeur = 5
PROCÉDURE PointAbsent()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
taPoints["b"].x = 4
