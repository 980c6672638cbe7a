// Tutoriel fr:1410087587 : l'heure 15h25 ramenée à midi par ses propriétés donne
// 12:00:00:00, et 12:00:00 avec le masque HH:mm:SS ; Heure += 10 passe minuit
// (fr:2512038 : 12h30 + 10 h = 22h30, + 10 h = 08h30).
MonHeure est une Heure = "1525"
MonHeure.Heure = 12
MonHeure.Minute = 0
MonHeure.Seconde = 0
Trace(MonHeure.VersChaîne())
Trace(MonHeure.VersChaîne("HH:mm:SS"))
h est une Heure = "1230"
h.Heure += 10
Trace(h.VersChaîne("HH:mm"))
h.Heure += 10
Trace(h.VersChaîne("HH:mm"))
h = "2335"
h.Heure++
Trace(h.VersChaîne("HH:mm"))
