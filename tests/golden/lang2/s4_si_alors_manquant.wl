// SPEC §4.1, §10, DECISIONS 9g : ALORS est obligatoire quand une instruction suit la condition du SI sur la même ligne (erreur de compilation 25)
x est un entier = 1
SI x = 1 Trace("un")
