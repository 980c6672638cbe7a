// Une erreur d'exécution non traitée : fichier:ligne:colonne: message sur la
// sortie d'erreur, statut 1 ; ce qui a été affiché avant reste
Trace("avant")
Calcule(0)
Trace("jamais")

PROCÉDURE Calcule(d est un entier)
Trace("dans Calcule")
Trace(100 / d)
