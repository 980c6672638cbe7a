// Tableau associatif (doc 1514058) : propriétés du tableau et d'une clé
// sans doublons, accès [clé, 1], valeur par défaut ; sortie attendue
// d'après la page (Vrai s'affiche 1, Faux 0).
taPrix est tableau associatif de réels = ...
	[["pomme", 1.5], ["poire", 2.25], ["kiwi", 0.4]]
// Occurrence : nombre d'occurrences du tableau ; Vide : tableau vide ou non
Trace(taPrix["kiwi"], taPrix..Occurrence, taPrix..Vide)
// Existe : Vrai si l'élément existe ; Vide : Vrai s'il n'existe pas ;
// Occurrence : 1 s'il existe, 0 sinon
Trace(taPrix["pomme"]..Existe, taPrix["pomme"]..Vide, taPrix["pomme"]..Occurrence)
Trace(taPrix["X"]..Existe, taPrix["X"]..Vide, taPrix["X"]..Occurrence)
// Lire une clé absente ne la crée pas
Trace(taPrix["X"], taPrix..Occurrence)
// [clé, 1] : la valeur de l'élément, lue et modifiée
Trace(taPrix["pomme", 1])
taPrix["pomme", 1] = 1.75
Trace(taPrix["pomme"])
taVide est tableau associatif de chaînes
Trace(taVide..Vide, taVide..Occurrence)

// Valeur par défaut : renvoyée pour un élément inexistant ; [clé]++ crée
// l'entrée avec cette valeur
taCompte est tableau associatif (SansDoublon, 5) d'entiers
Trace(taCompte["absent"], taCompte["absent"]..Existe, taCompte..Occurrence)
taCompte["x"]++
Trace(taCompte["x"], taCompte..Occurrence)
// "*" garde la valeur par défaut de l'option
taDéfaut est tableau associatif (*, "?") de chaînes
Trace(taDéfaut["rien"])

// [clé, indice] : indice différent de 1 ou clé absente, erreur WLangage
IndiceDeux()
CléAbsente()
PROCÉDURE IndiceDeux()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
ta est tableau associatif d'entiers
ta["a"] = 1
Trace(ta["a", 2])
PROCÉDURE CléAbsente()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
ta est tableau associatif d'entiers
ta["b", 1] = 3
