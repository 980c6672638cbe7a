// Tableau associatif avec doublons (doc 1514058, parcours doc 1510019) ;
// sortie attendue d'après les pages.
ta3 est un tableau associatif (AvecDoublon) d'entiers
// Affectation : crée un élément même si la clé en a déjà
ta3["a"] = 1
ta3["b"] = 5
ta3["a"] = 2
// Occurrence : nombre d'éléments de la clé ; [clé, indice] : l'élément
// connu par son indice
Trace(ta3["a"]..Occurrence, ta3["a", 1], ta3["a", 2])
// Existe : Vrai si au moins un élément ; Vide : Vrai s'il n'y en a aucun
Trace(ta3["a"]..Existe, ta3["a"]..Vide, ta3["z"]..Existe, ta3["z"]..Vide, ta3["z"]..Occurrence)
// [clé, indice] = valeur modifie l'élément connu par son indice
ta3["a", 2] = 20
POUR TOUT n, s DE ta3
	Trace(s, n)
FIN
// Initialisation à la déclaration : chaque couple est une affectation
taLit est tableau associatif (AvecDoublon) de réels = [["N", 0.2], ["N", 0.3]]
Trace(taLit["N"]..Occurrence, taLit["N", 2])

// Parcours des éléments d'une clé (doc 1510019), dans l'ordre des ajouts
taNotes est tableau associatif (AvecDoublon + ccSansCasse + ccSansAccent) d'entiers
taNotes["Zoé"] = 12
taNotes["Marc"] = 9
taNotes["zoe"] = 15
taNotes["ZOÉ"] = 18
POUR TOUT nNote DE taNotes = "zoé"
	Trace(nNote)
FIN
// Sans doublon : 0 ou 1 élément parcouru
taSimple est tableau associatif d'entiers
taSimple["x"] = 4
POUR TOUT nNote DE taSimple = "x"
	Trace(nNote)
FIN
POUR TOUT nNote DE taSimple = "y"
	Trace("jamais")
FIN

// Avec doublons, [clé] seul est interdit en lecture ; un indice au-delà
// des éléments de la clé ou une clé absente : erreur WLangage
LectureSansIndice()
IndiceTropGrand()
CléAbsente()
PROCÉDURE LectureSansIndice()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
ta est tableau associatif (AvecDoublon) d'entiers
ta["a"] = 1
Trace(ta["a"])
PROCÉDURE IndiceTropGrand()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
ta est tableau associatif (AvecDoublon) d'entiers
ta["a"] = 1
ta["a", 2] = 3
PROCÉDURE CléAbsente()
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
ta est tableau associatif (AvecDoublon) d'entiers
Trace(ta["a", 1])
