// L'opérateur (type) force la conversion (fr:1515004) : (chaîne) 378 + (chaîne) 578
// concatène.
Réf est une chaîne = (chaîne) 378 + (chaîne) 578
Trace(Réf)
Trace((entier) "12" + 1)
Trace((monétaire) 2 / 3)
Trace((booléen) 3)
