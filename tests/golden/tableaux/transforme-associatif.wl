//! xfail: a Variant entier + a Variant chaîne adds (1 + "A" = 1) where the page shows the concatenation "1A": the runtime's + operator (SPEC 5.6, number + string UNCONFIRMED), not Transforme
// Transforme (doc 1000024734), example 4: an associative array keeps its
// keys, the procedure gets the value and the key.
dictValeurs est tableau associatif d'entiers
dictValeurs["A"] = 1
dictValeurs["B"] = 2
dictValeurs["C"] = 3
dictValeurs["D"] = 4
POUR TOUT x,c de Transforme(dictValeurs, PlusClé)
	Trace(x,c)
FIN

PROCÉDURE INTERNE PlusClé(valeur, clé)
	RENVOYER valeur + clé
FIN
