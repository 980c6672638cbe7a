// TableauSupprime et TableauSupprimeTout (doc 3075008, 3075010)
MonTableau est un tableau de 2 chaînes
MonTableau[1] = "WINDEV"
MonTableau[2] = "WEBDEV"
Trace(TableauSupprime(MonTableau, 1))
Trace(MonTableau[1])
Trace(TableauOccurrence(MonTableau))
TableauSupprimeTout(MonTableau)
Trace(TableauOccurrence(MonTableau))
Ajoute(MonTableau, "de nouveau")
Trace(MonTableau[1])
