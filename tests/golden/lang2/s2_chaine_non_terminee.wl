// SPEC §2.4, §10 : une chaîne non terminée est l'erreur de compilation 3
Trace("avant")
s est une chaîne = "pas de fin
Trace("après")
