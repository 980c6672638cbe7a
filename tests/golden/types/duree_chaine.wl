// Une chaîne affectée à une Durée est au format +JHHMMSSCCC (fr:1514069).
d est une Durée = "1023000500"
Trace(d.Jour, d.Heure, d.Minute, d.Seconde, d.Milliseconde)
d = "000130000"
Trace(d.EnMinutes)
d = "-0000100000"
Trace(d.EnSecondes)
