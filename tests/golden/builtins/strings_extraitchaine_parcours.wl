// Parcours des sous-chaînes avec rangPremier / rangSuivant (doc 3024017)
sChaîne est une chaîne = "Fraise, Framboise<BR>Citron<BR>Chocolat et Banane"
sRésultat est une chaîne = ExtraitChaîne(sChaîne, rangPremier, [", " , " et ", "<BR>"])
TANTQUE sRésultat <> EOT
	Trace(sRésultat)
	sRésultat = ExtraitChaîne(sChaîne, rangSuivant, [", " , " et ", "<BR>"])
FIN
Trace("fin")
