// Lecture retenue pour la contradiction de fr:3024006 (exemple 058) : affecter l'indice 2 d'un « tableau de 1 chaîne » est une erreur d'exécution (fr:1514030, SPEC §3.5) ; avec <agrandissement> le tableau grandit.
Souple est un tableau <agrandissement=1> de 1 chaîne
Souple[1] = "un"
Souple[2] = "deux"
Trace(ChaîneConstruit("%1 puis %2", Souple))
Fixe est un tableau de 1 chaîne
Fixe[1] = "un"
Fixe[2] = "deux"
Trace("jamais affiché")
