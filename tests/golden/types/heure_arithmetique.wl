// Heure moins Heure donne une Durée ; Heure plus Durée donne une Heure, qui passe
// minuit (fr:1514040, fr:1514069 : de 13h30 à 17h30 le congrès a duré 4 heures).
HDébut est une Heure = "1330"
HFin est une Heure = "1730"
Congrès est une Durée = HFin - HDébut
Trace("Le congrès a duré : " + Congrès.Heure + " heures")
Tard est une Heure = "2335"
Tard = Tard + 1 h
Trace(Tard.VersChaîne("HH:mm"))
Trace((HDébut - 45 min).VersChaîne("HH:mm"))
Trace(HDébut < HFin, HFin - HDébut = 4 h)
