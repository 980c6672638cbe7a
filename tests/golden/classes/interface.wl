// Interfaces (6010017) : prototypes de procédures, implémente, variable
// d'interface renseignée par <- ; un objet dont la classe n'a pas toutes
// les méthodes donne Null, sans erreur ; appel par l'interface.
Panier est une Interface
	PROCÉDURE AjouteProduit(nCode)
	PROCÉDURE Total() : entier
FIN
PanierInternet est une Classe
	implémente Panier
	m_tab est un tableau d'entiers
FIN
PanierSimple est une Classe
	n est un entier
FIN
p est un Panier <- allouer un PanierInternet
p.AjouteProduit(3)
p.AjouteProduit(4)
Trace(p.Total(), p = Null)
q est un Panier <- allouer un PanierSimple
Trace(q = Null)
PROCÉDURE PanierInternet.AjouteProduit(nCode)
Ajoute(m_tab, nCode)
PROCÉDURE PanierInternet.Total()
RENVOYER m_tab..Occurrence
