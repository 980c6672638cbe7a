// Lambdas mal écrites (doc 1514084) : une erreur de compilation
// positionnée, jamais une valeur fausse en silence.
x est un entier = 3
// « => » n'est pas une comparaison (>=) : x=>2 est une lambda, qui ne peut
// pas servir de condition.
SI x=>2 ALORS Trace("jamais")
// Un paramètre ne peut être déclaré deux fois.
p est une procédure = (a, a) => a
