// Une classe qui déclare implémenter une interface sans en fournir toutes
// les méthodes est une erreur de compilation (6010017).
IForme est une Interface
	PROCÉDURE Aire()
	PROCÉDURE Périmètre()
FIN
CCarré est une Classe
	implémente IForme
	c est un entier
FIN
PROCÉDURE CCarré.Aire()
RENVOYER c * c
