//! xfail: a Variant entier + a Variant chaîne adds (7 + "p" = 7) where the page shows the concatenation "1A": the runtime's + operator (SPEC 5.6, number + string UNCONFIRMED), not Transforme
// Transforme (doc 1000024734) on an associative array, the page's last
// case on our own keys and values: the result keeps the keys, and the
// procedure, given the value and the key, returns value + key, which the
// page shows as the value then the key glued ("1A" for 1 under "A").
dictRangs est tableau associatif d'entiers
dictRangs["p"] = 7
dictRangs["q"] = 8
dictRangs["r"] = 9
POUR TOUT sColle, sLettre DE Transforme(dictRangs, ValeurPuisClé)
	Trace(sColle, sLettre)
FIN

PROCÉDURE INTERNE ValeurPuisClé(nValeur, sClé)
	RENVOYER nValeur + sClé
FIN
