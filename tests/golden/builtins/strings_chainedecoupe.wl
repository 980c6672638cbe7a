// ChaîneDécoupe : tableau des sous-chaînes (doc 1000022322)
sPays est une chaîne = "France, Portugal, Allemagne, Pays de Galles"
tabPays est un tableau de chaînes
tabPays = ChaîneDécoupe(sPays, ", ")
Trace(tabPays.Occurrence)
POUR TOUT p DE tabPays
	Trace(p)
FIN
