// DateHeure moins DateHeure donne une Durée ; DateHeure plus Durée donne une DateHeure
// (fr:1514040 : un séminaire du 05/12/2001 15h30 au 07/12/2001 17h30).
Ouverture est une DateHeure = "200112051530"
Clôture est une DateHeure = "200112071730"
Séminaire est une Durée = Clôture - Ouverture
Trace(Séminaire.EnHeures, Séminaire.Jour, Séminaire.Heure)
Trace((Ouverture + Séminaire).VersChaîne())
Trace((Clôture + 7 h).VersChaîne())
Trace(Clôture > Ouverture, Ouverture = Clôture)
