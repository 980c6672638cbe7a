// Une exception déclenchée et non traitée arrête le script, statut 1
Trace("début")
ExceptionDéclenche(42, "Commande introuvable")
Trace("jamais")
