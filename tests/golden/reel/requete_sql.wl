// Requête SQL typée « q est une requête SQL = [ … ] » avec ses paramètres
// {nom} : wl la déclare et vérifie le code qui l'entoure, sans l'exécuter ;
// atteindre la déclaration est une erreur d'exécution (9400).
nCompte est un entier = 4
QUAND EXCEPTION DANS
	Trace(Dossiers(nCompte))
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN

PROCÉDURE Dossiers(nIDCompte est un entier)
nVus est un entier
sdReq est une requête SQL =
[
	SELECT IDDossier FROM Dossier
	WHERE IDCompte={pIDCompte}
]
sdReq.pIDCompte = nIDCompte
POUR TOUT sdReq
	nVus++
FIN
RENVOYER nVus
