// Position d'une des chaînes d'un tableau (doc 3024027)
n est un entier
MaChaîne2 est une chaîne = "http://Serveur/Fichier.html"
n = Position(MaChaîne2, ["/", "//"])
Trace(n)
n = Position(MaChaîne2, ["/", "//"], 8)
Trace(n)
