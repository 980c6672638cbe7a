// Erreur() sans paramètre affiche ErreurInfo() (DECISIONS 11)
Vérifie()
Erreur()

PROCÉDURE Vérifie()
ErreurDéclenche(3, "fichier absent")
