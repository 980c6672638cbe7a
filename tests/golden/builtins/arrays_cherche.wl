// TableauCherche : indice trouvé ou -1 (doc 3075002)
tabMonTableau est un tableau de 0 chaîne
TableauAjoute(tabMonTableau, "WINDEV")
TableauAjoute(tabMonTableau, "WEBDEV")
TableauAjoute(tabMonTableau, "WINDEV et WEBDEV")
ResIndice est un entier
ResIndice = TableauCherche(tabMonTableau, tcLinéairePremier, "WINDEV")
Trace("La chaîne WINDEV est à l'indice : " + ResIndice)
Trace(TableauCherche(tabMonTableau, tcLinéaire, "WEBDEV"))
Trace(TableauCherche(tabMonTableau, tcLinéaire, "Absent"))
Trace(TableauCherche(tabMonTableau, tcLinéaire + tccSansCasse, "webdev"))
t est un tableau d'entiers = [2, 4, 6, 8, 10]
Trace(TableauCherche(t, tcDichotomique, 8))
