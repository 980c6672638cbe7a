// SPEC §2.4 : chaîne multiligne entre crochets (tabulations de début retirées) et entre guillemets (tabulations gardées)
AvecTab est une chaîne = "
	un
		deux
"
SansTab est une chaîne = [
	un
		deux
	]
Trace(Remplace(AvecTab, TAB, "<T>"))
Trace(Remplace(SansTab, TAB, "<T>"))
Trace(Taille(SansTab), Position(SansTab, RC))
