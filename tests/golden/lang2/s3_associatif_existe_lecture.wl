// SPEC §3.6 : ..Existe dit si une clé existe ; lire une clé absente n'ajoute pas d'élément
Prix est un tableau associatif de réels
Prix["café"] = 1.5
Trace(Prix["thé"]..Existe, Prix["café"]..Existe, Prix.Occurrence)
Lu est un réel = Prix["chocolat"]
Trace(Prix.Occurrence)
POUR TOUT ÉLÉMENT p, Article DE Prix
	Trace(Article, p)
FIN
