// Fonctions de chaîne et extraction
s est une chaîne = "Bonjour le monde"
Trace(Taille(s))
Trace(Gauche(s, 7), "|", Droite(s, 5), "|", Milieu(s, 9, 2))
Trace(Position(s, "le"), Position(s, "absent"))
Trace(Majuscule("pépère"), Minuscule("ÉTÉ"))
Trace(Remplace(s, "monde", "village"))
Trace(s[[1 À 3]], s[[9 SUR 2]])
Trace("[" + SansEspace("  autour  ") + "]")
Trace(Complète("7", 3, "0"))
Trace(ChaîneConstruit("%1 a %2 ans", "Léa", 7))
Trace(ExtraitChaîne("a;b;c", 2, ";"))
nom est une chaîne = "Zoé"
Trace("Bonjour [%nom%] !")
Trace(-%"Pas de [%nom%] ici")
Trace(Val("42abc") + 1)
Trace(NumériqueVersChaîne(3.14159, ".2f"))
