// VariantVersJSON (doc 1000021051) : l'exemple de la page, qui affiche
// { "Nom":"DUPONT", "Prenom":"Michel" } ; psdMinifié ôte les espaces.
Personne est un Variant
Personne.Nom = "DUPONT"
Personne.Prenom = "Michel"
Trace(VariantVersJSON(Personne))
Trace(VariantVersJSON(Personne, psdMinifié))

// Les types simples, les tableaux, Null, et l'encodage JSON des
// caractères non ASCII (\u suivi du code sur 4 chiffres, doc 1000021052).
v est un Variant
v.Entier = 12
v.Réel = 2.5
v.Vrai = Vrai
v.Rien = Null
v.Liste[1] = 1
v.Liste[2] = "deux"
v.Texte = "été ""x"""
Trace(VariantVersJSON(v, psdMinifié))
Trace(VariantVersJSON(JSONVersVariant("[]"), psdMinifié), VariantVersJSON(JSONVersVariant("{}"), psdMinifié))

// Trace d'un Variant à sous-éléments nommés : son texte JSON (la page du
// type JSON trace ainsi un objet ; choix de wl pour le Variant), jamais "".
Trace(Personne)
Trace("Personne = " + Personne)
