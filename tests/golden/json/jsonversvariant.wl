// JSONVersVariant (doc 1000021052) : un relevé météo écrit pour ce test,
// lu par JSONVersVariant puis parcouru membre à membre ; la page dit que
// le Variant obtenu tient Null, un type simple, un tableau ou un objet à
// membres, et qu'un null se teste par ..Valeur ou directement.
sRelevé est une chaîne = [
	{
	  "poste": {
	    "lieu": "Crête des Aiguilles",
	    "altitude": 2140,
	    "ouvert": true,
	    "sondes": {
	      "air": { "unite": "degC", "series": [ -4.5, 0.25, 3 ] },
	      "vent": { "unite": "km/h", "rafale": null }
	    }
	  }
	}
]
soit relevé = JSONVersVariant(sRelevé)
// Texte lu en UTF-8 tel quel ; un entier ; un tableau et son [ ].
Trace(relevé.poste.lieu)
Trace(relevé.poste.altitude - 140)
Trace(relevé.poste.sondes.air.series..Occurrence, relevé.poste.sondes.air.series[1], relevé.poste.sondes.air.unite)

// Le null du JSON : par la propriété Valeur, puis par un test direct.
SI relevé.poste.sondes.vent.rafale..Valeur = Null ALORS Trace("pas de rafale (Valeur)")
SI relevé.poste.sondes.vent.rafale = Null ALORS Trace("pas de rafale (direct)")
// Un membre présent n'est pas Null.
SI relevé.poste.ouvert = Null ALORS Trace("ouvert Null") SINON Trace("ouvert :", relevé.poste.ouvert)

// L'encodage JSON des caractères : \u et 4 chiffres hexadécimaux
// (\u00E0 est « à », \u00EA est « ê ») ; échappements \" et \\ ;
// entiers, réels, exposant, booléens ; tableaux dans un tableau.
m est un Variant = JSONVersVariant("{""k"": [7, 0, -0.5, 2E2, false, true], ""txt"": ""\u00E0 la f\u00EAte \""\\o/\"""", ""grille"": [[], [4, 5, 6]]}")
Trace(m.k[1] * 3, m.k[2], m.k[3], m.k[4], m.k[5], m.k[6])
Trace(m.txt)
Trace(m.grille..Occurrence, m.grille[1]..Occurrence, m.grille[2][3])
Trace(VariantVersJSON(m, psdMinifié))

// Une racine qui n'est ni objet ni tableau : entier, chaîne, null.
Trace(VariantVersJSON(JSONVersVariant(" -3 ")), VariantVersJSON(JSONVersVariant("""mot""")))
r est un Variant = JSONVersVariant("null")
SI r = Null ALORS Trace("racine Null")
