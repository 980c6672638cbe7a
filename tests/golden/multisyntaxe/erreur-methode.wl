// Aucune syntaxe de la méthode ne convient (doc 1514063) : erreur positionnée.
CBase est une Classe
FIN

o est un CBase
o.meth()

PROCÉDURE CBase.meth(s est une chaîne)
Trace(s)
PROCÉDURE CBase.meth(n est un entier)
Trace(n)
