// Contrôles à la compilation (6010006, 6010001) : membre privé ou protégé
// hors de sa classe, méthode privée, membre PUBLIC CONSTANT écrit hors de
// la classe, classe abstraite instanciée, membre inconnu, MoiMême hors
// d'une méthode. Toutes les erreurs sont signalées, chacune à sa position.
CBase est une Classe, abstraite
	Public1 est un entier
PRIVÉ
	Privé1 est un entier
PROTÉGÉ
	Protégé1 est un entier
PUBLIC CONSTANTE
	Lecture est un entier = 3
FIN
CDérivée est une Classe
	hérite de CBase
FIN

o est un CDérivée
Trace(o.Privé1)
Trace(o.Protégé1)
o.Lecture = 4
Trace(o.Lecture, o.Inconnu)
o.Cachée()
b est un CBase
Trace(MoiMême.Public1)

PROCÉDURE PRIVÉE CBase.Cachée()
Trace(Privé1)

PROCÉDURE CDérivée.Essai()
Trace(Protégé1, Lecture)
Lecture = 5
Trace(Privé1)
