// La propriété Membre d'un Variant (doc 1000021078) : le tableau de ses
// sous-éléments nommés, chacun avec Nom et Valeur, parcouru par POUR TOUT
// (et, doc 1514019, Occurrence et [ ]). L'immeuble est lu par
// JSONVersVariant ; les membres viennent dans l'ordre du texte.
sImmeuble est une chaîne = [
	{
	  "code": "B-12",
	  "étages": 4,
	  "ascenseur": false,
	  "surface": 312.5,
	  "gardienne": "Mme Roux"
	}
]
bât est un Variant = JSONVersVariant(sImmeuble)
Trace("Membres de l'immeuble :")
POUR TOUT m DE bât..Membre
	Trace(m.Nom + " -> " + m.Valeur)
FIN
Trace(bât..Membre..Occurrence, bât..Membre[2].Nom, bât..Membre[5].Valeur)

// Un Variant rempli par affectation : ses membres dans l'ordre où ils ont
// été créés.
Lot est un Variant
Lot.Ref = "L7"
Lot.Poids = 12
POUR TOUT m DE Lot..Membre
	Trace(m.Nom, m.Valeur)
FIN
