// Tableau associatif (doc 1514058) : options de comparaison des clés,
// type de clé et taille initiale ; sortie attendue d'après la page.
// ccSansCasse : la casse est ignorée, pas les accents
ta2 est un tableau associatif (ccSansCasse) d'entiers
ta2["ABC"] = 1
Trace(ta2["abc"], ta2["aBc"]..Existe, ta2["ÀBC"]..Existe)
ta2["abc"] = 2
Trace(ta2..Occurrence, ta2["ABC"])
// ccSansAccent : les accents sont ignorés, pas la casse
taAccent est un tableau associatif (ccSansAccent) de chaînes
taAccent["Été"] = "saison"
Trace(taAccent["Ete"], taAccent["ete"]..Existe)
// ccSansEspace : les espaces sont ignorés
taEspace est un tableau associatif (ccSansEspace) d'entiers
taEspace["12 rue"] = 7
Trace(taEspace["12rue"], taEspace[" 12  rue "], taEspace["12-rue"]..Existe)
// ccSansPonctuationNiEspace : ponctuation et espaces ignorés
taPonct est un tableau associatif (ccSansPonctuationNiEspace) d'entiers
taPonct["l'été, enfin !"] = 3
Trace(taPonct["lété enfin"], taPonct["l.été;enfin"], taPonct["lete enfin"]..Existe)
// Options combinées
taTout est un tableau associatif (ccSansCasse + ccSansAccent + ccSansEspace) d'entiers
taTout["Élève Modèle"] = 9
Trace(taTout["ELEVEMODELE"], taTout["élève modèle"])
// Initialisation à la déclaration, avec l'option
taInit est un tableau associatif (ccSansCasse) de réels = [["Normale", 0.2]]
Trace(taInit["NORMALE"])
// Les clés gardent leur écriture d'origine au parcours
POUR TOUT n, s DE ta2
	Trace(s, n)
FIN

// Type de clé : wlEntier, "12" et 12 sont la même clé, un entier
taEntier est un tableau associatif (*, *, wlEntier) de chaînes
taEntier["12"] = "douze"
Trace(taEntier[12], taEntier..Occurrence)
POUR TOUT s, n DE taEntier
	Trace(n + 1, s)
FIN
// Type de clé wlDate
taDate est un tableau associatif (*, *, wlDate) d'entiers
taDate["20240131"] = 31
d est une Date = "20240131"
Trace(taDate[d])
// Taille initiale : aucun effet visible
taGrand est un tableau associatif (*, *, *, 1000) d'entiers
taGrand["a"] = 1
Trace(taGrand..Occurrence)
