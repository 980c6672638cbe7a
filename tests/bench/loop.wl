// Banc d'essai « loop » : somme des entiers de 0 à 999 999 dans une procédure
Trace(Somme())

PROCÉDURE Somme()
total est un entier sur 8 octets = 0
POUR i = 0 _À_ 999999
	total += i
FIN
RENVOYER total
