// Les sous-éléments nommés et indicés d'un Variant (doc 1514019), sur un
// colis, des notes et une classe écrits pour ce test.

// Affecter un membre absent le crée ; affecter un membre présent le
// modifie.
Colis est un Variant
Colis.Poids = 2
Colis.Destinataire = "Mme Roux"
Trace(Colis.Destinataire, Colis.Poids)
Colis.Poids = 3
Trace(Colis.Poids, Colis..Membre..Occurrence)

// Lire un membre absent donne Null et ne le crée pas ; Existe le teste
// sans le créer ; Null se teste par ..Valeur ou directement.
Vide est un Variant
SI PAS Vide.Statut..Existe ALORS Trace("aucun statut")
SI Vide.Statut..Valeur = Null ALORS Trace("Statut..Valeur est Null")
SI Vide.Statut = Null ALORS Trace("Statut est Null")
lu est un Variant = Colis.Volume
Trace(Colis.Volume..Existe, Colis.Poids..Existe, Colis..Membre..Occurrence)

// Les sous-éléments indicés : [ ] crée le tableau ; Occurrence, [ ] et
// POUR TOUT s'y appliquent.
Notes est un Variant
Notes[1] = 12
Notes[2] = 15
Notes[3] = 9
Trace(Notes..Occurrence, Notes[2])
total est un entier
POUR TOUT n DE Notes
	total += n
FIN
Trace(total)

// Nommés et indicés s'imbriquent, chacun étant lui-même un Variant.
Classe est un Variant
Classe.Elève[1].Nom = "Inès"
Classe.Elève[1].Moyenne = 14.5
Classe.Elève[2].Nom = "Hugo"
Classe.Elève[2].Moyenne = 11
POUR TOUT e DE Classe.Elève
	Trace(e.Nom + " : " + e.Moyenne)
FIN

// Un membre est un Variant : il prend à son tour des sous-éléments, et
// s'affecte aussi par += et ++.
Envoi est un Variant
Envoi.Depuis.Entrepôt.Ville = "Nantes"
Envoi.Frais = 4
Envoi.Frais += 6
Envoi.Frais++
Trace(Envoi.Depuis.Entrepôt.Ville, Envoi.Frais)
