// Enumerations (doc 1514067): values, associated values, aliases,
// extension [Base], ..Nom / ..Valeur (2510082, 2510130), order, SELON,
// parameters, POUR TOUT over the values (1510023) and
// EnumérationDepuisNom / EnumérationDepuisValeur / EnumérationVérifieNom
// (1000020769 and its neighbours).
TypeAutomate est une Enumération
	Marche
	Arrêté = "Automate arrêté"
	EnMaintenance
	EnPanne = "Automate en panne"
	// alias
	Panne = EnPanne
FIN

TypeAutomateAvancé est une Enumération
	[TypeAutomate]
	EnBoucle
FIN

// The default value is the first value.
Poste1 est un TypeAutomate
Trace(Poste1..Nom, Poste1 = Marche)
Poste1 = Arrêté
Trace(Poste1..Nom, Poste1..Valeur)
// A value without an associated value: ..Valeur gives its name.
Poste1 = EnMaintenance
Trace(Poste1..Valeur)
// Qualified value and alias.
Poste1 = TypeAutomate.Panne
Trace(Poste1..Nom, Poste1 = EnPanne)
// The order is the declaration's.
SI Poste1 > Arrêté ALORS Trace("problème")
Trace(Marche < EnPanne, EnPanne <= Arrêté)

SELON Poste1
	CAS Marche : Trace("marche")
	CAS Arrêté, EnMaintenance : Trace("arrêt")
	CAS EnPanne : Trace("panne")
	AUTRE CAS : Trace("?")
FIN

POUR TOUT v DE TypeAutomate
	Trace(v..Nom, v..Valeur)
FIN

// An extended enumeration holds the base values, then its own.
a est un TypeAutomateAvancé = Marche
Trace(a..Nom)
a = EnBoucle
Trace(a..Nom)
POUR TOUT v2 DE TypeAutomateAvancé
	Trace(v2..Nom)
FIN

Fonctionnement(EnPanne)
Fonctionnement(Poste1)

e est un TypeAutomate = EnumérationDepuisNom(TypeAutomate, "enmaintenance")
Trace(e..Nom)
e = EnumérationDepuisValeur(TypeAutomate, "Automate arrêté")
Trace(e..Nom)
e = EnumérationDepuisNom(TypeAutomate, "Volant", Marche)
Trace(e..Nom)
Trace(EnumérationVérifieNom(TypeAutomate, "Marche"), EnumérationVérifieNom(TypeAutomate, "Volant"))
Trace(EnumérationVérifieValeur(TypeAutomate, "Automate en panne"))

PROCÉDURE Fonctionnement(p est TypeAutomate)
Trace("Fonctionnement", p..Nom)
