// SPEC §3.5 : un tableau passé à une procédure l'est par référence
Liste est un tableau d'entiers = [1, 2]
Complète(Liste)
Trace(Liste.Occurrence, Liste[3])

PROCÉDURE Complète(T)
T.Ajoute(99)
