// SPEC §10, DECISIONS 12 : une erreur d'exécution dans une procédure appelée : message positionné à la ligne fautive, statut 1
Trace(Moyenne(Vide()))

PROCÉDURE Vide()
t est un tableau d'entiers
RENVOYER t

PROCÉDURE Moyenne(Valeurs)
RENVOYER Valeurs[1] / Valeurs.Occurrence
