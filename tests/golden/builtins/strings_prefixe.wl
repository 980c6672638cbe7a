// Syntaxe préfixée : le premier paramètre devant la fonction (SPEC §7)
s est une chaîne = "Abracadabra"
Trace(s.Remplace("a", "o"))
Trace(s.Taille())
Trace(s.Gauche(4))
Trace("a;b;c".ExtraitChaîne(2, ";"))
