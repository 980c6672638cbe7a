// SPEC §6 : Durée : littéraux, addition, comparaison, EnSecondes, EnMillisecondes ; un entier affecté à une Durée compte des millisecondes
Attente est une Durée = 1 min 30 s
Attente = Attente + 45 s
Trace(Attente.EnSecondes)
Trace(Attente > 2 min, Attente < 3 min)
Courte est une Durée = 1500
Trace(Courte.EnMillisecondes)
