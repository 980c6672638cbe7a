// Un entier affecté à une Heure compte les centièmes de seconde depuis minuit
// (fr:1514068) : 360000 est 1 heure.
h est une Heure = 360000
Trace(h.VersChaîne())
h = 0
Trace(h.VersChaîne())
h = 8639999
Trace(h.VersChaîne())
Trace(h.VersEntier())
