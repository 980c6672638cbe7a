// Hier (doc 1000023786) et Demain (doc 1000023787), de la date du jour ou d'une date
Trace(Hier())
Trace(Hier("20250301"))
Trace(Demain("20241231"))
Trace("Hier, nous étions le " + DateVersChaîne(Hier()))
Trace(DateVersJourEnLettre(DateDuJour()))
