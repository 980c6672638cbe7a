// Reproduit le comportement documenté de fr:1510016 (exemple 050) : POUR TOUT … DE <tableau de structures> AVEC <membre> = <valeur> ne visite que les éléments dont le membre vaut la valeur ; sur un tableau vide, le corps ne s'exécute pas.
stArticle est une Structure
 Libellé est une chaîne
 Rayon est une chaîne
 Prix est un entier
FIN

tabArticles est un tableau de stArticle

POUR TOUT Art DE tabArticles AVEC Rayon = "FRUITS"
 Trace("jamais : le tableau est vide")
FIN

UnArticle est un stArticle
POUR TOUTE CHAÎNE Desc DE "pomme:FRUITS:3,savon:HYGIENE:2,kiwi:FRUITS:5,pain:BOULANGERIE:1" SÉPARÉE PAR ","
 UnArticle.Libellé = ExtraitChaîne(Desc, 1, ":")
 UnArticle.Rayon = ExtraitChaîne(Desc, 2, ":")
 UnArticle.Prix = Val(ExtraitChaîne(Desc, 3, ":"))
 Ajoute(tabArticles, UnArticle)
FIN

POUR TOUT Art DE tabArticles AVEC Rayon = "FRUITS"
 // seuls les fruits
 Trace(Art.Libellé, Art.Prix)
FIN
