// Parcours HFSQL et parcours de champ (fr:1510013, fr:1510017) : wl les
// analyse et vérifie leur corps, mais ne les exécute pas. Atteindre
// l'instruction est une erreur d'exécution positionnée (9400).
QUAND EXCEPTION DANS
	Clients("Lyon")
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
Trace("avant")
Lignes()
Trace("jamais")

PROCÉDURE Clients(sVille est une chaîne)
nVus est un entier
POUR TOUT Client SUR NomClient AVEC Ville = sVille DEPUISFIN
	nVus++
FIN
RENVOYER nVus

PROCÉDURE Lignes()
POUR TOUTE LIGNE SÉLECTIONNÉE i, n DE TABLE_Clients
	Trace(i, n)
FIN
