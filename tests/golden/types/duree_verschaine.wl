// <Durée>.VersChaîne (fr:1000023947) : de 12:53:24 à 14:08:52, la durée au format
// duréeCentième est 001152800 ; le masque J-HH:MM donne 0-01:15.
HDébut est une Heure = "125324"
HFin est une Heure = "140852"
D est une Durée = HFin - HDébut
Trace(D.VersChaîne(duréeCentième))
Trace(D.VersChaîne("J-HH:MM"))
Trace(D.VersChaîne(duréeMillième))
Trace(D.VersChaîne("HH:MM:SS"))
// + fait apparaître le signe d'une durée négative
N est une Durée = HDébut - HFin
Trace(N.VersChaîne("+HH:MM"))
