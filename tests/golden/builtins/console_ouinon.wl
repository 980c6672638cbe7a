// OuiNon a besoin d'un hôte interactif : sans hôte, c'est une erreur d'exécution (DECISIONS 13)
Trace("avant")
SI OuiNon("Voulez-vous quitter le programme ?") = Oui ALORS
	Trace("oui")
FIN
Trace("jamais")
