// Une Date déclarée sans valeur vaut la date du jour, une Heure l'heure courante
// (fr:1514066, fr:1514068, DECISIONS 6). Les tests fixent l'horloge au 15/06/2025 14:30:45.
d est une Date
Trace(d = DateDuJour())
Trace(d.VersChaîne())
h est une Heure
Trace(h.VersChaîne("HH:mm"))
