// Une Date s'initialise avec une chaîne AAAAMMJJ (fr:1514066) ; concaténée à une
// chaîne, elle donne AAAAMMJJ (SPEC §5.6).
d est une Date = "20011231"
Trace(d)
Trace("Échéance : " + d)
Trace("[%d%]")
e est une Date
e = "19820201"
Trace(e)
// Une DateHeure AAAAMMJJHHmm affectée à une Date : seule la date compte (fr:1514066)
dh est une DateHeure = "202112311524"
e = dh
Trace(e)
