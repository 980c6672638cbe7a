// HFSQL browses with their options (doc 1510013): SUR after the AVEC
// filter, SANSSAUVEPOSITION and the direction, SANS FILTRE; a data source
// declared with `Source de Données`. wl parses and checks them but does not
// run them: reaching one is a positioned runtime error (9400).
QUAND EXCEPTION DANS
	Parcours("Lyon")
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
QUAND EXCEPTION DANS
	Source()
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
Trace("fin")

PROCÉDURE Parcours(sVille est une chaîne)
n est un entier
POUR TOUT Client AVEC "VilleClient = '" + sVille + "'" SUR NumClient
	n++
FIN
POUR TOUT Client SUR NumClient SANSSAUVEPOSITION, DepuisFin
	n++
FIN
POUR TOUT Commande SANS FILTRE
	n++
FIN
RENVOYER n

PROCÉDURE Source()
sdClients est une Source de Données
Trace("jamais")
