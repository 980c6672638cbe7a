// SPEC §4.3 : PAS négatif, PAS réel, valeur de la variable après la boucle ; CONTINUER incrémente puis reteste
Liste est une chaîne
POUR i = 20 À 1 PAS -5
	Liste += [" "] + i
FIN
Trace(Liste, i)
POUR r = 0 À 1 PAS 0.25
	Trace(r)
FIN
Liste = ""
POUR i = 1 À 6
	SI i = 2 OU i = 4 ALORS CONTINUER
	Liste += [" "] + i
FIN
Trace(Liste, i)
