// SPEC §5.2 : extraction [[i]], [[a À b]], [[a À]], [[À b]], [[a SUR n]] (1-based, inclus) ; crochets simples ; borne négative → ""
Texte est une chaîne = "Bonjour le monde"
Trace(Texte[[1]], Texte[[9 À 10]], Texte[[12 À]], Texte[[À 7]], Texte[[4 SUR 4]])
Trace(Texte[5], Texte[1 À 3], Texte[12 SUR 2])
Trace("[" + Texte[[3 À -1]] + "]")
Mot est une chaîne = "éléphant"
Trace(Mot[[1]], Mot[[2 SUR 3]], Taille(Mot))
