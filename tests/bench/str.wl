// Banc d'essai « str » : 100 000 ajouts d'un caractère à une chaîne
Trace(Construit())

PROCÉDURE Construit()
s est une chaîne
POUR i = 1 _À_ 100000
	s += "x"
FIN
RENVOYER Taille(s)
