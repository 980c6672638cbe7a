// Aucune syntaxe ne convient (doc 1514063) : erreur de compilation positionnée
// sur l'appel.
p(1, 2, 3)

PROCÉDURE p(s est une chaîne)
Trace(s)
PROCÉDURE p(n est un entier, s est une chaîne)
Trace(n)
