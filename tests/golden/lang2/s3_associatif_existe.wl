// SPEC §3.6 : tableau associatif, ..Existe sur une clé, parcours valeur/clé dans l'ordre d'insertion (DECISIONS 9c)
Stock est un tableau associatif d'entiers
Stock["pomme"] = 12
Stock["poire"] = 3
Stock["kiwi"] = 7
Trace(Stock["poire"], Stock["pomme"]..Existe)
Stock["poire"] += 10
POUR TOUT ÉLÉMENT Qté, Fruit DE Stock
	Trace(Fruit, Qté)
FIN
Trace(Stock.Occurrence)
