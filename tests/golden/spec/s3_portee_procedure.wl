// DECISIONS 8: a variable declared in a block stays visible after it
SI Vrai ALORS
	x est une chaîne = "visible"
FIN
Trace(x)
POUR i = 1 À 3
	y est un entier = i * 10
FIN
Trace(y, i)
