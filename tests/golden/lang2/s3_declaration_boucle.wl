// DECISIONS 9 : une déclaration exécutée de nouveau (dans une boucle) donne une variable neuve à sa valeur initiale
POUR i = 1 À 3
	Cumul est un entier
	Cumul += i
	Texte est une chaîne = "x"
	Texte += "y"
	Trace(i, Cumul, Texte)
FIN
