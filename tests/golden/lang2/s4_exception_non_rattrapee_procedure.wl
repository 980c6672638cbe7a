// SPEC §4.9, DECISIONS 12 : une exception non traitée arrête le script : message positionné sur la sortie d'erreur, statut 1
Trace("début")
Calcule(0)
Trace("jamais")

PROCÉDURE Calcule(n)
SI n = 0 ALORS ExceptionDéclenche(42, "division par zéro demandée")
