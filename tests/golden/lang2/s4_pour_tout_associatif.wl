// SPEC §3.6, §4.4 : POUR TOUT ÉLÉMENT valeur, clé, indice DE <tableau associatif>, dans l'ordre d'insertion
Capitales est un tableau associatif de chaînes
Capitales["France"] = "Paris"
Capitales["Italie"] = "Rome"
Capitales["Espagne"] = "Madrid"
POUR TOUT ÉLÉMENT Ville, Pays, Rang DE Capitales
	Trace(Rang, Pays, Ville)
FIN
POUR TOUT Ville DE Capitales
	Trace(Ville)
FIN
