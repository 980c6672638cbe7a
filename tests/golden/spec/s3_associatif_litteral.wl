// SPEC §2.5, §3.6: associative array literal [[k, v], ...]
prix est un tableau associatif d'entiers = [["pomme", 3], ["poire", 4]]
prix["kiwi"] = 5
POUR TOUT p, fruit DE prix
	Trace(fruit, p)
FIN
