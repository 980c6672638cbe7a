// ArrondiInférieur (doc 1000019395) et ArrondiSupérieur (doc 1000019396)
// d'une Durée, d'une DateHeure ou d'une Heure à un intervalle : la valeur
// est découpée en périodes de l'intervalle, le résultat est le début (ou la
// fin) de la période qui la contient.
ResArrondiDurée est une Durée
ResArrondiDurée = ArrondiInférieur(13 min, 5 min)
Trace(ResArrondiDurée)	// doc : 10 min (0001000000)
ResArrondiDurée = ArrondiSupérieur(13 min, 5 min)
Trace(ResArrondiDurée)	// doc : 15 min (0001500000)

// La journée est découpée en périodes de 7 min (à partir de minuit).
dhMonDateHeure est une DateHeure = "202211041524"
Trace("dhMonDateHeure : " + dhMonDateHeure)
Trace("ArrondiInférieur : " + ArrondiInférieur(dhMonDateHeure, 7 min))	// doc : 20221104152400000
Trace("ArrondiSupérieur : " + ArrondiSupérieur(dhMonDateHeure, 7 min))	// doc : 20221104153100000

// Les valeurs numériques gardent leurs décimales (exemples de la page).
Trace(ArrondiInférieur(-16.238167, 2), ArrondiInférieur(3.9), ArrondiInférieur(3.999, 2), ArrondiInférieur(1.9), ArrondiInférieur(-1.9))
Trace(ArrondiSupérieur(-16.238167, 2), ArrondiSupérieur(3.1), ArrondiSupérieur(3.111, 2), ArrondiSupérieur(1.9), ArrondiSupérieur(-1.9))

// Notre lecture où les pages se taisent : une Durée négative est découpée
// à partir de 0 ; la dernière période d'une journée finit à minuit (le
// lendemain pour une DateHeure, 00:00 pour une Heure, qui boucle comme
// Heure + Durée) ; une Heure s'arrondit comme l'heure d'une DateHeure.
Trace(ArrondiInférieur(-13 min, 5 min), ArrondiSupérieur(-13 min, 5 min))
dhTard est une DateHeure = "202211042358"
Trace(ArrondiInférieur(dhTard, 7 min), ArrondiSupérieur(dhTard, 7 min), ArrondiInférieur(dhTard, 1 j))
hMonHeure est une Heure = "1524"
hArrondie est une Heure = ArrondiInférieur(hMonHeure, 1 h)
Trace(hArrondie, ArrondiSupérieur(hMonHeure, 1 h))
hTard est une Heure = "2358"
Trace(ArrondiSupérieur(hTard, 7 min))

// Un nombre avec un intervalle de type Durée : erreur claire (pas 0 ni NaN).
Trace(ArrondiInférieur(12.5, 5 min))
