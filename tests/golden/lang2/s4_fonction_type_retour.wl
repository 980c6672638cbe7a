// SPEC §4.8 : FONCTION synonyme de PROCÉDURE ; type de retour déclaré (la valeur est convertie) ; appel avant la déclaration
Trace(Moitié(7))
Trace(EnTexte(42) + "!")

FONCTION Moitié(n) : entier
RENVOYER n / 2

PROCÉDURE EnTexte(n) : chaîne
RENVOYER n
