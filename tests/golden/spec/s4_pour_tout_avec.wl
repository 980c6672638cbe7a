// SPEC §3.7, §4.4: array of structures, POUR TOUT ... AVEC on a member, DepuisFin
Client est une Structure
	Nom est une chaîne
	Ville est une chaîne
FIN
clients est un tableau de Client
c est un Client
c.Nom = "Durand"
c.Ville = "MONTPELLIER"
Ajoute(clients, c)
c.Nom = "Martin"
c.Ville = "LYON"
Ajoute(clients, c)
c.Nom = "Petit"
c.Ville = "MONTPELLIER"
Ajoute(clients, c)
POUR TOUT cl DE clients AVEC Ville = "MONTPELLIER"
	Trace(cl.Nom)
FIN
POUR TOUT cl DE clients DepuisFin
	Trace(cl.Nom)
FIN
