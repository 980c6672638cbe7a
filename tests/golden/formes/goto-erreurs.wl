// GOTO errors (doc 1510005: the label is in the same traitement; one
// label of a name per traitement).
x est un entier = 1
SI x = 1 ALORS GOTO Ailleurs
Deux :
Trace(x)
Deux :
POUR i = 1 À 2
Dedans :
FIN
PROCÉDURE P()
GOTO Deux
