// Tableau associatif (doc 1514058) : options inconnues ou non constantes,
// erreurs positionnées à la compilation.
n est un entier = 3
ta est un tableau associatif (AvecDoublons) d'entiers
tb est un tableau associatif (*, n) d'entiers
tc est un tableau associatif (*, *, wlBooléen) d'entiers
td est un tableau associatif (*, *, *, -1) d'entiers
Trace("jamais")
