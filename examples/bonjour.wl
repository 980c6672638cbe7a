// Premier script : wl run examples/bonjour.wl
Nom est une chaîne = "monde"
Trace("Bonjour [%Nom%] !")

POUR i = 1 À 3
	Trace(i, "x 7 =", i * 7)
FIN

Trace(Salutation("Léa"))

PROCÉDURE Salutation(Qui est une chaîne)
RENVOYER "Bienvenue, " + Qui
