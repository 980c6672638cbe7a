// Un monétaire trop grand pour un entier est une erreur à l'affectation (DECISIONS 5).
c est un monétaire = 5000000000
i est un entier = c
Trace(i)
