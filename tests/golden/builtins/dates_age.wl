// Age (doc 3027034) : l'âge en années, mois et jours calendaires, au
// format AAAAMMJJ ; sans date de calcul, la date du jour (l'horloge des
// tests est fixée au 15/06/2025).
Trace(Age("19690513", "20051010"))	// doc : "00360427"
Trace(Age("19730912", "20050812"))	// doc : "00311100"

// Affecté à une Date, l'âge se lit par Année, Mois et Jour (doc : 27 ans,
// 08 mois, 24 jours ; Mois est un entier, InfoConstruit l'écrit 8).
dMonAge est une Date
dMonAge = Age("19790201", "20061025")
Trace(dMonAge)
InfoConstruit("Vous avez : %1 ans %2 mois %3 jours", dMonAge.Année, dMonAge.Mois, dMonAge.Jour)

// Date, DateHeure ou chaîne AAAAMMJJHHmmSSCC : seule la date compte.
dNaissance est une Date = "19690513"
dhCalcul est une DateHeure = "200510102359"
Trace(Age(dNaissance, dhCalcul), Age("1969051308300000", "20051010"))

// Date de calcul omise : la date du jour (15/06/2025).
Trace(Age("19690513"), Age("20250615"))

// Erreur : chaîne vide, ErreurDétectée à Vrai (doc : naissance postérieure
// à la date de calcul, ou date invalide).
Trace("[" + Age("20300101", "20250101") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + Age("19690231", "20050101") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + Age("19690513", "pas une date") + "]", ErreurDétectée)

// La page ne dit rien d'un anniversaire un jour que le mois n'a pas :
// notre lecture le place au dernier jour du mois (31/01 -> 28/02).
Trace(Age("20230131", "20230301"), Age("20000229", "20010228"))
