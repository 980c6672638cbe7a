// Un réel ou un monétaire affecté à un entier est tronqué vers zéro (DECISIONS 5).
i est un entier
i = 3.9
Trace(i)
i = -3.9
Trace(i)
m est un monétaire = 7.99
i = m
Trace(i)
n est un numérique = -12.5
i = n
Trace(i)
// Une chaîne est lue comme Val : « 43 » donne 43 (fr:1515004)
s est une chaîne = "43"
i = s
Trace(i)
