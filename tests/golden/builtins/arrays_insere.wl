// TableauInsère : insertion à un indice, décalage des suivants (doc 3075009)
MonTableau est un tableau de 2 chaînes
MonTableau[1] = "WINDEV"
MonTableau[2] = "WEBDEV"
TableauInsère(MonTableau, 3, "WINDEV et WEBDEV")
Trace(MonTableau[3])
TableauInsère(MonTableau, 1, "début")
POUR TOUT s DE MonTableau
	Trace(s)
FIN
