// SPEC §4.1, §10 : ALORS est obligatoire après SI (erreur de compilation 25)
x est un entier = 1
SI x = 1
	Trace("un")
FIN
