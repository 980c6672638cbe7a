// Plusieurs erreurs de compilation sont toutes listées, statut 2, rien ne s'exécute (ALORS manquant devant une instruction sur la ligne du SI : DECISIONS 9g)
Trace("jamais")
SI 1 = 1 Trace("x")
x = 1
y = 2
SI 2 = 2 Trace("y")
