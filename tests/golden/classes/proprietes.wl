// Propriétés écrites dans un script (6010006, 6010011 ; syntaxe du format
// texte d'une classe, 9000183 : PROPRIÉTÉ au lieu de PROCÉDURE) :
// « PROPRIÉTÉ C.Nom() » est l'événement de récupération, « PROPRIÉTÉ
// C.Nom(Valeur) » l'événement d'affectation. Une propriété s'utilise comme
// un membre ; dans ses propres événements le membre de même nom l'emporte.
CCompte est une Classe
	Titulaire est une chaîne
PROTÉGÉ
	m_Solde est un monétaire
	m_Journal est une chaîne
FIN
CCompteÉpargne est une Classe
	hérite de CCompte
FIN
CBanque est une Classe
GLOBAL
	g_nComptes est un entier
FIN

c est un CCompte
c.Titulaire = "léa"
Trace(c.Titulaire)
c.Solde = 100
c.Solde += 20.5
c.Solde -= 0.5
Trace(c.Solde, c.Journal)
Trace("Libellé :", c.Libellé)
c.Retrait = 30
Trace(c.Solde)
c.Double()
Trace(c.Solde)

// Les événements sont virtuels : redéfinis dans une classe dérivée.
e est un CCompte dynamique = allouer un CCompteÉpargne
e.Titulaire = "noé"
e.Solde = 10
Trace(e.Titulaire, e.Solde, e.Libellé)

// Propriété globale : ses deux événements sont globaux, C.Nom sans objet.
CBanque.NbComptes = 2
CBanque::NbComptes += 1
Trace(CBanque.NbComptes)

// Le membre Titulaire et la propriété Titulaire ont le même nom : hors
// des événements, c'est la propriété.
PROPRIÉTÉ CCompte.Titulaire()
RENVOYER Majuscule(Titulaire)

PROPRIÉTÉ CCompte.Titulaire(s est une chaîne)
Titulaire = s + " (titulaire)"

PROPRIÉTÉ CCompte.Solde()
RENVOYER m_Solde

PROPRIÉTÉ CCompte.Solde(Valeur)
m_Solde = Valeur
m_Journal += "[" + Valeur + "]"

// Lecture seule : pas d'événement d'affectation.
PROPRIÉTÉ CCompte.Libellé()
RENVOYER Titulaire + " : " + m_Solde

PROPRIÉTÉ CCompte.Journal()
RENVOYER m_Journal

// Écriture seule : pas d'événement de récupération.
PROPRIÉTÉ CCompte.Retrait(m)
Solde = Solde - m

PROCÉDURE CCompte.Double()
Solde = Solde * 2

// Ancêtre.Propriété et ClasseDeBase.Propriété : les événements de la
// classe de base (6010006, héritage).
PROPRIÉTÉ CCompteÉpargne.Libellé()
RENVOYER "épargne, " + Ancêtre.Libellé

PROPRIÉTÉ CCompteÉpargne.Solde(Valeur)
CCompte.Solde = Valeur + 1

PROPRIÉTÉ GLOBALE CBanque.NbComptes()
RENVOYER g_nComptes

PROPRIÉTÉ GLOBALE CBanque.NbComptes(n)
g_nComptes = n
