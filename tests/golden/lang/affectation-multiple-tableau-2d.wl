// Affectation multiple depuis un tableau à deux dimensions : lignes ou
// éléments ? La doc (1000022322, 1515003) ne le dit pas ; wl le refuse
// avec une erreur plutôt que de deviner.
t est un tableau de 2 par 2 entiers
t[1,1] = 1
a, b sont des entiers
(a, b) = t
Trace(a, b)
