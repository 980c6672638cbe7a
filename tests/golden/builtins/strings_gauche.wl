// Gauche : premiers caractères ; sans longueur, sans les espaces à droite (doc 3024001)
Trace("[" + Gauche("Le coucou", 6) + "]")
Trace("[" + Gauche("ABC", 50) + "]")
Trace("[" + Gauche("AZELMA ") + "]")
MaChaîne est une chaîne = "Développez facilement"
Trace("[" + Gauche(MaChaîne, 10) + "]")
