// VariantVersJSON (doc 1000021051) : une ville à deux sous-éléments
// nommés donne par défaut { "Clé":valeur, "Clé":valeur } (la forme que
// montre la page) ; psdMinifié ôte les espaces inutiles, psdMiseEnForme
// passe à la ligne.
Ville est un Variant
Ville.Code = "69001"
Ville.Nom = "LYON"
Ville.Habitants = 520000
Trace(VariantVersJSON(Ville))
Trace(VariantVersJSON(Ville, psdMinifié))
SI Position(VariantVersJSON(Ville, psdMiseEnForme), Caract(10)) > 0 ALORS Trace("mise en forme sur plusieurs lignes")

// Les types simples, un tableau, Null, et l'encodage JSON des caractères
// non ASCII (\u et 4 chiffres hexadécimaux, doc 1000021052) dans les
// clés comme dans les valeurs ; " et \ échappés.
Article est un Variant
Article.Quantité = 3
Article.Prix = 19.5
Article.Soldé = Faux
Article.Remise = Null
Article.Tailles[1] = "S"
Article.Tailles[2] = 42
Article.Avis = "très ""bien"" \o/"
Trace(VariantVersJSON(Article, psdMinifié))
Trace(VariantVersJSON(JSONVersVariant(" [ ] "), psdMinifié), VariantVersJSON(JSONVersVariant("{ }"), psdMinifié))

// Trace d'un Variant à sous-éléments nommés : son texte JSON (la page du
// type JSON trace ainsi un objet ; choix de wl pour le Variant), jamais "".
Trace(Ville)
Trace("Ville = " + Ville)
