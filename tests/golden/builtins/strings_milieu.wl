// Milieu : sous-chaîne depuis une position (doc 3024023)
Trace("[" + Milieu("Eponine", 2, 3) + "]")
Trace("[" + Milieu("Eponine", 2) + "]")
Trace("[" + Milieu("Eponine", 50) + "]")
Trace("[" + Milieu("Eponine", 2, 50) + "]")
MaChaîne est une chaîne = "Antananarivo - Madagascar"
Trace("[" + Milieu(MaChaîne, 10, 7) + "]")
