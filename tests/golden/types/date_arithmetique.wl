// Ajouter un nombre à une Date la décale d'autant de jours ; le mois et l'année suivent.
// Une Date plus une Durée donne une Date, la partie heure étant ignorée (fr:1514040).
d est une Date = "20011231"
Trace(d + 1)
Trace(d - 365)
b est une Date = "20240228"
Trace(b + 1, b + 2)
b++
Trace(b)
Trace(b + 36 h)
Trace(2 min + b)
