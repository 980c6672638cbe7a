// Une procédure lambda en bloc (« { » en fin de ligne, doc 1514084) doit
// être fermée par « } » : sinon l'erreur montre la ligne qui l'ouvre.
p est une procédure = x => {
	Trace(x)
p(1)
