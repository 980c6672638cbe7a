// SPEC §4.1, §5.4 : une chaîne utilisée comme booléen est une erreur d'exécution (pas de compilation)
s est une chaîne = "oui"
Trace("avant")
SI s ALORS Trace("jamais")
