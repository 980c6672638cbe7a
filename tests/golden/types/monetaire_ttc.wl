// Comportement documenté de fr:1410087517 (exemple 044) : un montant monétaire
// multiplié par (1 + taux/100) avec un taux réel donne un monétaire, et un résultat
// entier s'affiche sans décimales (« 600 »). Code et valeurs de notre cru.
Trace("Avec frais : " + AvecFrais(250, 12))
Trace("Avec frais : " + AvecFrais(250))
Trace("Avec frais : " + AvecFrais(99.99, 0))

PROCÉDURE AvecFrais(LOCAL Montant est un monétaire, LOCAL Pourcentage est un réel = 20) : monétaire
RENVOYER Montant * (1 + Pourcentage / 100)
