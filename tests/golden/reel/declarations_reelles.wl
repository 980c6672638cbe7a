// Formes de déclaration vues dans du code WinDev réel (issue 9) :
// - `sont des` dans une liste de paramètres (fr:1513001) ;
// - `entier sur 1 octet sans signe` (fr:1514049) ;
// - `x est un tableau de … <- t` : déclaration avec affectation par
//   référence, le tableau est partagé (fr:1515003) ;
// - les options d'un tableau associatif, `*` pour garder la valeur par
//   défaut d'une option (fr:1514058).
Trace(Somme3("1", "2", 3)) // a et b sont des entiers : 6, pas "123"
o est un entier sur 1 octet sans signe = 200
Trace(o)
t est un tableau de entiers = [1, 2]
r est un tableau de entiers <- t
TableauAjoute(r, 3)
Trace(TableauOccurrence(t), TableauOccurrence(r))
c est un tableau de entiers = t
TableauAjoute(c, 4)
Trace(TableauOccurrence(t), TableauOccurrence(c))
ta est un tableau associatif (*, *, wlEntier_8) de booléens
ta[12] = Vrai
Trace(ta[12], TableauOccurrence(ta))
PROCÉDURE Somme3(a, b, c sont des entiers) : entier
RENVOYER a + b + c
