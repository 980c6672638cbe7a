// Affecter une Durée à une chaîne équivaut à VersChaîne avec le format +JHHMMSSCCC
// (fr:1000023947) : jours, heures, minutes, secondes, millièmes.
s est une chaîne = 2 min 8 s
Trace(s)
d est une Durée = 1 j 2 h 3 min 4 s
s = d
Trace(s)
Trace("Durée : " + (0 s - 1 s))
