// JSONVersVariant (doc 1000021052) : l'exemple de la page (le glossaire),
// puis la lecture des membres et le test de null que la page décrit.
sJZon est une chaîne = [
	{
	"glossary": {
	"title": "example glossary",
	"GlossDiv": {
	"title": "S",
	"GlossList": {
	"GlossEntry": {
	"ID": "SGML",
	"SortAs": "SGML",
	"GlossTerm": "Standard Generalized Markup Language",
	"Acronym": "SGML",
	"Abbrev": "ISO 8879:1986",
	"GlossDef": {
	"para": "A meta-markup language, used to create markup languages such as DocBook.",
	"GlossSeeAlso": ["GML", "XML"]
	},
	"GlossSee": "markup"
	}
	}
	}
	}
	}
]
soit jz = JSONVersVariant(sJZon)
Trace(jz.glossary.title)
Trace(jz.glossary.GlossDiv.GlossList.GlossEntry.Abbrev)
Trace(jz.glossary.GlossDiv.GlossList.GlossEntry.GlossDef.GlossSeeAlso..Occurrence, jz.glossary.GlossDiv.GlossList.GlossEntry.GlossDef.GlossSeeAlso[2])

// null : Valeur ou test direct de Null.
v est un Variant = JSONVersVariant("{""m"":null}")
SI v.m..Valeur = Null ALORS Trace("NULL")
SI v.m = Null ALORS Trace("NULL")

// Nombres, booléens, échappements (\u00E9 est « é »), tableaux imbriqués.
w est un Variant = JSONVersVariant("{""n"": [1, -2.5, 1e3, true, false], ""s"": ""\u00E9t\u00E9\n!"", ""t"": [[1, 2], []]}")
Trace(w.n[1] + 1, w.n[2], w.n[3], w.n[4], w.n[5])
Trace(w.s)
Trace(w.t..Occurrence, w.t[1][2], w.t[2]..Occurrence)
Trace(VariantVersJSON(w, psdMinifié))
Trace(VariantVersJSON(JSONVersVariant(" 42 ")), VariantVersJSON(JSONVersVariant("""a""")))
