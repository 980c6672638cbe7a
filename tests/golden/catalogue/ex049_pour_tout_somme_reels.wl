// Reproduit le comportement documenté de fr:1510016 (exemple 049) : tableau de N réels de taille fixe, affectation indexée à partir de 1, POUR TOUT valeur DE tableau (variable non déclarée), « += » sur un réel.
Mesures est un tableau de 4 réels
Mesures[1] = 2.5
Mesures[2] = 4
Mesures[3] = 1.25
Mesures[4] = 0.25
Cumul est un réel
POUR TOUT Mesure DE Mesures
	Cumul += Mesure
FIN
Trace(Cumul)
// la variable désigne l'élément : la modifier modifie le tableau
POUR TOUT Mesure DE Mesures
	Mesure = Mesure * 2
FIN
Trace(Mesures[1], Mesures[2], Mesures[3], Mesures[4])
// après la boucle elle garde la dernière valeur, sans plus désigner l'élément
Trace(Mesure)
Mesure = 0
Trace(Mesures[4])
