// Une dimension de tableau nommée par un identificateur que rien ne
// déclare est l'erreur 301 de WinDev (Identificateur inconnu), comme
// ailleurs — dans un projet, souvent une constante d'un autre fichier ;
// une variable déclarée mais non constante reste l'erreur 9404.
STRéponses est une Structure
	tChoix est un tableau fixe de nbMaxRéponses entiers
FIN
nTaille est un entier = 3
tValeurs est un tableau fixe de nTaille entiers
Trace("jamais")
