// SPEC §6, DECISIONS 6 : valeurs par défaut : entier 0, réel 0, numérique 0, monétaire 0, chaîne "", booléen Faux, Durée 0, Variant Null, tableau vide
e est un entier
r est un réel
n est un numérique
m est un monétaire
c est une chaîne
b est un booléen
d est une Durée
v est un Variant
t est un tableau de chaînes
Trace(e, r, n, m, "[" + c + "]", b, d.EnSecondes, v = Null, t.Occurrence)
