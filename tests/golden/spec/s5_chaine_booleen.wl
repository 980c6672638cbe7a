// SPEC §4.1: a string used as a boolean is a runtime error
s est une chaîne = "oui"
SI s ALORS Trace("jamais")
