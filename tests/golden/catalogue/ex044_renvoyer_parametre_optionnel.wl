// Reproduit le comportement documenté de fr:1410087517 (exemple 044) : paramètres LOCAL typés monétaire et réel, valeur par défaut d'un paramètre optionnel omis à l'appel, type de retour « : monétaire », RENVOYER, calcul monétaire × réel avec division, concaténation chaîne + monétaire (un monétaire entier s'affiche sans décimales).
// La page montre le prototype sans puis avec valeur par défaut ; on garde le second et les deux appels.
Net est un monétaire
Net = PrixRemisé(120, 25)
Trace("Prix remisé : " + Net)
Net = PrixRemisé(120)
Trace("Prix remisé : " + Net)
Net = PrixRemisé(99.90, 10)
Trace("Prix remisé : " + Net)

PROCÉDURE PrixRemisé(LOCAL Brut est un monétaire, LOCAL Taux est un réel=25) : monétaire
Résultat est un monétaire
Résultat = Brut * (1 - Taux/100)
RENVOYER Résultat
