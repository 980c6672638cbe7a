// Date moins Date donne une Durée (fr:1514040) : EnJours en donne le nombre de jours.
Départ est une Date = "20011225"
Arrivée est une Date = "20020105"
Écart est une Durée = Arrivée - Départ
Trace(Écart.EnJours)
Trace((Départ - Arrivée).EnJours)
Trace(Écart.Jour, Écart.EnHeures)
// Une date moins une durée redonne une date
Trace(Arrivée - Écart)
