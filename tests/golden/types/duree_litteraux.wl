// Une Durée s'écrit directement (2 min 8 s) ; EnSecondes, EnMinutes en réel ;
// VersChaîne("MM:SS") donne 02:08 (tutoriel fr:1410087587, fr:1514069).
MaDurée est une Durée = 2 min 8 s
Trace(MaDurée.EnSecondes)
Trace(MaDurée.EnMillisecondes)
Trace(MaDurée.VersChaîne("MM:SS"))
Tâche est une Durée = 3 min 30 s
Trace(Tâche.EnMinutes)
Trace(Tâche.Minute, Tâche.Seconde)
