// Classes : membres typés avec valeurs par défaut, sections PUBLIC / PRIVÉ,
// membres GLOBAL, CONSTANTE, méthodes PROCÉDURE C.M, constructeur,
// MoiMême / :membre / objet, objets automatiques avec paramètres.
// Pages : 6010009, 6010006, 6010001, 6010002.
CCompte est une Classe
	Titulaire est une chaîne
	Solde est un monétaire = 10
PRIVÉ
	Historique est une chaîne
GLOBAL
	NbComptes est un entier
PUBLIC
CONSTANTE
	PLAFOND = 1000
	DEVISE = "EUR"
FIN
FIN

c1 est un CCompte("Alice")
c2 est un objet CCompte("Bob", 50)
Trace(c1.Titulaire, c1.Solde, c2.Titulaire, c2.Solde)
c1.Dépose(25)
c2.Dépose(2000)
Trace(c1.Solde, c2.Solde)
Trace(c1.Journal())
Trace(CCompte::NbComptes, CCompte.PLAFOND, CCompte::DEVISE)
Trace(CCompte.Compte())
c3 est un CCompte
Trace(c3.Titulaire, c3.Solde, CCompte::NbComptes)

PROCÉDURE CCompte.Constructeur(sNom est une chaîne = "(anonyme)", mDépart est un monétaire = 10)
Titulaire = sNom
:Solde = mDépart
MoiMême.Historique = "ouvert"
NbComptes++

PROCÉDURE CCompte.Dépose(m est un monétaire)
SI Solde + m > PLAFOND ALORS
	objet.Historique += ", refus " + m
	RETOUR
FIN
Solde += m
:Historique += ", +" + m

PROCÉDURE CCompte.Journal()
RENVOYER Titulaire + " : " + Historique

PROCÉDURE GLOBALE CCompte.Compte()
RENVOYER "comptes : " + NbComptes
