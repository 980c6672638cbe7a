// SPEC §3.7: structures, value copy with =
NomComplet est une Structure
	Nom est une chaîne
	Prénom est une chaîne
	Age est un entier
FIN
c1 est un NomComplet
c1.Nom = "POLO"
c1:Prénom = "Marco"
c2 est un NomComplet
c2 = c1
c2.Nom = "COPIE"
Trace(c1.Nom, c1.Prenom, c2.Nom, c2.Age)
