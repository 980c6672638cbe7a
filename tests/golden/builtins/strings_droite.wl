// Droite : derniers caractères ; sans longueur, sans les espaces à gauche (doc 3024016)
Trace("[" + Droite("Le coucou", 6) + "]")
Trace("[" + Droite("ABC", 50) + "]")
Trace("[" + Droite(" AZELMA") + "]")
MaChaîne est une chaîne = "Antananarivo - Madagascar"
Trace("[" + Droite(MaChaîne, 10) + "]")
