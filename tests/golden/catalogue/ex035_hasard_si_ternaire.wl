// Reproduit le comportement documenté de fr:1410087515 (exemple 035) : InitHasard, Hasard(min, max) dans les bornes incluses, concaténation chaîne + entier, SI/SINON et l'expression « ? … SINON » en argument donnent le même message.
// Le tirage est aléatoire : on vérifie les propriétés sur 500 tirages plutôt qu'une valeur.
InitHasard()
Anomalies est un entier
VuMin, VuMax sont des booléens
POUR Essai = 1 À 500
	Tirage est un entier = Hasard(10, 20)
	SI Tirage < 10 OU Tirage > 20 ALORS Anomalies++
	SI Tirage = 10 ALORS VuMin = Vrai
	SI Tirage = 20 ALORS VuMax = Vrai
	Avis est une chaîne
	SI Tirage > 15 ALORS
		Avis = "au-dessus de 15"
	SINON
		Avis = "15 ou moins"
	FIN
	SI (Tirage > 15 ? "au-dessus de 15" SINON "15 ou moins") <> Avis ALORS Anomalies++
FIN
Trace("Anomalies : " + Anomalies)
Trace("Bornes atteintes : " + (VuMin ET VuMax))
// un intervalle réduit à une valeur rend cette valeur
Trace("Valeur tirée " + Hasard(7, 7))
Trace(Hasard(7, 7) > 5 ? "Nombre supérieur à 5" SINON "Nombre inférieur ou égal à 5")
