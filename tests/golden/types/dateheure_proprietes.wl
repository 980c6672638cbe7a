// PartieDate et PartieHeure d'une DateHeure (fr:2512065, fr:2512069), et ses parties
// (fr:1514070). Une DateHeure initialisée par une Date est à 00:00.
dh est une DateHeure = "200112121515"
Trace(dh.PartieDate, dh.PartieDate.VersChaîne())
Trace(dh.PartieHeure.VersChaîne())
Trace(dh.Année, dh.Mois, dh.Jour, dh.Heure, dh.Minute, dh.Seconde)
d est une Date = "20011209"
dh = d
Trace(dh.VersChaîne())
h est une Heure = dh
Trace(h.VersChaîne())
