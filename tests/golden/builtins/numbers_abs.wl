// Abs d'un entier, d'un réel (doc 3050050), Somme et Moyenne d'un tableau (doc 1000019892, 1000019891)
Trace(Abs(-5), Abs(5), Abs(-2.5))
t est un tableau d'entiers = [1, 2, 3, 4]
Trace(Somme(t), Moyenne(t))
