// POUR TOUT sur les éléments d'une clé d'un tableau associatif avec
// doublons (doc 1510019, 1514058) : l'élément, sa clé et le numéro du tour,
// dans l'ordre d'ajout ou depuis le dernier (DEPUISFIN), le numéro de tour
// comptant de 1 comme pour le parcours de tout le tableau.
Stock est un tableau associatif (AvecDoublon) d'entiers
Stock["vis"] = 40
Stock["écrou"] = 15
Stock["vis"] = 25
Stock["vis"] = 5
POUR TOUT n, clé, t DE Stock = "vis"
	Trace(n, clé, t)
FIN
POUR TOUT n, clé, t DE Stock = "vis" DEPUISFIN
	Trace(n, clé, t)
FIN
// La variable désigne l'élément : le modifier change le tableau.
POUR TOUT n DE Stock = "vis"
	n += 1
FIN
Trace(Stock["vis", 1], Stock["vis", 2], Stock["vis", 3], Stock["écrou", 1])
