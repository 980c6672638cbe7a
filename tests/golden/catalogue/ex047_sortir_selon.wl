// Reproduit le comportement documenté de fr:1510008 (exemple 047) : SORTIR SELON quitte le SELON sans exécuter la suite du CAS ; CAS sans deux-points suivi d'un bloc, CAS avec deux-points suivi d'un bloc, lignes indentées par tabulation + espace ; liste « 1,2 » pour deux valeurs (et non « 1 OU 2 »).
POUR TOUTE CHAÎNE Essai DE "1/invité,1/root,2/invité,2/root,7/root" SÉPARÉE PAR ","
	Code est un entier = Val(ExtraitChaîne(Essai, 1, "/"))
	Compte est une chaîne = ExtraitChaîne(Essai, 2, "/")
	Note est une chaîne = "(inchangée)"
	SELON Code
		CAS 1
			 SI Compte = "root" ALORS
				SORTIR SELON
			 FIN
			 Note = "remise de bienvenue"

		CAS 2 :
			 SI Compte = "root" ALORS
				SORTIR SELON
			 FIN
			 Note = "livraison offerte"

		AUTRE CAS : Note = ""
	FIN
	Trace(Essai + " -> [" + Note + "]")
FIN
Choix est un entier = 1
SELON Choix
	CAS 1,2 : Info("choix 1 ou 2")
	CAS 3 : Info("choix 3")
	AUTRE CAS : Info("autre choix")
FIN
