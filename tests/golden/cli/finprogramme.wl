// FinProgramme arrête le script avec le statut 0
Trace("un")
Arrête()
Trace("jamais")

PROCÉDURE Arrête()
Trace("deux")
FinProgramme()
