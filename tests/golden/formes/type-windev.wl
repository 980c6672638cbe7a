// A variable of a WinDev built-in type that wl does not provide
// (docFragment, httpRéponse: the types index of the help): wl check warns
// (9400), the code around it is checked, and reaching the declaration is a
// positioned runtime error. A structure of the program with the name of a
// WinDev type is the program's (Contact).
Contact est une Structure
	Nom est une chaîne
FIN
c est un Contact
c.Nom = "Ada"
Trace(c.Nom)
QUAND EXCEPTION DANS
	Lire()
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
t est un tableau de docFragments
Trace(TableauOccurrence(t))
rep est un httpRéponse
Trace("jamais")

PROCÉDURE Lire()
doc est un Document
Trace("jamais", doc)
