// Aucun constructeur ne convient (doc 1514063) : erreur positionnée.
CPoint est une Classe
	x est un entier
FIN

o est un CPoint(1, 2, 3)

PROCÉDURE CPoint.Constructeur()
PROCÉDURE CPoint.Constructeur(a est un entier)
x = a
