// Les propriétés Année, Mois et Jour d'une Date renvoient des entiers (fr:1514066,
// fr:2512095, fr:2512052, fr:2512043).
d est une Date = "20240229"
Trace(d.Année, d.Mois, d.Jour)
Trace(d.Année + 1)
// Anglais : Year, Month, Day
Trace(d.Year, d.Month, d.Day)
// Sur une DateHeure aussi (fr:1514070)
dh est une DateHeure = "200112011530"
Trace(dh.Année, dh.Mois, dh.Jour, dh.Heure, dh.Minute)
