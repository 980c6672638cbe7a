// Contient : sous-chaîne ou une des chaînes d'un tableau (doc 1000019893)
sMaChaîne est une chaîne = "Antananarivo"
SI Contient(sMaChaîne, "NA") = Faux ALORS
	Trace("Cette chaîne ne contient pas la syllabe NA")
FIN
tabChaine est un tableau de chaînes = ["WINDEV", "WEBDEV"]
sTest est une chaîne = "WEBDEV 28"
SI Contient(sTest, tabChaine) ALORS
	Trace("Cette chaîne contient WINDEV ou WEBDEV")
FIN
Trace(Contient(sMaChaîne, "NA", SansCasse))
