// DateVersEntier (doc 3027014) et <Date>.VersEntier (doc 1000024029) : les
// jours depuis le 01/01/1800 ou, avec <Depuis début année> à Vrai, depuis le
// 1er janvier de l'année de la date.
Trace(DateVersEntier("20011225"))	// doc : 73773
Trace(DateVersEntier("18000103"))	// doc : 3
Trace(DateVersEntier("20040125", Vrai))	// doc : 25
Trace(DateVersEntier("20040125", Faux))	// Faux : la valeur par défaut, depuis 1800

MaDate est une Date
MaDate = "20011225"
Trace(MaDate.VersEntier())	// doc : 73773
MaDate = "18000103"
Trace(MaDate.VersEntier())	// doc : 3
MaDate = "20040125"
Trace(MaDate.VersEntier(Vrai))	// doc : 25

// DateHeure et chaîne AAAAMMJJHHmmSSCC : seule la date compte (le 31/12
// d'une année bissextile est son 366e jour).
dh est une DateHeure = "200412312359"
Trace(DateVersEntier(dh, Vrai), dh.VersEntier(Vrai), DateVersEntier("2004123123595900", Vrai))

// Date invalide : la page annonce un message d'erreur.
Trace(DateVersEntier("20230229", Vrai))
