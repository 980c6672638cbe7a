// SPEC §3.7, §3.8 : « = » copie une structure (valeur), « <= » copie les membres homonymes, « <- » partage la référence
Client est une Structure
	Nom est une chaîne
	Ville est une chaîne
	Remise est un entier
FIN
Prospect est une Structure
	Nom est une chaîne
	Ville est une chaîne
	Source est une chaîne
FIN
c1 est un Client
c1.Nom = "Durand"; c1.Ville = "Lyon"; c1.Remise = 5
c2 est un Client
c2 = c1
c2.Nom = "Martin"
Trace(c1.Nom, c2.Nom, c2.Ville)
p est un Prospect
p.Source = "salon"
p <= c1
Trace(p.Nom, p.Ville, p.Source)
c3 est un Client
c3 <- c1
c3.Remise = 20
Trace(c1.Remise)
