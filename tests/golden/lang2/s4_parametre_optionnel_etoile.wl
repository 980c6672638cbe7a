// SPEC §4.8 : paramètres optionnels après les obligatoires ; « * » à l'appel garde la valeur par défaut d'un paramètre du milieu
Trace(Étiquette("A"))
Trace(Étiquette("B", "x"))
Trace(Étiquette("C", *, 3))
Trace(Étiquette("D", "y", 2))

PROCÉDURE Étiquette(Nom, Sep = "-", Fois est un entier = 1)
RENVOYER Nom + Répète(Sep, Fois)
