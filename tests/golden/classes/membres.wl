// Membres de classe (6010006) : options « , sérialise = » et « , immuable »,
// tableau local, structure déclarée dans la classe, singleton GLOBAL,
// méthode GLOBALE, tableau d'objets automatiques, objet déclaré dans une
// boucle (réalloué à chaque itération, 6010002).
CSingleton est une Classe
	Nom est une chaîne, sérialise = faux
	Compte est un entier, immuable = 5
	Tab est un tableau local de 1 entier
	SPoint est une Structure
		x, y sont des entiers
	FIN
	p est un SPoint
GLOBAL
	m_Inst est CSingleton
FIN
Trace(CSingleton::m_Inst.Compte)
CSingleton.m_Inst.Nom = "unique"
Trace(CSingleton.m_Inst.Nom, CSingleton.Instance().Nom)
o est un CSingleton
o.p.x = 3
Trace(o.p.x, o.Tab..Occurrence)
t est un tableau de 2 CSingleton
t[1].Nom = "a"
Trace(t[1].Nom, t[2].Compte)
POUR i = 1 À 2
	k est un CSingleton
	k.Nom = "boucle" + i
	Trace(k.Nom)
FIN
PROCÉDURE GLOBALE CSingleton.Instance()
RENVOYER m_Inst
