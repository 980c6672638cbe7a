// SPEC §2.3 : « ... » continue la ligne (un commentaire peut suivre) ; continuation implicite dans une parenthèse ouverte et après un opérateur
Total est un entier = 1 + ...   // commentaire après la continuation
	2 + ...
	3
Trace(Total)
Somme est un entier = 5 +
	6
Trace(Somme)
Trace(Max(4,
	9,
	2))
Test est un booléen = Somme > 10 ET
	Total = 6
Trace(Test)
