// Une Heure s'initialise avec HHMM, HHMMSS, HHMMSSCC (fr:1514068) ; VersChaîne donne
// HH:MM:SS:CC par défaut, un masque remplace HH, MM ou mm, SS, CC (fr:3027023,
// fr:1410087587).
h est une Heure = "1525"
Trace(h.VersChaîne())
Trace(h.VersChaîne("HH:mm:SS"))
Trace(h.VersChaîne("HH h MM"))
h = "153050"
Trace(h.VersChaîne())
h = "12005956"
Trace(h.VersChaîne())
Trace(HeureVersChaîne("12005956"))
Trace(Gauche(HeureVersChaîne("12005956"), 5))
h = "2030"
Trace(h.VersChaîne("HH:MM AP"))
