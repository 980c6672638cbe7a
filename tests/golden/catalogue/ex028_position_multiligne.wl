// Reproduit le comportement documenté de fr:1410087514 (exemple 028) : Position dans un texte multiligne (pas de RC initial, RC = 2 caractères), résultat 0 si absent, message construit avec [% %].
Texte est une chaîne = "
Liste des fruits :
* pomme
* kiwi
"
POUR TOUTE CHAÎNE Cherché DE "kiwi,mangue" SÉPARÉE PAR ","
	Trouvé est un entier
	Trouvé = Position(Texte, Cherché)
	SI Trouvé = 0 ALORS
		Trace("« [%Cherché%] » est absent du texte")
	SINON
		Trace("« [%Cherché%] » commence au caractère [%Trouvé%]")
	FIN
FIN
