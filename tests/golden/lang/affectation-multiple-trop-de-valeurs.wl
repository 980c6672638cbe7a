// Moins de variables que de valeurs : erreur de compilation (doc 1515003)
x, y sont des entiers
(x, y) = (1, 2, 3)
Trace(x, y)
