// Tri et recherche dans un tableau de structures selon un membre (doc 3075007, 3075002)
STPersonne est une Structure
	Nom est une chaîne
	Age est un entier
FIN
p est un STPersonne
tab est un tableau de STPersonne
p.Nom = "Léa" ; p.Age = 30 ; Ajoute(tab, p)
p.Nom = "Max" ; p.Age = 25 ; Ajoute(tab, p)
p.Nom = "Ana" ; p.Age = 30 ; Ajoute(tab, p)
TableauTrie(tab, ttMembre, "-Age;Nom")
POUR TOUT x DE tab
	Trace(x.Nom, x.Age)
FIN
Trace(TableauCherche(tab, tcLinéaire, "Nom", "Max"))
