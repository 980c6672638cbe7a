// Déclarations et valeurs par défaut
n est un entier
r est un réel
s est une chaîne
b est un booléen
Trace(n, r, "[" + s + "]", b)
n = 41
n++
Trace(n)
a, c sont des entiers
a = 2; c = 3
Trace(a * c)
soit x = 10
x += 5
x -= 1
Trace(x)
t est une chaîne = "début"
t += " et fin"
Trace(t)
// réel vers entier : troncature vers zéro
n = 7.9
Trace(n)
n = -7.9
Trace(n)
// les majuscules et les accents ne comptent pas
Prénom est une chaîne = "Léa"
Trace(PRENOM, prénom)
