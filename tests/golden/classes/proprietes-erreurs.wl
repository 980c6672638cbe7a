// Erreurs de compilation sur les propriétés (6010006, 6010011) : écrire
// une propriété sans événement d'affectation (lecture seule), lire une
// propriété sans événement de récupération (écriture seule), affecter
// une propriété dont l'événement d'affectation est privé, une propriété
// hors d'une classe, un événement à deux paramètres, une propriété dont
// un seul événement est global, une propriété utilisée dans son propre
// événement (sans membre du même nom).
CCapteur est une Classe
PRIVÉ
	m_n est un entier
FIN
c est un CCapteur
c.Mesure = 3
Trace(c.Consigne)
c.Étalon = 2
Trace(c.Étalon)

PROPRIÉTÉ CCapteur.Mesure()
RENVOYER m_n

PROPRIÉTÉ CCapteur.Consigne(v)
m_n = v

PROPRIÉTÉ CCapteur.Étalon()
RENVOYER m_n

PROPRIÉTÉ PRIVÉE CCapteur.Étalon(v)
m_n = v

PROPRIÉTÉ Orpheline()
RENVOYER 1

PROPRIÉTÉ CCapteur.Deux(a, b)
m_n = a + b

PROPRIÉTÉ GLOBALE CCapteur.Mixte()
RENVOYER 1

PROPRIÉTÉ CCapteur.Mixte(v)
m_n = v

PROPRIÉTÉ CCapteur.Récursive()
RENVOYER Récursive + 1
