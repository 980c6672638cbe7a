// Après « libérer », les autres références à l'objet valent Null et s'en
// servir est une erreur d'exécution positionnée (6010003).
CRessource est une Classe
	Nom est une chaîne
FIN
x est un CRessource dynamique = allouer un CRessource
x.Nom = "x"
y est un CRessource dynamique <- x
libérer x
Trace(y = Null)
Trace(y.Nom)

PROCÉDURE CRessource.Destructeur()
Trace("destructeur", Nom)
